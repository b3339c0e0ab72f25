using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Evaluation;

/// <summary>
/// The annual evaluation round of an organisation: each person is classified under the evaluation regulation selected
/// for them (by default the one in force for their subject kind on their evaluation date), then the unit quota of HTXS of
/// each regulation is applied per unit and peer group, and the moves it makes are recorded with their reasons.
/// </summary>
/// <remarks>
/// <para>The work is linear in the number of people: one pass classifies each person as it is read (the input may be a
/// stream of entries, read once), then one allocation per regulation. Only a compact record per person is kept
/// (<see cref="EvaluationRoundPerson"/>): no facts, no explanation, no text.</para>
/// <para>Every person who cannot be classified is reported (up to <see cref="MaximumErrors"/>) in one
/// <see cref="EvaluationRoundException"/>; then nothing is allocated and no result is returned.</para>
/// <para>The result does not depend on the order of the people, nor on splitting them into parts by unit and running
/// each part (each unit's quota reads only its own members). Immutable and thread-safe: one round can run many inputs
/// at once.</para>
/// </remarks>
public sealed class EvaluationRound
{
    /// <summary>The most errors an <see cref="EvaluationRoundException"/> lists; the rest are counted.</summary>
    public const int MaximumErrors = 50;

    /// <summary>Initializes a new instance of the <see cref="EvaluationRound"/> class: each person under the regulation
    /// in force for them, each regulation's own quota policy.</summary>
    /// <param name="catalog">The catalogue (shipped, or with a province's variant applied).</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public EvaluationRound(RegulationCatalog catalog)
        : this(catalog, RegulationSelector.InForce)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="EvaluationRound"/> class.</summary>
    /// <param name="catalog">The catalogue (shipped, or with a province's variant applied).</param>
    /// <param name="selector">Which regulation applies: in force on each person's evaluation date
    /// (<see cref="RegulationSelector.InForce"/>), in force on a fixed date, or one regulation by id.</param>
    /// <param name="quotaPolicy">The quota policy (denominator reading, rounding, ordering), or null for each
    /// regulation's own.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public EvaluationRound(RegulationCatalog catalog, RegulationSelector selector, QuotaPolicy? quotaPolicy = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Catalog = catalog;
        Selector = selector;
        QuotaPolicy = quotaPolicy;
    }

    /// <summary>Gets the catalogue the regulations are taken from.</summary>
    public RegulationCatalog Catalog { get; }

    /// <summary>Gets how the regulation of each person is selected.</summary>
    public RegulationSelector Selector { get; }

    /// <summary>Gets the quota policy, or null for each regulation's own.</summary>
    public QuotaPolicy? QuotaPolicy { get; }

    /// <summary>Gets the short Vietnamese label of an outcome: HTXS, HTT, HTNV, KHT, <c>không xếp loại</c>,
    /// <c>chưa xác định</c>.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is not defined.</exception>
    public static string Label(EvaluationOutcome outcome) => outcome switch
    {
        EvaluationOutcome.Excellent => "HTXS",
        EvaluationOutcome.Good => "HTT",
        EvaluationOutcome.Complete => "HTNV",
        EvaluationOutcome.NotComplete => "KHT",
        EvaluationOutcome.NotRated => "không xếp loại",
        EvaluationOutcome.Undetermined => "chưa xác định",
        _ => throw new InputOutOfRangeException(nameof(outcome), outcome, "The outcome is not one of the six defined."),
    };

    /// <summary>Gets the evaluation regulation this round applies to a subject kind on an evaluation date.</summary>
    /// <param name="kind">Who is evaluated.</param>
    /// <param name="evaluatedOn">The evaluation date.</param>
    /// <returns>The regulation.</returns>
    /// <exception cref="RegulationNotFoundException">None is in force, the id is unknown, or it is not an evaluation
    /// regulation.</exception>
    public EvaluationRegulation RegulationFor(SubjectKind kind, LocalDate evaluatedOn)
    {
        Regulation regulation = Selector.Resolve(Catalog, RegulationTopic.Evaluation, kind, evaluatedOn);
        return regulation as EvaluationRegulation
            ?? throw new RegulationNotFoundException($"'{regulation.Id}' is not an evaluation regulation.");
    }

    /// <summary>Runs the round over a sheet.</summary>
    /// <param name="sheet">The sheet.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sheet"/> is null.</exception>
    /// <exception cref="EvaluationRoundException">Some people cannot be classified; all are listed.</exception>
    public EvaluationRoundResult Run(EvaluationSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return Run(sheet.Entries);
    }

    /// <summary>Runs the round over people given one at a time (e.g. read from a stream); the sequence is enumerated
    /// once and no entry is kept.</summary>
    /// <param name="people">The people, in the order the result keeps.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="people"/> is null or holds null.</exception>
    /// <exception cref="EvaluationRoundException">Some people cannot be classified, or an identifier is used twice;
    /// all are listed.</exception>
    public EvaluationRoundResult Run(IEnumerable<EvaluationEntry> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        var accumulator = new Accumulator(this, people.TryGetNonEnumeratedCount(out int expected) ? expected : 0);
        foreach (EvaluationEntry entry in people)
        {
            accumulator.Add(entry);
        }

        return accumulator.Finish();
    }

    /// <summary>Runs the round over people read asynchronously (e.g. from a stream); the sequence is enumerated once and
    /// no entry is kept.</summary>
    /// <param name="people">The people, in the order the result keeps.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="people"/> is null or holds null.</exception>
    /// <exception cref="EvaluationRoundException">Some people cannot be classified, or an identifier is used twice;
    /// all are listed.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Task<EvaluationRoundResult> RunAsync(IAsyncEnumerable<EvaluationEntry> people, System.Threading.CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(people);
        return RunCoreAsync(people, cancellationToken);
    }

    private async Task<EvaluationRoundResult> RunCoreAsync(IAsyncEnumerable<EvaluationEntry> people, System.Threading.CancellationToken cancellationToken)
    {
        var accumulator = new Accumulator(this, 0);
        await foreach (EvaluationEntry entry in people.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            accumulator.Add(entry);
        }

        return accumulator.Finish();
    }

    /// <summary>
    /// Runs the round in its batch form: people given as small entries that point into tables of unit and peer-group
    /// names, and a result in columns (no object per person). The rules are those of
    /// <see cref="Run(IEnumerable{EvaluationEntry})"/> (the same classifiers, the same quota allocation) and so is the
    /// result: the same regulations, decisions, outcomes before and after the quota, moves and allocations, and the
    /// same errors, collected up to <see cref="MaximumErrors"/>.
    /// </summary>
    /// <remarks>
    /// <para>People are grouped for the quota by the names their positions point to (two positions holding one name
    /// are one unit, as two entries with one unit name are). A position outside a table is an error of the field
    /// <c>unit</c> or <c>peerGroup</c>.</para>
    /// <para>The sequence is enumerated once and no entry is kept; each person then costs a few integers until the
    /// result is returned, plus a <see cref="QuotaCandidate"/> if rated under a regulation with a quota.</para>
    /// </remarks>
    /// <param name="units">The unit names the entries' <see cref="EvaluationBatchEntry.Unit"/> point into; none blank.</param>
    /// <param name="peerGroups">The peer-group names the entries' <see cref="EvaluationBatchEntry.PeerGroup"/> point
    /// into; none blank.</param>
    /// <param name="people">The people, in the order the result's columns keep.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="people"/> is null, or a table is the default value or
    /// holds null.</exception>
    /// <exception cref="ArgumentException">A name in a table is blank, or an entry is the default value.</exception>
    /// <exception cref="EvaluationRoundException">Some people cannot be classified, point outside a table, or use an
    /// identifier twice; all are listed.</exception>
    public EvaluationBatchResult RunBatch(ImmutableArray<string> units, ImmutableArray<string> peerGroups, IEnumerable<EvaluationBatchEntry> people)
    {
        CheckNames(units, nameof(units));
        CheckNames(peerGroups, nameof(peerGroups));
        ArgumentNullException.ThrowIfNull(people);
        bool counted = people.TryGetNonEnumeratedCount(out int known);
        int capacity = counted ? known : 1024;
        var regulationIndices = new List<int>(capacity);
        var decisionIndices = new List<int>(capacity);
        var before = new List<EvaluationOutcome>(capacity);
        var decisions = new List<EvaluationDecision>();
        var decisionIndex = new Dictionary<EvaluationDecision, int>();
        var core = new EvaluationRoundAccumulator(this, counted ? known : 0);
        int lastDecision = -1;
        int i = 0;
        foreach (EvaluationBatchEntry entry in people)
        {
            if (entry.Input is null)
            {
                throw new InvalidInputException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"people[{i}] is the default entry (no facts)."), nameof(people));
            }

            if (entry.Unit >= units.Length || entry.PeerGroup >= peerGroups.Length)
            {
                bool unit = entry.Unit >= units.Length;
                core.Report(new EvaluationRoundError(i, entry.Id, unit ? "unit" : "peerGroup", string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"the {(unit ? "unit" : "peer group")} is position {(unit ? entry.Unit : entry.PeerGroup)} of a table of {(unit ? units.Length : peerGroups.Length)}.")));
            }
            else if (core.Add(i, entry.Id, units[entry.Unit], peerGroups[entry.PeerGroup], entry.SubjectKind, entry.Input, entry.UnitIsOutstanding, out int regulation, out EvaluationDecision decision))
            {
                // Most people share a handful of decisions: the last one answers most look-ups without hashing.
                if (lastDecision < 0 || decisions[lastDecision] != decision)
                {
                    if (!decisionIndex.TryGetValue(decision, out lastDecision))
                    {
                        lastDecision = decisions.Count;
                        decisions.Add(decision);
                        decisionIndex.Add(decision, lastDecision);
                    }
                }

                regulationIndices.Add(regulation);
                decisionIndices.Add(lastDecision);
                before.Add(EvaluationRoundPerson.OutcomeOf(decision));
            }

            i++;
        }

        ImmutableArray<QuotaAllocation> allocations = core.Finish(out int[] moved, out QuotaDemotion[] demotions);
        EvaluationOutcome[] beforeArray = [.. before];
        EvaluationOutcome[] after = [.. before];
        foreach (int person in moved)
        {
            after[person] = EvaluationOutcome.Good;
        }

        return new EvaluationBatchResult(units, peerGroups, [.. core.Regulations], [.. regulationIndices], [.. decisions], [.. decisionIndices], beforeArray, after, moved, demotions, allocations);
    }

    /// <summary>
    /// Runs the round over rows read from where the caller keeps them (a source over columns, a reader): no object per
    /// person is made or kept, identifiers are not hashed, and the result is columns of one value per row. The rules are
    /// those of <see cref="Run(IEnumerable{EvaluationEntry})"/> (the same classifiers, the same quota computation) and so
    /// is the result: the same regulations, decisions, outcomes before and after the quota, moves and group summaries.
    /// </summary>
    /// <remarks>
    /// <para><b>How.</b> One pass reads every row in order: its unit, peer group and subject kind, then its facts,
    /// written by the source into one reusable <see cref="EvaluationRowFacts"/> and checked as an
    /// <see cref="EvaluationInput"/> is; the regulation in force is selected and classifies it, and the people the quota
    /// counts are tallied per unit (the units are positions, so no name is hashed), the outcomes are counted, and the
    /// qualifiers for HTXS are listed. A unit whose people share one regulation, peer group and outstanding flag (the
    /// usual case) is allocated from its tally by the bound <see cref="QuotaAllocator"/> computes; a counting sort then
    /// groups by unit the rows still needed: the qualifiers of a unit where the quota moves someone, taken from the
    /// list, and, only when some unit is of several groups, every counted row of such a unit (found by a second pass
    /// over the rows and counted row by row). Only where the quota moves someone are the qualifiers ranked, reading
    /// their score again and their identifier where scores tie. Memory: the result's columns (10 bytes a row), 4 bytes
    /// for each qualifier and each row grouped, a few numbers per unit, and the moves.</para>
    /// <para><b>Identity.</b> A person is their row; the tables give each unit and peer group once (a name given twice
    /// is refused). Identifiers are not checked for uniqueness across the rows (that would hash every one of them);
    /// two equal identifiers (trimmed, ignoring case) ranked against each other by the quota are an error, because the
    /// tie-break would then depend on the order of the rows.</para>
    /// <para><b>Errors.</b> Every row is checked, and every error (a position outside a table, a fact refused by its
    /// setter, a required fact missing, facts that disagree, no regulation in force, a role the regulation does not
    /// rate, a unit's outstanding flag that disagrees with an earlier row's, two equal identifiers in a ranking) is
    /// collected with its row and field; then an <see cref="EvaluationRoundException"/> lists the first
    /// <see cref="MaximumErrors"/> by row and nothing is returned.</para>
    /// </remarks>
    /// <param name="units">The unit names the rows' <see cref="EvaluationRowSource.UnitOf"/> point into; none blank,
    /// none repeated.</param>
    /// <param name="peerGroups">The peer-group names the rows' <see cref="EvaluationRowSource.PeerGroupOf"/> point
    /// into; none blank, none repeated.</param>
    /// <param name="rows">The rows.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null, or a table is the default value or
    /// holds null.</exception>
    /// <exception cref="ArgumentException">A name in a table is blank or repeated, or the source counts fewer than
    /// zero rows.</exception>
    /// <exception cref="EvaluationRoundException">Some rows are refused; the first are listed with their row and field.</exception>
    /// <example>
    /// <code>
    /// // The caller's columns: scores in quarter points, task counts, one date for all.
    /// sealed class Members(short[] quarters, byte[] tasks, int[] unit) : EvaluationRowSource
    /// {
    ///     public override int Count => quarters.Length;
    ///     public override int UnitOf(int row) => unit[row];
    ///     public override int PeerGroupOf(int row) => 0;
    ///     public override SubjectKind SubjectKindOf(int row) => SubjectKind.PartyMember;
    ///     public override CadreId IdOf(int row) => new("M" + row);
    ///     public override void ReadFacts(int row, EvaluationRowFacts facts)
    ///     {
    ///         facts.Year = 2025;
    ///         facts.EvaluatedOn = new LocalDate(2025, 12, 15);
    ///         facts.Role = EvaluationRole.NonLeader;
    ///         facts.Tasks = TaskCounts.AllOnTime(tasks[row], exceeded: tasks[row] / 2);
    ///         facts.Score = ScoreCard.FromTotal(quarters[row] / 4m);
    ///     }
    /// }
    ///
    /// EvaluationRowsResult result = new EvaluationRound(ShippedRegulations.Catalog)
    ///     .RunRows(["Chi bộ 1", "Chi bộ 2"], ["đảng viên"], new Members(quarters, tasks, unit));
    /// </code>
    /// </example>
    public EvaluationRowsResult RunRows(ImmutableArray<string> units, ImmutableArray<string> peerGroups, EvaluationRowSource rows) =>
        EvaluationRowsRun.Run(this, units, peerGroups, rows);

    internal static void CheckNames(ImmutableArray<string> names, string parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        if (names.IsDefault)
        {
            throw new ArgumentNullException(parameter);
        }

        for (int k = 0; k < names.Length; k++)
        {
            if (names[k] is null)
            {
                throw new ArgumentNullException(parameter, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{parameter}[{k}] is null."));
            }

            if (string.IsNullOrWhiteSpace(names[k]))
            {
                throw new InvalidInputException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{parameter}[{k}] is blank."), parameter);
            }
        }
    }

    /// <summary>The message of an argument exception without .NET's " (Parameter 'x')" suffix.</summary>
    internal static string WithoutParameter(ArgumentException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        string message = e.Message;
        if (e.ParamName is { } name)
        {
            string suffix = $" (Parameter '{name}')";
            if (message.EndsWith(suffix, StringComparison.Ordinal))
            {
                message = message[..^suffix.Length];
            }
        }

        return message;
    }

    /// <summary>The object form's state while people are added one at a time: the shared accumulator does the work,
    /// this keeps a compact record per person.</summary>
    private sealed class Accumulator(EvaluationRound round, int expectedPeople)
    {
        private readonly EvaluationRoundAccumulator _core = new(round, expectedPeople);
        private readonly List<EvaluationRoundPerson> _results = new(expectedPeople);
        private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
        private int _index;
        private string? _lastName;
        private string? _previousName;

        public void Add(EvaluationEntry entry)
        {
            ArgumentNullException.ThrowIfNull(entry, "people");
            int i = _index++;
            string unit = Intern(entry.Unit);
            string peerGroup = Intern(entry.PeerGroup);
            if (_core.Add(i, entry.Id, unit, peerGroup, entry.SubjectKind, entry.Input, entry.UnitIsOutstanding, out int regulation, out EvaluationDecision decision))
            {
                _results.Add(new EvaluationRoundPerson(i, entry, unit, peerGroup, _core.Regulations[regulation], decision));
            }
        }

        public EvaluationRoundResult Finish()
        {
            ImmutableArray<QuotaAllocation> allocations = _core.Finish(out int[] moved, out QuotaDemotion[] demotions);
            for (int k = 0; k < moved.Length; k++)
            {
                _results[moved[k]].Demote(demotions[k]); // kept people are every person: index i is at i
            }

            return new EvaluationRoundResult([.. _results], [.. _core.Regulations], allocations);
        }

        private string Intern(string text)
        {
            // People of one unit usually come together: the last two names answer most look-ups without hashing.
            if (string.Equals(text, _lastName, StringComparison.Ordinal))
            {
                return _lastName!;
            }

            if (string.Equals(text, _previousName, StringComparison.Ordinal))
            {
                return _previousName!;
            }

            if (!_names.TryGetValue(text, out string? known))
            {
                known = text;
                _names.Add(text, text);
            }

            _previousName = _lastName;
            _lastName = known;
            return known;
        }
    }
}
