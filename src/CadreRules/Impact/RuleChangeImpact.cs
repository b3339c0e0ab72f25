using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using CadreRules.Rules;

namespace CadreRules.Impact;

/// <summary>
/// The impact of a rule change on a population: the same subjects answered under two catalogues (the shipped rules and a
/// province's variant, or two regulation selections), compared subject by subject. Lists who changes and why (the rule
/// codes that differ), and aggregates: the transition matrix of outcomes, a line per group and a line per rule code.
/// </summary>
/// <typeparam name="TOutcome">The family's outcome (e.g. <c>EvaluationOutcome</c>); ordered by its default comparer in
/// the matrix.</typeparam>
/// <remarks>
/// <para>Built in one pass over the two sides in step; only the changes and the aggregates are kept. A population
/// compared with itself has no change; comparing the sides the other way round swaps every before and after
/// (<see cref="Reverse"/>).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class RuleChangeImpact<TOutcome>
    where TOutcome : notnull
{
    private RuleChangeImpact(int total, ImmutableArray<ImpactChange<TOutcome>> changes, ImmutableArray<ImpactTransition<TOutcome>> transitions, ImmutableArray<ImpactGroup> groups, ImmutableArray<ImpactRuleCode> ruleCodes)
    {
        Total = total;
        Changes = changes;
        Transitions = transitions;
        Groups = groups;
        RuleCodes = ruleCodes;
        int outcomes = 0;
        foreach (ImpactChange<TOutcome> change in changes)
        {
            outcomes += change.OutcomeChanged ? 1 : 0;
        }

        OutcomesChanged = outcomes;
    }

    /// <summary>Gets how many subjects were compared.</summary>
    public int Total { get; }

    /// <summary>Gets the subjects whose outcome, regulation or rule codes differ, in population order.</summary>
    public ImmutableArray<ImpactChange<TOutcome>> Changes { get; }

    /// <summary>Gets how many subjects change outcome.</summary>
    public int OutcomesChanged { get; }

    /// <summary>Gets the transition matrix: every (before, after) pair with at least one subject, the diagonal included,
    /// ordered by before then after.</summary>
    public ImmutableArray<ImpactTransition<TOutcome>> Transitions { get; }

    /// <summary>Gets a line per group, ordered by group (ordinal).</summary>
    public ImmutableArray<ImpactGroup> Groups { get; }

    /// <summary>Gets a line per rule code behind some answer on either side, ordered by code (ordinal).</summary>
    public ImmutableArray<ImpactRuleCode> RuleCodes { get; }

    /// <summary>Gets a value indicating whether nothing differs between the two sides.</summary>
    public bool IsEmpty => Changes.IsEmpty;

    /// <summary>Compares the answers of one population on two sides.</summary>
    /// <param name="before">The answers before the change, one per subject.</param>
    /// <param name="after">The answers after the change, for the same subjects in the same order.</param>
    /// <returns>The impact.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="before"/> or <paramref name="after"/> is null.</exception>
    /// <exception cref="ArgumentException">The two sides have different lengths, or a position holds two different
    /// subjects, or one subject in two different groups.</exception>
    public static RuleChangeImpact<TOutcome> Compare(IEnumerable<ImpactSubject<TOutcome>> before, IEnumerable<ImpactSubject<TOutcome>> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = ImmutableArray.CreateBuilder<ImpactChange<TOutcome>>();
        var transitions = new Dictionary<(TOutcome, TOutcome), int>();
        var groups = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var codes = new Dictionary<RuleCode, int[]>();
        EqualityComparer<TOutcome> same = EqualityComparer<TOutcome>.Default;
        int index = 0;
        using IEnumerator<ImpactSubject<TOutcome>> a = before.GetEnumerator();
        using IEnumerator<ImpactSubject<TOutcome>> b = after.GetEnumerator();
        while (true)
        {
            bool hasA = a.MoveNext(), hasB = b.MoveNext();
            if (hasA != hasB)
            {
                throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture, $"The two sides differ in length: one ends after {index} subjects and the other does not."), hasA ? nameof(after) : nameof(before));
            }

            if (!hasA)
            {
                break;
            }

            ImpactSubject<TOutcome> x = a.Current, y = b.Current;
            if (x.Id != y.Id)
            {
                throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture, $"Position {index} holds '{x.Id}' before and '{y.Id}' after: the sides must list the same subjects in the same order."), nameof(after));
            }

            ArgumentNullException.ThrowIfNull(x.Group, nameof(before));
            ArgumentNullException.ThrowIfNull(y.Group, nameof(after));
            if (!string.Equals(x.Group, y.Group, StringComparison.Ordinal))
            {
                // Counted under one group only, the impact could not be reversed (see Reverse).
                throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture, $"Position {index}: '{x.Id}' is in group '{x.Group}' before and '{y.Group}' after: a subject keeps its group on both sides."), nameof(after));
            }

            Count(transitions, (x.Outcome, y.Outcome));
            foreach (RuleCode code in x.Codes)
            {
                CodeLine(codes, code)[0]++;
            }

            foreach (RuleCode code in y.Codes)
            {
                CodeLine(codes, code)[1]++;
            }

            if (!groups.TryGetValue(x.Group, out int[]? line))
            {
                line = new int[3];
                groups.Add(x.Group, line);
            }

            line[0]++;
            bool outcomeChanged = !same.Equals(x.Outcome, y.Outcome);
            ImmutableArray<RuleCode> removed = Except(x.Codes, y.Codes), added = Except(y.Codes, x.Codes);
            if (outcomeChanged || x.Regulation != y.Regulation || !removed.IsEmpty || !added.IsEmpty)
            {
                line[1] += outcomeChanged ? 1 : 0;
                line[2]++;
                changes.Add(new ImpactChange<TOutcome>(index, x.Id, x.Name ?? y.Name, x.Group, x.Outcome, y.Outcome, x.Regulation, y.Regulation, removed, added));
            }

            index++;
        }

        var matrix = new List<ImpactTransition<TOutcome>>(transitions.Count);
        foreach (KeyValuePair<(TOutcome Before, TOutcome After), int> cell in transitions)
        {
            matrix.Add(new ImpactTransition<TOutcome>(cell.Key.Before, cell.Key.After, cell.Value));
        }

        Comparer<TOutcome> order = Comparer<TOutcome>.Default;
        matrix.Sort((p, q) => order.Compare(p.Before, q.Before) is var c and not 0 ? c : order.Compare(p.After, q.After));
        var groupLines = new List<ImpactGroup>(groups.Count);
        foreach (KeyValuePair<string, int[]> g in groups)
        {
            groupLines.Add(new ImpactGroup(g.Key, g.Value[0], g.Value[1], g.Value[2]));
        }

        groupLines.Sort((p, q) => string.CompareOrdinal(p.Group, q.Group));
        var codeLines = new List<ImpactRuleCode>(codes.Count);
        foreach (KeyValuePair<RuleCode, int[]> c in codes)
        {
            codeLines.Add(new ImpactRuleCode(c.Key, c.Value[0], c.Value[1]));
        }

        codeLines.Sort((p, q) => string.CompareOrdinal(p.Code.Value, q.Code.Value));
        return new RuleChangeImpact<TOutcome>(index, changes.ToImmutable(), [.. matrix], [.. groupLines], [.. codeLines]);
    }

    /// <summary>Gets the impact of the change the other way round: every before and after swapped.</summary>
    /// <returns>The reversed impact (equal to comparing the sides in the other order; a changed subject's name is the
    /// one before, or after when there is none before, so it is equal when each subject has one name).</returns>
    public RuleChangeImpact<TOutcome> Reverse()
    {
        var changes = ImmutableArray.CreateBuilder<ImpactChange<TOutcome>>(Changes.Length);
        foreach (ImpactChange<TOutcome> c in Changes)
        {
            changes.Add(new ImpactChange<TOutcome>(c.Index, c.Id, c.Name, c.Group, c.After, c.Before, c.AfterRegulation, c.BeforeRegulation, c.Added, c.Removed));
        }

        var matrix = new List<ImpactTransition<TOutcome>>(Transitions.Length);
        foreach (ImpactTransition<TOutcome> t in Transitions)
        {
            matrix.Add(new ImpactTransition<TOutcome>(t.After, t.Before, t.Count));
        }

        Comparer<TOutcome> order = Comparer<TOutcome>.Default;
        matrix.Sort((p, q) => order.Compare(p.Before, q.Before) is var c and not 0 ? c : order.Compare(p.After, q.After));
        var codes = ImmutableArray.CreateBuilder<ImpactRuleCode>(RuleCodes.Length);
        foreach (ImpactRuleCode c in RuleCodes)
        {
            codes.Add(new ImpactRuleCode(c.Code, c.After, c.Before));
        }

        return new RuleChangeImpact<TOutcome>(Total, changes.MoveToImmutable(), [.. matrix], Groups, codes.MoveToImmutable());
    }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Total} compared, {OutcomesChanged} change outcome, {Changes.Length} differ");

    private static void Count(Dictionary<(TOutcome, TOutcome), int> cells, (TOutcome, TOutcome) key) =>
        cells[key] = cells.TryGetValue(key, out int n) ? n + 1 : 1;

    private static int[] CodeLine(Dictionary<RuleCode, int[]> codes, RuleCode code)
    {
        if (!codes.TryGetValue(code, out int[]? line))
        {
            line = new int[2];
            codes.Add(code, line);
        }

        return line;
    }

    private static ImmutableArray<RuleCode> Except(ImmutableArray<RuleCode> from, ImmutableArray<RuleCode> without)
    {
        ImmutableArray<RuleCode>.Builder? kept = null;
        foreach (RuleCode code in from)
        {
            if (!without.Contains(code))
            {
                (kept ??= ImmutableArray.CreateBuilder<RuleCode>()).Add(code);
            }
        }

        return kept?.ToImmutable() ?? [];
    }
}
