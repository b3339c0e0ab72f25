using System;
using System.Collections.Generic;
using System.Linq;
using CadreRules.Localization;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rules;
using NodaTime;
using Xunit;
using static CadreRules.Tests.Planning.PlanningFixtures;

namespace CadreRules.Tests.Planning;

public class PlanningBoundaryTests
{
    // ListDate is 01/03/2026 and Term starts 15/03/2026, so the default age-reference month is 03/2026.
    private static PlanningCandidate BornOn(string id, int year, int month, int day) =>
        new(new Cadre(id, Sex.Male, BirthDate.Of(year, month, day), false));

    private static PlanningList ListOf(PlanningCandidate candidate, YearMonth? ageMonth = null) =>
        List([Title("T")], [candidate], [new PlanningEntry(candidate.Id, "T")], ageMonth);

    private static void AssertBornTooLate(Action create, string id)
    {
        PlanningListException ex = Assert.Throws<PlanningListException>(create);
        Assert.Equal(id, ex.Entry);
        Assert.Equal("candidates", ex.ParamName);
        Assert.StartsWith($"Candidate '{id}' is born (", ex.Message, StringComparison.Ordinal);
        Assert.Contains(") after the list's date or its age-reference month.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullTitleItem_ThrowsArgumentNullNamingTitles()
    {
        PlanningCandidate a = Man("a");

        ArgumentNullException ex = Assert.Throws<ArgumentNullException>(() => List([Title("T"), null!], [a], [new PlanningEntry(a.Id, "T")]));

        Assert.Equal("titles", ex.ParamName);
    }

    [Fact]
    public void Constructor_NullCandidateItem_ThrowsArgumentNullNamingCandidates()
    {
        PlanningCandidate a = Man("a");

        ArgumentNullException ex = Assert.Throws<ArgumentNullException>(() => List([Title("T")], [a, null!], [new PlanningEntry(a.Id, "T")]));

        Assert.Equal("candidates", ex.ParamName);
    }

    [Fact]
    public void Constructor_CandidateBornOnTheListDate_IsAccepted()
    {
        // Born on the list's date, the age-reference month later: neither bound is passed.
        PlanningList list = ListOf(BornOn("a", 2026, 3, 1), new YearMonth(2026, 9));

        Assert.Single(list.Candidates);
    }

    [Fact]
    public void Constructor_CandidateBornInTheAgeReferenceMonth_IsAccepted()
    {
        // Age-reference month before the list's date; born in that very month.
        PlanningList list = ListOf(BornOn("a", 2025, 6, 20), new YearMonth(2025, 6));

        Assert.Equal(new YearMonth(2025, 6), list.AgeReferenceMonth);
        Assert.Single(list.Candidates);
    }

    [Fact]
    public void Constructor_CandidateBornAfterTheListDateOnly_Throws()
    {
        // Born after the list's date (01/03/2026) but before the age-reference month 09/2026.
        AssertBornTooLate(() => ListOf(BornOn("a", 2026, 4, 1), new YearMonth(2026, 9)), "a");
    }

    [Fact]
    public void Constructor_CandidateBornAfterTheGivenAgeReferenceMonthOnly_Throws()
    {
        // Born before the list's date and before the term's first month, but after the given age-reference month.
        AssertBornTooLate(() => ListOf(BornOn("a", 2025, 12, 1), new YearMonth(2025, 6)), "a");
    }

    [Fact]
    public void Constructor_NoAgeReferenceMonth_DefaultsToTheTermsFirstMonth()
    {
        PlanningList list = ListOf(Man("a"));

        Assert.Equal(new YearMonth(2026, 3), list.AgeReferenceMonth);
    }

    [Fact]
    public void PlanningListException_ParameterlessConstructors_HaveAnEmptyEntry()
    {
        var inner = new InvalidOperationException("cause");

        Assert.Equal(string.Empty, new PlanningListException().Entry);
        var withMessage = new PlanningListException("bad list");
        Assert.Equal(string.Empty, withMessage.Entry);
        Assert.Equal("bad list", withMessage.Message);
        var withInner = new PlanningListException("bad list", inner);
        Assert.Equal(string.Empty, withInner.Entry);
        Assert.Same(inner, withInner.InnerException);
    }

    [Theory]
    [InlineData("QD377", "mục II.1.2, HĐ 45-HD/BTCTW (Ban Tổ chức Trung ương, 21/11/2025)")]
    [InlineData("QD50", "HĐ 16-HD/BTCTW (Ban Tổ chức Trung ương, 15/02/2022)")]
    [InlineData("PL2020", "HĐ 15-HD/BTCTW (Ban Tổ chức Trung ương, 05/11/2012)")] // not HĐ 16, which came in 2022
    public void OnlyHigherParameter_CitesTheGuidanceOfItsRegulation(string regulation, string citation)
    {
        PlanningRegulation chosen = regulation switch
        {
            "QD377" => PlanningRegulations.Qd377,
            "QD50" => PlanningRegulations.Qd50,
            _ => PlanningRegulations.Term2020,
        };

        ParameterDefinition onlyHigher = chosen.Parameters.Schema.Single(d => d.Key == "titles.onlyHigher");

        Assert.Equal(citation, onlyHigher.Citation!.Format(Language.Vietnamese));
    }

    [Theory]
    [InlineData("QD377", "QĐ 377-QĐ/TW (Bộ Chính trị, 08/10/2025)")]
    [InlineData("QD50", "QĐ 50-QĐ/TW (Bộ Chính trị, 27/12/2021)")]
    [InlineData("PL2020", "HĐ 15-HD/BTCTW (Ban Tổ chức Trung ương, 05/11/2012)")]
    public void ExpiredMinorDisciplineParameter_CitesTheRemovalSourceOfItsRegulation(string regulation, string citation)
    {
        PlanningRegulation chosen = regulation switch
        {
            "QD377" => PlanningRegulations.Qd377,
            "QD50" => PlanningRegulations.Qd50,
            _ => PlanningRegulations.Term2020,
        };

        ParameterDefinition expired = chosen.Parameters.Schema.Single(d => d.Key == "discipline.expiredReprimandOrWarningKeepsPlanning");

        Assert.Equal(citation, expired.Citation!.Format(Language.Vietnamese));
    }

    [Fact]
    public void Findings_IncludeTitleCandidateAndStructureFindingsInOrder()
    {
        PlanningReport report = PlanningRegulations.Term2020.Validate(TitleWith(2));
        Assert.NotEmpty(report.Structure.SelectMany(s => s.Findings)); // two men: the women's share target is not met

        Finding[] expected = [.. report.Titles.SelectMany(t => t.Findings), .. report.Candidates.SelectMany(c => c.Findings), .. report.Structure.SelectMany(s => s.Findings)];

        Assert.Equal(expected, report.Findings);
    }

    [Fact]
    public void Candidate_UnknownId_ThrowsKeyNotFound()
    {
        PlanningReport report = PlanningRegulations.Term2020.Validate(TitleWith(2));

        KeyNotFoundException ex = Assert.Throws<KeyNotFoundException>(() => report.Candidate(new CadreId("missing")));

        Assert.Equal("No candidate 'missing' in this report.", ex.Message);
    }

    [Theory]
    [InlineData(Language.English, "Title Chức danh T (T): a, b\n", "Cadre ")]
    [InlineData(Language.Vietnamese, "Chức danh Chức danh T (T): a, b\n", "Cán bộ ")]
    public void Explain_ListsTitleCandidatesAndOnlyCandidatesWithFindings(Language language, string titleLine, string cadreHeading)
    {
        // "b" has too few months of service left; "a" has no finding and is not listed as a cadre.
        PlanningCandidate a = Man("a");
        PlanningCandidate b = Man("b", 1966, 4);
        PlanningReport report = PlanningRegulations.Term2020.Validate(List([Title("T")], [a, b], [new PlanningEntry(a.Id, "T"), new PlanningEntry(b.Id, "T")]));
        Assert.Empty(report.Candidate(a.Id).Findings);
        Assert.NotEmpty(report.Candidate(b.Id).Findings);

        string text = report.ToText(language);

        Assert.Contains("\n" + titleLine, text, StringComparison.Ordinal);
        string cadreBlock = "\n" + cadreHeading + "b\n" + string.Concat(report.Candidate(b.Id).Findings.Select(f => "  " + f.ToText(language)));
        Assert.Contains(cadreBlock, text, StringComparison.Ordinal);
        Assert.DoesNotContain(cadreHeading + "a\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void PlanningTerm_YearsOutsideOneToTen_Throws(int years)
    {
        ArgumentOutOfRangeException ex = Assert.Throws<InputOutOfRangeException>(() => new PlanningTerm(new LocalDate(2026, 3, 15), years));

        Assert.Equal("years", ex.ParamName);
    }

    [Theory]
    [InlineData(1, "2026–2027")]
    [InlineData(10, "2026–2036")]
    public void PlanningTerm_YearsOneAndTen_AreAccepted(int years, string text)
    {
        var term = new PlanningTerm(new LocalDate(2026, 3, 15), years);

        Assert.Equal(years, term.Years);
        Assert.Equal(text, term.ToString());
    }

    [Fact]
    public void PlanningTitle_UnknownKind_Throws()
    {
        ArgumentOutOfRangeException ex = Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new PlanningTitle("T", "Chức danh T", OrganisationalLevel.Provincial, kind: (PlanningTitleKind)99));

        Assert.Equal("kind", ex.ParamName);
        Assert.StartsWith("Title 'T': unknown kind of title.", ex.Message, StringComparison.Ordinal);
    }
}
