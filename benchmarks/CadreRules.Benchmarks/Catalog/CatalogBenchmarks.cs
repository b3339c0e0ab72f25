using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using CadreRules.Rules;
using CadreRules.Documents;
using NodaTime;

namespace CadreRules.Benchmarks.Catalog;

/// <summary>
/// Benchmark 7: building and validating the regulation catalogue, then layering a province's variant over it (which
/// rebuilds the base regulation's rules from the overridden parameters) and looking the variant up by date.
/// </summary>
[MemoryDiagnoser]
public class CatalogBenchmarks
{
    private ImmutableArray<Regulation> _regulations;
    private LocalVariant _variant = null!;
    private LocalDate _asOf;
    private string _variantJson = "";

    [GlobalSetup]
    public void Setup()
    {
        (_regulations, _variant) = CatalogScenario.Create();
        _asOf = _variant.Period.Start.PlusDays(30);
        _variantJson = CadreDocuments.WriteVariant(_variant);
        if (!CadreDocuments.ReadVariant(_variantJson, ShippedRegulations.Catalog).Equals(_variant) || LoadFromJson().Get(_variant.Id).Reference.DerivedFrom != _variant.BaseId)
        {
            throw new InvalidOperationException("The variant read from JSON differs from the one written.");
        }

        RegulationCatalog check = Load();
        if (check.Get(_variant.Id).Reference.DerivedFrom != _variant.BaseId)
        {
            throw new InvalidOperationException("The variant was not layered over its base.");
        }
    }

    [Benchmark(Description = "Create + validate catalogue, WithVariant, InForce")]
    public RegulationCatalog Load()
    {
        RegulationCatalog catalog = RegulationCatalog.Create(_regulations).WithVariant(_variant);
        Regulation derived = catalog.Get(_variant.Id);
        _ = catalog.InForce(derived.Topic, derived.Reference.Scopes[0].SubjectKind, _asOf);
        return catalog;
    }

    [Benchmark(Description = "Read variant JSON, create + validate catalogue, WithVariant, InForce")]
    public RegulationCatalog LoadFromJson()
    {
        RegulationCatalog shipped = RegulationCatalog.Create(_regulations);
        LocalVariant variant = CadreDocuments.ReadVariant(_variantJson, shipped);
        RegulationCatalog catalog = shipped.WithVariant(variant);
        Regulation derived = catalog.Get(variant.Id);
        _ = catalog.InForce(derived.Topic, derived.Reference.Scopes[0].SubjectKind, _asOf);
        return catalog;
    }
}
