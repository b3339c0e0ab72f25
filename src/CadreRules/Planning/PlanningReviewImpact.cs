using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.Impact;
using CadreRules.People;
using CadreRules.Rules;
using CadreRules.Standards;

namespace CadreRules.Planning;

/// <summary>
/// The impact of a rule change on an annual planning review (rà soát quy hoạch): the same review input run on two sides
/// (e.g. QĐ 50 and QĐ 377 chosen by id, or the shipped catalogue and a province's variant), compared entry by entry.
/// </summary>
/// <remarks>
/// <para>Each entry of last year's list and each proposed addition is one subject (a cadre planned for two titles is
/// two subjects): the id and name are the cadre's, the group is the title's id, the outcome is the
/// <see cref="PlanningReviewOutcome"/>, and the rule codes are those of the reasons (none for an entry kept or an
/// addition made). Subjects are ordered as the list's entries by title id then cadre id, then the additions in the same
/// order. One planning regulation applies to the whole review, chosen on the review date for
/// <see cref="SubjectKind.Cadre"/>.</para>
/// <para>Thread-safe: the methods are pure.</para>
/// </remarks>
public static class PlanningReviewImpact
{
    /// <summary>Runs a review with the planning regulation a side applies on the review date, and the title standards the
    /// side's catalogue has in force then (for the proposed additions).</summary>
    /// <param name="input">The review's input.</param>
    /// <param name="side">The side.</param>
    /// <returns>The review.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RegulationNotFoundException">The side has no planning regulation for the review date.</exception>
    /// <exception cref="PlanningListException">The input is refused by the review (see <see cref="PlanningRegulation.Review(PlanningReviewInput)"/>).</exception>
    public static PlanningReview Review(PlanningReviewInput input, ImpactSide side)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(side);
        return side.Resolve<PlanningRegulation>(RegulationTopic.Planning, SubjectKind.Cadre, input.ReviewDate).Review(input, TitleStandardsRegulation.InForce(side.Catalog, input.ReviewDate));
    }

    /// <summary>Runs the review on two sides and compares the outcomes.</summary>
    /// <param name="input">The review's input.</param>
    /// <param name="before">The side before the change.</param>
    /// <param name="after">The side after the change.</param>
    /// <returns>The impact, one subject per entry and per proposed addition, grouped by title.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RegulationNotFoundException">A side has no planning regulation for the review date.</exception>
    /// <exception cref="PlanningListException">The input is refused by the review.</exception>
    public static RuleChangeImpact<PlanningReviewOutcome> Compare(PlanningReviewInput input, ImpactSide before, ImpactSide after)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return RuleChangeImpact<PlanningReviewOutcome>.Compare(Subjects(input, Review(input, before)), Subjects(input, Review(input, after)));
    }

    /// <summary>Gets a review's answers as impact subjects: the list's entries (kept or removed), then the proposed
    /// additions (added or refused), each part ordered by title id then cadre id.</summary>
    /// <param name="input">The review's input (for the cadres' names).</param>
    /// <param name="review">The review of that input.</param>
    /// <returns>The subjects.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IEnumerable<ImpactSubject<PlanningReviewOutcome>> Subjects(PlanningReviewInput input, PlanningReview review)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(review);
        var names = new Dictionary<CadreId, string?>();
        foreach (PlanningCandidate candidate in input.Plan.Candidates.Concat(input.CurrentFacts))
        {
            names[candidate.Id] = candidate.Cadre.Name;
        }

        IEnumerable<(PlanningEntry Entry, PlanningReviewOutcome Outcome, ImmutableArray<RuleCode> Codes)> listed =
            review.Kept.Select(e => (e, PlanningReviewOutcome.Kept, ImmutableArray<RuleCode>.Empty))
                .Concat(review.Removed.Select(i => (i.Entry, PlanningReviewOutcome.Removed, Codes(i.Reasons))));
        IEnumerable<(PlanningEntry Entry, PlanningReviewOutcome Outcome, ImmutableArray<RuleCode> Codes)> proposed =
            review.Added.Select(e => (e, PlanningReviewOutcome.Added, ImmutableArray<RuleCode>.Empty))
                .Concat(review.Refused.Select(i => (i.Entry, PlanningReviewOutcome.Refused, Codes(i.Reasons))));
        return [.. Ordered(listed).Concat(Ordered(proposed)).Select(a =>
            new ImpactSubject<PlanningReviewOutcome>(a.Entry.CadreId, names.GetValueOrDefault(a.Entry.CadreId), a.Entry.TitleId, a.Outcome, a.Codes, review.Regulation.Id))];
    }

    private static IEnumerable<(PlanningEntry Entry, PlanningReviewOutcome Outcome, ImmutableArray<RuleCode> Codes)> Ordered(
        IEnumerable<(PlanningEntry Entry, PlanningReviewOutcome Outcome, ImmutableArray<RuleCode> Codes)> answers) =>
        answers.OrderBy(a => a.Entry.TitleId, StringComparer.Ordinal).ThenBy(a => a.Entry.CadreId);

    private static ImmutableArray<RuleCode> Codes(ImmutableArray<Finding> findings) => [.. findings.Select(f => f.Code).Distinct()];
}
