using System;
using System.Collections.Immutable;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Planning;

/// <summary>
/// The result of an annual review (rà soát, bổ sung quy hoạch) of last year's planning list with this year's facts:
/// which entries must leave the plan and why, which proposed additions may be made, and which may not.
/// </summary>
/// <remarks>Entries are ordered by title id then cadre id. Immutable and thread-safe.</remarks>
public sealed class PlanningReview
{
    internal PlanningReview(RegulationReference regulation, LocalDate reviewDate, YearMonth ageMonth, ImmutableArray<PlanningEntry> kept, ImmutableArray<PlanningReviewItem> removed, ImmutableArray<PlanningEntry> added, ImmutableArray<PlanningReviewItem> refused)
    {
        ArgumentNullException.ThrowIfNull(regulation);
        Regulation = regulation;
        ReviewDate = reviewDate;
        AgeMonth = ageMonth;
        Kept = kept;
        Removed = removed;
        Added = added;
        Refused = refused;
    }

    /// <summary>Gets the regulation applied.</summary>
    public RegulationReference Regulation { get; }

    /// <summary>Gets the title standards the proposed additions were checked against, or <see langword="null"/> when
    /// they were not checked (none given, or the regulation does not make them a planning condition).</summary>
    public Standards.TitleStandardsRegulation? TitleStandards { get; internal init; }

    /// <summary>Gets the review date.</summary>
    public LocalDate ReviewDate { get; }

    /// <summary>Gets the month at which months of service left were counted: the list's age-reference month while its
    /// term has not started, else the review month (HĐ 45-HD/BTCTW mục II.5.2).</summary>
    public YearMonth AgeMonth { get; }

    /// <summary>Gets the entries that stay.</summary>
    public ImmutableArray<PlanningEntry> Kept { get; }

    /// <summary>Gets the entries that must leave the plan, with the reasons.</summary>
    public ImmutableArray<PlanningReviewItem> Removed { get; }

    /// <summary>Gets the proposed additions that may be made.</summary>
    public ImmutableArray<PlanningEntry> Added { get; }

    /// <summary>Gets the proposed additions that may not be made, with the reasons.</summary>
    public ImmutableArray<PlanningReviewItem> Refused { get; }
}
