using System;
using System.CommandLine;
using System.IO;
using System.Text;
using CadreRules.Documents.Reports;
using CadreRules.Rules;

namespace CadreRules.Cli.Commands;

/// <summary><c>--format html</c> and <c>--out FILE</c>: where a command's HTML report (<see cref="HtmlReports"/>) goes
/// and what its header names.</summary>
internal static class HtmlOutput
{
    public const string Format = "html";

    /// <summary>The report's options: the language, the organisation (when the document names one) and the data file's
    /// name without its folders.</summary>
    public static HtmlReportOptions Options(Language language, string path, string? organisation = null) => new()
    {
        Language = language,
        Organisation = organisation,
        DataFile = path == CliInput.StandardInput ? CliInput.Name(path) : Path.GetFileName(path),
    };

    /// <summary>Writes a report to <paramref name="outPath"/> (UTF-8 without a byte order mark) or, when it is null, to
    /// standard output.</summary>
    public static void Write(CliContext context, string? outPath, Action<TextWriter> write)
    {
        if (outPath is null)
        {
            write(context.Out);
            return;
        }

        try
        {
            using var file = new StreamWriter(outPath, append: false, new UTF8Encoding(false), 1 << 16);
            write(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException("--out: " + outPath + ": " + Localization.CliMessages.Unwritable(e, context.Language), e);
        }
    }
}
