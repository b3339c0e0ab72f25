using System;
using System.IO;
using CadreRules.Rules;
using CadreRules.Documents;
using NodaTime;
using CadreRules.People;

namespace CadreRules.Cli;

/// <summary>Reads input files (or standard input for <c>-</c>) and documents; every failure becomes a
/// <see cref="CliInputException"/> naming the file and, for documents, the JSON path.</summary>
internal static class CliInput
{
    /// <summary>The file name that means standard input.</summary>
    public const string StandardInput = "-";

    public static string ReadText(CliContext context, string path)
    {
        if (path == StandardInput)
        {
            return context.In.ReadToEnd();
        }

        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliInputException($"{path}: cannot read the file: {e.Message}", e);
        }
    }

    /// <summary>Opens a file (or standard input for <c>-</c>) as a stream of bytes, read forward once.</summary>
    public static Stream OpenStream(CliContext context, string path)
    {
        if (path == StandardInput)
        {
            return context.InStream is { } stdin
                ? new NonClosingStream(stdin)
                : new MemoryStream(System.Text.Encoding.UTF8.GetBytes(context.In.ReadToEnd()));
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliInputException($"{path}: cannot read the file: {e.Message}", e);
        }
    }

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

    /// <summary>Reads a document with a library reader; a <see cref="DocumentException"/> becomes "FILE: $.path: message".</summary>
    public static T ReadDocument<T>(CliContext context, string path, Func<string, T> read)
    {
        string text = ReadText(context, path);
        try
        {
            return read(text);
        }
        catch (DocumentException e)
        {
            throw new CliInputException($"{Name(path)}: {e.Message}", e);
        }
    }

    public static Roster ReadRoster(CliContext context, string path) => ReadDocument(context, path, CadreDocuments.ReadRoster);

    /// <summary>The catalogue, with the local variant of <paramref name="overridesPath"/> applied when given.</summary>
    public static RegulationCatalog Catalog(CliContext context, string? overridesPath)
    {
        if (overridesPath is null)
        {
            return context.Catalog;
        }

        LocalVariant variant = ReadDocument(context, overridesPath, text => CadreDocuments.ReadVariant(text, context.Catalog));
        try
        {
            return context.Catalog.WithVariant(variant);
        }
        catch (Exception e) when (e is RegulationCatalogException or ArgumentException)
        {
            throw new CliInputException($"{Name(overridesPath)}: {e.Message}", e);
        }
    }

    /// <summary>The regulation chosen by <c>--regulation</c> (default: the one in force on <paramref name="asOf"/>).</summary>
    public static Regulation Regulation(RegulationCatalog catalog, string? selectorText, RegulationTopic topic, SubjectKind kind, LocalDate asOf)
    {
        RegulationSelector selector = RegulationSelector.InForce;
        if (selectorText is not null && !RegulationSelector.TryParse(selectorText, out selector))
        {
            throw new CliInputException($"--regulation: '{selectorText}' is not a regulation id, \"in force\" or \"in force on yyyy-MM-dd\".");
        }

        try
        {
            return selector.Resolve(catalog, topic, kind, asOf);
        }
        catch (RegulationNotFoundException e)
        {
            throw new CliInputException("--regulation: " + e.Message, e);
        }
    }

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
