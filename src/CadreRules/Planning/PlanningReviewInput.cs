using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;

namespace CadreRules.Planning;

/// <summary>
/// What an annual planning review (rà soát, bổ sung quy hoạch) reads: last year's list, the review date, this year's
/// facts and the proposed additions, as one value (the review document's content; the input of
/// <see cref="PlanningRegulation.Review(PlanningReviewInput)"/> and of the review's impact adapter).
/// </summary>
/// <remarks>Construction only checks for nulls: the review itself refuses a review date before the list's date,
/// two facts for one cadre and additions naming an unknown title or cadre, with a <see cref="PlanningListException"/>.
/// Immutable and thread-safe.</remarks>
public sealed class PlanningReviewInput
{
    /// <summary>Creates the input of a review.</summary>
    /// <param name="plan">Last year's list.</param>
    /// <param name="reviewDate">The review date (on or after the list's date).</param>
    /// <param name="currentFacts">This year's facts, replacing the list's candidates with the same id and adding the new
    /// candidates of <paramref name="proposedAdditions"/>; <see langword="null"/> for none.</param>
    /// <param name="proposedAdditions">The entries proposed for addition; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> or an item of a collection is null.</exception>
    public PlanningReviewInput(PlanningList plan, LocalDate reviewDate, IEnumerable<PlanningCandidate>? currentFacts = null, IEnumerable<PlanningEntry>? proposedAdditions = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var facts = ImmutableArray.CreateBuilder<PlanningCandidate>();
        foreach (PlanningCandidate candidate in currentFacts ?? [])
        {
            ArgumentNullException.ThrowIfNull(candidate, nameof(currentFacts));
            facts.Add(candidate);
        }

        Plan = plan;
        ReviewDate = reviewDate;
        CurrentFacts = facts.ToImmutable();
        ProposedAdditions = [.. proposedAdditions ?? []];
    }

    /// <summary>Gets last year's list.</summary>
    public PlanningList Plan { get; }

    /// <summary>Gets the review date.</summary>
    public LocalDate ReviewDate { get; }

    /// <summary>Gets this year's facts, in the order given.</summary>
    public ImmutableArray<PlanningCandidate> CurrentFacts { get; }

    /// <summary>Gets the proposed additions, in the order given.</summary>
    public ImmutableArray<PlanningEntry> ProposedAdditions { get; }
}
