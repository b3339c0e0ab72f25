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

        NodaTime.LocalDate date = Require.Value(json.Date, root + ".date");
        PlanningTermJson termJson = Require.Object(json.Term, root + ".term");
        NodaTime.LocalDate start = Require.Value(termJson.Start, root + ".term.start");
        PlanningTerm term = Require.Build(root + ".term", () => new PlanningTerm(start, termJson.Years ?? 5));
        var titles = new List<PlanningTitle>();
        var titleIndex = new Dictionary<string, int>(System.StringComparer.Ordinal);
        List<PlanningTitleJson?> titleItems = Require.Object(json.Titles, root + ".titles");
        for (int i = 0; i < titleItems.Count; i++)
        {
            string path = Require.Item(root + ".titles", i);
            PlanningTitleJson t = Require.Object(titleItems[i], path);
            string id = Require.Text(t.Id, path + ".id");
            string name = Require.Text(t.Name, path + ".name");
            OrganisationalLevel level = Require.Value(t.Level, path + ".level");
            if (!titleIndex.TryAdd(id, i))
            {
                throw new DocumentException(path + ".id", $"the title id '{id}' is already used by {root}.titles[{titleIndex[id]}].", null);
            }

            titles.Add(Require.Build(path, () => new PlanningTitle(id, name, level, t.Seats ?? 1, t.Rank, t.Kind ?? PlanningTitleKind.Leadership, t.Group)));
        }

        var candidates = new List<PlanningCandidate>();
        var candidateIndex = new Dictionary<CadreId, int>();
        List<PlanningCandidateJson?> candidateItems = Require.Object(json.Candidates, root + ".candidates");
        for (int i = 0; i < candidateItems.Count; i++)
        {
            string path = Require.Item(root + ".candidates", i);
            PlanningCandidateJson c = Require.Object(candidateItems[i], path);
            Cadre cadre = RequestMapper.CadreOf(c.Cadre, c.CadreRef, roster, path);
            if (!candidateIndex.TryAdd(cadre.Id, i))
            {
                throw new DocumentException(path, $"the cadre '{cadre.Id}' is already a candidate at {root}.candidates[{candidateIndex[cadre.Id]}].", null);
            }

            candidates.Add(Require.Build(path, () => new PlanningCandidate(cadre, c.CurrentRank, c.AppointmentProposed ?? false, c.FailsPoliticalStandard ?? false)));
        }

        var entries = new List<PlanningEntry>();
        var seen = new HashSet<(string, string)>();
        List<PlanningEntryJson?> entryItems = Require.Object(json.Entries, root + ".entries");
        for (int i = 0; i < entryItems.Count; i++)
        {
            string path = Require.Item(root + ".entries", i);
            PlanningEntryJson e = Require.Object(entryItems[i], path);
            string cadreId = Require.Text(e.CadreId, path + ".cadreId");
            string titleId = Require.Text(e.TitleId, path + ".titleId");
            if (!candidateIndex.ContainsKey(new CadreId(cadreId)))
            {
                throw new DocumentException(path + ".cadreId", $"'{cadreId}' is not among the candidates.", null);
            }

            if (!titleIndex.ContainsKey(titleId))
            {
                throw new DocumentException(path + ".titleId", $"unknown title '{titleId}'. Titles: {string.Join(", ", titleIndex.Keys)}.", null);
            }

            if (!seen.Add((cadreId, titleId)))
            {
                throw new DocumentException(path, $"'{cadreId}' is planned twice for '{titleId}'.", null);
            }

            entries.Add(new PlanningEntry(new CadreId(cadreId), titleId, e.Tier ?? PlanningTier.OneLevelUp));
        }

        return Require.Build(root, () => new PlanningList(date, term, titles, candidates, entries, json.AgeReferenceMonth));
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
        })],
        Candidates = [.. list.Candidates.Select(c => (PlanningCandidateJson?)new PlanningCandidateJson
        {
            Cadre = RosterMapper.FromCadre(c.Cadre),
            CurrentRank = c.CurrentRank,
            AppointmentProposed = c.AppointmentProposed ? true : null,
            FailsPoliticalStandard = c.FailsPoliticalStandard ? true : null,
        })],
        Entries = [.. list.Entries.Select(e => (PlanningEntryJson?)new PlanningEntryJson { CadreId = e.CadreId.Value, TitleId = e.TitleId, Tier = e.Tier })],
    };
}
