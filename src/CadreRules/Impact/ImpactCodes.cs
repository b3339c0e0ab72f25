using System.Collections.Generic;
using System.Collections.Immutable;
using CadreRules.Rules;

namespace CadreRules.Impact;

/// <summary>The rule codes an impact adapter records for an eligibility verdict.</summary>
internal static class ImpactCodes
{
    /// <summary>The codes behind an eligibility answer: when it is not satisfied, the conditions that fail (the leaves
    /// of the explanation that are not satisfied, in order, once each); when it is, the root's code followed by the
    /// exceptions that applied (e.g. a special case decided by the competent level).</summary>
    public static ImmutableArray<RuleCode> Deciding(Finding root, IReadOnlyCollection<RuleCode> exceptions)
    {
        var codes = ImmutableArray.CreateBuilder<RuleCode>();
        if (root.Status == FindingStatus.NotSatisfied)
        {
            Failing(root, codes);
        }
        else
        {
            codes.Add(root.Code);
            Applied(root, exceptions, codes);
        }

        return codes.ToImmutable();
    }

    private static void Failing(Finding finding, ImmutableArray<RuleCode>.Builder codes)
    {
        bool child = false;
        foreach (Finding c in finding.Children)
        {
            if (c.Status == FindingStatus.NotSatisfied)
            {
                child = true;
                Failing(c, codes);
            }
        }

        if (!child && !codes.Contains(finding.Code))
        {
            codes.Add(finding.Code);
        }
    }

    private static void Applied(Finding finding, IReadOnlyCollection<RuleCode> exceptions, ImmutableArray<RuleCode>.Builder codes)
    {
        foreach (Finding c in finding.Children)
        {
            if (c.Status == FindingStatus.Satisfied && c.Children.IsEmpty && !codes.Contains(c.Code) && Contains(exceptions, c.Code))
            {
                codes.Add(c.Code);
            }

            Applied(c, exceptions, codes);
        }
    }

    private static bool Contains(IReadOnlyCollection<RuleCode> codes, RuleCode code)
    {
        foreach (RuleCode c in codes)
        {
            if (c == code)
            {
                return true;
            }
        }

        return false;
    }
}
