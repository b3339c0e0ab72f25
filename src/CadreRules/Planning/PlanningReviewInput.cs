using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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

    /// <summary>Gets the list as it stands after a review of this input: the entries kept and added, each candidate with
    /// this year's facts (the list's own when none are given), and last year's date, term, titles and age month.</summary>
    /// <remarks>Validate it with <see cref="PlanningRegulation.Validate(PlanningList)"/> to see each title's candidates and
    /// the structure shares once the review is applied.</remarks>
    /// <param name="review">The review of this input (<see cref="PlanningRegulation.Review(PlanningReviewInput)"/>).</param>
    /// <returns>The reviewed list; only candidates with an entry are in it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is null.</exception>
    /// <exception cref="PlanningListException">The review names a cadre or title this input does not have (it is the
    /// review of another input).</exception>
    public PlanningList Reviewed(PlanningReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var facts = new Dictionary<People.CadreId, PlanningCandidate>();
        foreach (PlanningCandidate candidate in Plan.Candidates)
        {
            facts[candidate.Id] = candidate;
        }

        foreach (PlanningCandidate candidate in CurrentFacts)
        {
            facts[candidate.Id] = candidate;
        }

        PlanningEntry[] entries = [.. review.Kept, .. review.Added];
        var planned = new HashSet<People.CadreId>(entries.Select(e => e.CadreId));
        var candidates = new List<PlanningCandidate>();
        foreach (People.CadreId id in planned.OrderBy(id => id))
        {
            candidates.Add(facts.TryGetValue(id, out PlanningCandidate? candidate)
                ? candidate
                : throw new PlanningListException(id.Value, nameof(review), $"The review names a cadre '{id}' this input has no facts for."));
        }

        return Plan.With(Plan.Titles, candidates, entries);
    }
}
