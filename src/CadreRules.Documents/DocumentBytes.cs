using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace CadreRules.Documents;

/// <summary>
/// Reads a whole document as UTF-8 bytes within <see cref="DocumentLimits.MaxBytes"/>: reading stops at the limit (the
/// rest is not read), at the first byte that is not UTF-8, or at the first JSON syntax error (the parser then reports
/// it), so a stream of garbage costs one buffer. Also recognises a document's kind from its top-level properties.
/// </summary>
internal static class DocumentBytes
{
    private const int Chunk = 64 * 1024;

    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads <paramref name="stream"/> to its end, or to the first error.</summary>
    public static ReadOnlyMemory<byte> Read(Stream stream, DocumentLimits limits)
    {
        long max = Math.Min(limits.MaxBytes, Array.MaxLength - 1);
        byte[] buffer = new byte[(int)Math.Min(max + 1, Chunk)];
        int length = 0;
        int validated = 0;
        int parsed = 0;
        JsonReaderState state = new(ReaderOptions);
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
                throw TooLarge(limits.MaxBytes);
            }

            validated = Validate(buffer.AsSpan(0, length), validated, isFinal: false);
            if (!Scan(buffer.AsSpan(parsed, length - parsed), ref state, out int consumed))
            {
                // A syntax error: the rest cannot make the document valid; the parser reports this one, unless the
                // bytes read end in a character cut short, which the next (at most three) bytes decide.
                if (validated < length)
                {
                    Array.Resize(ref buffer, length + 3);
                    int more;
                    while (length < buffer.Length && (more = stream.Read(buffer, length, buffer.Length - length)) > 0)
                    {
                        length += more;
                    }

                    Validate(buffer.AsSpan(0, length), validated, isFinal: true);
                }

                return buffer.AsMemory(0, length);
            }

