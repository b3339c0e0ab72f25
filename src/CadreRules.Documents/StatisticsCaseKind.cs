using System.Collections.Generic;
using System.Globalization;
using CadreRules.Composition;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Documents;

/// <summary>
/// <c>"kind": "statistics"</c>: the shares of a roster (the case's <c>roster</c>, required). Facts: <c>asOf</c> (ages
/// and the qualification levels held are read on it) and <c>youngAge</c> (young is strictly under it). Expected: any of
/// <c>total</c>, <c>educationUnrecorded</c>, <c>politicalTheoryUnrecorded</c>, and per share (<c>women</c>,
/// <c>young</c>, <c>ethnicMinority</c>, <c>universityOrHigher</c>, <c>politicalTheoryAdvanced</c>,
/// <c>politicalTheoryIntermediateOrHigher</c>) any of <c>count</c> and <c>share</c>, over every cadre on the roster and
/// compared at the precision written (<c>91%</c> at none, <c>10,2%</c> at one decimal), so an article's rounded figure can
/// be pinned as printed. No regulation is involved.
/// </summary>
internal sealed class StatisticsCaseKind : ICaseKind
{
    private static readonly RuleCode RootCode = new("Case.Statistics");

    public string Name => "statistics";

    public CaseOutcome Run(CaseInput input)
    {
        if (input.Regulation is not null || input.InForceOn is not null)
        {
            throw DocumentException.Of("$.regulation", DocumentErrorCodes.NotApplicable, null, "regulation");
        }

        StatisticsFactsJson facts = DocumentReader.ParseElement(input.Facts, CadreJsonContext.Default.StatisticsFactsJson, "$.facts");
        StatisticsExpectedJson expected = DocumentReader.ParseElement(input.Expected, CadreJsonContext.Default.StatisticsExpectedJson, "$.expected");
        if (expected.Total is null && expected.Women is null && expected.Young is null && expected.EthnicMinority is null && expected.UniversityOrHigher is null
            && expected.PoliticalTheoryAdvanced is null && expected.PoliticalTheoryIntermediateOrHigher is null && expected.EducationUnrecorded is null && expected.PoliticalTheoryUnrecorded is null)
        {
            throw DocumentException.Of("$.expected", DocumentErrorCodes.NothingExpected, null, "total, women, young, ethnicMinority, universityOrHigher, politicalTheoryAdvanced, politicalTheoryIntermediateOrHigher, educationUnrecorded, politicalTheoryUnrecorded");
        }

        NodaTime.LocalDate asOf = Require.Value(facts.AsOf, "$.facts.asOf");
        Require.Build("$.facts", () => DomainCalendar.Check(asOf, "asOf"), "asOf");
        int youngAge = Require.Value(facts.YoungAge, "$.facts.youngAge");
        if (youngAge is < 1 or > 100)
        {
            throw DocumentException.Coded("$.facts.youngAge", DocumentErrorCodes.OutOfRange, string.Create(CultureInfo.InvariantCulture, $"the young age is 1 to 100 years, not {youngAge}."), null, null, youngAge.ToString(CultureInfo.InvariantCulture), "1", "100");
        }

        Roster roster = input.Roster ?? throw DocumentException.Of("$.roster", DocumentErrorCodes.NeedsField, null, "kind: statistics", "roster");
        for (int i = 0; i < roster.Cadres.Length; i++)
        {
            if (asOf < roster.Cadres[i].BirthDate.Date)
            {
                string iso = NodaTime.Text.LocalDatePattern.Iso.Format(asOf);
                throw DocumentException.Coded(Require.Item("$.roster.cadres", i) + ".birthDate", DocumentErrorCodes.OutOfRange, $"the cadre '{roster.Cadres[i].Id}' is born after the date {iso}.", null, null, roster.Cadres[i].BirthDate.ToString(), string.Empty, iso);
            }
        }

        Require.Count(expected.Total, "$.expected.total");
        Require.Count(expected.EducationUnrecorded, "$.expected.educationUnrecorded");
        Require.Count(expected.PoliticalTheoryUnrecorded, "$.expected.politicalTheoryUnrecorded");
        BodyComposition composition = BodyComposition.Of(roster.Cadres, asOf, youngAge);
        QualificationShares qualifications = QualificationShares.Of(roster.Cadres, asOf);
        var failures = new List<string>();
        foreach ((int? e, int actual, string what) in new[]
        {
            (expected.Total, composition.Total, "total"),
            (expected.EducationUnrecorded, qualifications.EducationUnrecorded, "education unrecorded"),
            (expected.PoliticalTheoryUnrecorded, qualifications.PoliticalTheoryUnrecorded, "political theory unrecorded"),
        })
        {
            if (e is { } value && value != actual)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"{what}: expected {value}, actual {actual}"));
            }
        }

        ShareExpectations.Compare(failures, "women", expected.Women, composition.Women, "$.expected.women");
        ShareExpectations.Compare(failures, "young", expected.Young, composition.Young, "$.expected.young");
        ShareExpectations.Compare(failures, "ethnic minority", expected.EthnicMinority, composition.EthnicMinority, "$.expected.ethnicMinority");
        ShareExpectations.Compare(failures, "university or higher", expected.UniversityOrHigher, qualifications.UniversityOrHigher, "$.expected.universityOrHigher");
        ShareExpectations.Compare(failures, "political theory advanced", expected.PoliticalTheoryAdvanced, qualifications.PoliticalTheoryAdvanced, "$.expected.politicalTheoryAdvanced");
        ShareExpectations.Compare(failures, "political theory intermediate or higher", expected.PoliticalTheoryIntermediateOrHigher, qualifications.PoliticalTheoryIntermediateOrHigher, "$.expected.politicalTheoryIntermediateOrHigher");
        var root = new Finding(
            RootCode,
            new LocalizedText("Thống kê trên danh sách cán bộ", "Statistics over a roster"),
            null,
            FindingStatus.Satisfied,
            Severity.TargetNotMet,
            [FactValue.Of("total", composition.Total)],
            []);
        return new CaseOutcome(root, failures);
    }
}
