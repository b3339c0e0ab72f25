using System;
using System.Diagnostics;
using System.Globalization;
using CadreRules.Rules;

namespace CadreRules.Benchmarks.Catalog;

/// <summary>
/// The catalogue's first use in a fresh process, step by step (cumulative stopwatch): the message catalogue, the
/// evaluation regulations, the whole shipped catalogue, then a local variant written to JSON, read back, layered and
/// looked up. Shared by <c>--catalog-cold</c> (JIT) and the CadreRules.ColdStart app (ReadyToRun and native AOT builds).
/// </summary>
public static class ColdCatalogProbe
{
    /// <summary>Runs the steps once and returns the line the runners parse.</summary>
    public static string Run()
    {
        var timer = Stopwatch.StartNew();
        _ = CadreRules.Localization.MessageCatalog.Default.Count;
        TimeSpan messages = timer.Elapsed;
        _ = CadreRules.Evaluation.EvaluationRegulations.All;
        TimeSpan evaluation = timer.Elapsed;
        RegulationCatalog shipped = ShippedRegulations.Catalog;
        TimeSpan loaded = timer.Elapsed;
        long t0 = Stopwatch.GetTimestamp();
        _ = RegulationCatalog.Create(shipped.Regulations);
        TimeSpan again = Stopwatch.GetElapsedTime(t0);
        (_, LocalVariant written) = CatalogScenario.Create();
        string json = CadreRules.Documents.CadreDocuments.WriteVariant(written);
        TimeSpan beforeJson = timer.Elapsed;
        LocalVariant variant = CadreRules.Documents.CadreDocuments.ReadVariant(json, shipped);
        TimeSpan jsonRead = timer.Elapsed - beforeJson;
        RegulationCatalog withVariant = shipped.WithVariant(variant);
        Regulation derived = withVariant.Get(variant.Id);
        _ = withVariant.InForce(derived.Topic, derived.Reference.Scopes[0].SubjectKind, variant.Period.Start);
        timer.Stop();
        return string.Create(CultureInfo.InvariantCulture,
            $"COLD regulations={shipped.Regulations.Length} messagesMs={messages.TotalMilliseconds:F2} evaluationMs={evaluation.TotalMilliseconds:F2} catalogMs={loaded.TotalMilliseconds:F2} totalMs={timer.Elapsed.TotalMilliseconds:F2} jsonReadMs={jsonRead.TotalMilliseconds:F2} secondCreateMs={again.TotalMilliseconds:F3}");
    }
}