            parsed += consumed;
        }

        Validate(buffer.AsSpan(0, length), validated, isFinal: true);
        return buffer.AsMemory(0, length);
    }

    /// <summary>The UTF-8 bytes of a document given as text, within the limit.</summary>
    public static byte[] FromText(string json, DocumentLimits limits)
    {
        if (json.Length > limits.MaxBytes)
        {
            throw TooLarge(limits.MaxBytes);
        }

        byte[] bytes;
        try
        {
            bytes = StrictUtf8.GetBytes(json);
        }
        catch (EncoderFallbackException e)
        {
            string at = e.Index.ToString(CultureInfo.InvariantCulture);
            throw DocumentException.Of("$", DocumentErrorCodes.NotUnicode, null, at);
        }

        return bytes.LongLength > limits.MaxBytes ? throw TooLarge(limits.MaxBytes) : bytes;
    }

    public static DocumentException TooLarge(long maxBytes) => DocumentException.Coded(
        "$",
        DocumentErrorCodes.TooLarge,
        string.Create(CultureInfo.InvariantCulture, $"the document is larger than the limit of {maxBytes} bytes; reading stopped there. Raise DocumentLimits.MaxBytes (the command line's --max-bytes) to read it."),
        null,
        null,
        maxBytes.ToString(CultureInfo.InvariantCulture));

    /// <summary>Checks UTF-8 from <paramref name="from"/>; returns where checking stopped (before an incomplete
    /// sequence at the end of a block that is not final).</summary>
    private static int Validate(ReadOnlySpan<byte> bytes, int from, bool isFinal)
    {
        char[] scratch = ArrayPool<char>.Shared.Rent(Chunk);
        try
        {
            int position = from;
            while (true)
            {
                OperationStatus status = Utf8.ToUtf16(bytes[position..], scratch, out int read, out _, replaceInvalidSequences: false, isFinalBlock: isFinal);
                position += read;
                switch (status)
                {
                    case OperationStatus.DestinationTooSmall:
                        continue;
                    case OperationStatus.InvalidData:
                        throw InvalidUtf8(bytes, position);
                    default:
                        return position;
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(scratch);
        }
    }

    private static DocumentException InvalidUtf8(ReadOnlySpan<byte> bytes, int offset)
    {
        ReadOnlySpan<byte> before = bytes[..offset];
        int line = before.Count((byte)'\n') + 1;
        int lastNewLine = before.LastIndexOf((byte)'\n');
        int inLine = offset - lastNewLine;
        string hex = bytes[offset].ToString("X2", CultureInfo.InvariantCulture);
        return NotUtf8(hex, offset, (line, inLine));
    }

    /// <summary>The error for a byte that cannot start or continue a UTF-8 character.</summary>
    internal static DocumentException NotUtf8(string hex, long offset, (long Line, long Byte)? location) =>
        DocumentException.Coded(
            "$",
            DocumentErrorCodes.NotUtf8,
            location is { } at
                ? string.Create(CultureInfo.InvariantCulture, $"the document is not UTF-8: byte 0x{hex} at offset {offset} (counted from 0) cannot start or continue a character (line {at.Line}, byte {at.Byte}).")
                : string.Create(CultureInfo.InvariantCulture, $"the document is not UTF-8: byte 0x{hex} at offset {offset} (counted from 0) cannot start or continue a character."),
            null,
            location,
            hex,
            offset.ToString(CultureInfo.InvariantCulture));


    /// <summary>Runs the JSON tokenizer over the bytes not yet scanned; false on a syntax error.</summary>
    private static bool Scan(ReadOnlySpan<byte> bytes, ref JsonReaderState state, out int consumed)
    {
        var reader = new Utf8JsonReader(bytes, isFinalBlock: false, state);
        try
        {
            while (reader.Read())
            {
            }
        }
        catch (JsonException)
        {
            consumed = 0;
            return false;
        }

        consumed = checked((int)reader.BytesConsumed);
        state = reader.CurrentState;
        return true;
    }

    /// <summary>The kind of document, recognised from its top-level property names (and, for requests, those of the
    /// requests); <see cref="DocumentKind.Unknown"/> when they are missing or point at more than one kind.</summary>
    public static DocumentKind KindOf(ReadOnlySpan<byte> utf8)
    {
        var top = new HashSet<string>(StringComparer.Ordinal);
        var inner = new HashSet<string>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.CurrentDepth == 1)
                    {
                        top.Add(reader.GetString()!);
                    }
                    else if (reader.CurrentDepth == 3)
                    {
                        inner.Add(reader.GetString()!);
                    }
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Recognise what was read before the error.
        }

        var kinds = new HashSet<DocumentKind>();
        if (top.Contains("people"))
        {
            kinds.Add(DocumentKind.EvaluationSheet);
        }

        if (top.Contains("cadres"))
        {
            kinds.Add(top.Contains("asOf") ? DocumentKind.RetirementReport : DocumentKind.Roster);
        }

        if (top.Contains("titles") || top.Contains("candidates") || top.Contains("entries"))
        {
            kinds.Add(DocumentKind.PlanningList);
        }

        if (top.Contains("reviewDate") || top.Contains("plan") || top.Contains("proposedAdditions") || top.Contains("currentFacts"))
        {
            kinds.Add(DocumentKind.PlanningReview);
        }

        if (top.Contains("members"))
        {
            kinds.Add(DocumentKind.Body);
        }

        if (top.Contains("assessedOn"))
        {
            kinds.Add(DocumentKind.TitleStandards);
        }

        if (top.Contains("years"))
        {
            kinds.Add(DocumentKind.EvaluationHistory);
        }

        if (top.Contains("movements"))
        {
            kinds.Add(DocumentKind.Movements);
        }

        if (top.Contains("candidacies"))
        {
            kinds.Add(DocumentKind.CommitteeCandidacies);
        }

        if (top.Contains("incumbents"))
        {
            kinds.Add(DocumentKind.PositionChanges);
        }

        if (top.Contains("holders"))
        {
            kinds.Add(DocumentKind.KeyPosts);
        }

        if (top.Contains("requests"))
        {
            bool appointment = inner.Contains("dossierReceivedOn") || inner.Contains("isPlanned") || inner.Contains("kind");
            bool rotation = inner.Contains("plannedEnd") || inner.Contains("fromLevel") || inner.Contains("toLevel");
            if (appointment != rotation)
            {
                kinds.Add(appointment ? DocumentKind.AppointmentRequests : DocumentKind.RotationRequests);
            }
        }

        if (top.Contains("baseId") || top.Contains("overrides"))
        {
            kinds.Add(DocumentKind.LocalVariant);
        }

        if (top.Contains("kind") && top.Contains("facts"))
        {
            kinds.Add(DocumentKind.CaseFile);
        }

        if (top.Contains("explanation") || top.Contains("outcome"))
        {
            kinds.Add(DocumentKind.Verdict);
        }

        if (top.Contains("regulations"))
        {
            kinds.Add(DocumentKind.Catalogue);
        }

        if (kinds.Count != 1)
        {
            return DocumentKind.Unknown;
        }

        foreach (DocumentKind kind in kinds)
        {
            return kind;
        }

        return DocumentKind.Unknown;
    }
}
