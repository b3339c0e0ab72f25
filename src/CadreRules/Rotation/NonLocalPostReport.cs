using System;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Rotation;

/// <summary>
/// The non-local share of one post kind at one level (e.g. the commune party secretaries of a survey), against the
/// target and deadline the regulation sets for it, if any (<see cref="RotationRegulation.MeasureNonLocalByPost"/>).
/// </summary>
/// <remarks>Exact: the share is a fraction and the comparison is by cross-multiplication. A post without a target has
/// <see cref="Target"/>, <see cref="Deadline"/>, <see cref="MeetsTarget"/> and <see cref="ProgressOn(LocalDate)"/> all
/// <see langword="null"/>: nothing is said about its schedule. Immutable and thread-safe.</remarks>
public sealed class NonLocalPostReport
{
    internal NonLocalPostReport(KeyPostKind kind, OrganisationalLevel level, int nonLocal, int total, Share? target, LocalDate? deadline, Citation? citation, NonLocalNoTarget? noTarget = null)
    {
        NoTarget = target is null ? noTarget ?? NonLocalNoTarget.EncouragedOnly : null;
        Kind = kind;
        Level = level;
        NonLocal = nonLocal;
        Total = total;
        Share = total == 0 ? null : Rules.Share.Of(nonLocal, total);
        Target = target;
        Deadline = deadline;
        Citation = citation;
    }

    /// <summary>Gets why the post has no target, or <see langword="null"/> when it has one.</summary>
    public NonLocalNoTarget? NoTarget { get; }

    /// <summary>Gets the post kind.</summary>
    public KeyPostKind Kind { get; }

    /// <summary>Gets the level of the units.</summary>
    public OrganisationalLevel Level { get; }

    /// <summary>Gets the number of these posts held by non-local holders.</summary>
    public int NonLocal { get; }

    /// <summary>Gets the number of these posts counted: the denominator.</summary>
    public int Total { get; }

    /// <summary>Gets the exact share <see cref="NonLocal"/>/<see cref="Total"/>, or <see langword="null"/> when none was counted.</summary>
    public Share? Share { get; }

    /// <summary>Gets the target share, or <see langword="null"/> when the regulation sets none for this post and level.</summary>
    public Share? Target { get; }

    /// <summary>Gets the last day the target is due (31 December of its deadline year), or <see langword="null"/>.</summary>
    public LocalDate? Deadline { get; }

    /// <summary>Gets the clause the target rests on (the province's document when a variant set it), or <see langword="null"/>.</summary>
    public Citation? Citation { get; }

    /// <summary>Gets whether the share reaches the target (≥, exactly), or <see langword="null"/> without a target.</summary>
    public bool? MeetsTarget => Target is { } target ? Total > 0 && target.IsReachedBy(NonLocal, Total) : null;

    /// <summary>Gets how many more non-local holders the target needs, the posts unchanged (⌈target × total⌉ −
    /// non-local, at least 0), or <see langword="null"/> without a target.</summary>
    public long? Shortfall => Target is { } target ? Math.Max(0, target.CeilingOf(Total) - NonLocal) : null;

    /// <summary>Tells where the share stands against the deadline when counted on a date: met by the deadline (ahead of
    /// schedule, the deadline day included), pending, missed (behind schedule), met after the deadline; or
    /// <see langword="null"/> without a target.</summary>
    /// <param name="date">The date the holders were counted on.</param>
    /// <returns>The progress, or <see langword="null"/>.</returns>
    public NonLocalProgress? ProgressOn(LocalDate date) => (MeetsTarget, Deadline) switch
    {
        (true, { } d) => date <= d ? NonLocalProgress.MetByDeadline : NonLocalProgress.MetAfterDeadline,
        (false, { } d) => date <= d ? NonLocalProgress.Pending : NonLocalProgress.Missed,
        _ => null,
    };
}
