using System;
using System.Collections.Immutable;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Planning;

/// <summary>What a planning report says about one title: who is planned for it, the bounds that apply, and the findings
/// about the number of candidates.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TitlePlanningReport
{
    internal TitlePlanningReport(PlanningTitle title, ImmutableArray<CadreId> candidates, int eligibleCount, int minimum, int advisedMinimum, int maximum, ImmutableArray<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(title);
        Title = title;
        Candidates = candidates;
        EligibleCount = eligibleCount;
        Minimum = minimum;
        AdvisedMinimum = advisedMinimum;
        Maximum = maximum;
        Findings = findings;
    }

    /// <summary>Gets the title.</summary>
    public PlanningTitle Title { get; }

    /// <summary>Gets the cadres planned for the title, ordered by id.</summary>
    public ImmutableArray<CadreId> Candidates { get; }

    /// <summary>Gets how many of them have no violation of their own, on any title (the count checked against the minimum).</summary>
    public int EligibleCount { get; }

    /// <summary>Gets the fewest candidates required (0 when there is no minimum).</summary>
    public int Minimum { get; }

    /// <summary>Gets the number of eligible candidates the regulation advises for a leadership title (0 when it advises
    /// none, or for other titles): fewer than this and at least <see cref="Minimum"/> is an advisory finding, not a
    /// violation (e.g. QĐ 377's 3 for one seat; see the parameter <c>candidates.advisedMinimumPerTitle</c>).</summary>
    public int AdvisedMinimum { get; }

    /// <summary>Gets the most candidates allowed (the count of everyone listed is checked against it).</summary>
    public int Maximum { get; }

    /// <summary>Gets the findings that are not satisfied (violations, advisory findings), in a fixed order.</summary>
    public ImmutableArray<Finding> Findings { get; }
}
