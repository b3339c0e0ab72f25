using System.Collections.Generic;
using System.Linq;
using CadreRules.People;
using CadreRules.Planning;

namespace CadreRules.Documents;

/// <summary>The planning list document to and from <see cref="PlanningList"/>.</summary>
internal static class PlanningListMapper
{
    public static PlanningList ToList(PlanningListJson json, Roster? roster, string root = "$")
    {
        if (root == "$" || json.SchemaVersion is not null)
        {
            Require.SchemaVersion(json.SchemaVersion, root + ".schemaVersion");
        }

        var errors = new DocumentErrors();
        NodaTime.LocalDate? date = Try(errors, () => Require.Value(json.Date, root + ".date"));
        PlanningTerm? term = Try(errors, () =>
        {
            PlanningTermJson termJson = Require.Object(json.Term, root + ".term");
            NodaTime.LocalDate start = Require.Value(termJson.Start, root + ".term.start");
            return Require.Build(root + ".term", () => new PlanningTerm(start, termJson.Years ?? 5), "start", "years");
        });
        var titles = new List<PlanningTitle>();
        var titleIndex = new Dictionary<string, int>(System.StringComparer.Ordinal);
        List<PlanningTitleJson?> titleItems = errors.Try(() => Require.Object(json.Titles, root + ".titles")) ?? [];
        for (int i = 0; i < titleItems.Count; i++)
        {
            string path = Require.Item(root + ".titles", i);
            PlanningTitleJson? item = titleItems[i];
            PlanningTitle? title = errors.Try(() =>
            {
                PlanningTitleJson t = Require.Object(item, path);
                string id = Require.Text(t.Id, path + ".id");
                string name = Require.Text(t.Name, path + ".name");
                OrganisationalLevel level = Require.Value(t.Level, path + ".level");
                if (titleIndex.TryGetValue(id, out int first))
                {
                    string firstPath = Require.Item(root + ".titles", first);
                    throw DocumentException.Coded(path + ".id", DocumentErrorCodes.DuplicateId, $"the title id '{id}' is already used by {firstPath}.", null, null, id, firstPath);
                }

                return Require.Build(path, () => new PlanningTitle(id, name, level, t.Seats ?? 1, t.Rank, t.Kind ?? PlanningTitleKind.Leadership, t.Group) { ManagedCentrally = t.ManagedCentrally ?? false }, "id", "name", "level", "seats", "rank", "kind", "group");
            });
            if (title is not null)
            {
                titleIndex.Add(title.Id, i);
                titles.Add(title);
            }
        }

        var candidates = new List<PlanningCandidate>();
        var candidateIndex = new Dictionary<CadreId, int>();
        List<PlanningCandidateJson?> candidateItems = errors.Try(() => Require.Object(json.Candidates, root + ".candidates")) ?? [];
        for (int i = 0; i < candidateItems.Count; i++)
        {
            string path = Require.Item(root + ".candidates", i);
            PlanningCandidateJson? item = candidateItems[i];
            PlanningCandidate? candidate = errors.Try(() =>
            {
                PlanningCandidate c = ToCandidate(item, path, roster);
                if (candidateIndex.TryGetValue(c.Id, out int first))
                {
                    throw DocumentException.Coded(path, DocumentErrorCodes.DuplicateId, $"the cadre '{c.Id}' is already a candidate at {Require.Item(root + ".candidates", first)}.", null, null, c.Id.Value, Require.Item(root + ".candidates", first));
                }

                return c;
            });
            if (candidate is not null)
            {
                candidateIndex.Add(candidate.Id, i);
                candidates.Add(candidate);
            }
        }

        var entries = new List<PlanningEntry>();
        var seen = new Dictionary<(CadreId, string), string>();
        List<PlanningEntryJson?> entryItems = errors.Try(() => Require.Object(json.Entries, root + ".entries")) ?? [];
        bool complete = !errors.Any;
        for (int i = 0; i < entryItems.Count; i++)
        {
            string path = Require.Item(root + ".entries", i);
            PlanningEntryJson? item = entryItems[i];
            try
            {
                PlanningEntryJson e = Require.Object(item, path);
                string cadreId = Require.Text(e.CadreId, path + ".cadreId");
                string titleId = Require.Text(e.TitleId, path + ".titleId");
                var id = new CadreId(cadreId);
                if (!candidateIndex.ContainsKey(id))
                {
                    // With errors in the candidates, the cadre may be one of those reported: say nothing more.
                    if (complete)
                    {
                        throw Require.Unknown(path + ".cadreId", cadreId, "candidate", $"'{cadreId}' is not among the candidates.");
                    }

                    continue;
                }

                if (!titleIndex.ContainsKey(titleId))
                {
                    if (complete)
                    {
                        throw Require.Unknown(path + ".titleId", titleId, "title", $"unknown title '{titleId}'. Titles: {string.Join(", ", titleIndex.Keys)}.", titleIndex.Keys);
                    }

                    continue;
                }

                if (!seen.TryAdd((id, titleId), path))
                {
                    throw DocumentException.Coded(path, DocumentErrorCodes.DuplicateId, $"'{cadreId}' is planned twice for '{titleId}' (first at {seen[(id, titleId)]}).", null, null, id.Value + " → " + titleId, seen[(id, titleId)]);
                }

                entries.Add(new PlanningEntry(id, titleId, e.Tier ?? PlanningTier.OneLevelUp));
            }
            catch (DocumentException error)
            {
                errors.Add(error);
            }
        }

        errors.ThrowIfAny();
        return Require.Build(root, () => new PlanningList(date!.Value, term!.Value, titles, candidates, entries, json.AgeReferenceMonth), "date", "term", "ageReferenceMonth", "titles", "candidates", "entries");
    }

