using System.Collections.Generic;
using System.Linq;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Documents;

/// <summary>The planning review document to and from <see cref="PlanningReviewInput"/>. Everything the review itself
/// would refuse (a review date before the list's, two facts for one cadre, an addition naming an unknown title or cadre
/// or planned already) is reported here with its path, all errors at once.</summary>
internal static class PlanningReviewMapper
{
    public static PlanningReviewInput ToInput(PlanningReviewJson json, Roster? roster, string root = "$")
    {
        if (root == "$" || json.SchemaVersion is not null)
        {
            Require.SchemaVersion(json.SchemaVersion, root + ".schemaVersion");
        }

        var errors = new DocumentErrors();
        LocalDate? reviewDate = null;
        try
        {
            LocalDate date = Require.Value(json.ReviewDate, root + ".reviewDate");
            reviewDate = Require.Build(root, () => DomainCalendar.Check(date, "reviewDate"), "reviewDate");
        }
        catch (DocumentException e)
        {
            errors.Add(e);
        }

        PlanningList? plan = errors.Try(() => PlanningListMapper.ToList(Require.Object(json.Plan, root + ".plan"), roster, root + ".plan"));
        if (plan is not null && reviewDate is { } day && day < plan.Date)
        {
            string planDate = NodaTime.Text.LocalDatePattern.Iso.Format(plan.Date);
            errors.Add(DocumentException.Coded(
                root + ".reviewDate", DocumentErrorCodes.OutOfRange, $"the review date {NodaTime.Text.LocalDatePattern.Iso.Format(day)} is before the list's date {planDate}.", null, null,
                NodaTime.Text.LocalDatePattern.Iso.Format(day), planDate, string.Empty));
        }

        var facts = new List<PlanningCandidate>();
        var factIndex = new Dictionary<CadreId, int>();
        List<PlanningCandidateJson?> factItems = json.CurrentFacts ?? [];
        for (int i = 0; i < factItems.Count; i++)
        {
            string path = Require.Item(root + ".currentFacts", i);
            PlanningCandidate? candidate = errors.Try(() => PlanningListMapper.ToCandidate(factItems[i], path, roster));
            if (candidate is null)
            {
                continue;
            }

            if (factIndex.TryGetValue(candidate.Id, out int first))
            {
                string firstPath = Require.Item(root + ".currentFacts", first);
                errors.Add(DocumentException.Coded(path, DocumentErrorCodes.DuplicateId, $"the cadre '{candidate.Id}' already has facts at {firstPath}.", null, null, candidate.Id.Value, firstPath));
                continue;
            }

            factIndex.Add(candidate.Id, i);
            facts.Add(candidate);
        }

        var additions = new List<PlanningEntry>();
        List<PlanningEntryJson?> additionItems = json.ProposedAdditions ?? [];
        bool complete = !errors.Any && plan is not null;
        var planned = new Dictionary<(CadreId, string), string>();
        var planCandidates = new HashSet<CadreId>(plan?.Candidates.Select(c => c.Id) ?? []);
        var planTitles = new HashSet<string>(plan?.Titles.Select(t => t.Id) ?? [], System.StringComparer.Ordinal);
        if (plan is not null)
        {
            for (int i = 0; i < plan.Entries.Length; i++)
            {
                planned[(plan.Entries[i].CadreId, plan.Entries[i].TitleId)] = Require.Item(root + ".plan.entries", i);
            }
        }

        for (int i = 0; i < additionItems.Count; i++)
        {
            string path = Require.Item(root + ".proposedAdditions", i);
            try
            {
                PlanningEntryJson e = Require.Object(additionItems[i], path);
                string cadreText = Require.Text(e.CadreId, path + ".cadreId");
                string titleId = Require.Text(e.TitleId, path + ".titleId");
                if (!complete)
                {
                    continue; // the plan or the facts have errors: what an addition names may be among them
                }

                var id = new CadreId(cadreText);
                if (!planTitles.Contains(titleId))
                {
                    throw Require.Unknown(path + ".titleId", titleId, "title", $"unknown title '{titleId}'. Titles: {string.Join(", ", plan!.Titles.Select(t => t.Id))}.", plan!.Titles.Select(t => t.Id));
                }

                if (!factIndex.ContainsKey(id) && !planCandidates.Contains(id))
                {
                    throw Require.Unknown(path + ".cadreId", cadreText, "candidate", $"'{cadreText}' is neither a candidate of the plan nor in currentFacts.");
                }

                string key = id.Value + " → " + titleId;
                if (planned.TryGetValue((id, titleId), out string? firstPath))
                {
                    throw DocumentException.Coded(path, DocumentErrorCodes.DuplicateId, $"'{cadreText}' is already planned for '{titleId}' at {firstPath}.", null, null, key, firstPath);
                }

                planned.Add((id, titleId), path);
                additions.Add(new PlanningEntry(id, titleId, e.Tier ?? PlanningTier.OneLevelUp));
            }
            catch (DocumentException error)
            {
                errors.Add(error);
            }
        }

        errors.ThrowIfAny();
        return new PlanningReviewInput(plan!, reviewDate!.Value, facts, additions);
    }

    public static PlanningReviewJson FromInput(PlanningReviewInput input)
    {
        PlanningListJson plan = PlanningListMapper.FromList(input.Plan);
        plan.SchemaVersion = null;
        return new()
        {
            SchemaVersion = DocumentReader.SchemaVersion,
            ReviewDate = input.ReviewDate,
            Plan = plan,
            CurrentFacts = input.CurrentFacts.IsEmpty ? null : [.. input.CurrentFacts.Select(c => (PlanningCandidateJson?)PlanningListMapper.FromCandidate(c))],
            ProposedAdditions = input.ProposedAdditions.IsEmpty ? null : [.. input.ProposedAdditions.Select(e => (PlanningEntryJson?)new PlanningEntryJson { CadreId = e.CadreId.Value, TitleId = e.TitleId, Tier = e.Tier })],
        };
    }
}
