using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using CadreRules.Documents.Reports;
using CadreRules.Rules;

namespace CadreRules.Tests.Reports;

/// <summary>The reports' words are one table of both languages (issue 19, "resources, not ternaries"): each entry has
/// the same holes in Vietnamese and English, the holes are filled in one pass, and no report writes a text of its own
/// by choosing between two literals.</summary>
public class ReportTextTests
{
    private static readonly LocalizedText[] Entries = [.. typeof(ReportText).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(LocalizedText))
        .Select(f => (LocalizedText)f.GetValue(null)!)];

    [Fact]
    public void EveryEntry_HasTheSameHolesInBothLanguages()
    {
        Assert.True(Entries.Length > 100);
        foreach (LocalizedText entry in Entries)
        {
            Assert.Equal(Holes(entry.Vietnamese), Holes(entry.English));
        }
    }

    [Fact]
    public void Say_FillsEachHoleOnce_AndLeavesOtherBracesAlone()
    {
        var text = new LocalizedText("{a} và {b} {c}", "{a} and {b} {c}");
        Assert.Equal("{b} và x {c}", ReportText.Say(text, Language.Vietnamese, ("a", "{b}"), ("b", "x")));
        Assert.Equal("Trẻ (dưới 40 tuổi)", ReportText.Say(ReportText.YoungUnder, Language.Vietnamese, ("age", "40")));
        Assert.Equal("Young (under 40)", ReportText.Say(ReportText.YoungUnder, Language.English, ("age", "40")));
    }

    [Fact]
    public void NoReport_ChoosesBetweenTwoLiterals()
    {
        string folder = Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Documents", "Reports");
        foreach (string file in Directory.EnumerateFiles(folder, "*.cs").Where(f => Path.GetFileName(f) != "ReportText.cs"))
        {
            string code = File.ReadAllText(file);
            // The page's lang attribute is a language code, not a text.
            code = code.Replace("Language == Language.Vietnamese ? \"vi\" : \"en\"", string.Empty, StringComparison.Ordinal);
            Assert.DoesNotMatch(new Regex(@"(\bvi\b|Vietnamese)\s*\?(?!\?)"), code);
        }
    }

    private static string[] Holes(string text) => [.. Regex.Matches(text, @"\{(\w+)\}").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal)];
}
