using System.Collections.Immutable;
using CadreRules.Rules;

namespace CadreRules.Planning;

/// <summary>An entry removed from, or refused for, a planning list at an annual review, with the findings that decided it.</summary>
/// <param name="Entry">The entry.</param>
/// <param name="Reasons">The findings not satisfied, each with its code and citation.</param>
public sealed record PlanningReviewItem(PlanningEntry Entry, ImmutableArray<Finding> Reasons);
