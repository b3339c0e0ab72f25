using System;
using System.CommandLine;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using CadreRules.Rules;

namespace CadreRules.Cli.Localization;

/// <summary>
/// The command line's own words in the output's language: the help of every command and option (from
/// <see cref="HelpText"/>), the headings System.CommandLine prints around it, and its parse errors. System.CommandLine
/// ships no Vietnamese, and it would follow the machine's culture; the tool follows <c>--lang</c> instead (Vietnamese by
/// default, as for every other output).
/// </summary>
internal static partial class CommandLineText
{
    /// <summary>The language asked for by <c>--lang</c> anywhere in the arguments (<c>--lang en</c>, <c>--lang=en</c>,
    /// <c>--lang:en</c>), Vietnamese by default or when the value is not a language (the parser then reports it).</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The language of the help and the errors.</returns>
    public static Language LanguageOf(string[] args)
    {
        for (int i = 0; i < args.Length; i++)
        {
            string? value = args[i] switch
            {
                "--lang" when i + 1 < args.Length => args[i + 1],
                var a when a.StartsWith("--lang=", StringComparison.Ordinal) || a.StartsWith("--lang:", StringComparison.Ordinal) => a[7..],
                _ => null,
            };
            if (value is not null)
            {
                return string.Equals(value.Trim(), "en", StringComparison.OrdinalIgnoreCase) ? Language.English : Language.Vietnamese;
            }
        }

        return Language.Vietnamese;
    }

    /// <summary>Whether the arguments ask for help, so its text is gathered and put into the language before printing.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns><see langword="true"/> for <c>-h</c>, <c>-?</c>, <c>--help</c> or <c>/?</c>.</returns>
    public static bool AsksForHelp(string[] args) => args.Any(a => a is "-h" or "-?" or "--help" or "/?" or "/h");

    /// <summary>Gives every description of the command tree in Vietnamese (the English ones are written where each
    /// command and option is declared). A description with no entry stays English; a test keeps that from shipping.</summary>
    /// <param name="command">The root command.</param>
    /// <param name="language">The language of the help.</param>
    public static void Localize(Command command, Language language)
    {
        if (language != Language.Vietnamese)
        {
            return;
        }

        command.Description = Vietnamese(command.Description);
        foreach (Argument argument in command.Arguments)
        {
            argument.Description = Vietnamese(argument.Description);
        }

        foreach (Option option in command.Options)
        {
            option.Description = Vietnamese(option.Description);
        }

        foreach (Command sub in command.Subcommands)
        {
            Localize(sub, language);
        }
    }

    private static string? Vietnamese(string? english) =>
        english is not null && HelpText.Vietnamese.TryGetValue(english, out string? vietnamese) ? vietnamese : english;

    /// <summary>Puts the headings and labels System.CommandLine prints around the descriptions into Vietnamese.</summary>
    /// <param name="help">The help text as printed.</param>
    /// <returns>The same help with Vietnamese headings.</returns>
    public static string VietnameseHeadings(string help)
    {
        var text = new StringBuilder(help.Length + 64);
        foreach (string line in help.Split('\n'))
        {
            string translated = line.TrimEnd('\r') switch
            {
                "Description:" => "Mô tả:",
                "Usage:" => "Cách dùng:",
                "Arguments:" => "Đối số:",
                "Options:" => "Tùy chọn:",
                "Commands:" => "Lệnh:",
                "Additional Arguments:" => "Đối số bổ sung:",
                var other => DefaultLabel().Replace(other.Replace("(REQUIRED)", "(BẮT BUỘC)", StringComparison.Ordinal), "[mặc định: $1]")
                    .Replace(" [command] [options]", " [lệnh] [tùy chọn]", StringComparison.Ordinal)
                    .Replace(" [options]", " [tùy chọn]", StringComparison.Ordinal),
            };
            text.Append(translated).Append('\n');
        }

        return text.ToString(0, text.Length - 1);
    }

    /// <summary>A parse error of System.CommandLine (printed in English whatever the machine's culture, see
    /// <see cref="CadreRulesCli.Run(string[], CliContext)"/>) in the output's language.</summary>
    /// <param name="message">The English message.</param>
    /// <param name="language">The output's language.</param>
    /// <returns>The message in that language; an English message with no Vietnamese form stays as it is.</returns>
    public static string ParseError(string message, Language language)
    {
        if (language != Language.Vietnamese)
        {
            return message;
        }

        Match m;
        if ((m = Unrecognized().Match(message)).Success)
        {
            return $"Không hiểu lệnh hoặc đối số '{m.Groups[1].Value}'.";
        }

        if ((m = RequiredOption().Match(message)).Success)
        {
            return $"Thiếu tùy chọn bắt buộc '{m.Groups[1].Value}'.";
        }

        if ((m = RequiredArgumentOfCommand().Match(message)).Success)
        {
            return $"Lệnh '{m.Groups[1].Value}' thiếu đối số bắt buộc.";
        }

        if ((m = RequiredArgumentOfOption().Match(message)).Success)
        {
            return $"Tùy chọn '{m.Groups[1].Value}' thiếu giá trị.";
        }

        if ((m = NotAmong().Match(message)).Success)
        {
            return $"Không nhận giá trị '{m.Groups[1].Value}'. Chỉ nhận một trong:{m.Groups[2].Value}";
        }

        if ((m = SingleArgument().Match(message)).Success)
        {
            return $"Tùy chọn '{m.Groups[1].Value}' chỉ nhận một giá trị, nhưng có {m.Groups[2].Value} giá trị.";
        }

        if ((m = CannotParse().Match(message)).Success)
        {
            return $"Không đọc được '{m.Groups[1].Value}' cho '{m.Groups[2].Value}'.";
        }

        return message;
    }

    /// <summary>The closing line after parse errors.</summary>
    /// <param name="language">The output's language.</param>
    /// <returns>The line.</returns>
    public static string SeeHelp(Language language) => language == Language.Vietnamese
        ? "Chạy 'cadre-rules --help' để xem cách dùng."
        : "Run 'cadre-rules --help' for usage.";

    [GeneratedRegex(@"\[default: ([^\]]*)\]")]
    private static partial Regex DefaultLabel();

    [GeneratedRegex(@"^Unrecognized command or argument '(.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"^Option '(.*)' is required\.$", RegexOptions.Singleline)]
    private static partial Regex RequiredOption();

    [GeneratedRegex(@"^Required argument missing for command: '(.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex RequiredArgumentOfCommand();

    [GeneratedRegex(@"^Required argument missing for option: '(.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex RequiredArgumentOfOption();

    [GeneratedRegex(@"^Argument '(.*)' not recognized\. Must be one of:(.*)$", RegexOptions.Singleline)]
    private static partial Regex NotAmong();

    [GeneratedRegex(@"^Option '(.*)' expects a single argument but (\d+) were provided\.$", RegexOptions.Singleline)]
    private static partial Regex SingleArgument();

    [GeneratedRegex(@"^Cannot parse argument '(.*)' for (?:option|command) '(.*)' as expected type '.*'\.", RegexOptions.Singleline)]
    private static partial Regex CannotParse();
}
