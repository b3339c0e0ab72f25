using System;
using System.Collections.Immutable;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Rotation;

/// <summary>
/// The share of non-local holders among the key posts of a set of units, against a target: e.g. Thanh Trì, 12 of 16
/// secretaries and 5 of 16 chairs non-local, 17/32 = 53,1%, 3,1 points over a 50% target.
/// </summary>
/// <remarks>Exact: the share is a fraction and the comparison is by cross-multiplication; rounding happens only when
/// formatting. Immutable and thread-safe.</remarks>
public sealed class NonLocalShareReport
{
    internal NonLocalShareReport(int nonLocal, int total, Share target, Citation citation, LocalDate deadline, Citation deadlineCitation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        ArgumentNullException.ThrowIfNull(deadlineCitation);
        Deadline = deadline;
        DeadlineCitation = deadlineCitation;
        NonLocal = nonLocal;
        Total = total;
        Target = target;
        Share = total == 0 ? Share.Zero : Share.Of(nonLocal, total);
        MeetsTarget = total > 0 && Share >= target;
        long numerator = (Share.Numerator * target.Denominator) - (target.Numerator * Share.Denominator);
        Gap = Share.Of(Math.Abs(numerator), Share.Denominator * target.Denominator);
        Citation = citation;
    }

    /// <summary>Gets the number of key posts held by non-local holders.</summary>
    public int NonLocal { get; }

    /// <summary>Gets the number of key posts counted.</summary>
    public int Total { get; }

    /// <summary>Gets the exact share of non-local holders (zero when no post was counted).</summary>
    public Share Share { get; }

    /// <summary>Gets the target share.</summary>
    public Share Target { get; }

    /// <summary>Gets a value indicating whether the share reaches the target (≥); false when no post was counted.</summary>
    public bool MeetsTarget { get; }

    /// <summary>Gets the exact distance between the share and the target, as a share (|share − target|); read it as
    /// percentage points with <see cref="Share.FormatPercent(Language, int)"/>.</summary>
    public Share Gap { get; }

    /// <summary>Gets the clause the target rests on.</summary>
    public Citation Citation { get; }

    /// <summary>Gets the last day on which the target is due (31 December of
    /// <see cref="RotationRegulation.NonLocalDeadlineYear"/>).</summary>
    public LocalDate Deadline { get; }

    /// <summary>Gets the clause the deadline rests on (the province's document when a variant set it).</summary>
    public Citation DeadlineCitation { get; }

    /// <summary>Tells where the share stands against the deadline when counted on a date: met by the deadline (the
    /// deadline day included), still pending, missed, or met but counted after the deadline.</summary>
    /// <param name="date">The date the holders were counted on (<see cref="KeyPostSurvey.Date"/>).</param>
    /// <returns>The progress.</returns>
    public NonLocalProgress ProgressOn(LocalDate date) => (MeetsTarget, date <= Deadline) switch
    {
        (true, true) => NonLocalProgress.MetByDeadline,
        (true, false) => NonLocalProgress.MetAfterDeadline,
        (false, true) => NonLocalProgress.Pending,
        _ => NonLocalProgress.Missed,
    };

    /// <summary>Explains the measure as a finding.</summary>
    /// <returns>The finding: satisfied when the target is reached.</returns>
    public Finding Explain() => new(
        RotationRegulation.NonLocalShareCode,
        RotationMessages.Table.Get(RotationRegulation.NonLocalShareCode),
        Citation,
        Rule.From(MeetsTarget),
        Severity.TargetNotMet,
        [
            FactValue.Of("nonLocal", NonLocal),
            FactValue.Of("total", Total),
            FactValue.Of("share", Share),
            FactValue.Of("target", Target),
            FactValue.Of("gap", Gap),
            FactValue.Of("deadline", Deadline),
        ],
        ImmutableArray<Finding>.Empty);
}
