using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using CadreRules.Cli;
using CadreRules.Cli.Localization;

namespace CadreRules.Tests.Cli;

/// <summary>The command line's help and parse errors in Vietnamese by default and in English with <c>--lang en</c>,
/// whatever the machine's culture.</summary>
public sealed class HelpLanguageTests
{
    private static IEnumerable<string> Descriptions(Command command)
    {
        yield return command.Description!;
        foreach (Argument argument in command.Arguments)
        {
            yield return argument.Description!;
        }

        foreach (Option option in command.Options)
        {
            yield return option.Description!;
        }

        foreach (string description in command.Subcommands.SelectMany(Descriptions))
        {
            yield return description;
        }
    }

    private static string[] EveryDescription()
    {
        var context = new CliContext(TextReader.Null, TextWriter.Null, TextWriter.Null, ShippedRegulations.Catalog);
        var root = new RootCommand("cadre-rules: Vietnamese cadre-work rules (công tác cán bộ) from the command line. Exit codes: 0 ok, 1 findings, 2 bad input.");
        foreach (ICliCommand command in CadreRulesCli.Commands)
        {
            root.Subcommands.Add(command.Create(context));
        }

        return [.. Descriptions(root).Distinct(StringComparer.Ordinal)];
    }

    [Fact]
    public void EveryCommandArgumentAndOption_HasVietnameseHelp()
    {
        string[] missing = [.. EveryDescription().Where(d => !HelpText.Vietnamese.ContainsKey(d))];
        Assert.True(missing.Length == 0, "No Vietnamese help for:" + Environment.NewLine + string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void EveryVietnameseEntry_DescribesSomething()
    {
        string[] all = EveryDescription();
        Assert.Empty(HelpText.Vietnamese.Keys.Where(k => !all.Contains(k) && k is not ("Show help and usage information" or "Show version information")));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("evaluate --help")]
    [InlineData("diff -h")]
    [InlineData("retirement -?")]
    public void Help_IsVietnameseByDefault(string commandLine)
    {
        CliRun run = CliRun.Of(commandLine.Split(' '));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Cách dùng:", run.Output, StringComparison.Ordinal);
        Assert.Contains("Hiện trợ giúp và cách dùng", run.Output, StringComparison.Ordinal);
        foreach (string english in new[] { "Usage:", "Options:", "Description:", "Show help", "[default:", "(REQUIRED)", "Language of the output" })
        {
            Assert.DoesNotContain(english, run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Help_InEnglishWithLangEn()
    {
        CliRun run = CliRun.Of("retirement", "--help", "--lang", "en");

        Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
        Assert.Contains("(REQUIRED)", run.Output, StringComparison.Ordinal);
        Assert.Contains("The date to evaluate at", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Cách dùng", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void RequiredOptionMissing_SaidInVietnamese_AndInEnglishWithLangEn()
    {
        CliRun vi = CliRun.Of("retirement", "x.json");
        CliRun en = CliRun.Of("retirement", "x.json", "--lang=en");

        Assert.Equal(2, vi.ExitCode);
        Assert.Equal("Thiếu tùy chọn bắt buộc '--as-of'.\nChạy 'cadre-rules --help' để xem cách dùng.\n", vi.Error);
        Assert.Equal("Option '--as-of' is required.\nRun 'cadre-rules --help' for usage.\n", en.Error);
    }

    [Fact]
    public void UnknownArgument_SaidInVietnamese()
    {
        CliRun run = CliRun.Of("regulations", "extra");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("Không hiểu lệnh hoặc đối số 'extra'.", run.Error, StringComparison.Ordinal);
    }

    // System.CommandLine would word its errors in the machine's culture (it ships French, German…): the tool follows
    // --lang, not the machine.
    [Fact]
    public void MachineCulture_DoesNotChooseTheLanguage()
    {
        CultureInfo saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
            Assert.Equal("Option '--as-of' is required.\nRun 'cadre-rules --help' for usage.\n", CliRun.Of("retirement", "x.json", "--lang", "en").Error);
            Assert.StartsWith("Thiếu tùy chọn bắt buộc", CliRun.Of("retirement", "x.json").Error, StringComparison.Ordinal);
            Assert.Contains("Usage:", CliRun.Of("--help", "--lang", "en").Output, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Theory]
    [InlineData("Option '--x' expects a single argument but 2 were provided.", "Tùy chọn '--x' chỉ nhận một giá trị, nhưng có 2 giá trị.")]
    [InlineData("Required argument missing for command: 'plan'.", "Lệnh 'plan' thiếu đối số bắt buộc.")]
    [InlineData("Required argument missing for option: '--roster'.", "Tùy chọn '--roster' thiếu giá trị.")]
    [InlineData("Something new.", "Something new.")]
    public void ParseErrors_PutIntoVietnamese(string english, string vietnamese) =>
        Assert.Equal(vietnamese, CommandLineText.ParseError(english, global::CadreRules.Rules.Language.Vietnamese));
    // check speaks the output's language: its frame (KHÔNG ĐẠT, the summary) and the runner's differences, the field in
    // words with the case file's own ids, the values as the case file writes them.
    [Fact]
    public void Check_InVietnameseByDefault_EnglishWithLangEn()
    {
        string failing = Path.Combine(Documents.CaseRunnerTests.FailingCasesFolder, "wrong-expected-date.json");

        CliRun vi = CliRun.Of("check", failing);
        CliRun en = CliRun.Of("check", failing, "--lang", "en");

        Assert.Equal(1, vi.ExitCode);
        Assert.StartsWith("KHÔNG ĐẠT " + failing + ": ", vi.Output, StringComparison.Ordinal);
        Assert.Contains("ngày nghỉ hưu: mong đợi 2021-01-31, thực tế 2021-04-30; số tháng công tác còn lại tính đến 2021-01-01: mong đợi 5, thực tế 3", vi.Output, StringComparison.Ordinal);
        Assert.EndsWith("\n0 đạt, 1 không đạt\n", vi.Output, StringComparison.Ordinal);
        Assert.Contains("retirement date: expected 2021-01-31, actual 2021-04-30", en.Output, StringComparison.Ordinal);
        Assert.EndsWith("\n0 passed, 1 failed\n", en.Output, StringComparison.Ordinal);
        Assert.Equal("mã căn cứ QD366.HTT không có trong phần giải thích", CaseText.Failure("rule code QD366.HTT is not in the explanation", global::CadreRules.Rules.Language.Vietnamese));
        Assert.Equal("không có phát hiện nào viện dẫn QĐ 366-QĐ/TW", CaseText.Failure("no finding cites QĐ 366-QĐ/TW", global::CadreRules.Rules.Language.Vietnamese));
        Assert.Equal("mong đợi lỗi Document.Refused tại $.facts.people[0].score.general; dữ liệu được đọc mà không có lỗi", CaseText.Failure("expected the error Document.Refused at $.facts.people[0].score.general; the input was read without an error", global::CadreRules.Rules.Language.Vietnamese));
        Assert.Equal("mong đợi lỗi Document.OutOfRange; thực tế Document.NotUnderstood tại $.facts.cadre.birthDate", CaseText.Failure("expected the error Document.OutOfRange; actual Document.NotUnderstood at $.facts.cadre.birthDate", global::CadreRules.Rules.Language.Vietnamese));
    }
}
