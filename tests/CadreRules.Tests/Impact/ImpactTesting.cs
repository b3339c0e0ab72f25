using System.Globalization;
using System.Linq;
using CadreRules.Impact;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Tests.Impact;

/// <summary>Shared helpers of the family impact tests: a text form of an impact (equal impacts, equal texts), the empty
/// check, and the sides used by the properties.</summary>
internal static class ImpactTesting
{
    public static string Describe<TOutcome>(RuleChangeImpact<TOutcome> impact)
        where TOutcome : notnull => string.Join(
        "\n",
        [
            string.Create(CultureInfo.InvariantCulture, $"{impact.Total} {impact.OutcomesChanged} {impact.IsEmpty}"),
            .. impact.Changes.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Index} {c.Id} {c.Name} {c.Group} {c.Before}>{c.After} {c.BeforeRegulation}>{c.AfterRegulation} -{string.Join(",", c.Removed)} +{string.Join(",", c.Added)} {c.OutcomeChanged}")),
            .. impact.Transitions.Select(t => t.ToString()),
            .. impact.Groups.Select(g => g.ToString()),
            .. impact.RuleCodes.Select(c => c.ToString()),
        ]);

    public static bool IsEmptyImpact<TOutcome>(RuleChangeImpact<TOutcome> impact, int total)
        where TOutcome : notnull =>
        impact.IsEmpty
        && impact.Total == total
        && impact.OutcomesChanged == 0
        && impact.Transitions.All(t => Equals(t.Before, t.After))
        && impact.Transitions.Sum(t => t.Count) == total
        && impact.Groups.All(g => g.Changed == 0 && g.OutcomesChanged == 0)
        && impact.Groups.Sum(g => g.Subjects) == total
        && impact.RuleCodes.All(c => c.Before == c.After);

    /// <summary>A local variant over the whole period of its base, with the given overrides.</summary>
    public static LocalVariant Variant(string baseId, LocalDate from, params (string Key, ParameterValue Value)[] overrides) => new(
        baseId + "-test",
        baseId,
        new LocalizedText("Biến thể thử nghiệm", "Test variant"),
        new LegalDocument("HD 01-HD/TEST", "Tỉnh ủy thử nghiệm", from).Article(1),
        EffectivePeriod.From(from),
        overrides.ToDictionary(o => o.Key, o => o.Value));

    public static ImpactSide ById(string id) => new(ShippedRegulations.Catalog, RegulationSelector.ById(new RegulationId(id)));
}
