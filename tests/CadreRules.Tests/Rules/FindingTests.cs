using System;
using System.Collections.Immutable;
using CadreRules.Localization;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Tests.Rules;

public class FindingTests
{
    private static readonly LegalDocument Document = new("QĐ 1-TEST", "Test issuer", new LocalDate(2020, 1, 1));

    private static Finding Tree()
    {
        Finding grandchild = new("Test.C", new LocalizedText("C vi", "C en"), null, FindingStatus.Satisfied, Severity.Violation, default, default);
        Finding notSatisfied = new("Test.A", new LocalizedText("A vi", "A en"), null, FindingStatus.NotSatisfied, Severity.Violation, default, default);
        Finding notApplicable = new("Test.B", new LocalizedText("B vi", "B en"), null, FindingStatus.NotApplicable, Severity.Advisory,
            [FactValue.Of("n", 3)], [grandchild]);
        return new Finding("Test.Root", new LocalizedText("Điểm {score}", "Score {score}"), Document.Article(4, 1, "a"), FindingStatus.Satisfied,
            Severity.Violation, [FactValue.Of("score", 95), FactValue.Of("passed", true), FactValue.Of("rate", 12.5m)], [notSatisfied, notApplicable]);
    }

    [Fact]
    public void Explain_English_IndentsChildrenAndListsValuesAndCitation()
    {
        string expected =
            "[x] Score 95 <Test.Root> (score = 95, passed = yes, rate = 12.5) — point a, clause 1, Article 4, QĐ 1-TEST (Test issuer, 01/01/2020)\n"
            + "  [ ] A en <Test.A>\n"
            + "  [-] B en <Test.B> (n = 3)\n"
            + "    [x] C en <Test.C>\n";

        Assert.Equal(expected, Tree().ToText(Language.English));
        Assert.Equal("Test.Root: Satisfied (2 parts)", Tree().ToString());
    }

    [Fact]
    public void Explain_Vietnamese_FormatsValuesAndCitationInVietnamese()
    {
        string expected =
            "[x] Điểm 95 <Test.Root> (score = 95, passed = có, rate = 12,5) — điểm a, khoản 1, Điều 4, QĐ 1-TEST (Test issuer, 01/01/2020)\n"
            + "  [ ] A vi <Test.A>\n"
            + "  [-] B vi <Test.B> (n = 3)\n"
            + "    [x] C vi <Test.C>\n";

        Assert.Equal(expected, Tree().ToText(Language.Vietnamese));
    }

    [Fact]
    public void Render_WithoutPlaceholders_IsTheTemplateAsWritten()
    {
        Finding finding = new("Test.A", new LocalizedText("không có {", "no placeholder"), null, FindingStatus.Satisfied, Severity.Violation,
            [FactValue.Of("x", 1)], default);

        Assert.Equal("no placeholder", finding.Render(Language.English));
        Assert.Equal("không có {", finding.Render(Language.Vietnamese));
    }

    [Fact]
    public void Constructor_DefaultArrays_BecomeEmpty()
    {
        Finding finding = new("Test.A", new LocalizedText("A vi", "A en"), null, FindingStatus.Satisfied, Severity.Violation, default, default);

        Assert.False(finding.Values.IsDefault);
        Assert.False(finding.Children.IsDefault);
        Assert.Empty(finding.Values);
        Assert.Empty(finding.Children);
        Assert.Equal("[x] A en <Test.A>\n", finding.ToText(Language.English));
    }

    [Fact]
    public void Constructor_BadArguments_ThrowNamingTheParameter()
    {
        Assert.Throws<InvalidInputException>("code", () => new Finding(default, new LocalizedText("A vi", "A en"), null, FindingStatus.Satisfied, Severity.Violation, default, default));
        Assert.Throws<ArgumentNullException>("text", () => new Finding("Test.A", null!, null, FindingStatus.Satisfied, Severity.Violation, default, default));
        Assert.Throws<InvalidInputException>("values", () => new Finding("Test.A", new LocalizedText("A vi", "A en"), null, FindingStatus.Satisfied, Severity.Violation, [FactValue.Of("x", 1), default], default));
        Assert.Throws<InvalidInputException>("children", () => new Finding("Test.A", new LocalizedText("A vi", "A en"), null, FindingStatus.Satisfied, Severity.Violation, default, [null!]));
    }

    [Fact]
    public void Find_ReturnsTheFirstNodeWithTheCodeDepthFirst()
    {
        Finding tree = Tree();

        Assert.Same(tree, tree.Find("Test.Root"));
        Assert.Same(tree.Children[1].Children[0], tree.Find("Test.C"));
        Assert.Null(tree.Find("Test.Missing"));
    }

    [Fact]
    public void WithStatusAndWithChildren_KeepTheRest()
    {
        Finding tree = Tree();
        Finding extra = new("Test.D", new LocalizedText("D vi", "D en"), null, FindingStatus.Satisfied, Severity.Violation, default, default);

        Finding changed = tree.WithStatus(FindingStatus.NotSatisfied).WithChildren(ImmutableArray.Create(extra));

        Assert.Equal(FindingStatus.NotSatisfied, changed.Status);
        Assert.Equal(tree.Values, changed.Values);
        Assert.Equal(3, changed.Children.Length);
        Assert.Same(extra, changed.Children[2]);
        Assert.Same(tree.Citation, changed.Citation);
    }
}
