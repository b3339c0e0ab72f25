using System.Collections.Immutable;
using System.Linq;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Tests.Evaluation;

/// <summary>The answer object of a consequence query: defaults, its finding's values and its text.</summary>
public class ConsequenceTests
{
    private static readonly RuleDescriptor Rule = new("Test.Consequence", new LocalizedText("Hệ quả", "Consequence"), null);
    private static readonly LocalDate AsOf = new(2024, 6, 1);

    private static object Value(Finding finding, string name) => finding.Values.Single(v => v.Name == name).Value;

    [Fact]
    public void Constructor_DefaultArrays_BecomeEmpty()
    {
        var answer = new Consequence(ConsequenceKind.Dismissal, ConsequenceStatus.DoesNotApply, Rule, AsOf, default);

        Assert.False(answer.DecidingYears.IsDefault);
        Assert.Empty(answer.DecidingYears);
        Assert.False(answer.DecidingDiscipline.IsDefault);
        Assert.Empty(answer.DecidingDiscipline);
        Assert.Equal(0, answer.Months);
    }

    [Fact]
    public void Constructor_GivenYears_AreKept()
    {
        var answer = new Consequence(ConsequenceKind.Dismissal, ConsequenceStatus.Applies, Rule, AsOf, [2022, 2023]);

        Assert.Equal([2022, 2023], answer.DecidingYears.ToArray());
    }

    [Fact]
    public void Explain_NoYearsNoDiscipline_ShowsDashes()
    {
        Finding finding = new Consequence(ConsequenceKind.Dismissal, ConsequenceStatus.DoesNotApply, Rule, AsOf, []).Explain();

        Assert.Equal(FindingStatus.NotSatisfied, finding.Status);
        Assert.Equal("-", Value(finding, "years"));
        Assert.Equal(new LocalizedText("-", "-"), Value(finding, "discipline"));
        Assert.Equal("Dismissal", Value(finding, "kind"));
    }

    [Fact]
    public void Explain_YearsAndDiscipline_AreListedCommaSeparatedWithDayMonthYearDates()
    {
        ImmutableArray<DisciplineRecord> discipline =
        [
            new DisciplineRecord(DisciplineForm.Reprimand, DisciplineTrack.Administrative, new LocalDate(2023, 2, 1)),
            new DisciplineRecord(DisciplineForm.Warning, DisciplineTrack.Party, new LocalDate(2023, 11, 20)),
        ];
        var answer = new Consequence(ConsequenceKind.SalaryStepDelay, ConsequenceStatus.Applies, Rule, AsOf, [2022, 2023], months: 12, decidingDiscipline: discipline);

        Finding finding = answer.Explain();

        Assert.Equal(FindingStatus.Satisfied, finding.Status);
        Assert.Equal("2022, 2023", Value(finding, "years"));
        Assert.Equal(new LocalizedText("khiển trách 01/02/2023, cảnh cáo 20/11/2023", "reprimand 01/02/2023, warning 20/11/2023"), Value(finding, "discipline"));
        Assert.Equal(12L, System.Convert.ToInt64(Value(finding, "months"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Explain_OneDisciplineRecord_HasNoSeparator()
    {
        var answer = new Consequence(
            ConsequenceKind.SalaryStepDelay, ConsequenceStatus.Undetermined, Rule, AsOf, [2023], months: 6,
            decidingDiscipline: [new DisciplineRecord(DisciplineForm.Demotion, DisciplineTrack.Administrative, new LocalDate(2024, 3, 9))]);

        Finding finding = answer.Explain();

        Assert.Equal(FindingStatus.NotApplicable, finding.Status);
        Assert.Equal("2023", Value(finding, "years"));
        Assert.Equal(new LocalizedText("giáng chức 09/03/2024", "demotion 09/03/2024"), Value(finding, "discipline"));
    }

    [Fact]
    public void ToString_NamesKindStatusAndCode() =>
        Assert.Equal(
            "RemovalFromOffice: Applies (Test.Consequence)",
            new Consequence(ConsequenceKind.RemovalFromOffice, ConsequenceStatus.Applies, Rule, AsOf, [2022, 2023]).ToString());
}
