using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using CadreRules.Documents;

namespace CadreRules.Cli.Commands;

/// <summary>One person's result: the regulation applied, the classification and the level after the unit quota.</summary>
internal sealed record EvaluationResult(EvaluationEntry Entry, EvaluationRegulation Regulation, EvaluationDecision Decision, EvaluationLevel? FinalLevel, QuotaDemotion? Demotion)
{
    /// <summary>The outcome as a short label: HTXS, HTT, HTNV, KHT, "not rated" or "undetermined".</summary>
    public string Outcome(Language language) =>
        FinalLevel is { } level ? EvaluationRun.Abbreviation(level)
        : Decision.Kind == OutcomeKind.NotRated ? (language == Language.Vietnamese ? "không xếp loại" : "not rated")
        : language == Language.Vietnamese ? "chưa xác định" : "undetermined";

    /// <summary>The rule codes that decided the outcome (ladder, cap, undetermined reason, quota).</summary>
    public ImmutableArray<RuleCode> Codes()
    {
        var codes = ImmutableArray.CreateBuilder<RuleCode>();
        foreach (RuleCode code in new[] { Decision.DecidedBy, Decision.CappedBy, Decision.UndeterminedReason })
        {
            if (!code.IsEmpty && !codes.Contains(code))
            {
                codes.Add(code);
            }
        }

        if (Demotion is { } d)
        {
            codes.Add(d.Code);
        }

        return codes.ToImmutable();
    }
}

/// <summary>Classifies every person of an evaluation document, then applies the unit quota of HTXS per regulation.</summary>
internal sealed class EvaluationRun
{
    private EvaluationRun(ImmutableArray<EvaluationResult> results, ImmutableArray<QuotaAllocation> allocations)
    {
        Results = results;
        Allocations = allocations;
    }

    public ImmutableArray<EvaluationResult> Results { get; }

    public ImmutableArray<QuotaAllocation> Allocations { get; }

    public IEnumerable<EvaluationResult> Moved => Results.Where(r => r.Demotion is not null);

    /// <summary>Runs the sheet. <paramref name="selector"/> is the text of <c>--regulation</c> (null: in force on each
    /// person's evaluation date).</summary>
    public static EvaluationRun Of(EvaluationSheet sheet, RegulationCatalog catalog, string? selector)
    {
        var regulations = new List<EvaluationRegulation>(sheet.Entries.Length);
        foreach (EvaluationEntry entry in sheet.Entries)
        {
            Regulation regulation = CliInput.Regulation(catalog, selector, RegulationTopic.Evaluation, entry.SubjectKind, entry.Input.EvaluatedOn);
            if (regulation is not EvaluationRegulation evaluation)
            {
                throw new CliInputException($"--regulation: '{regulation.Id}' is not an evaluation regulation.");
            }

            if (!evaluation.Supports(entry.Input.Role))
            {
                throw new CliInputException($"{entry.Id}: the regulation '{evaluation.Id}' does not evaluate the role {entry.Input.Role}.");
            }

            regulations.Add(evaluation);
        }

        var decisions = new EvaluationDecision[sheet.Entries.Length];
        for (int i = 0; i < decisions.Length; i++)
        {
            try
            {
                decisions[i] = regulations[i].Classify(sheet.Entries[i].Input);
            }
            catch (EvaluationInputException e)
            {
                string message = e.ParamName is { } field ? e.Message.Replace($" (Parameter '{field}')", string.Empty, System.StringComparison.Ordinal) : e.Message;
                throw new CliInputException($"{sheet.Entries[i].Id}: {message}", e);
            }
        }

        var finals = new EvaluationLevel?[decisions.Length];
        var demotions = new QuotaDemotion?[decisions.Length];
        var allocations = ImmutableArray.CreateBuilder<QuotaAllocation>();
        foreach (IGrouping<EvaluationRegulation, int> group in Enumerable.Range(0, decisions.Length).GroupBy(i => regulations[i]))
        {
            int[] rated = [.. group.Where(i => decisions[i].HasLevel)];
            foreach (int i in rated)
            {
                finals[i] = decisions[i].Level;
            }

            if (group.Key.Quota is null || rated.Length == 0)
            {
                continue;
            }

            QuotaAllocation allocation = group.Key.AllocateQuota([.. rated.Select(i => sheet.Entries[i].ToQuotaCandidate(decisions[i].Level))]);
            allocations.Add(allocation);
            foreach (int i in rated)
            {
                finals[i] = allocation.FinalLevelOf(sheet.Entries[i].Id);
                demotions[i] = allocation.Demotions.FirstOrDefault(d => d.Candidate.Id == sheet.Entries[i].Id);
            }
        }

        return new EvaluationRun(
            [.. Enumerable.Range(0, decisions.Length).Select(i => new EvaluationResult(sheet.Entries[i], regulations[i], decisions[i], finals[i], demotions[i]))],
            allocations.ToImmutable());
    }

    public static string Abbreviation(EvaluationLevel level) => level switch
    {
        EvaluationLevel.Excellent => "HTXS",
        EvaluationLevel.Good => "HTT",
        EvaluationLevel.Complete => "HTNV",
        _ => "KHT",
    };

    /// <summary>Counts per outcome label, in the order HTXS, HTT, HTNV, KHT, not rated, undetermined (zeros included for levels).</summary>
    public IReadOnlyList<KeyValuePair<string, int>> Counts(Language language, bool beforeQuota = false)
    {
        var counts = new List<KeyValuePair<string, int>>();
        foreach (EvaluationLevel level in new[] { EvaluationLevel.Excellent, EvaluationLevel.Good, EvaluationLevel.Complete, EvaluationLevel.NotComplete })
        {
            counts.Add(new(Abbreviation(level), Results.Count(r => (beforeQuota ? (r.Decision.HasLevel ? r.Decision.Level : (EvaluationLevel?)null) : r.FinalLevel) == level)));
        }

        int notRated = Results.Count(r => r.Decision.Kind == OutcomeKind.NotRated);
        int undetermined = Results.Count(r => r.Decision.Kind == OutcomeKind.Undetermined);
        if (notRated > 0)
        {
            counts.Add(new(language == Language.Vietnamese ? "không xếp loại" : "not rated", notRated));
        }

        if (undetermined > 0)
        {
            counts.Add(new(language == Language.Vietnamese ? "chưa xác định" : "undetermined", undetermined));
        }

        return counts;
    }
}
