using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CadreRules.Localization;

namespace CadreRules.Tests.Cli;

/// <summary>
/// The command handlers run on the bundled samples under <c>--lang vi</c>: no enum name or English yes/no reaches the
/// reader, every labelled list has its legend once, and the output does not depend on the machine's culture.
/// </summary>
public class VietnameseOutputTests
{
    private static readonly string Samples = Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples");

    // The enum members' names the views could print (every enum with words), and the English booleans. Rule codes
    // (QD366.HTT, Rotation.ServiceLeft) and regulation ids are identifiers: a token with a dot or a hyphen is not a word.
    private static readonly HashSet<string> EnglishNames =
    [
        .. Terms.EnumTypes.SelectMany(Enum.GetNames).Where(n => n.Length > 2),
        "true", "false", "True", "False", "Yes", "No",
    ];

    public static IEnumerable<object[]> VietnameseOutputs() =>
    [
        ["demo"],
        ["plan", Sample("demo-planning.json"), "--roster", Sample("demo-roster.json")],
        ["plan", Sample("demo-planning.json"), "--roster", Sample("demo-roster.json"), "--explain"],
        ["rotation", Sample("demo-rotations.json"), "--roster", Sample("demo-roster.json")],
        ["evaluate", Sample("demo-evaluations.json"), "--explain"],
        ["evaluate", Sample("demo-evaluations.json"), "--overrides", Sample("demo-variant.json")],
        ["retirement", Sample("demo-roster.json"), "--as-of", "01/01/2026", "--explain"],
        ["regulations"],
        ["regulations", "--overrides", Sample("demo-variant.json")],
        ["diff", Sample("demo-evaluations.json"), "--overrides", Sample("demo-variant.json")],
        ["diff", Sample("demo-planning.json"), "--roster", Sample("demo-roster.json"), "--regulation", "planning-qd50", "--against", "planning-qd377"],
        ["diff", Sample("demo-rotations.json"), "--roster", Sample("demo-roster.json"), "--regulation", "rotation-qd98", "--against", "rotation-qd65"],
        ["diff", Sample("demo-roster.json"), "--overrides", Sample("demo-variant.json")],
    ];

    [Theory]
    [MemberData(nameof(VietnameseOutputs))]
    public void VietnameseOutput_HasNoEnumNameNorEnglishYesNo(params string[] args)
    {
        CliRun run = CliRun.Of([.. args, "--lang", "vi"]);
        Assert.True(run.ExitCode is 0 or 1, run.Error);
        string[] leaks = [.. Regex.Matches(run.Output, @"[\p{L}\p{N}._\-/]+").Select(m => m.Value).Where(EnglishNames.Contains).Distinct()];
        Assert.True(leaks.Length == 0, "English names in the Vietnamese output: " + string.Join(", ", leaks));
        if (!args.Contains("--explain"))
        {
            Assert.DoesNotMatch(@"\([A-Za-z]\w* = ", run.Output); // raw value dumps ("(cadre = …, ageMonth = …)") only under --explain
        }
    }

    [Fact]
    public void Demo_ShowsTheLabelsAndEachLegendOnce()
    {
        string vi = CliRun.Of("demo").Output;
        Assert.Equal(1, Count(vi, Terms.FindingLegend.Vietnamese));
        Assert.Equal(1, Count(vi, Terms.ConditionLegend.Vietnamese));
        Assert.Contains("\n  VI PHẠM  ", vi, StringComparison.Ordinal);
        Assert.Contains("\n  LƯU Ý    ", vi, StringComparison.Ordinal);
        Assert.Contains("\n    KHÔNG ĐẠT      ", vi, StringComparison.Ordinal);
        Assert.Contains("  VI PHẠM  Nguyễn Văn A01 (MKT-001) bị xếp loại Không hoàn thành nhiệm vụ (KHT) năm 2024: không đủ điều kiện quy hoạch", vi, StringComparison.Ordinal);
        Assert.DoesNotContain("không bị xếp loại Không hoàn thành nhiệm vụ (KHT) năm 2024", vi, StringComparison.Ordinal);

        string en = CliRun.Of("demo", "--lang", "en").Output;
        Assert.Equal(1, Count(en, Terms.FindingLegend.English));
        Assert.Equal(1, Count(en, Terms.ConditionLegend.English));
        Assert.Contains("\n  VIOLATION  ", en, StringComparison.Ordinal);
        Assert.Contains("\n  WARNING    ", en, StringComparison.Ordinal);
        Assert.Contains("\n    NOT MET  ", en, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_PlanningNamesPeopleAndTitlesWithTheirIds()
    {
        string[] section = DemoOutput.Section(CliRun.Of("demo").Output, "Quy hoạch cán bộ");
        Assert.Contains("Chức danh Bí thư Đảng ủy xã (bt): Đỗ Ngọc B02 (MKT-002)", section);
        Assert.Contains("Cán bộ Nguyễn Văn A01 (MKT-001)", section);
        Assert.DoesNotContain(section, l => l.Contains("(cadre = ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("fr-FR")]
    public void Demo_IsTheSameWhateverTheMachinesCulture(string culture)
    {
        string expected = CliRun.Of("demo").Output;
        string expectedEn = CliRun.Of("demo", "--lang", "en").Output;
        CultureInfo saved = CultureInfo.CurrentCulture;
        CultureInfo savedUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal(expected, CliRun.Of("demo").Output);
            Assert.Equal(expectedEn, CliRun.Of("demo", "--lang", "en").Output);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }

        Assert.Contains("dân tộc thiểu số 14,6%", expected, StringComparison.Ordinal);
        Assert.Contains("ethnic minority 14.6%", expectedEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_AcceptsTheDateAsItPrintsIt() =>
        Assert.Equal(CliRun.Of("demo", "--as-of", "2026-01-01").Output, CliRun.Of("demo", "--as-of", "01/01/2026").Output);

    private static string Sample(string name) => Path.Combine(Samples, name);

    private static int Count(string text, string part) => text.Split(part).Length - 1;
}
