using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CadreRules.Cli.Localization;
using CadreRules.Rules;
using CadreRules.Documents;
using NodaTime;
using CadreRules.People;
using CadreRules.Spreadsheets;

namespace CadreRules.Cli;

/// <summary>Reads input files (or standard input for <c>-</c>) and documents; every failure becomes a
/// <see cref="CliInputException"/> naming the file and, for documents, the JSON path.</summary>
internal static class CliInput
{
    /// <summary>The file name that means standard input.</summary>
    public const string StandardInput = "-";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a text file (a case file) as strict UTF-8, at most <paramref name="limits"/>' bytes.</summary>
    public static string ReadText(CliContext context, string path, DocumentLimits? limits = null)
    {
        using Stream stream = OpenStream(context, path);
        return ReadText(stream, path, limits, context.Language);
    }

    /// <summary>Reads an opened document (named <paramref name="path"/> in errors) as strict UTF-8, at most
    /// <paramref name="limits"/>' bytes.</summary>
    public static string ReadText(Stream stream, string path, DocumentLimits? limits, Language language)
    {
        long max = Math.Min((limits ?? DocumentLimits.Default).MaxBytes, Array.MaxLength - 1);
        byte[] buffer = new byte[(int)Math.Min(max + 1, 1 << 16)];
        int length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    Array.Resize(ref buffer, (int)Math.Min(max + 1, (long)buffer.Length * 2));
                }

