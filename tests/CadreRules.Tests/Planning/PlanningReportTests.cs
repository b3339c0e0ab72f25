using System;
using System.Collections.Generic;
using CadreRules.Localization;
using CadreRules.Rules;
using CadreRules.People;
using CadreRules.Planning;
using Xunit;
using static CadreRules.Tests.Planning.PlanningFixtures;

namespace CadreRules.Tests.Planning;

public class PlanningReportTests
{
    [Fact]
    public void Explain_English_ShowsRegulationTitleAndProvincialStructure()
    {
        PlanningReport report = PlanningRegulations.Term2020.Validate(TitleWith(2));

        string text = report.ToText(Language.English);

        Assert.StartsWith("Regulation applied: ", text, StringComparison.Ordinal);
        Assert.Contains("(T): ", text, StringComparison.Ordinal);
        Assert.Contains("\nTitle ", text, StringComparison.Ordinal);
        Assert.Contains("Structure provincial level: women ", text, StringComparison.Ordinal);
        Assert.Contains(", young ", text, StringComparison.Ordinal);
        Assert.Contains(", ethnic minority ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Regulation applied", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Vietnamese_ShowsVietnameseHeadings()
    {
        PlanningReport report = PlanningRegulations.Term2020.Validate(TitleWith(2));

        string text = report.ToText(Language.Vietnamese);

        Assert.StartsWith("Văn bản áp dụng: ", text, StringComparison.Ordinal);
        Assert.Contains("\nChức danh ", text, StringComparison.Ordinal);
        Assert.Contains("Cơ cấu cấp tỉnh: nữ ", text, StringComparison.Ordinal);
        Assert.Contains(", trẻ ", text, StringComparison.Ordinal);
        Assert.Contains(", dân tộc thiểu số ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Title_NullOrUnknownId_Throws()
    {
        PlanningReport report = PlanningRegulations.Term2020.Validate(TitleWith(2));

        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => report.Title(null!)).ParamName);
        Assert.Throws<KeyNotFoundException>(() => report.Title("missing"));
    }

    [Theory]
    [InlineData(OrganisationalLevel.Central, "Structure central level: women ", "Cơ cấu cấp Trung ương: nữ ")]
    [InlineData(OrganisationalLevel.Provincial, "Structure provincial level: women ", "Cơ cấu cấp tỉnh: nữ ")]
    [InlineData(OrganisationalLevel.District, "Structure district level: women ", "Cơ cấu cấp huyện: nữ ")]
    [InlineData(OrganisationalLevel.Commune, "Structure commune level: women ", "Cơ cấu cấp xã: nữ ")]
    [InlineData(OrganisationalLevel.Grassroots, "Structure grassroots level: women ", "Cơ cấu cấp cơ sở: nữ ")]
    public void Explain_NamesEachLevelInBothLanguages(OrganisationalLevel level, string english, string vietnamese)
    {
        PlanningList list = TitleWith(2, level: level == OrganisationalLevel.District ? OrganisationalLevel.Provincial : level);
        if (level == OrganisationalLevel.District)
        {
            // The district level ended on 30/06/2025: a list naming it is drawn up on or before that day.
            list = new PlanningList(new NodaTime.LocalDate(2025, 6, 30), list.Term, [Title("T", 1, level)], list.Candidates, list.Entries);
        }

        PlanningReport report = PlanningRegulations.Term2020.Validate(list);

        Assert.Contains("\n" + english, report.ToText(Language.English), StringComparison.Ordinal);
        Assert.Contains("\n" + vietnamese, report.ToText(Language.Vietnamese), StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_StructureLine_NamesTheGroupAndListsItsFindingsUnderIt()
    {
        PlanningReport report = PlanningRegulations.Term2020.Validate(TitleWith(2, group: "Thường trực"));
        StructureReport group = Assert.Single(report.Structure);
        Assert.NotEmpty(group.Findings); // two men: the women's share target is not met

        string text = report.ToText(Language.English);

        int line = text.IndexOf("Structure provincial level / Thường trực: women ", StringComparison.Ordinal);
        Assert.True(line >= 0, text);
        foreach (Finding finding in group.Findings)
        {
            Assert.True(text.IndexOf("  " + finding.ToText(Language.English), line, StringComparison.Ordinal) > line, text);
        }
    }
}
