using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CadreRules.Impact;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rules;
using CadreRules.Standards;

namespace CadreRules.Documents;

/// <summary>
/// <c>"kind": "review"</c>: facts are a planning review document (schemaVersion optional; <c>cadreRef</c> refers to the
/// case's <c>roster</c>), reviewed by <c>regulation</c> or the planning regulation in force on the review date. Expected:
/// any of <c>outcomes</c> (per cadre id, per title id: <c>kept</c>, <c>removed</c>, <c>added</c>, <c>refused</c>),
/// <c>counts</c> (per outcome), <c>ageMonth</c>.
/// </summary>
internal sealed class ReviewCaseKind : ICaseKind
{
    private static readonly RuleCode RootCode = new("Case.Review");

    public string Name => "review";

    public CaseOutcome Run(CaseInput input)
    {
        if (input.Regulation is { } chosen && chosen is not PlanningRegulation)
        {
            throw Require.WrongTopic(chosen, Name);
        }

        PlanningReviewInput review = PlanningReviewMapper.ToInput(DocumentReader.ParseElement(input.Facts, CadreJsonContext.Default.PlanningReviewJson, "$.facts"), input.Roster, "$.facts");
        ReviewExpectedJson expected = DocumentReader.ParseElement(input.Expected, CadreJsonContext.Default.ReviewExpectedJson, "$.expected");
        if (expected.Outcomes is null && expected.Counts is null && expected.AgeMonth is null)
        {
            throw DocumentException.Of("$.expected", DocumentErrorCodes.NothingExpected, null, "outcomes, counts, ageMonth");
        }

        PlanningRegulation regulation = CaseRegulation.Resolve<PlanningRegulation>(input, RegulationTopic.Planning, SubjectKind.Cadre, review.ReviewDate);
        PlanningReview result = regulation.Review(review, TitleStandardsRegulation.InForce(input.Catalog, review.ReviewDate));
        var actual = new Dictionary<(CadreId, string), PlanningReviewOutcome>();
        foreach (ImpactSubject<PlanningReviewOutcome> subject in PlanningReviewImpact.Subjects(review, result))
        {
            actual[(subject.Id, subject.Group)] = subject.Outcome;
        }

        var failures = new List<string>();
        var seen = new Dictionary<CadreId, string>();
        foreach ((string cadre, Dictionary<string, PlanningReviewOutcome> titles) in expected.Outcomes ?? [])
        {
            string path = Require.Key("$.expected.outcomes", cadre);
            if (string.IsNullOrWhiteSpace(cadre))
            {
                throw Require.Missing(path);
            }

            var id = new CadreId(cadre);
            if (!seen.TryAdd(id, path))
            {
                throw Require.Duplicate(path, id, seen[id]);
            }

            foreach ((string title, PlanningReviewOutcome outcome) in titles)
            {
                if (!actual.TryGetValue((id, title), out PlanningReviewOutcome found))
                {
                    throw Require.Unknown(Require.Key(path, title), cadre + " → " + title, "candidate", $"neither the plan nor the proposed additions have '{cadre}' for '{title}'.");
                }

                if (found != outcome)
                {
                    failures.Add($"{cadre} → {title}: expected {Camel(outcome)}, actual {Camel(found)}");
                }
            }
        }

        if (expected.Counts is { } counts)
        {
            Count(failures, PlanningReviewOutcome.Kept, counts.Kept, result.Kept.Length);
            Count(failures, PlanningReviewOutcome.Removed, counts.Removed, result.Removed.Length);
            Count(failures, PlanningReviewOutcome.Added, counts.Added, result.Added.Length);
            Count(failures, PlanningReviewOutcome.Refused, counts.Refused, result.Refused.Length);
        }

        if (expected.AgeMonth is { } month && month != result.AgeMonth)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"age month: expected {month:yyyy-MM}, actual {result.AgeMonth:yyyy-MM}"));
        }

        Finding[] reasons = [.. result.Removed.Concat(result.Refused).SelectMany(i => i.Reasons)];
        var root = new Finding(RootCode, new LocalizedText("Lý do đưa ra khỏi hoặc không bổ sung quy hoạch", "Reasons for removal from, or refusal of, the plan"), null, reasons.Length > 0 ? FindingStatus.NotSatisfied : FindingStatus.Satisfied, Severity.Advisory, [], [.. reasons]);
        return new CaseOutcome(root, failures);
    }

    private static void Count(List<string> failures, PlanningReviewOutcome outcome, int? expected, int actual)
    {
        if (expected is { } count && count != actual)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{Camel(outcome)}: expected {count}, actual {actual}"));
        }
    }

    private static string Camel(PlanningReviewOutcome outcome) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(outcome.ToString());
}
