using System.Collections.Generic;
using System.Linq;
using CadreRules.Rotation;
using CadreRules.Rules;

namespace CadreRules.Documents;

/// <summary>The key-posts document to and from <see cref="KeyPostSurvey"/>.</summary>
internal static class KeyPostsMapper
{
    public static KeyPostSurvey ToSurvey(KeyPostsJson json, string root = "$")
    {
        if (root == "$" || json.SchemaVersion is not null)
        {
            Require.SchemaVersion(json.SchemaVersion, root + ".schemaVersion");
        }

        var errors = new DocumentErrors();
        NodaTime.LocalDate? date = null;
        try
        {
            NodaTime.LocalDate value = Require.Value(json.Date, root + ".date");
            date = Require.Build(root, () => DomainCalendar.Check(value, "date"), "date");
        }
        catch (DocumentException e)
        {
            errors.Add(e);
        }

        var holders = new List<KeyPostHolder>();
        var seen = new Dictionary<(string, KeyPostKind), string>();
        List<KeyPostHolderJson?> items = errors.Try(() => Require.Object(json.Holders, root + ".holders")) ?? [];
        for (int i = 0; i < items.Count; i++)
        {
            string path = Require.Item(root + ".holders", i);
            KeyPostHolder? holder = errors.Try(() => ToHolder(items[i], path));
            if (holder is null)
            {
                continue;
            }

            if (seen.TryGetValue((holder.Unit, holder.Kind), out string? first))
            {
                string key = holder.Unit + " / " + System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(holder.Kind.ToString());
                errors.Add(DocumentException.Coded(path, DocumentErrorCodes.DuplicateId, $"the post '{key}' is already held at {first}.", null, null, key, first));
                continue;
            }

            if (date is { } on && holder.InPostSince is { } since && since > on)
            {
                string sinceText = NodaTime.Text.LocalDatePattern.Iso.Format(since), onText = NodaTime.Text.LocalDatePattern.Iso.Format(on);
                errors.Add(DocumentException.Coded(path + ".inPostSince", DocumentErrorCodes.Refused,
                    $"the post was taken on {sinceText}, after the document's date {onText}.", null, null,
                    $"ngày nhận chức {sinceText} sau ngày của tài liệu {onText}."));
                continue;
            }

            seen.Add((holder.Unit, holder.Kind), path);
            holders.Add(holder);
        }

        errors.ThrowIfAny();
        return Require.Build(root, () => new KeyPostSurvey(date!.Value, holders, json.Area), "date", "holders", "area");
    }

    private static KeyPostHolder ToHolder(KeyPostHolderJson? json, string path)
    {
        KeyPostHolderJson h = Require.Object(json, path);
        string unit = Require.Text(h.Unit, path + ".unit");
        KeyPostKind post = Require.Value(h.Post, path + ".post");
        bool born = Require.Value(h.BornThere, path + ".bornThere");
        bool raised = Require.Value(h.RaisedThere, path + ".raisedThere");
        LocalityTies ties = Require.Build(path, () => new LocalityTies(born, raised, h.YearsStudiedOrWorkedThere ?? 0), "yearsStudiedOrWorkedThere");
        return Require.Build(path, () => new KeyPostHolder(unit, post, ties) { Name = h.Name, InPostSince = h.InPostSince, Level = h.Level ?? CadreRules.People.OrganisationalLevel.Commune }, "unit", "kind=post", "InPostSince=inPostSince", "Level=level");
    }

    public static KeyPostsJson FromSurvey(KeyPostSurvey survey) => new()
    {
        SchemaVersion = DocumentReader.SchemaVersion,
        Date = survey.Date,
        Area = survey.Area,
        Holders = [.. survey.Holders.Select(h => (KeyPostHolderJson?)new KeyPostHolderJson
        {
            Unit = h.Unit,
            Post = h.Kind,
            Level = h.Level == CadreRules.People.OrganisationalLevel.Commune ? null : h.Level,
            Name = h.Name,
            BornThere = h.Ties.BornThere,
            RaisedThere = h.Ties.RaisedThere,
            YearsStudiedOrWorkedThere = h.Ties.YearsStudiedOrWorkedThere == 0 ? null : h.Ties.YearsStudiedOrWorkedThere,
            InPostSince = h.InPostSince,
        })],
    };
}
