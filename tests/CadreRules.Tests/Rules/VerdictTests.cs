using System;
using CadreRules.Localization;
using CadreRules.Rules;

namespace CadreRules.Tests.Rules;

public class VerdictTests
{
    private static readonly Finding Explanation =
        new("Test.A", new LocalizedText("A vi", "A en"), null, FindingStatus.Satisfied, Severity.Violation, default, default);

    private static readonly TestRegulation Regulation = new("reg", new NodaTime.LocalDate(2020, 1, 1), null);

    [Fact]
    public void Explain_WithARegulation_StartsWithTheRegulationApplied()
    {
        var verdict = new Verdict<int>(1, Explanation, Regulation.Reference);

        Assert.Equal("Regulation applied: Test regulation reg [reg] — QĐ 1-TEST (Test issuer, 01/01/2020)\n[x] A en <Test.A>\n", verdict.ToText(Language.English));
        Assert.Equal("Văn bản áp dụng: Quy định thử reg [reg] — QĐ 1-TEST (Test issuer, 01/01/2020)\n[x] A vi <Test.A>\n", verdict.ToText(Language.Vietnamese));
        Assert.Equal("1", verdict.ToString());
    }

    [Fact]
    public void Explain_WithoutARegulation_IsTheFindingOnly() =>
        Assert.Equal("[x] A en <Test.A>\n", new Verdict<int>(1, Explanation, null).ToText(Language.English));

    [Fact]
    public void Constructor_NullExplanation_ThrowsNamingIt() =>
        Assert.Throws<ArgumentNullException>("explanation", () => new Verdict<int>(1, (Finding)null!, null));
}
