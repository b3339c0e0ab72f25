using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Documents;

/// <summary>
/// One rotation or appointment request's answer, as <see cref="CadreResultJson.WriteRequests"/> writes it: who, the
/// regulation applied, eligible or not, the months of service left and the whole explanation.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class RequestAnswer
{
    /// <summary>Initializes a new instance of the <see cref="RequestAnswer"/> class.</summary>
    /// <param name="cadre">The cadre the request is about.</param>
    /// <param name="regulation">The regulation applied.</param>
    /// <param name="eligible">Whether the cadre is eligible.</param>
    /// <param name="monthsLeft">The months of service left (at the start of the rotation, or at the appointment).</param>
    /// <param name="explanation">The verdict's whole explanation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cadre"/>, <paramref name="regulation"/> or
    /// <paramref name="explanation"/> is null.</exception>
    public RequestAnswer(Cadre cadre, RegulationReference regulation, bool eligible, int monthsLeft, Finding explanation)
    {
        ArgumentNullException.ThrowIfNull(cadre);
        ArgumentNullException.ThrowIfNull(regulation);
        ArgumentNullException.ThrowIfNull(explanation);
        Cadre = cadre;
        Regulation = regulation;
        Eligible = eligible;
        MonthsLeft = monthsLeft;
        Explanation = explanation;
        Reasons = NotMet(explanation);
    }

    /// <summary>Gets the cadre the request is about.</summary>
    public Cadre Cadre { get; }

    /// <summary>Gets the regulation applied.</summary>
    public RegulationReference Regulation { get; }

    /// <summary>Gets a value indicating whether the cadre is eligible.</summary>
    public bool Eligible { get; }

    /// <summary>Gets the months of service left.</summary>
    public int MonthsLeft { get; }

    /// <summary>Gets the verdict's whole explanation.</summary>
    public Finding Explanation { get; }

    /// <summary>Gets the reasons for "not eligible": the leaves of the explanation that are not satisfied
    /// (<see cref="NotMet"/>); empty when the explanation is satisfied.</summary>
    public ImmutableArray<Finding> Reasons { get; }

    /// <summary>Gets the leaves of an explanation that are not satisfied, in order: the finding itself when none of its
    /// children is unsatisfied, and nothing when it is satisfied or not applicable.</summary>
    /// <param name="explanation">An explanation.</param>
    /// <returns>The unsatisfied leaves.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="explanation"/> is null.</exception>
    public static ImmutableArray<Finding> NotMet(Finding explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        return [.. Failing(explanation)];
    }

    private static IEnumerable<Finding> Failing(Finding finding)
    {
        if (finding.Status != FindingStatus.NotSatisfied)
        {
            return [];
        }

        IEnumerable<Finding> children = finding.Children.SelectMany(Failing);
        return children.Any() ? children : [finding];
    }
}
