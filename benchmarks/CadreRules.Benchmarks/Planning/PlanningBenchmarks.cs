using System;
using System.Collections.Generic;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Benchmarks.Planning;

/// <summary>
/// Benchmark 4: a planning list of 10,000 leadership titles (1 to 3 seats, 1 to 4 candidates a seat, some over the
/// limit, some with discipline or a KHT year, ages spread over the 60-month bar), validated by the QĐ 377 regulation:
/// the full report (findings) and the count-only fast path; building the list (its checks) is measured too.
/// </summary>
[MemoryDiagnoser]
public class PlanningBenchmarks
{
    private PlanningList _list = null!;
    private PlanningRegulation _regulation = null!;
    private PlanningTitle[] _titles = [];
    private PlanningCandidate[] _candidates = [];
    private PlanningEntry[] _entries = [];

    public static int Titles => Program.Quick ? 1_000 : 10_000;

    public static LocalDate ListDate => new(2027, 3, 1);

    public static PlanningTerm Term => new(new LocalDate(2030, 10, 1), 5);

    [GlobalSetup]
    public void Setup()
    {
        (_titles, _candidates, _entries) = Generate(Titles);
        _list = BuildList();
        _regulation = ShippedRegulations.Catalog.InForce<PlanningRegulation>(SubjectKind.Cadre, ListDate);
        int violations = _regulation.CountViolations(_list);
        PlanningReport report = _regulation.Validate(_list);
        if (report.ViolationCount != violations || violations == 0)
        {
            throw new InvalidOperationException($"Fast path counts {violations} violations, the report {report.ViolationCount}.");
        }
    }

    [Benchmark(Description = "PlanningList: build and check")]
    public PlanningList BuildList() => new(ListDate, Term, _titles, _candidates, _entries, new YearMonth(2030, 9));

    [Benchmark(Description = "QĐ 377 Validate (report with findings)")]
    public int Validate() => _regulation.Validate(_list).Titles.Length;

    [Benchmark(Description = "QĐ 377 CountViolations (fast path)")]
    public int CountViolations() => _regulation.CountViolations(_list);

    public static (PlanningTitle[] Titles, PlanningCandidate[] Candidates, PlanningEntry[] Entries) Generate(int titleCount)
    {
        var rng = new SplitMix64(377_2025);
        var titles = new PlanningTitle[titleCount];
        var candidates = new List<PlanningCandidate>();
        var entries = new List<PlanningEntry>();
        for (int t = 0; t < titleCount; t++)
        {
            int seats = rng.PerMille(800) ? 1 : rng.Between(2, 3);
            string id = "T" + t.ToString("D5", CultureInfo.InvariantCulture);
            titles[t] = new PlanningTitle(id, "Chức danh " + id, OrganisationalLevel.Provincial, seats, rank: rng.Between(5, 9));
            int planned = rng.PerMille(60) ? (3 * seats) + 1 : rng.Between(1, 3 * seats);
            for (int c = 0; c < planned; c++)
            {
                var cadreId = new CadreId(id + "-" + c.ToString(CultureInfo.InvariantCulture));
                int born = rng.Between(1968, 1990);
                var discipline = rng.PerMille(20)
                    ? new[] { new DisciplineRecord(DisciplineForm.Reprimand, DisciplineTrack.Party, ListDate.PlusMonths(-rng.Between(1, 30))) }
                    : null;
                var evaluations = new[]
                {
                    new EvaluationRecord(2026, EvaluationTrack.Party, rng.PerMille(15) ? EvaluationLevel.NotComplete : EvaluationLevel.Good),
                };
                var cadre = new Cadre(cadreId, rng.PerMille(300) ? Sex.Female : Sex.Male, BirthDate.Of(born, rng.Between(1, 12), rng.Between(1, 28)),
                    discipline: discipline, evaluations: evaluations);
                candidates.Add(new PlanningCandidate(cadre, currentRank: rng.Between(4, 9)));
                entries.Add(new PlanningEntry(cadreId, id));
            }
        }

        return (titles, [.. candidates], [.. entries]);
    }
}
