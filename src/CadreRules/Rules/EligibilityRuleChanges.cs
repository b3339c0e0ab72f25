using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace CadreRules.Rules;

/// <summary>A variant's rule changes applied to a family whose decision is one eligibility rule (all of its conditions):
/// an extra requirement added at the family's one extension point, a named condition replaced or removed wherever it
/// sits. Rotation, appointment and committee membership use it.</summary>
internal static class EligibilityRuleChanges
{
    /// <summary>Applies the changes in order. A change before <paramref name="firstNew"/> comes from the base variant and
    /// was checked when it was made.</summary>
    /// <exception cref="FactConditionException">A change cannot be applied; nothing is.</exception>
    public static Rule<TFacts> Apply<TFacts>(Rule<TFacts> eligibility, ImmutableArray<RuleChange> changes, int firstNew, Citation variant, RegulationId id,
        FactCatalog<TFacts> catalog, string point)
    {
        Rule<TFacts> rule = eligibility;
        for (int i = 0; i < changes.Length; i++)
        {
            int index = i - firstNew;
            RuleChange change = changes[i];
            switch (change.Kind)
            {
                case RuleChangeKind.Add:
                {
                    if (!string.Equals(change.Target, point, StringComparison.Ordinal))
                    {
                        throw new FactConditionException(index, "to", RuleChangeText.OnlyPlace(change.Target, new LocalizedText($"quy định '{id}'", $"'{id}'"), point, new LocalizedText("một yêu cầu mọi trường hợp phải đáp ứng", "a requirement every case must meet")));
                    }

                    RuleDescriptor given = change.Descriptor!;

                    // The decision is one eligibility rule: every requirement in it decides. An advisory requirement
                    // would either decide (and then it is not advisory) or be dropped silently, so it is refused.
                    if (given.Severity != Severity.Violation)
                    {
                        throw new FactConditionException(index, "severity", RuleChangeText.OnlyBindingRequirements(given.Code, id));
                    }

                    if (Codes(rule).Contains(given.Code))
                    {
                        throw new FactConditionException(index, "code", RuleChangeText.CodeTaken(given.Code, id));
                    }

                    var descriptor = new RuleDescriptor(given.Code, given.Text, given.Citation ?? variant, given.Severity, given.Confidence);
                    Rule<TFacts> added = RuleTree.Under(descriptor, change.Build(index, catalog, descriptor));
                    rule = rule is AllOfRule<TFacts> all ? new AllOfRule<TFacts>(all.Descriptor, all.Items.Add(added)) : Rule.AllOf(rule, added);
                    break;
                }

                case RuleChangeKind.Replace:
                {
                    var code = new RuleCode(change.Target);
                    Rule<TFacts> original = rule.Flatten().FirstOrDefault(r => r.Code == code && !IsAnonymous(code)) ?? throw NotARule(index, change.Target, id, rule);
                    var descriptor = new RuleDescriptor(code, change.Descriptor?.Text ?? (change.Condition is { } written ? FactCatalog<TFacts>.Describe(written) : original.Descriptor.Text), change.Descriptor?.Citation ?? variant, original.Descriptor.Severity,
                        change.Descriptor?.Confidence ?? Confidence.Confirmed);
                    int hits = 0;
                    rule = RuleTree.Replace(rule, code, RuleTree.Under(descriptor, change.Build(index, catalog, descriptor)), ref hits);
                    break;
                }

                default:
                {
                    var code = new RuleCode(change.Target);
                    if (IsAnonymous(code) || !rule.Flatten().Any(r => r.Code == code))
                    {
                        throw NotARule(index, change.Target, id, rule);
                    }

                    int hits = 0;
                    RuleCode blockedBy = default;
                    Rule<TFacts>? kept = RuleTree.Remove(rule, code, ref hits, ref blockedBy);
                    if (kept is null || !blockedBy.IsEmpty)
                    {
                        throw new FactConditionException(index, "code", kept is null ? RuleChangeText.WholeEligibility(code, id) : RuleChangeText.NotRemovable(code, blockedBy));
                    }

                    rule = kept;
                    break;
                }
            }
        }

        return rule;
    }

    private static FactConditionException NotARule<TFacts>(int index, string target, RegulationId id, Rule<TFacts> rule) =>
        new(index, "code", RuleChangeText.NotARule(target, id, Codes(rule).Select(c => c.Value)));

    private static IEnumerable<RuleCode> Codes<TFacts>(Rule<TFacts> rule) => rule.Flatten().Select(r => r.Code).Where(c => !IsAnonymous(c)).Distinct();

    /// <summary>The codes of unnamed compositions and constants, shared by every rule of their kind: not a rule one can name.</summary>
    internal static bool IsAnonymous(RuleCode code) =>
        code == Rule.AllOfCode || code == Rule.AnyOfCode || code == Rule.NotCode || code == Rule.ExceptionCode
        || code.Value is "always" or "never" or "not-applicable";
}