                int read = stream.Read(buffer, length, buffer.Length - length);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > max)
                {
                    throw new CliInputException($"{Name(path)}: {CliMessages.Say(CliMessages.TooLarge, language, ("max", max))}");
                }
            }
        }
        catch (IOException e)
        {
            throw new CliInputException($"{Name(path)}: {CliMessages.Unreadable(e, language)}", e);
        }
        catch (DocumentException e)
        {
            throw new CliInputException($"{Name(path)}: {DocumentMessages.Format(e, language)}", e);
        }

        try
        {
            return StrictUtf8.GetString(buffer, 0, length);
        }
        catch (DecoderFallbackException e)
        {
            throw new CliInputException($"{Name(path)}: {CliMessages.Say(CliMessages.NotUtf8, language, ("offset", e.Index))}", e);
        }
    }

    /// <summary>Opens a file (or standard input for <c>-</c>) as a stream of bytes, read forward once; any byte that
    /// is not UTF-8 stops reading with a <see cref="DocumentException"/> at <c>$</c> naming its offset.</summary>
    /// <param name="context">The console.</param>
    /// <param name="path">The file, or <c>-</c>.</param>
    /// <param name="checkUtf8">False for a reader that checks the bytes itself with the same error (the streaming
    /// <see cref="EvaluationSheetReader"/>), so that they are not checked twice.</param>
    /// <param name="language">The language of a spreadsheet's errors (a <c>.xlsx</c> or <c>.csv</c> file is read as the
    /// JSON document its rows make).</param>
    public static Stream OpenStream(CliContext context, string path, bool checkUtf8 = true, Language language = Language.English)
    {
        if (path != StandardInput && SpreadsheetFormats.TryFromPath(path, out SpreadsheetFormat format))
        {
            return OpenSheet(path, format, language);
        }

        if (path == StandardInput)
        {
            Stream input = context.InStream is { } stdin
                ? new NonClosingStream(stdin)
                : new MemoryStream(System.Text.Encoding.UTF8.GetBytes(context.In.ReadToEnd()));
            return checkUtf8 ? new Utf8CheckingStream(input) : input;
        }

        try
        {
            var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            return checkUtf8 ? new Utf8CheckingStream(file) : file;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliInputException($"{path}: {CliMessages.Unreadable(e, context.Language)}", e);
        }
    }

    /// <summary>Opens a workbook or CSV file as the JSON document its rows make (<see cref="SpreadsheetSource"/>); its
    /// header errors become "FILE: sheet, row, column: message" lines in the output language.</summary>
    private static SpreadsheetSource OpenSheet(string path, SpreadsheetFormat format, Language language)
    {
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliInputException($"{path}: {CliMessages.Unreadable(e, language)}", e);
        }

        try
        {
            return SpreadsheetSource.Open(file, format, language);
        }
        catch (DocumentException e)
        {
            throw new CliInputException(Lines(path, e, new DocumentRead(string.Empty, language, DocumentLimits.Default)), e);
        }
    }

    /// <summary>A reader's error restated at the sheet, row and column when the document came from a spreadsheet.</summary>
    public static DocumentException Locate(Stream stream, DocumentException error) => stream is SpreadsheetSource sheet ? sheet.Locate(error) : error;

    /// <summary>Writes bytes to standard output: straight to the console's stream, or through the text writer (tests).</summary>
    public static void WriteBytes(CliContext context, Action<Stream> write)
    {
        if (context.OutStream is { } stdout)
        {
            context.Out.Flush();
            write(stdout);
            stdout.Flush();
            return;
        }

        using var buffer = new MemoryStream();
        write(buffer);
        context.Out.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>Reads a document with a library reader over its bytes; a <see cref="DocumentException"/> becomes one
    /// "FILE: $.path: message" line per error (up to <see cref="DocumentException.MaxErrors"/>, then "and N more"), and
    /// a document of another kind than <paramref name="read"/> expects is named as such.</summary>
    public static T ReadDocument<T>(CliContext context, string path, DocumentRead read, Func<Stream, DocumentLimits, T> reader)
    {
        using Stream stream = OpenStream(context, path, language: read.Language);
        try
        {
            return reader(stream, read.Limits);
        }
        catch (DocumentException e)
        {
            throw new CliInputException(Lines(path, Locate(stream, e), read), e);
        }
    }

    public static Roster ReadRoster(CliContext context, string path, DocumentRead read) =>
        ReadDocument(context, path, read, CadreDocuments.ReadRoster);

    /// <summary>The error lines of a document: one per error, each with the file and the JSON path.</summary>
    public static IReadOnlyList<string> Lines(string path, DocumentException e, DocumentRead read)
    {
        string file = Name(path);
        if (e.FoundKind != DocumentKind.Unknown)
        {
            return [$"{file}: $: " + CliMessages.Say(CliMessages.OtherKind, read.Language, ("found", KindName(e.FoundKind).Get(read.Language)), ("command", read.Command), ("expected", KindName(e.ExpectedKind).Get(read.Language)))];
        }

        var lines = new List<string>(e.Errors.Count + 1);
        int withoutRoster = 0;
        foreach (DocumentException error in e.Errors)
        {
            // Every cadreRef of a document read without its roster is the same mistake: said once, with the remedy.
            if (error.Code == DocumentErrorCodes.RosterMissing && withoutRoster++ > 0)
            {
                continue;
            }

            lines.Add($"{file}: {DocumentMessages.Format(error, read.Language)}");
        }

        if (withoutRoster > 0)
        {
            lines.Add($"{file}: $: {CliMessages.Say(read.Command == "check" ? CliMessages.GiveCaseRoster : CliMessages.GiveRoster, read.Language, ("count", withoutRoster))}");
        }

        int more = e.ErrorCount - e.Errors.Count;
        if (more > 0)
        {
            string count = more.ToString(CultureInfo.InvariantCulture);
            lines.Add($"{file}: " + CliMessages.Say(more == 1 ? CliMessages.OneMoreError : CliMessages.MoreErrors, read.Language, ("count", count)));
        }

        return lines;
    }

    /// <summary>A kind of document as the sentence "this is X; `cmd` reads Y" names it.</summary>
    private static LocalizedText KindName(DocumentKind kind) => kind switch
    {
        DocumentKind.Roster => new("danh sách cán bộ", "a roster"),
        DocumentKind.EvaluationSheet => new("bảng đánh giá, xếp loại", "an evaluation sheet"),
        DocumentKind.PlanningList => new("danh sách quy hoạch", "a planning list"),
        DocumentKind.RotationRequests => new("đề nghị luân chuyển", "rotation requests"),
        DocumentKind.AppointmentRequests => new("đề nghị bổ nhiệm", "appointment requests"),
        DocumentKind.LocalVariant => new("biến thể địa phương", "a local variant"),
        DocumentKind.CaseFile => new("tệp tình huống", "a case file"),
        DocumentKind.Verdict => new("kết luận kèm giải thích", "a verdict"),
        DocumentKind.Catalogue => new("danh mục quy định", "a catalogue listing"),
        DocumentKind.RetirementReport => new("báo cáo nghỉ hưu", "a retirement report"),
        DocumentKind.PlanningReview => new("hồ sơ rà soát quy hoạch", "a planning review"),
        DocumentKind.KeyPosts => new("danh sách cán bộ chủ chốt cấp xã", "a key-posts document"),
        DocumentKind.PositionChanges => new("danh sách chuyển đổi vị trí công tác", "a position-changes document"),
        DocumentKind.CommitteeCandidacies => new("danh sách giới thiệu tham gia cấp ủy", "a committee candidacies document"),
        DocumentKind.Body => new("danh sách thành viên một tập thể", "a body's membership"),
        DocumentKind.TitleStandards => new("hồ sơ xét tiêu chuẩn chức danh", "a title standards check"),
        DocumentKind.Movements => new("kế hoạch điều động, luân chuyển, biệt phái", "a programme of movements"),
        DocumentKind.EvaluationHistory => new("kết quả đánh giá qua các năm", "an evaluation history"),
        _ => new("tài liệu không rõ loại", "a document of unknown kind"),
    };

    /// <summary>The catalogue, with the local variant of <paramref name="overridesPath"/> applied when given.</summary>
    public static RegulationCatalog Catalog(CliContext context, string? overridesPath) =>
        Catalog(context, overridesPath, new DocumentRead("--overrides", context.Language, DocumentLimits.Default));

    /// <summary>The catalogue, with the local variant of <paramref name="overridesPath"/> applied when given.</summary>
    public static RegulationCatalog Catalog(CliContext context, string? overridesPath, DocumentRead read)
    {
        if (overridesPath is null)
        {
            return context.Catalog;
        }

        LocalVariant variant = ReadDocument(context, overridesPath, read, (stream, limits) => CadreDocuments.ReadVariant(stream, context.Catalog, limits));
        try
        {
            return context.Catalog.WithVariant(variant);
        }
        catch (RegulationCatalogException e) when (e.RegulationId is { } id)
        {
            throw new CliInputException($"{Name(overridesPath)}: $.id: {CliMessages.Say(CliMessages.VariantIdTaken, read.Language, ("id", id))}", e);
        }
        catch (Exception e) when (e is RegulationCatalogException or ArgumentException)
        {
            // The variant's id is the only thing the catalogue can refuse once the variant is read.
            throw new CliInputException($"{Name(overridesPath)}: $.id: {Sentence(e.Message)}", e);
        }
    }

    private static string Sentence(string message)
    {
        int newLine = message.IndexOfAny(['\r', '\n']);
        string first = newLine < 0 ? message : message[..newLine];
        int parameter = first.LastIndexOf(" (Parameter '", StringComparison.Ordinal);
        return parameter < 0 ? first : first[..parameter];
    }

    /// <summary>The regulation chosen by <c>--regulation</c> (default: the one in force on <paramref name="asOf"/>).</summary>
    public static Regulation Regulation(RegulationCatalog catalog, string? selectorText, RegulationTopic topic, SubjectKind kind, LocalDate asOf, Language language)
    {
        RegulationSelector selector = RegulationSelector.InForce;
        if (selectorText is not null && !RegulationSelector.TryParse(selectorText, out selector))
        {
            throw CommonOptions.BadSelector("--regulation", selectorText, language);
        }

        if (selector.Id is { } id)
        {
            return RegulationById(catalog, id, topic, language);
        }

        try
        {
            return selector.Resolve(catalog, topic, kind, asOf);
        }
        catch (RegulationNotFoundException e)
        {
            LocalDate date = selector.InForceOn ?? asOf;
            string who = global::CadreRules.Localization.Terms.Of(kind).Get(language);
            throw new CliInputException("--regulation: " + CliMessages.Say(CliMessages.NoneInForce, language, ("topic", TopicName(topic, language)), ("subject", who), ("date", TextTable.Date(date))), e);
        }
    }

    /// <summary>The regulation chosen by <c>--regulation</c>, of the type <paramref name="command"/> applies (a
    /// regulation on the topic but of another type, such as an appointment regulation for <c>committee</c>, is refused in
    /// the output's language).</summary>
    public static T Regulation<T>(RegulationCatalog catalog, string? selectorText, RegulationTopic topic, SubjectKind kind, LocalDate asOf, Language language, string command)
        where T : Regulation
    {
        Regulation found = Regulation(catalog, selectorText, topic, kind, asOf, language);
        return found as T ?? throw new CliInputException("--regulation: " + CliMessages.Say(CliMessages.NotForCommand, language, ("id", found.Id), ("command", command)));
    }

    /// <summary>The regulation an option names by id, checked to be on <paramref name="topic"/>; the reasons it is not
    /// are said in the output's language (the library's own sentences are English).</summary>
    public static Regulation RegulationById(RegulationCatalog catalog, RegulationId id, RegulationTopic topic, Language language, string option = "--regulation")
    {
        Regulation found = catalog.Find(id) ?? throw new CliInputException(
            option + ": " + CliMessages.Say(CliMessages.NoRegulation, language, ("id", id), ("known", string.Join(", ", catalog.Regulations.Select(r => r.Id.Value)))));
        return found.Topic == topic ? found : throw new CliInputException(
            option + ": " + CliMessages.Say(CliMessages.OtherTopic, language, ("id", id), ("topic", TopicName(found.Topic, language)), ("asked", TopicName(topic, language))));
    }

    private static string TopicName(RegulationTopic topic, Language language) => global::CadreRules.Localization.Terms.Of(topic).Get(language);

    public static string Name(string path) => path == StandardInput ? "<stdin>" : path;

    /// <summary>Standard input handed to a reader that disposes its stream: the console's stream stays open.</summary>
    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override System.Threading.Tasks.ValueTask<int> ReadAsync(Memory<byte> buffer, System.Threading.CancellationToken cancellationToken = default) =>
            inner.ReadAsync(buffer, cancellationToken);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
