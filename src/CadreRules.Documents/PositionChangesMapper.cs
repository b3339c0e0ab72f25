using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.People;
using CadreRules.Rotation;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Documents;

/// <summary>The position-changes document to and from <see cref="PositionChangeCase"/>s.</summary>
internal static class PositionChangesMapper
{
    public static ImmutableArray<PositionChangeCase> ToCases(PositionChangesJson json, Roster? roster)
    {
        Require.SchemaVersion(json.SchemaVersion);
        LocalDate? asOf = json.AsOf is { } date ? Require.Build("$", () => DomainCalendar.Check(date, "asOf"), "asOf") : null;
        var errors = new DocumentErrors();

        List<IncumbentJson?> items = errors.Try(() => Require.Object(json.Incumbents, "$.incumbents")) ?? [];
        var result = ImmutableArray.CreateBuilder<PositionChangeCase>(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            string path = Require.Item("$.incumbents", i);
            PositionChangeCase? question = errors.Try(() => ToCase(items[i], path, roster, asOf, json.AsOf is null ? path + ".asOf" : null));
            if (question is not null)
            {
                result.Add(question);
            }
        }

        errors.ThrowIfAny();
        return result.ToImmutable();
    }

    /// <summary>One incumbent; the date asked is the incumbent's own <c>asOf</c>, else <paramref name="asOf"/>; when
    /// neither is given the error is at <paramref name="missingAsOfPath"/>.</summary>
    public static PositionChangeCase ToCase(IncumbentJson? json, string path, Roster? roster, LocalDate? asOf, string? missingAsOfPath)
    {
        IncumbentJson c = Require.Object(json, path);
        Cadre cadre = RequestMapper.CadreOf(c.Cadre, c.CadreRef, roster, path);
        LocalDate date = c.AsOf ?? asOf ?? throw Require.Missing(missingAsOfPath ?? path + ".asOf");
        date = Require.Build(path, () => DomainCalendar.Check(date, "asOf"), "asOf");
        string sector = Require.Text(c.Sector, path + ".sector");
        if (!PositionChangeRegulation.Sectors.Contains(sector))
        {
            throw Require.Unknown(path + ".sector", sector, "sector", $"unknown sector '{sector}'. Known: {string.Join(", ", PositionChangeRegulation.Sectors)}.", PositionChangeRegulation.Sectors);
        }

        PositionHeld[] held = [.. cadre.Positions.Where(p => p.IsHeldOn(date))];
        PositionHeld post;
        string dateText = NodaTime.Text.LocalDatePattern.Iso.Format(date);
        if (c.Post is { } title)
        {
            post = held.FirstOrDefault(p => p.Title == title)
                ?? throw Require.Unknown(path + ".post", title, "post", $"'{cadre.Id}' holds no post '{title}' on {dateText}. Held: {string.Join(", ", held.Select(p => p.Title))}.", held.Select(p => p.Title));
        }
        else
        {
            post = held.Length switch
            {
                1 => held[0],
                0 => throw Require.Unknown(path + ".cadre", cadre.Id.Value, "post", $"'{cadre.Id}' holds no post on {dateText}: a position change is asked about a post held on the date."),
                _ => throw DocumentException.Coded(path + ".post", DocumentErrorCodes.MissingField, $"required field is missing: '{cadre.Id}' holds several posts on {dateText} ({string.Join(", ", held.Select(p => p.Title))}); name one.", null, null),
            };
        }

        var grounds = new List<DeferralGround>();
        List<DeferralJson?> items = c.Deferrals ?? [];
        for (int i = 0; i < items.Count; i++)
        {
            string groundPath = Require.Item(path + ".deferrals", i);
            DeferralJson g = Require.Object(items[i], groundPath);
            DeferralKind kind = Require.Value(g.Kind, groundPath + ".kind");
            LocalDate start = Require.Value(g.Start, groundPath + ".start");
            grounds.Add(Require.Build(groundPath, () => new DeferralGround(kind, start, g.End), "kind", "start", "end"));
        }

        return Require.Build(path, () => new PositionChangeCase(cadre, post, sector, date, grounds), "sector", "deferrals");
    }

    public static PositionChangesJson FromCases(IEnumerable<PositionChangeCase> cases)
    {
        PositionChangeCase[] all = [.. cases];
        LocalDate? asOf = all.Length > 0 ? all[0].AsOf : null;
        return new()
        {
            SchemaVersion = DocumentReader.SchemaVersion,
            AsOf = asOf,
            Incumbents = [.. all.Select(c => (IncumbentJson?)new IncumbentJson
            {
                Cadre = RosterMapper.FromCadre(c.Cadre),
                AsOf = c.AsOf == asOf ? null : c.AsOf,
                Post = c.Cadre.Positions.Count(p => p.IsHeldOn(c.AsOf)) == 1 ? null : c.Post.Title,
                Sector = c.Sector,
                Deferrals = c.Deferrals.IsEmpty ? null : [.. c.Deferrals.Select(g => (DeferralJson?)new DeferralJson
                {
                    Kind = g.Kind,
                    Start = g.Start,
                    End = g.Kind is DeferralKind.YoungChild or DeferralKind.FatherRaisingChildAlone ? null : g.End,
                })],
            })],
        };
    }
}