    /// <summary>One candidate: the cadre's facts (<c>cadre</c>) or a reference into the roster (<c>cadreRef</c>), and the flags.</summary>
    public static PlanningCandidate ToCandidate(PlanningCandidateJson? item, string path, Roster? roster)
    {
        PlanningCandidateJson c = Require.Object(item, path);
        Cadre cadre = RequestMapper.CadreOf(c.Cadre, c.CadreRef, roster, path);
        return Require.Build(path, () => new PlanningCandidate(cadre, c.CurrentRank, c.AppointmentProposed ?? false, c.FailsPoliticalStandard ?? false) { HasTrainingPlan = c.HasTrainingPlan ?? false }, "currentRank", "appointmentProposed", "failsPoliticalStandard");
    }

    /// <summary>A candidate written with its facts in full.</summary>
    public static PlanningCandidateJson FromCandidate(PlanningCandidate c) => new()
    {
        Cadre = RosterMapper.FromCadre(c.Cadre),
        CurrentRank = c.CurrentRank,
        AppointmentProposed = c.AppointmentProposed ? true : null,
        FailsPoliticalStandard = c.FailsPoliticalStandard ? true : null,
        HasTrainingPlan = c.HasTrainingPlan ? true : null,
    };

    private static T? Try<T>(DocumentErrors errors, System.Func<T> read)
        where T : struct
    {
        try
        {
            return read();
        }
        catch (DocumentException e)
        {
            errors.Add(e);
            return null;
        }
    }

    public static PlanningListJson FromList(PlanningList list) => new()
    {
        SchemaVersion = DocumentReader.SchemaVersion,
        Date = list.Date,
        Term = new PlanningTermJson { Start = list.Term.Start, Years = list.Term.Years },
        AgeReferenceMonth = list.AgeReferenceMonth,
        Titles = [.. list.Titles.Select(t => (PlanningTitleJson?)new PlanningTitleJson
        {
            Id = t.Id,
            Name = t.Name,
            Level = t.Level,
            Seats = t.Seats,
            Rank = t.Rank,
            Kind = t.Kind,
            Group = t.Group,
            ManagedCentrally = t.ManagedCentrally ? true : null,
        })],
        Candidates = [.. list.Candidates.Select(c => (PlanningCandidateJson?)FromCandidate(c))],
        Entries = [.. list.Entries.Select(e => (PlanningEntryJson?)new PlanningEntryJson { CadreId = e.CadreId.Value, TitleId = e.TitleId, Tier = e.Tier })],
    };
}
