using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;
using CadreRules.Documents;
using CadreRules.Rules;
using NodaTime;
using NodaTime.Text;

namespace CadreRules.Cli;

/// <summary>The options shared by commands (<c>--as-of</c>, <c>--lang</c>, <c>--format</c>, <c>--overrides</c>) and their parsing.</summary>
internal static class CommonOptions
{
    public static Option<string> AsOf(bool required) => new("--as-of")
    {
        Description = "The date to evaluate at, dd/MM/yyyy or yyyy-MM-dd (nothing reads the clock).",
        Required = required,
    };

    public static Option<string> Language() => new Option<string>("--lang")
    {
        Description = "Language of the output: vi (default) or en.",
        DefaultValueFactory = _ => "vi",
    }.AcceptChoices("vi", "en");

    public static Option<string> Format() => new Option<string>("--format")
    {
        Description = "table (default, for people) or json (for machines).",
        DefaultValueFactory = _ => "table",
    }.AcceptChoices("table", "json");

    public static Option<string> FormatWithLines() => new Option<string>("--format")
    {
        Description = "table (default, for people), json (one document) or jsonl (JSON Lines: one person a line, for pipelines).",
        DefaultValueFactory = _ => "table",
    }.AcceptChoices("table", "json", "jsonl");

    /// <summary>The <c>--format</c> of <c>review</c>: table, json, an HTML report, or a spreadsheet.</summary>
    public static Option<string> FormatForReview() => new Option<string>("--format")
    {
        Description = "table (default, for people), json (for machines), html (a printable report), xlsx or csv (one row per entry of the list and per proposed addition, for spreadsheets); see --out.",
        DefaultValueFactory = _ => "table",
    }.AcceptChoices("table", "json", "html", "xlsx", "csv");

    /// <summary>The <c>--format</c> of <c>diff</c>: table, json, an HTML report (evaluation sheets), or a spreadsheet.</summary>
    public static Option<string> FormatForDiff() => new Option<string>("--format")
    {
        Description = "table (default, for people), json (for machines), html (a printable report, for an evaluation sheet), xlsx or csv (one row per subject whose outcome changes, for spreadsheets); see --out.",
        DefaultValueFactory = _ => "table",
    }.AcceptChoices("table", "json", "html", "xlsx", "csv");

    /// <summary>The <c>--format</c> of <c>evaluate</c>: table, json, jsonl, an HTML report, or a spreadsheet.</summary>
    public static Option<string> FormatForEvaluate() => new Option<string>("--format")
    {
        Description = "table (default, for people), json (one document), jsonl (JSON Lines: one person a line, for pipelines), html (a printable report), xlsx or csv (one row per person, for spreadsheets); see --out.",
        DefaultValueFactory = _ => "table",
    }.AcceptChoices("table", "json", "jsonl", "html", "xlsx", "csv");

    /// <summary>The <c>--format</c> of <c>plan</c>: table, json, an HTML report, or a spreadsheet.</summary>
    public static Option<string> FormatForPlan() => new Option<string>("--format")
    {
        Description = "table (default, for people), json (for machines), html (a printable report), xlsx or csv (one row per candidate and title, for spreadsheets); see --out.",
        DefaultValueFactory = _ => "table",
    }.AcceptChoices("table", "json", "html", "xlsx", "csv");

    /// <summary>The <c>--format</c> of a command whose results also go to a spreadsheet.</summary>
    public static Option<string> FormatWithTableSheets() => new Option<string>("--format")
    {
        Description = "table (default, for people), json (for machines), xlsx or csv (one row per person, for spreadsheets; see --out).",
        DefaultValueFactory = _ => "table",
    }.AcceptChoices("table", "json", "xlsx", "csv");

    /// <summary>The spreadsheet format asked for by <c>--format</c>, or null for the others.</summary>
    public static Spreadsheets.SpreadsheetFormat? SheetFormat(string? format) => format switch
    {
        "xlsx" => Spreadsheets.SpreadsheetFormat.Xlsx,
        "csv" => Spreadsheets.SpreadsheetFormat.Csv,
        _ => null,
    };

    /// <summary><c>--out FILE</c>: where an HTML report or a spreadsheet is written.</summary>
    public static Option<string?> Out(string description = "With --format html, xlsx or csv: the file to write; default: standard output.") => new("--out")
    {
        Description = description,
    };

    /// <summary>Refuses <c>--out</c> with a format written to standard output only (table, json, jsonl), in the output
    /// language.</summary>
    public static void CheckOut(string? format, string? outPath, Rules.Language language)
    {
        if (outPath is not null && format is not ("html" or "xlsx" or "csv"))
        {
            throw new CliInputException(Localization.CliMessages.Say(Localization.CliMessages.OutWithoutFile, language));
        }
    }

