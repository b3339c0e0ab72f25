using System.CommandLine;
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
        Description = "The date to evaluate at, yyyy-MM-dd (nothing reads the clock).",
        Required = required,
    };

    public static Option<string> Language() => new Option<string>("--lang")
    {
        Description = "Language of the output: vi (default) or en.",
        DefaultValueFactory = _ => "vi",
    }.AcceptOnlyFromAmong("vi", "en");

    public static Option<string> Format() => new Option<string>("--format")
    {
        Description = "table (default, for people) or json (for machines).",
        DefaultValueFactory = _ => "table",
    }.AcceptOnlyFromAmong("table", "json");

    public static Option<string> FormatWithLines() => new Option<string>("--format")
    {
        Description = "table (default, for people), json (one document) or jsonl (JSON Lines: one person a line, for pipelines).",
        DefaultValueFactory = _ => "table",
    }.AcceptOnlyFromAmong("table", "json", "jsonl");

    public static Option<string?> Overrides() => new("--overrides")
    {
        Description = "A local variant document (parameter overrides) applied to the catalogue first.",
    };

    public static Option<string?> Regulation() => new("--regulation")
    {
        Description = "The regulation to apply: an id (see 'regulations'), \"in force\" (default: in force on --as-of) or \"in force on yyyy-MM-dd\".",
    };

    public static Option<long?> MaxBytes() => new("--max-bytes")
    {
        Description = "The largest document read, in bytes (default 1073741824, 1 GiB); reading stops there with an error.",
    };

    public static Option<int?> MaxPeople() => new("--max-people")
    {
        Description = "The most people read from an evaluation sheet (default 2000000); reading stops there with an error.",
    };

    /// <summary>The limits set by <c>--max-bytes</c> and <c>--max-people</c>, or the defaults.</summary>
    public static DocumentLimits Limits(long? maxBytes, int? maxPeople) => maxPeople switch
    {
        null => Limits(maxBytes),
        < 1 => throw new CliInputException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"--max-people: {maxPeople} is not a number of people; give 1 or more.")),
        { } people => Limits(maxBytes) with { MaxPeople = people },
    };

    /// <summary>The limits set by <c>--max-bytes</c>, or the defaults.</summary>
    public static DocumentLimits Limits(long? maxBytes) => maxBytes switch
    {
        null => DocumentLimits.Default,
        < 1 => throw new CliInputException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"--max-bytes: {maxBytes} is not a size; give a number of bytes, 1 or more.")),
        { } bytes => new DocumentLimits { MaxBytes = bytes },
    };

    public static Argument<string> Input(string description) => new("file")
    {
        Description = description + " ('-' reads standard input).",
    };

    public static Language ParseLanguage(string? text) => text == "en" ? Rules.Language.English : Rules.Language.Vietnamese;

    public static bool IsJson(string? format) => format == "json";

    public static LocalDate ParseDate(string? text, string option)
    {
        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text ?? string.Empty);
        return result.Success ? result.Value : throw new CliInputException($"{option}: '{text}' is not a date; expected yyyy-MM-dd.");
    }
}
