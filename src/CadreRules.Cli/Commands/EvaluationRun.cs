using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CadreRules.Documents;
using CadreRules.Evaluation;
using CadreRules.Rules;

namespace CadreRules.Cli.Commands;

/// <summary>An evaluation document run by the library's <see cref="EvaluationRound"/>: the sheet's header and the
/// round's result. The document is streamed (one person at a time); only the round's compact records are kept.</summary>
internal sealed record EvaluationRun(int Year, string? Organisation, EvaluationRoundResult Result)
{
    /// <summary>Parses <c>--regulation</c> (null: in force on each person's date); an id is checked at once.</summary>
    public static RegulationSelector Selector(RegulationCatalog catalog, string? text, Language language, string option = "--regulation")
    {
        RegulationSelector selector = RegulationSelector.InForce;
        if (text is not null && !RegulationSelector.TryParse(text, out selector))
        {
            throw CommonOptions.BadSelector(option, text, language);
        }

        if (selector.Id is { } id)
        {
            _ = CliInput.RegulationById(catalog, id, RegulationTopic.Evaluation, language, option);
        }

        return selector;
    }

    /// <summary>Reads the document at <paramref name="path"/> and runs the round; every error names the file and path.</summary>
    public static EvaluationRun Of(CliContext context, string path, EvaluationRound round) =>
        Of(path, () => CliInput.OpenStream(context, path), round, new DocumentRead("evaluate", Language.English, DocumentLimits.Default));

    /// <summary>Reads a document from a stream the caller opens and runs the round.</summary>
    public static EvaluationRun Of(string path, Func<Stream> open, EvaluationRound round, DocumentRead read)
    {
        using Stream stream = open();
        using EvaluationSheetReader reader = Open(path, stream, read);
        try
        {
            EvaluationRoundResult result = round.Run(reader.ReadPeople());
            return new EvaluationRun(reader.Year, reader.Organisation, result);
        }
        catch (DocumentException e)
        {
            throw new CliInputException(CliInput.Lines(path, CliInput.Locate(stream, e), read), e);
        }
        catch (EvaluationRoundException e)
        {
            throw new CliInputException(Describe(stream, path, e, read.Language), e);
        }
    }

    /// <summary>Reads a document once and runs two rounds over it side by side (<c>diff</c>): the document is parsed
    /// once, and at most <see cref="SharedReading.Window"/> people are held between the rounds.</summary>
    public static (EvaluationRun Before, EvaluationRun After) Pair(string path, Func<Stream> open, EvaluationRound before, EvaluationRound after, DocumentRead read)
    {
        using Stream stream = open();
        using EvaluationSheetReader reader = Open(path, stream, read);
        try
        {
            (EvaluationRoundResult first, EvaluationRoundResult second) = SharedReading.Run(reader.ReadPeople(), before, after);
            return (new EvaluationRun(reader.Year, reader.Organisation, first), new EvaluationRun(reader.Year, reader.Organisation, second));
        }
        catch (DocumentException e)
        {
            throw new CliInputException(CliInput.Lines(path, CliInput.Locate(stream, e), read), e);
        }
        catch (EvaluationRoundException e)
        {
            throw new CliInputException(Describe(stream, path, e, read.Language), e);
        }
    }

    /// <summary>Reads the document again, person by person, for the explanations (the round keeps no facts).</summary>
    public static IEnumerable<EvaluationEntry> Entries(string path, Func<Stream> open, DocumentLimits? limits = null)
    {
        using Stream stream = open();
        using EvaluationSheetReader reader = EvaluationSheetReader.Open(stream, limits);
        foreach (EvaluationEntry entry in reader.ReadPeople())
        {
            yield return entry;
        }
    }

    /// <summary>The outcome as a short label: HTXS, HTT, HTNV, KHT, "not rated" or "undetermined" in the language.</summary>
    public static string Label(EvaluationOutcome outcome, Language language) => outcome switch
    {
        EvaluationOutcome.NotRated => language == Language.Vietnamese ? "không xếp loại" : "not rated",
        EvaluationOutcome.Undetermined => language == Language.Vietnamese ? "chưa xác định" : "undetermined",
        _ => EvaluationRound.Label(outcome),
    };

    /// <summary>Counts per outcome label: the four levels always, not rated and undetermined when not zero.</summary>
    public static IReadOnlyList<KeyValuePair<string, int>> Counts(EvaluationOutcomeCounts counts, Language language) =>
        [.. EvaluationOutcomeCounts.Outcomes
            .Where(o => o <= EvaluationOutcome.NotComplete || counts[o] > 0)
            .Select(o => new KeyValuePair<string, int>(Label(o, language), counts[o]))];

    private static EvaluationSheetReader Open(string path, Stream stream, DocumentRead read)
    {
        try
        {
            return EvaluationSheetReader.Open(stream, read.Limits);
        }
        catch (DocumentException e)
        {
            throw new CliInputException(CliInput.Lines(path, CliInput.Locate(stream, e), read), e);
        }
    }

    /// <summary>Every person the round could not classify, one line each, at the JSON path of the field at fault.</summary>
    private static string Describe(Stream stream, string path, EvaluationRoundException e, Language language)
    {
        IEnumerable<string> lines = e.Errors.Select(error => error.Field is null
            ? "--regulation: " + Sentence(error.Text.Get(language))
            : CliInput.Name(path) + ": " + CliInput.Locate(stream, new DocumentException(string.Create(CultureInfo.InvariantCulture, $"$.people[{error.Index}].{error.Field}"), Sentence(error.Text.Get(language)), null)).Message);
        string text = string.Join("\nerror: ", lines.Distinct());
        return e.TotalErrors > e.Errors.Length
            ? text + string.Create(CultureInfo.InvariantCulture, $"\nerror: … and {e.TotalErrors - e.Errors.Length} more.")
            : text;
    }

    private static string Sentence(string message) => message.Length > 0 && char.IsUpper(message[0]) ? char.ToLowerInvariant(message[0]) + message[1..] : message;
}
