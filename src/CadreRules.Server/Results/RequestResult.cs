using System.Collections.Generic;
using System.Linq;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Server.Results;

/// <summary>One rotation or appointment request's answer: who, the regulation, eligible or not, the months of service
/// left and the whole explanation.</summary>
internal sealed record RequestResult(Cadre Cadre, RegulationReference Regulation, bool Eligible, int MonthsLeft, Finding Explanation)
{
    /// <summary>The leaves of the explanation that are not satisfied (the reasons for "not eligible").</summary>
    public IEnumerable<Finding> Reasons => Failing(Explanation);

    public static IEnumerable<Finding> Failing(Finding finding)
    {
        if (finding.Status != FindingStatus.NotSatisfied)
        {
            return [];
        }

        IEnumerable<Finding> children = finding.Children.SelectMany(Failing);
        return children.Any() ? children : [finding];
    }
}
