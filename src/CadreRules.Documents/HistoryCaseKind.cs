using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.History;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Documents;

/// <summary>
/// <c>"kind": "history"</c>: facts are <c>{ "denominator", "years" }</c> or a person (<c>cadre</c>/<c>cadreRef</c>,
/// <c>track</c>, and for the consequences <c>asOf</c>, <c>subjectKind</c>, <c>holdsLeadership</c>,
/// <c>appointmentTerm</c>, <c>stepHeldSince</c>, <c>includePartyDiscipline</c>), as in an evaluation history document;
/// the denominator <c>allRated</c>, the default, or <c>goodOrBetter</c>; measured by <see cref="HistoryShares.Measure"/>.
/// No regulation applies (the consequences follow the law in force on <c>asOf</c>). Expected: <c>pooled</c> and/or
/// <c>meanOfYearlyShares</c>, each level's exact share as <c>"n/d"</c> in lowest terms (or <c>"none"</c>); and/or
/// <c>consequences</c>, each <c>{ kind, status, decidingYears?, months? }</c> in the order asked.
/// </summary>
internal sealed class HistoryCaseKind : ICaseKind
{
    private static readonly RuleCode RootCode = new("Case.History");

    public string Name => "history";

    public CaseOutcome Run(CaseInput input)
    {
        if (input.Regulation is not null || input.InForceOn is not null)
        {
            throw DocumentException.Of("$.regulation", DocumentErrorCodes.NotApplicable, null, "regulation");
        }

        HistoryFactsJson facts = DocumentReader.ParseElement(input.Facts, CadreJsonContext.Default.HistoryFactsJson, "$.facts");
        EvaluationHistoryDocument document = CadreDocuments.ReadHistoryDocument(facts.ToDocument(), input.Roster, "$.facts");
        ImmutableArray<YearLevels> years = document.Years;
        HistoryExpectedJson expected = DocumentReader.ParseElement(input.Expected, CadreJsonContext.Default.HistoryExpectedJson, "$.expected");
        if (expected.Pooled is null && expected.MeanOfYearlyShares is null && expected.Consequences is null)
        {
            throw DocumentException.Of("$.expected", DocumentErrorCodes.NothingExpected, null, "pooled, meanOfYearlyShares, consequences");
        }

        if (expected.Consequences is not null && document.Question is null)
        {
            throw DocumentException.Of("$.expected.consequences", DocumentErrorCodes.NeedsField, null, "consequences", "facts.asOf");
        }

        HistoryShares shares = HistoryShares.Measure(years, facts.Denominator ?? ShareDenominator.AllRated);
        var failures = new List<string>();
        var values = new List<FactValue> { FactValue.Of("denominator", (facts.Denominator ?? ShareDenominator.AllRated).ToString()) };
        foreach (PeriodShare period in shares.Period)
        {
            string level = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(period.Level.ToString());
            string pooled = HistoryMapper.Text(period.Pooled.Share);
            string mean = HistoryMapper.Text(period.MeanOfYearlyShares);
            values.Add(FactValue.Of(level + ".pooled", pooled));
            values.Add(FactValue.Of(level + ".mean", mean));
            string label = Label(period.Level);
            Compare(failures, "pooled " + label, Of(expected.Pooled, period.Level), pooled);
            Compare(failures, "mean of yearly shares " + label, Of(expected.MeanOfYearlyShares, period.Level), mean);
        }

        foreach ((LevelSharesJson? given, string name) in new[] { (expected.Pooled, "pooled"), (expected.MeanOfYearlyShares, "meanOfYearlyShares") })
        {
            if (given is not null && shares.Denominator == ShareDenominator.GoodOrBetter && (given.Complete is not null || given.NotComplete is not null))
            {
                throw DocumentException.Of("$.expected." + name + (given.Complete is not null ? ".complete" : ".notComplete"), DocumentErrorCodes.NotApplicable, null, given.Complete is not null ? "complete" : "notComplete");
            }
        }

        var children = ImmutableArray.CreateBuilder<Finding>();
        if (document.Question is not null)
        {
            ImmutableArray<Evaluation.Consequence> answers = document.Consequences();
            children.AddRange(answers.Select(a => a.Explain()));
            if (expected.Consequences is { } wanted)
            {
                CompareConsequences(failures, wanted, answers);
            }
        }

        var root = new Finding(RootCode, new LocalizedText("Tỷ lệ xếp loại qua các năm", "Shares of the levels across years"), null, FindingStatus.Satisfied, Severity.Advisory, [.. values], children.ToImmutable());
        return new CaseOutcome(root, failures);
    }

    private static void CompareConsequences(List<string> failures, List<ConsequenceExpectedJson?> wanted, ImmutableArray<Evaluation.Consequence> answers)
    {
        if (wanted.Count != answers.Length)
        {
            failures.Add($"consequences: expected {wanted.Count}, actual {answers.Length}");
        }

        for (int i = 0; i < wanted.Count && i < answers.Length; i++)
        {
            string path = "$.expected.consequences[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            ConsequenceExpectedJson w = Require.Object(wanted[i], path);
            Evaluation.Consequence a = answers[i];
            Evaluation.ConsequenceKind kind = Require.Value(w.Kind, path + ".kind");
            Evaluation.ConsequenceStatus status = Require.Value(w.Status, path + ".status");
            string label = "consequence " + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Compare(failures, label + " kind", kind.ToString(), a.Kind.ToString());
            Compare(failures, label + " status", status.ToString(), a.Status.ToString());
            if (w.DecidingYears is { } years)
            {
                Compare(failures, label + " deciding years", string.Join(",", years), string.Join(",", a.DecidingYears));
            }

            if (w.Months is { } months)
            {
                Compare(failures, label + " months", months.ToString(System.Globalization.CultureInfo.InvariantCulture), a.Months.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    private static string Label(EvaluationLevel level) => level switch
    {
        EvaluationLevel.Excellent => "HTXS",
        EvaluationLevel.Good => "HTT",
        EvaluationLevel.Complete => "HTNV",
        _ => "KHT",
    };

    private static string? Of(LevelSharesJson? json, EvaluationLevel level) => json is null ? null : level switch
    {
        EvaluationLevel.Excellent => json.Excellent,
        EvaluationLevel.Good => json.Good,
        EvaluationLevel.Complete => json.Complete,
        _ => json.NotComplete,
    };

    private static void Compare(List<string> failures, string what, string? expected, string actual)
    {
        if (expected is not null && expected != actual)
        {
            failures.Add($"{what}: expected {expected}, actual {actual}");
        }
    }
}
