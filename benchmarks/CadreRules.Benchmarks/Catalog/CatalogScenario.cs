using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Benchmarks.Catalog;

/// <summary>The catalogue and the local variant the catalogue benchmarks use.</summary>
public static class CatalogScenario
{
    public static (ImmutableArray<Regulation> Regulations, LocalVariant Variant) Create()
    {
        ImmutableArray<Regulation> regulations = ShippedRegulations.Catalog.Regulations;

        // A province overrides one share parameter (keeping a valid value: the default) of an open-ended regulation.
        Regulation target = regulations.FirstOrDefault(r => r.Reference.Scopes.All(s => s.Period.End is null) && r.Parameters.Schema.Any(p => p.Kind == ParameterKind.Share))
            ?? regulations.First(r => r.Parameters.Schema.Length > 0);
        ParameterDefinition parameter = target.Parameters.Schema.FirstOrDefault(p => p.Kind == ParameterKind.Share) ?? target.Parameters.Schema[0];
        LocalDate start = target.Reference.Scopes.Max(s => s.Period.Start).PlusDays(1);
        var variant = new LocalVariant(
            new RegulationId(target.Id.Value + "-bench-province"),
            target.Id,
            new LocalizedText("Biến thể địa phương (đo hiệu năng)", "Local variant (benchmark)"),
            new LegalDocument("QĐ 1-BENCH", "UBND tỉnh (giả định)", start).Whole(),
            EffectivePeriod.From(start),
            new Dictionary<string, ParameterValue> { [parameter.Key] = parameter.DefaultValue });
        return (regulations, variant);
    }
}
