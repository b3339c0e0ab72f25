using System;
using System.IO;
using CadreRules.Spreadsheets;

namespace CadreRules.Cli;

/// <summary>Writes a command's results as a spreadsheet (<c>--format xlsx|csv</c>): to <c>--out</c>, or to standard
/// output (a workbook is assembled in memory first: its parts must be written to a stream that can seek).</summary>
internal static class ResultSheets
{
    public static void Write(CliContext context, string? path, SpreadsheetFormat format, Action<SpreadsheetWriter> write)
    {
        if (path is not null && path != CliInput.StandardInput)
        {
            WriteFile(path, format, write, context.Language);
            return;
        }

        CliInput.WriteBytes(context, stdout =>
        {
            if (format == SpreadsheetFormat.Csv)
            {
                using var writer = new SpreadsheetWriter(stdout, format);
                write(writer);
                return;
            }

            using var memory = new MemoryStream();
            using (var writer = new SpreadsheetWriter(memory, format))
            {
                write(writer);
            }

            memory.Position = 0;
            memory.CopyTo(stdout);
        });
    }

    /// <summary>Writes a file (replacing it); the file is not left half-written when writing fails.</summary>
    public static void WriteFile(string path, SpreadsheetFormat format, Action<SpreadsheetWriter> write, Rules.Language language)
    {
        string temporary = path + ".part";
        try
        {
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16))
            using (var writer = new SpreadsheetWriter(file, format))
            {
                write(writer);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new CliInputException($"{path}: {Localization.CliMessages.Unwritable(e, language)}", e);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the partial file is named .part and never taken for the result.
        }
    }
}
