using System.Collections.Generic;
using CadreRules.Planning;
using NodaTime;

namespace CadreRules.Documents;

// Expected outcomes of the evaluation, planning, rotation and appointment case kinds (internal; several per file).
// Facts reuse the document shapes: an evaluation document, a planning list, one rotation or appointment request.

/// <summary>Expected outcome of an <c>evaluation</c> case; at least one field.</summary>
internal sealed class EvaluationExpectedJson
{
    /// <summary>Per person id: the outcome after the quota (<c>excellent</c>, <c>good</c>, <c>complete</c>,
    /// <c>notComplete</c>, <c>notRated</c>, <c>undetermined</c>).</summary>
    public Dictionary<string, string>? Outcomes { get; set; }

    /// <summary>Per person id: the outcome before the quota.</summary>
    public Dictionary<string, string>? Qualified { get; set; }

    /// <summary>Per outcome: how many people end with it after the quota.</summary>
    public Dictionary<string, int>? Counts { get; set; }
}

/// <summary>Expected outcome of a <c>planning</c> case; at least one field.</summary>
internal sealed class PlanningExpectedJson
{
    public int? Violations { get; set; }

    /// <summary>Per candidate id: eligible (no violation of their own).</summary>
    public Dictionary<string, bool>? Eligible { get; set; }

    /// <summary>Per level/group (<c>commune</c> or <c>commune/group</c>): the women's share as printed in Vietnamese, e.g. <c>41,5%</c>.</summary>
    public Dictionary<string, string>? WomenShare { get; set; }

    /// <summary>Per level/group: the young cadres' share as printed in Vietnamese.</summary>
    public Dictionary<string, string>? YoungShare { get; set; }

    /// <summary>Per level/group: the ethnic-minority cadres' share as printed in Vietnamese.</summary>
    public Dictionary<string, string>? EthnicMinorityShare { get; set; }

    /// <summary>Per title id: <c>withinBounds</c>, <c>tooFew</c>, <c>tooMany</c> or <c>tooFewAndTooMany</c>.</summary>
    public Dictionary<string, PlanningTitleStatus>? TitleStatus { get; set; }

    /// <summary>Per title id, the advised minimum of eligible candidates (<see cref="Planning.TitlePlanningReport.AdvisedMinimum"/>).</summary>
    public Dictionary<string, int>? AdvisedMinimum { get; set; }

    /// <summary>Per title id, how many of its candidates are eligible (<see cref="Planning.TitlePlanningReport.EligibleCount"/>).</summary>
    public Dictionary<string, int>? EligibleCount { get; set; }
}

/// <summary>Expected outcome of a <c>rotation</c> or <c>appointment</c> case; at least one field.</summary>
internal sealed class EligibilityExpectedJson
{
    /// <summary><c>eligible</c> or <c>notEligible</c>.</summary>
    public string? Outcome { get; set; }

    public int? MonthsLeft { get; set; }
}

/// <summary>Expected outcome of a <c>review</c> case; at least one field.</summary>
internal sealed class ReviewExpectedJson
{
    /// <summary>Per cadre id, per title id: <c>kept</c>, <c>removed</c>, <c>added</c> or <c>refused</c>.</summary>
    public Dictionary<string, Dictionary<string, PlanningReviewOutcome>>? Outcomes { get; set; }

    public ReviewCountsJson? Counts { get; set; }

    public YearMonth? AgeMonth { get; set; }
}

/// <summary>How many entries of each outcome a review gives.</summary>
internal sealed class ReviewCountsJson
{
    public int? Kept { get; set; }

    public int? Removed { get; set; }

    public int? Added { get; set; }

    public int? Refused { get; set; }
}
