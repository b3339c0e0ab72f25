using System;
using BenchmarkDotNet.Attributes;
using CadreRules.People;
using CadreRules.Rotation;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Benchmarks.Rotation;

/// <summary>
/// Benchmark 5: rotation (luân chuyển) eligibility for 1,000,000 proposed rotations (100,000 in quick mode) under the
/// regulation in force: the fast path over prepared cases, and building each case (months left, planned months) then
/// assessing it. Figures are per batch.
/// </summary>
[MemoryDiagnoser]
public class RotationBenchmarks
{
    private static readonly LocalDate Start = new(2026, 12, 1);
    private Cadre[] _cadres = [];
    private byte[] _shape = [];
    private RotationCase[] _cases = [];
    private RotationRegulation _regulation = null!;

    public static int Count => Program.Quick ? 100_000 : 1_000_000;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new SplitMix64(65_2024);
        _cadres = new Cadre[Count];
        _shape = new byte[Count];
        for (int i = 0; i < Count; i++)
        {
            _cadres[i] = new Cadre(new CadreId("C" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)), rng.PerMille(300) ? Sex.Female : Sex.Male,
                BirthDate.Of(rng.Between(1966, 1995), rng.Between(1, 12), rng.Between(1, 28)));
            _shape[i] = (byte)rng.Below(256);
        }

        _regulation = ShippedRegulations.Catalog.InForce<RotationRegulation>(SubjectKind.Cadre, Start);
        _cases = new RotationCase[Count];
        for (int i = 0; i < Count; i++)
        {
            _cases[i] = Case(i);
        }

        int eligible = AssessPrepared();
        if (eligible == 0 || eligible == Count || eligible != BuildAndAssess())
        {
            throw new InvalidOperationException($"Unexpected eligibility count {eligible} of {Count}.");
        }
    }

    [Benchmark(Description = "RotationRegulation.Assess, prepared cases")]
    public int AssessPrepared()
    {
        int eligible = 0;
        foreach (RotationCase c in _cases)
        {
            eligible += _regulation.Assess(c) == RotationOutcome.Eligible ? 1 : 0;
        }

        return eligible;
    }

    [Benchmark(Description = "new RotationCase + Assess")]
    public int BuildAndAssess()
    {
        int eligible = 0;
        for (int i = 0; i < _cadres.Length; i++)
        {
            eligible += _regulation.Assess(Case(i)) == RotationOutcome.Eligible ? 1 : 0;
        }

        return eligible;
    }

    private RotationCase Case(int i)
    {
        int s = _shape[i];
        return new RotationCase(
            _cadres[i],
            Start,
            Start.PlusMonths(12 + (s & 31)).PlusDays(-1),
            OrganisationalLevel.Provincial,
            (s & 64) != 0 ? OrganisationalLevel.District : OrganisationalLevel.Provincial,
            sameLocality: (s & 32) == 0,
            comparison: (s & 3) == 3 ? PostComparison.Higher : PostComparison.Equivalent,
            isInPlanning: (s & 128) != 0 || (s & 4) != 0,
            isUnderDisciplinaryReview: (s & 0xF0) == 0xF0);
    }
}
