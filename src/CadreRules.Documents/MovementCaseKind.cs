using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CadreRules.Rotation;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Documents;

/// <summary>
/// <c>"kind": "movement"</c>: facts are one movement of a movements document (a rotation, transfer or secondment; the
/// cadre in full or <c>cadreRef</c> into the case's roster), judged by the regulations of the case's catalogue in force
/// on its start date (a case names no <c>regulation</c>: a rotation takes the rotation and the transfer regulations).
/// Expected: any of <c>outcome</c> (<c>eligible</c> / <c>notEligible</c> / <c>undetermined</c>), <c>regulation</c> (the
/// deciding regulation's id, or <c>"none"</c>), <c>allowanceKeptUntil</c>, <c>latestEnd</c>, <c>evaluationYears</c>.
/// </summary>
internal sealed class MovementCaseKind : ICaseKind
{
    private static readonly RuleCode UndeterminedCode = new("Case.Movement.Undetermined");

    public string Name => "movement";

    public CaseOutcome Run(CaseInput input)
    {
        if (input.Regulation is not null || input.InForceOn is not null)
        {
            throw DocumentException.Of("$.regulation", DocumentErrorCodes.NotApplicable, null, "regulation");
        }

        ProgrammeMovement movement = MovementsMapper.ToMovement(DocumentReader.ParseElement(input.Facts, CadreJsonContext.Default.MovementJson, "$.facts"), "$.facts", input.Roster);
        MovementExpectedJson expected = DocumentReader.ParseElement(input.Expected, CadreJsonContext.Default.MovementExpectedJson, "$.expected");
        if (expected.Outcome is null && expected.Regulation is null && expected.AllowanceKeptUntil is null && expected.LatestEnd is null && expected.EvaluationYears is null)
        {
            throw DocumentException.Of("$.expected", DocumentErrorCodes.NothingExpected, null, "outcome, regulation, allowanceKeptUntil, latestEnd, evaluationYears");
        }

        Require.Count(expected.EvaluationYears, "$.expected.evaluationYears");
        foreach ((LocalDate? date, string field) in new[] { (expected.AllowanceKeptUntil, "allowanceKeptUntil"), (expected.LatestEnd, "latestEnd") })
        {
            if (date is { } value)
            {
                _ = Require.Build("$.expected", () => DomainCalendar.Check(value, field), field);
            }
        }

        MovementAnswer answer = MovementProgramme.Answer(movement, input.Catalog);
        var failures = new List<string>();
        if (expected.Outcome is { } outcome && outcome != answer.Outcome)
        {
            failures.Add($"outcome: expected {Camel(outcome)}, actual {Camel(answer.Outcome)}");
        }

        string regulation = answer.Regulation?.Id.Value ?? "none";
        if (expected.Regulation is { } id && id != regulation)
        {
            failures.Add($"regulation: expected {id}, actual {regulation}");
        }

        Compare(failures, "allowance kept until", expected.AllowanceKeptUntil, answer.AllowanceKeptUntil);
        Compare(failures, "latest end", expected.LatestEnd, answer.LatestEnd);
        if (expected.EvaluationYears is { } years && years != answer.EvaluationYears.Length)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"evaluation years: expected {years}, actual {answer.EvaluationYears.Length}"));
        }

        Finding explanation = answer.Explanation ?? new Finding(
            UndeterminedCode,
            new LocalizedText("Không có quy định trong danh mục áp dụng cho việc điều chuyển này vào ngày bắt đầu", "No regulation of the catalogue covers this movement on its start date"),
            null,
            FindingStatus.NotApplicable,
            Severity.Advisory,
            [FactValue.Of("start", movement.Start), FactValue.Of("kind", Camel(movement.Kind))],
            []);
        return new CaseOutcome(explanation, failures);
    }

    private static void Compare(List<string> failures, string what, LocalDate? expected, LocalDate? actual)
    {
        if (expected is { } value && value != actual)
        {
            failures.Add($"{what}: expected {Iso(value)}, actual {(actual is { } a ? Iso(a) : "none")}");
        }
    }

    private static string Iso(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    private static string Camel<TEnum>(TEnum value)
        where TEnum : struct => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString()!);
}
