using System;
using System.Collections.Generic;
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

        string text = report.Explain(Language.English);

        Assert.StartsWith("Regulation applied: ", text, StringComparison.Ordinal);
        Assert.Contains("(T): ", text, StringComparison.Ordinal);
        Assert.Contains("\nTitle ", text, StringComparison.Ordinal);
        Assert.Contains("Structure provincial level: women ", text, StringComparison.Ordinal);
        Assert.Contains(", young ", text, StringComparison.Ordinal);
        Assert.Contains(", ethnic minority ", text, StringComparison.Ordinal);
        Assert.Equal(text, report.ToString());
    }

    [Fact]
    public void Explain_Vietnamese_ShowsVietnameseHeadings()
    {
        PlanningReport report = PlanningRegulations.Term2020.Validate(TitleWith(2));

        string text = report.Explain(Language.Vietnamese);

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
}
