using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.Composition;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Documents;

/// <summary>The body document to and from <see cref="BodyMembership"/>.</summary>
internal static class BodyMapper
{
    public static BodyMembership ToBody(BodyJson json, Roster? roster, string root = "$")
    {
        if (root == "$" || json.SchemaVersion is not null)
        {
            Require.SchemaVersion(json.SchemaVersion, root + ".schemaVersion");
        }

        var errors = new DocumentErrors();
        NodaTime.LocalDate? asOf = null;
        int? youngAge = null;
        CompositionTargets? targets = null;
        try
        {
            NodaTime.LocalDate date = Require.Value(json.AsOf, root + ".asOf");
            asOf = Require.Build(root, () => DomainCalendar.Check(date, "asOf"), "asOf");
        }
        catch (DocumentException e)
        {
            errors.Add(e);
        }

        try
        {
            int age = Require.Value(json.YoungAge, root + ".youngAge");
            youngAge = age is >= 1 and <= 100
                ? age
                : throw DocumentException.Coded(root + ".youngAge", DocumentErrorCodes.OutOfRange, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the young age is 1 to 100 years, not {age}."), null, null, age.ToString(System.Globalization.CultureInfo.InvariantCulture), "1", "100");
        }
        catch (DocumentException e)
        {
            errors.Add(e);
        }

        try
        {
            BodyTargetsJson t = json.Targets ?? new BodyTargetsJson();
            string path = root + ".targets";
            targets = new CompositionTargets
            {
                Women = Target(t.Women, path + ".women"),
                Young = Target(t.Young, path + ".young"),
                EthnicMinority = Target(t.EthnicMinority, path + ".ethnicMinority"),
            };
        }
        catch (DocumentException e)
        {
            errors.Add(e);
        }

        PreviousTerm? previous = json.Previous is { } p ? errors.Try(() => ToPrevious(p, root + ".previous")) : null;
        var members = new List<Cadre>();
        var standing = ImmutableHashSet.CreateBuilder<CadreId>();
        var firstTime = ImmutableHashSet.CreateBuilder<CadreId>();
        bool anyStanding = false;
        bool everyFirstTimeKnown = true;
        var seen = new Dictionary<CadreId, string>();
        List<BodyMemberJson?> items = errors.Try(() => Require.Object(json.Members, root + ".members")) ?? [];
        for (int i = 0; i < items.Count; i++)
        {
            string path = Require.Item(root + ".members", i);
            Cadre? member = errors.Try(() =>
            {
                BodyMemberJson m = Require.Object(items[i], path);
                Cadre cadre = RequestMapper.CadreOf(m.Cadre, m.CadreRef, roster, path);
                if (asOf is { } day && day < cadre.BirthDate.Date)
                {
                    string iso = NodaTime.Text.LocalDatePattern.Iso.Format(day);
                    throw DocumentException.Coded(path + (m.Cadre is null ? ".cadreRef" : ".cadre.birthDate"), DocumentErrorCodes.OutOfRange, $"the member '{cadre.Id}' is born after the body's date {iso}.", null, null, cadre.BirthDate.ToString(), string.Empty, iso);
                }

                return cadre;
            });
            if (member is null)
            {
                continue;
            }

            if (seen.TryGetValue(member.Id, out string? first))
            {
                errors.Add(DocumentException.Coded(path, DocumentErrorCodes.DuplicateId, $"the member '{member.Id}' is already listed at {first}.", null, null, member.Id.Value, first));
                continue;
            }

            seen.Add(member.Id, path);
            members.Add(member);
            BodyMemberJson item = items[i]!;
            anyStanding |= item.StandingCommittee is not null;
            if (item.StandingCommittee == true)
            {
                standing.Add(member.Id);
            }

            everyFirstTimeKnown &= item.FirstTime is not null;
            if (item.FirstTime == true)
            {
                firstTime.Add(member.Id);
            }
        }

        errors.ThrowIfAny();
        return Require.Build(root, () => new BodyMembership(asOf!.Value, members, youngAge!.Value, targets, json.Name) { Previous = previous, DirectiveTargets = json.DirectiveTargets ?? false, Merged = json.Merged ?? false, StandingCommittee = anyStanding ? standing.ToImmutable() : null, FirstTime = everyFirstTimeKnown && members.Count > 0 ? firstTime.ToImmutable() : null, TermReferenceMonth = json.TermReferenceMonth }, "asOf", "members", "youngAgeLimit=youngAge", "TermReferenceMonth=termReferenceMonth");
    }

    private static PreviousTerm ToPrevious(PreviousTermJson json, string path)
    {
        int total = Require.Value(json.Total, path + ".total");
        return Require.Build(path, () => new PreviousTerm(total, json.Women, json.Young, json.EthnicMinority, json.Name), "total", "women", "young", "ethnicMinority");
    }

    private static Share? Target(ShareJson? json, string path)
    {
        if (json is null)
        {
            return null;
        }

        Share share = CommonMapper.ToShare(json, path);
        return share > Share.One
            ? throw DocumentException.Coded(path, DocumentErrorCodes.OutOfRange, $"a target is a share of the body, at most 1, not {share}.", null, null, share.ToString(), "0", "1")
            : share;
    }

    public static BodyJson FromBody(BodyMembership body) => new()
    {
        SchemaVersion = DocumentReader.SchemaVersion,
        Name = body.Name,
        AsOf = body.AsOf,
        YoungAge = body.YoungAgeLimit,
        Targets = body.Targets == CompositionTargets.None ? null : new BodyTargetsJson
        {
            Women = body.Targets.Women is { } women ? CommonMapper.FromShare(women) : null,
            Young = body.Targets.Young is { } young ? CommonMapper.FromShare(young) : null,
            EthnicMinority = body.Targets.EthnicMinority is { } minority ? CommonMapper.FromShare(minority) : null,
        },
        Members = [.. body.Members.Select(c => (BodyMemberJson?)new BodyMemberJson
        {
            Cadre = RosterMapper.FromCadre(c),
            StandingCommittee = body.StandingCommittee is { } s ? s.Contains(c.Id) : null,
            FirstTime = body.FirstTime is { } f ? f.Contains(c.Id) : null,
        })],
        Previous = body.Previous is { } p ? new PreviousTermJson { Name = p.Name, Total = p.Total, Women = p.Women, Young = p.Young, EthnicMinority = p.EthnicMinority } : null,
        DirectiveTargets = body.DirectiveTargets ? true : null,
        Merged = body.Merged ? true : null,
        TermReferenceMonth = body.TermReferenceMonth,
    };
}
