using System;
using System.Buffers;
using System.IO;
using System.Text.Unicode;
using System.Threading;
using System.Threading.Tasks;
using CadreRules.Documents;

namespace CadreRules.Cli;

/// <summary>A read-only stream that hands on only UTF-8: at the first byte that cannot start or continue a character
/// (or a character cut short at the end) it throws a <see cref="DocumentException"/> at <c>$</c> with the byte's
/// offset, before the reader sees it. Every document the tool opens goes through it, so no reader ever decodes invalid
/// bytes (the streaming evaluation reader would otherwise fail inside System.Text.Json).</summary>
internal sealed class Utf8CheckingStream(Stream inner) : Stream
{
    private readonly byte[] _pending = new byte[4];
    private int _pendingLength;
    private long _offset;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _offset; set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int read = inner.Read(buffer);
        Check(buffer[..read]);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Check(buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Check(ReadOnlySpan<byte> chunk)
    {
        bool final = chunk.IsEmpty;
        byte[] joined = ArrayPool<byte>.Shared.Rent(_pendingLength + chunk.Length);
        char[] scratch = ArrayPool<char>.Shared.Rent(1 << 16);
        try
        {
            _pending.AsSpan(0, _pendingLength).CopyTo(joined);
            chunk.CopyTo(joined.AsSpan(_pendingLength));
            ReadOnlySpan<byte> bytes = joined.AsSpan(0, _pendingLength + chunk.Length);
            long start = _offset - _pendingLength;
            int position = 0;
            while (true)
            {
                OperationStatus status = Utf8.ToUtf16(bytes[position..], scratch, out int used, out _, replaceInvalidSequences: false, isFinalBlock: final);
                position += used;
                if (status == OperationStatus.DestinationTooSmall)
                {
                    continue;
                }

                if (status == OperationStatus.InvalidData)
                {
                    throw DocumentException.ForInvalidUtf8(bytes[position], start + position);
                }

                break;
            }

            _pendingLength = bytes.Length - position;
            bytes[position..].CopyTo(_pending);
            _offset += chunk.Length;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(joined);
            ArrayPool<char>.Shared.Return(scratch);
        }
    }
}
