using System;
using System.Collections.Generic;
using System.Linq;
using CadreRules.Localization;
using CadreRules.Rules;

namespace CadreRules.Tests.Localization;

public class MessageCatalogTests
{
    [Fact]
    public void Default_HasATemplateForEveryRuleOfEveryShippedRegulation()
    {
        var missing = ShippedRegulations.Catalog.Regulations
            .SelectMany(r => r.Rules)
            .Where(d => MessageCatalog.Default.Find(d.Code) is null)
            .Select(d => d.Code.Value)
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Default_EveryTemplateHasRealTextInBothLanguages()
    {
        Assert.NotEmpty(MessageCatalog.Default.Codes);
        foreach (RuleCode code in MessageCatalog.Default.Codes)
        {
            LocalizedText text = MessageCatalog.Default.Get(code);
            Assert.False(string.IsNullOrWhiteSpace(text.Vietnamese), code.Value);
            Assert.False(string.IsNullOrWhiteSpace(text.English), code.Value);
        }

        Assert.Empty(MessageCatalog.Default.UntranslatedCodes());
    }

    [Fact]
    public void Get_UnknownCode_Throws() =>
        Assert.Throws<KeyNotFoundException>(() => MessageCatalog.Default.Get("No.Such.Code"));

    [Fact]
    public void With_ReplacesATemplateForRendering()
    {
        MessageCatalog custom = MessageCatalog.Default.With("Retirement.NormalAge", new LocalizedText("Nghỉ hưu {retirementDate}", "Retires {retirementDate}"));
        Finding finding = CadreRules.Retirement.RetirementSchedule.For(CadreRules.People.Sex.Male, CadreRules.People.BirthDate.OfMonth(1961, 1)).Explain();

        Assert.Equal("Retires 30/04/2021", custom.Render(finding, Language.English));
        Assert.Equal("Nghỉ hưu 30/04/2021", custom.Render(finding, Language.Vietnamese));
    }

    [Fact]
    public void Create_DuplicateCode_Throws() =>
        Assert.Throws<InvalidInputException>("templates", () => MessageCatalog.Create(
        [
            new KeyValuePair<RuleCode, LocalizedText>("A", new LocalizedText("a", "b")),
            new KeyValuePair<RuleCode, LocalizedText>("A", new LocalizedText("c", "d")),
        ]));

    [Fact]
    public void Create_EmptyCodeOrNullText_ThrowsNamingTheTemplates()
    {
        ArgumentException empty = Assert.Throws<InvalidInputException>("templates", () => MessageCatalog.Create(
            [new KeyValuePair<RuleCode, LocalizedText>(default, new LocalizedText("a", "b"))]));
        Assert.Contains("rule code", empty.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>("templates", () => MessageCatalog.Create(
            [new KeyValuePair<RuleCode, LocalizedText>("A", null!)]));
    }

    [Fact]
    public void With_EmptyCode_ThrowsNamingTheCode()
    {
        ArgumentException error = Assert.Throws<InvalidInputException>("code", () => MessageCatalog.Default.With(default, new LocalizedText("a", "b")));
        Assert.Contains("rule code", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CodeWithoutTemplate_UsesTheFindingsOwnText()
    {
        var own = new LocalizedText("Văn bản riêng {n}", "Own text {n}");
        var finding = new Finding("Not.In.Catalog", own, null, FindingStatus.Satisfied, Severity.Violation, [FactValue.Of("n", 7)], []);
        MessageCatalog empty = MessageCatalog.Create([]);

        Assert.Null(empty.Find(finding.Code));
        Assert.Equal("Own text 7", empty.Render(finding, Language.English));
        Assert.Equal("Văn bản riêng 7", MessageCatalog.Default.Render(finding, Language.Vietnamese));
    }

    [Fact]
    public void LocalizedText_Blank_Throws() =>
        Assert.Throws<InvalidInputException>("english", () => new LocalizedText("có", " "));
}
