using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using CadreRules.Evaluation;

namespace CadreRules.Cli.Commands;

/// <summary>
/// One reading of a sheet shared by two rounds (<c>diff</c>'s before and after), so that the document is read and
/// parsed once. Both rounds run side by side on the calling thread through <see cref="EvaluationRound.RunAsync"/>: each
/// takes the people the other has read, and the one ahead reads on, until it is <see cref="Window"/> people ahead; it
/// then waits (an unfinished task, nothing blocks) until the other has caught up by half the window. At most
/// <see cref="Window"/> people are held at any time.
/// </summary>
internal sealed class SharedReading
{
    /// <summary>The most people held between the two rounds.</summary>
    public const int Window = 4096;

    private readonly IEnumerator<EvaluationEntry> _source;
    private readonly EvaluationEntry[] _held = new EvaluationEntry[Window];
    private readonly Side[] _sides;
    private readonly Lock _gate = new();
    private long _read;
    private bool _ended;
    private ExceptionDispatchInfo? _error;

    private SharedReading(IEnumerator<EvaluationEntry> source)
    {
        _source = source;
        _sides = [new Side(this), new Side(this)];
    }

    /// <summary>Runs two rounds over one reading of <paramref name="people"/>.</summary>
    /// <returns>The two results.</returns>
    /// <exception cref="Exception">What reading the people or either round throws (the first round's error first).</exception>
    public static (EvaluationRoundResult First, EvaluationRoundResult Second) Run(IEnumerable<EvaluationEntry> people, EvaluationRound first, EvaluationRound second)
    {
        using IEnumerator<EvaluationEntry> source = people.GetEnumerator();
        var reading = new SharedReading(source);
        Task<EvaluationRoundResult> a = first.RunAsync(reading._sides[0]);
        Task<EvaluationRoundResult> b = second.RunAsync(reading._sides[1]);

        // Both ran here, each waiting for the other only while ahead of it: both are done (or faulted) by now.
        EvaluationRoundResult before = a.GetAwaiter().GetResult();
        return (before, b.GetAwaiter().GetResult());
    }

    private long Behind(Side side)
    {
        Side other = _sides[0] == side ? _sides[1] : _sides[0];
        return other.Done ? _read : other.Position;
    }

    /// <summary>The next person for <paramref name="side"/>; null at the end; throws the reading's error.</summary>
    private ValueTask<bool> Next(Side side)
    {
        TaskCompletionSource? release = null;
        ValueTask<bool> next;
        lock (_gate)
        {
            next = NextLocked(side, ref release);
        }

        release?.SetResult(); // the other side's continuation runs here, outside the lock
        return next;
    }

    private ValueTask<bool> NextLocked(Side side, ref TaskCompletionSource? release)
    {
        Side other = _sides[0] == side ? _sides[1] : _sides[0];
        if (side.Position < _read)
        {
            side.Current = _held[side.Position % Window];
            side.Position++;
            if (other.Waiting is not null && _read - side.Position <= Window / 2)
            {
                release = other.Waiting;
                other.Waiting = null;
            }

            return new ValueTask<bool>(true);
        }

        _error?.Throw();
        if (_ended)
        {
            return new ValueTask<bool>(false);
        }

        if (_read - Behind(side) >= Window)
        {
            var waiting = new TaskCompletionSource();
            side.Waiting = waiting;
            return new ValueTask<bool>(WaitThenNext(side, waiting.Task));
        }

        try
        {
            if (!_source.MoveNext())
            {
                _ended = true;
                return new ValueTask<bool>(false);
            }
        }
        catch (Exception e)
        {
            _error = ExceptionDispatchInfo.Capture(e);
            throw;
        }

        EvaluationEntry entry = _source.Current;
        _held[_read % Window] = entry;
        _read++;
        side.Current = entry;
        side.Position++;
        return new ValueTask<bool>(true);
    }

    private async Task<bool> WaitThenNext(Side side, Task waiting)
    {
        await waiting.ConfigureAwait(false);
        return await Next(side).ConfigureAwait(false);
    }

    /// <summary>Leaves the reading (the round is done or failed): the other side no longer waits for it.</summary>
    private void Leave(Side side)
    {
        TaskCompletionSource? release;
        lock (_gate)
        {
            side.Done = true;
            Side other = _sides[0] == side ? _sides[1] : _sides[0];
            release = other.Waiting;
            other.Waiting = null;
        }

        release?.SetResult();
    }

    /// <summary>One round's view of the reading (enumerated once).</summary>
    private sealed class Side(SharedReading reading) : IAsyncEnumerable<EvaluationEntry>, IAsyncEnumerator<EvaluationEntry>
    {
        public long Position { get; set; }

        public bool Done { get; set; }

        public TaskCompletionSource? Waiting { get; set; }

        public EvaluationEntry Current { get; set; } = null!;

        public IAsyncEnumerator<EvaluationEntry> GetAsyncEnumerator(CancellationToken cancellationToken = default) => this;

        public ValueTask<bool> MoveNextAsync() => reading.Next(this);

        public ValueTask DisposeAsync()
        {
            reading.Leave(this);
            return ValueTask.CompletedTask;
        }
    }
}
