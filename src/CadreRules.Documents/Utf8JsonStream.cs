using System;
using System.Buffers;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace CadreRules.Documents;

/// <summary>
/// A window over a UTF-8 JSON stream for readers that take a document one value at a time: the buffer holds what has
/// been read and not yet consumed, and grows only to the size of the largest single value asked for whole (one person),
/// never to the size of the document.
/// </summary>
/// <remarks>The bytes are checked to be UTF-8 as they are read (a character cut by a read is checked once whole), so
/// that no reader over the window meets text it cannot decode: a byte that cannot start or continue a character, or a
/// character cut short at the end, is a <see cref="DocumentException"/> naming its offset. Not thread-safe; one reader
/// per stream.</remarks>
internal sealed class Utf8JsonStream : IDisposable
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip };

    private readonly Stream _stream;
    private readonly long _maxBytes;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private int _checked;
    private bool _final;
    private long _consumedBefore;
    private JsonReaderState _state = new(Options);
    private long _line;
    private long _column;

    public Utf8JsonStream(Stream stream, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _maxBytes = maxBytes;
        _buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
    }

    /// <summary>Gets how many bytes of the stream have been consumed (the offset of the next token).</summary>
    public long Offset => _consumedBefore + _start;

    /// <summary>Gets the unconsumed bytes.</summary>
    public ReadOnlySpan<byte> Window => _buffer.AsSpan(_start, _end - _start);

    /// <summary>Gets the 1-based line and byte in the document of an error raised by a reader over
    /// <see cref="Window"/> from <paramref name="offset"/> on.</summary>
    public (long Line, long Byte) Locate(JsonException e, int offset)
    {
        ReadOnlySpan<byte> before = Window[..offset];
        int lastNewLine = before.LastIndexOf((byte)'\n');
        long line = _line + before.Count((byte)'\n');
        long column = lastNewLine >= 0 ? offset - lastNewLine - 1 : _column + offset;
        return e.LineNumber is not { } relative || relative == 0
            ? (line + (e.LineNumber ?? 0) + 1, column + (e.BytePositionInLine ?? 0) + 1)
            : (line + relative + 1, (e.BytePositionInLine ?? 0) + 1);
    }

    /// <summary>Gets a reader over the unconsumed bytes, in the state left by the last <see cref="Advance"/>.</summary>
    public Utf8JsonReader Reader() => new(_buffer.AsSpan(_start, _end - _start), _final, _state);

    /// <summary>Consumes what <paramref name="reader"/> (made by <see cref="Reader"/>) has read.</summary>
    public void Advance(ref Utf8JsonReader reader)
    {
        int consumed = checked((int)reader.BytesConsumed);
        ReadOnlySpan<byte> span = _buffer.AsSpan(_start, consumed);
        int lastNewLine = span.LastIndexOf((byte)'\n');
        if (lastNewLine >= 0)
        {
            _line += span.Count((byte)'\n');
            _column = consumed - lastNewLine - 1;
        }
        else
        {
            _column += consumed;
        }

        _start += consumed;
        _state = reader.CurrentState;
    }

    /// <summary>Gets the 1-based line and byte in the document of an error raised by a reader made by
    /// <see cref="Reader"/> (whose own counts start at the unconsumed bytes).</summary>
    public (long Line, long Byte) Locate(JsonException e) =>
        e.LineNumber is not { } line ? (_line + 1, _column + 1)
        : line == 0 ? (_line + 1, _column + (e.BytePositionInLine ?? 0) + 1)
        : (_line + line + 1, (e.BytePositionInLine ?? 0) + 1);

    /// <summary>Whether the next token is in the buffer, and, when <paramref name="whole"/> and it starts an object or
    /// an array, the whole value. Reads nothing from the stream.</summary>
    /// <exception cref="JsonException">The bytes are not JSON.</exception>
    public bool TryPeek(bool whole, out JsonTokenType token)
    {
        Utf8JsonReader reader = Reader();
        if (!reader.Read())
        {
            token = JsonTokenType.None;
            return false;
        }

        token = reader.TokenType;
        return !whole || token is not (JsonTokenType.StartObject or JsonTokenType.StartArray) || reader.TrySkip();
    }

    /// <summary>Gets whether the stream has ended and every byte is in the buffer.</summary>
    public bool AtEnd => _final;

    /// <summary>Reads more of the stream into the buffer.</summary>
    /// <returns>False when the stream had already ended.</returns>
    /// <exception cref="DocumentException">The document is larger than the limit.</exception>
    public bool Fill()
    {
        if (_final)
        {
            return false;
        }

        Prepare();
        int read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        return Filled(read);
    }

    /// <summary>Reads more of the stream into the buffer, asynchronously.</summary>
    /// <returns>False when the stream had already ended.</returns>
    public async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_final)
        {
            return false;
        }

        Prepare();
        int read = await _stream.ReadAsync(_buffer.AsMemory(_end, _buffer.Length - _end), cancellationToken).ConfigureAwait(false);
        return Filled(read);
    }

    public void Dispose()
    {
        byte[] buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Moves the unconsumed bytes to the front, and doubles the buffer when they fill it.</summary>
    private void Prepare()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _consumedBefore += _start;
            _end -= _start;
            _checked -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            byte[] larger = ArrayPool<byte>.Shared.Rent(checked(_buffer.Length * 2));
            Buffer.BlockCopy(_buffer, 0, larger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
    }

    private bool Filled(int read)
    {
        if (read == 0)
        {
            _final = true;
            CheckUtf8();
            return true;
        }

        _end += read;
        if (_consumedBefore + _end > _maxBytes)
        {
            throw DocumentBytes.TooLarge(_maxBytes);
        }

        CheckUtf8();
        return true;
    }

    /// <summary>Checks the bytes read since the last check, except, before the end of the stream, a character the read
    /// cut (checked with the next read).</summary>
    /// <exception cref="DocumentException">The bytes are not UTF-8.</exception>
    private void CheckUtf8()
    {
        int end = _final ? _end : _end - Cut(_buffer.AsSpan(_checked, _end - _checked));
        ReadOnlySpan<byte> bytes = _buffer.AsSpan(_checked, end - _checked);
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            int position = 0;
            while (System.Text.Rune.DecodeFromUtf8(bytes[position..], out _, out int used) == OperationStatus.Done)
            {
                position += used;
            }

            string hex = bytes[position].ToString("X2", System.Globalization.CultureInfo.InvariantCulture);
            throw DocumentBytes.NotUtf8(hex, _consumedBefore + _checked + position, null);
        }

        _checked = end;
    }

    /// <summary>How many bytes at the end of <paramref name="bytes"/> begin a character that is not complete yet.</summary>
    private static int Cut(ReadOnlySpan<byte> bytes)
    {
        for (int back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            byte b = bytes[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue; // a continuation byte: look further back for its lead
            }

            int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return length > back ? back : 0;
        }

        return 0;
    }
}
