using System;
using System.Collections.Generic;
using System.Text.Unicode;

namespace CadreRules.Documents;

/// <summary>
/// Shares the strings of values that repeat across a document (unit and peer group names): one string per distinct
/// value, so that a province's round keeps a few thousand names rather than one per person.
/// </summary>
/// <remarks>Bounded: past <see cref="MaxEntries"/> distinct values, or for long values, a new string is made each time.
/// Not thread-safe; one pool per reader.</remarks>
internal sealed class TextPool
{
    /// <summary>The most distinct values kept.</summary>
    public const int MaxEntries = 65_536;

    private const int MaxChars = 256;

    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public TextPool() => _lookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Gets the string of an unescaped UTF-8 JSON string value.</summary>
    /// <param name="utf8">The value's bytes.</param>
    /// <returns>The string, or null when the bytes are not UTF-8 (the caller reports it).</returns>
    public string? Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxChars)
        {
            return Decode(utf8);
        }

        Span<char> chars = stackalloc char[MaxChars];
        if (Utf8.ToUtf16(utf8, chars, out _, out int written, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
        {
            return null;
        }

        ReadOnlySpan<char> text = chars[..written];
        if (_lookup.TryGetValue(text, out string? shared))
        {
            return shared;
        }

        string made = new(text);
        if (_texts.Count < MaxEntries)
        {
            _texts.Add(made, made);
        }

        return made;
    }

    private static string? Decode(ReadOnlySpan<byte> utf8)
    {
        char[] chars = new char[utf8.Length];
        return Utf8.ToUtf16(utf8, chars, out _, out int written, replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done
            ? new string(chars, 0, written)
            : null;
    }
}