    /// <summary>Accepts one of <paramref name="choices"/> in any case (<c>--lang EN</c>, <c>--format JSON</c>) and
    /// gives it back as written here; anything else is an error naming the option and the choices, in the output
    /// language.</summary>
    public static Option<string> AcceptChoices(this Option<string> option, params string[] choices)
    {
        option.CustomParser = result =>
        {
            string text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
            if (choices.FirstOrDefault(c => string.Equals(c, text.Trim(), StringComparison.OrdinalIgnoreCase)) is { } choice)
            {
                return choice;
            }

            result.AddError(InputValues.Error(option.Name, text, InputValues.ChoiceForms(choices), OutputLanguage(result)));
            return null;
        };
        option.CompletionSources.Add(choices);
        return option;
    }

    /// <summary>Accepts one of <paramref name="choices"/> as an argument's value, in any case, and gives it as written
    /// in <paramref name="choices"/>; anything else is a parse error listing the choices.</summary>
    public static Argument<string> AcceptChoices(this Argument<string> argument, params string[] choices)
    {
        argument.CustomParser = result =>
        {
            string text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
            if (choices.FirstOrDefault(c => string.Equals(c, text.Trim(), StringComparison.OrdinalIgnoreCase)) is { } choice)
            {
                return choice;
            }

            result.AddError(InputValues.Error(argument.Name, text, InputValues.ChoiceForms(choices), OutputLanguage(result)));
            return null;
        };
        argument.CompletionSources.Add(choices);
        return argument;
    }

    /// <summary>The output language asked for on the command line being parsed (for parse errors): <c>--lang en</c>
    /// gives English, anything else Vietnamese.</summary>
    private static Rules.Language OutputLanguage(SymbolResult result)
    {
        SymbolResult root = result;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        return root is CommandResult command && Languages(command).Any(t => string.Equals(t, "en", StringComparison.OrdinalIgnoreCase))
            ? Rules.Language.English
            : Rules.Language.Vietnamese;
    }

    private static IEnumerable<string> Languages(CommandResult command) =>
        command.Children.OfType<OptionResult>().Where(o => o.Option.Name == "--lang").SelectMany(o => o.Tokens.Select(t => t.Value))
            .Concat(command.Children.OfType<CommandResult>().SelectMany(Languages));

    public static Option<string?> Overrides() => new("--overrides")
    {
        Description = "A local variant document (parameter overrides) applied to the catalogue first.",
    };

    public static Option<string?> Regulation() => new("--regulation")
    {
        Description = "The regulation to apply: an id (see 'regulations'), \"in force\" (default: in force on --as-of) or \"in force on DATE\" (dd/MM/yyyy or yyyy-MM-dd).",
    };

    public static Option<long?> MaxBytes() => new("--max-bytes")
    {
        Description = "The largest document read, in bytes (default 1073741824, 1 GiB); reading stops there with an error.",
    };

    public static Option<int?> MaxPeople() => new("--max-people")
    {
        Description = "The most people read from an evaluation sheet (default 2000000); reading stops there with an error.",
    };

    /// <summary>The limits set by <c>--max-bytes</c> and <c>--max-people</c>, or the defaults; a limit below 1 is refused in
    /// the output language.</summary>
    public static DocumentLimits Limits(long? maxBytes, int? maxPeople, Rules.Language language) => maxPeople switch
    {
        null => Limits(maxBytes, language),
        < 1 => throw new CliInputException(Localization.CliMessages.Say(Localization.CliMessages.MaxPeople, language, ("value", maxPeople))),
        { } people => Limits(maxBytes, language) with { MaxPeople = people },
    };

    /// <summary>The limits set by <c>--max-bytes</c>, or the defaults; a limit below 1 is refused in the output
    /// language.</summary>
    public static DocumentLimits Limits(long? maxBytes, Rules.Language language) => maxBytes switch
    {
        null => DocumentLimits.Default,
        < 1 => throw new CliInputException(Localization.CliMessages.Say(Localization.CliMessages.MaxBytes, language, ("value", maxBytes))),
        { } bytes => new DocumentLimits { MaxBytes = bytes },
    };

    public static Argument<string> Input(string description) => new("file")
    {
        Description = description + " ('-' reads standard input).",
    };

    public static Language ParseLanguage(string? text) => text == "en" ? Rules.Language.English : Rules.Language.Vietnamese;

    public static bool IsJson(string? format) => format == "json";

    /// <summary>Reads a date option: <c>dd/MM/yyyy</c> or <c>yyyy-MM-dd</c> (<see cref="InputValues.TryParseDate"/>);
    /// anything else is an error naming the option, in the output language.</summary>
    public static LocalDate ParseDate(string? text, string option, Rules.Language language) =>
        InputValues.TryParseDate(text, out LocalDate date) ? date : throw new CliInputException(InputValues.Error(option, text, InputValues.DateForms, language));

    /// <summary>The error for a <c>--regulation</c> (or <c>--against</c>) that is not an id, "in force" or "in force on
    /// DATE", in the output language.</summary>
    public static CliInputException BadSelector(string option, string? text, Rules.Language language) => new(InputValues.Error(option, text, new LocalizedText(
        "mã văn bản (xem 'regulations'), \"in force\" hoặc \"in force on NGÀY\" (ngày dạng dd/MM/yyyy hoặc yyyy-MM-dd)",
        "a regulation id (see 'regulations'), \"in force\" or \"in force on DATE\" (the date as dd/MM/yyyy or yyyy-MM-dd)"), language));
}
