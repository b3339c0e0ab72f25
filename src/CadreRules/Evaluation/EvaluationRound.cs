using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), "The outcome is not one of the six defined."),
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
        var accumulator = new Accumulator(this);
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
        var accumulator = new Accumulator(this);
        await foreach (EvaluationEntry entry in people.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            accumulator.Add(entry);
        }

        return accumulator.Finish();
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

    private static QuotaGroup GroupOf(List<QuotaGroup> groups, EvaluationRegulation regulation)
    {
        foreach (QuotaGroup group in groups)
        {
            if (ReferenceEquals(group.Regulation, regulation))
            {
                return group;
            }
        }

        var created = new QuotaGroup(regulation);
        groups.Add(created);
        return created;
    }

    /// <summary>The round's state while people are added one at a time.</summary>
    private sealed class Accumulator(EvaluationRound round)
    {
        private readonly List<EvaluationRoundPerson> _results = [];
        private readonly List<EvaluationRoundError> _errors = [];
        private readonly HashSet<CadreId> _seen = [];
        private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
        private readonly Dictionary<(SubjectKind Kind, LocalDate Date), EvaluationRegulation> _regulations = [];
        private readonly List<QuotaGroup> _groups = [];
        private int _index;
        private int _errorCount;
        private string? _lastName;
        private string? _previousName;

        public void Add(EvaluationEntry entry)
        {
            ArgumentNullException.ThrowIfNull(entry, "people");
            int i = _index++;
            if (!_seen.Add(entry.Id))
            {
                Report(new EvaluationRoundError(i, entry.Id, "id", $"the identifier '{entry.Id}' is used by an earlier person."));
                return;
            }

            if (Classify(i, entry) is not { } person)
            {
                return;
            }

            // The group is made at the regulation's first use, so the allocations keep the order of Regulations.
            QuotaGroup? group = person.Regulation.Quota is null ? null : GroupOf(_groups, person.Regulation);
            bool candidate = group is not null && person.Decision.HasLevel;
            if (candidate)
            {
                if (!group!.SameFlagAsLast(person) && !group.Outstanding.TryAdd((person.Unit, person.PeerGroup), person.UnitIsOutstanding)
                    && group.Outstanding[(person.Unit, person.PeerGroup)] != person.UnitIsOutstanding)
                {
                    // The quota reads one flag per unit and peer group (QuotaAllocator would refuse the allocation).
                    Report(new EvaluationRoundError(i, entry.Id, "unitIsOutstanding", $"the unit '{person.Unit}' (peer group '{person.PeerGroup}') is flagged outstanding for {(person.UnitIsOutstanding ? "this person but not for an earlier one" : "an earlier person but not for this one")}."));
                    return;
                }

                group.Last = person; // only a person whose flag agrees with the group's
            }

            if (_errorCount > 0)
            {
                return; // after an error nothing will be returned: keep looking for errors, keep nothing
            }

            _results.Add(person);
            if (candidate)
            {
                group!.Candidates.Add(new QuotaCandidate(person.Id, person.Unit, person.PeerGroup, person.Decision.Level, person.Score, person.UnitIsOutstanding));
                group.People.Add(person);
            }
        }

        public EvaluationRoundResult Finish()
        {
            if (_errorCount > 0)
            {
                throw new EvaluationRoundException(_errors, _errorCount);
            }

            var allocations = ImmutableArray.CreateBuilder<QuotaAllocation>(_groups.Count);
            foreach (QuotaGroup group in _groups)
            {
                if (group.People.Count == 0)
                {
                    continue; // nobody rated under this regulation: nothing to allocate
                }

                QuotaAllocation allocation = group.Regulation.AllocateQuota(group.Candidates.DrainToImmutable(), round.QuotaPolicy);
                allocations.Add(allocation);
                if (allocation.Demotions.IsEmpty)
                {
                    continue;
                }

                var demotions = new Dictionary<CadreId, QuotaDemotion>(allocation.Demotions.Length);
                foreach (QuotaDemotion demotion in allocation.Demotions)
                {
                    demotions.Add(demotion.Candidate.Id, demotion);
                }

                foreach (EvaluationRoundPerson person in group.People)
                {
                    if (demotions.TryGetValue(person.Id, out QuotaDemotion? demotion))
                    {
                        person.Demote(demotion);
                    }
                }
            }

            return new EvaluationRoundResult([.. _results], allocations.ToImmutable());
        }

        private void Report(EvaluationRoundError error)
        {
            _errorCount++;
            if (_errors.Count < MaximumErrors)
            {
                _errors.Add(error);
            }
        }

        private EvaluationRoundPerson? Classify(int i, EvaluationEntry entry)
        {
            LocalDate date = entry.Input.EvaluatedOn;
            if (!_regulations.TryGetValue((entry.SubjectKind, date), out EvaluationRegulation? regulation))
            {
                try
                {
                    regulation = round.RegulationFor(entry.SubjectKind, date);
                }
                catch (RegulationNotFoundException e)
                {
                    Report(new EvaluationRoundError(i, entry.Id, round.Selector.Id is null && round.Selector.InForceOn is null ? "evaluatedOn" : null, e.Message));
                    return null;
                }

                _regulations.Add((entry.SubjectKind, date), regulation);
            }

            if (!regulation.Supports(entry.Input.Role))
            {
                Report(new EvaluationRoundError(i, entry.Id, "role", $"the regulation '{regulation.Id}' does not evaluate the role '{entry.Input.Role}'."));
                return null;
            }

            EvaluationDecision decision;
            try
            {
                decision = regulation.Classify(entry.Input);
            }
            catch (EvaluationInputException e)
            {
                Report(new EvaluationRoundError(i, entry.Id, e.ParamName, WithoutParameter(e)));
                return null;
            }

            return new EvaluationRoundPerson(i, entry, Intern(entry.Unit), Intern(entry.PeerGroup), regulation, decision);
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

    /// <summary>The people of one regulation that has a quota, with their candidates (aligned).</summary>
    private sealed class QuotaGroup(EvaluationRegulation regulation)
    {
        public EvaluationRegulation Regulation { get; } = regulation;

        public ImmutableArray<QuotaCandidate>.Builder Candidates { get; } = ImmutableArray.CreateBuilder<QuotaCandidate>();

        public List<EvaluationRoundPerson> People { get; } = [];

        /// <summary>The outstanding flag of each unit and peer group, as first given.</summary>
        public Dictionary<(string Unit, string PeerGroup), bool> Outstanding { get; } = [];

        /// <summary>Gets or sets the last candidate whose flag was found to agree with its unit and peer group's.</summary>
        public EvaluationRoundPerson? Last { get; set; }

        /// <summary>Whether the person is of the same unit and peer group as the last candidate checked, with the same
        /// flag (names are interned, so references compare); the dictionary is asked only otherwise.</summary>
        public bool SameFlagAsLast(EvaluationRoundPerson person)
        {
            EvaluationRoundPerson? last = Last;
            return last is not null && ReferenceEquals(last.Unit, person.Unit) && ReferenceEquals(last.PeerGroup, person.PeerGroup)
                && last.UnitIsOutstanding == person.UnitIsOutstanding;
        }
    }
}
