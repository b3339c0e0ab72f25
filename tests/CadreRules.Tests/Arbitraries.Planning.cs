using System.Collections.Generic;
using System.Linq;
using CadreRules.People;
using CadreRules.Planning;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CadreRules.Tests;

/// <summary>A generated planning list with the regulation to check it against and a seed for reordering it.</summary>
public sealed record PlanningCase(PlanningRegulation Regulation, PlanningList List, int Seed)
{
    public override string ToString() =>
        $"{Regulation.Id}: titles [{string.Join(", ", List.Titles.Select(t => $"{t.Id}/{t.Kind}/{t.Seats}/{t.Level}/r{t.Rank}"))}], " +
        $"entries [{string.Join(", ", List.Entries.Select(e => $"{e.CadreId}→{e.TitleId}/{(int)e.Tier}"))}], " +
        $"candidates [{string.Join(", ", List.Candidates.Select(c => $"{c.Id}:{c.Cadre.Sex}/{c.Cadre.BirthDate}/d{c.Cadre.Discipline.Length}/r{c.CurrentRank}/a{c.AppointmentProposed}/p{c.FailsPoliticalStandard}"))}]";
}

public static partial class Arbitraries
{
    private static readonly LocalDate PlanningDate = new(2026, 3, 1);

    public static Gen<System.Func<int, PlanningTitle>> PlanningTitleGen() =>
        from seats in Gen.Choose(1, 3)
        from committee in Gen.Choose(0, 4)
        from level in Gen.Elements(OrganisationalLevel.Central, OrganisationalLevel.Provincial, OrganisationalLevel.Commune)
        from rank in Gen.Choose(0, 5)
        from grouped in Gen.Elements("A", "B")
        select (System.Func<int, PlanningTitle>)(index => new PlanningTitle($"T{index}", $"Chức danh {index}", level, seats, rank == 0 ? null : rank,
            committee == 0 ? PlanningTitleKind.CommitteeMembership : PlanningTitleKind.Leadership, grouped));

    public static Gen<System.Func<int, PlanningCandidate>> PlanningCandidateGen() =>
        from year in Gen.Choose(1962, 1995)
        from month in Gen.Choose(1, 12)
        from female in Gen.Elements(true, false)
        from minority in Gen.Choose(0, 3)
        from discipline in Gen.Choose(0, 5)
        from monthsAgo in Gen.Choose(0, 30)
        from kht in Gen.Choose(0, 4)
        from rank in Gen.Choose(0, 5)
        from proposal in Gen.Choose(0, 9)
        from political in Gen.Choose(0, 19)
        select (System.Func<int, PlanningCandidate>)(index => new PlanningCandidate(
            new Cadre(
                $"c{index:00}",
                female ? Sex.Female : Sex.Male,
                BirthDate.OfMonth(year, month),
                minority == 0,
                discipline: discipline switch
                {
                    0 => [new DisciplineRecord(DisciplineForm.Reprimand, DisciplineTrack.Party, PlanningDate.PlusMonths(-monthsAgo))],
                    1 => [new DisciplineRecord(DisciplineForm.Demotion, DisciplineTrack.Administrative, PlanningDate.PlusMonths(-monthsAgo))],
                    _ => [],
                },
                evaluations: [new EvaluationRecord(2025, EvaluationTrack.Party, kht == 0 ? EvaluationLevel.NotComplete : EvaluationLevel.Good)]),
            rank == 0 ? null : rank,
            proposal == 0,
            political == 0));

    public static Gen<PlanningCase> PlanningCaseGen() =>
        from regime in Gen.Choose(0, 2)
        from titleCount in Gen.Choose(1, 4)
        from titleMakers in PlanningTitleGen().ArrayOf(titleCount)
        let titles = titleMakers.Select((make, i) => make(i + 1)).ToArray()
        from candidateCount in Gen.Choose(0, 10)
        from candidateMakers in PlanningCandidateGen().ArrayOf(candidateCount)
        let candidates = candidateMakers.Select((make, i) => make(i + 1)).ToArray()
        from picks in Gen.Choose(0, 9).ArrayOf(candidateCount * titleCount)
        from seed in Gen.Choose(0, int.MaxValue - 1)
        let entries = Entries(titles, candidates, picks)
        select new PlanningCase(
            regime switch { 0 => PlanningRegulations.Term2020, 1 => PlanningRegulations.Qd50, _ => PlanningRegulations.Qd377 },
            new PlanningList(PlanningDate, new PlanningTerm(new LocalDate(2026, 3, 15)), titles, candidates, entries),
            seed);

    public static Arbitrary<PlanningCase> PlanningCases() => PlanningCaseGen().ToArbitrary();

    public static Arbitrary<PlanningCandidate[]> PlanningCandidates() =>
        (from count in Gen.Choose(0, 25)
         from makers in PlanningCandidateGen().ArrayOf(count)
         select makers.Select((make, i) => make(i + 1)).ToArray()).ToArbitrary();

    private static List<PlanningEntry> Entries(PlanningTitle[] titles, PlanningCandidate[] candidates, int[] picks)
    {
        var entries = new List<PlanningEntry>();
        for (int c = 0; c < candidates.Length; c++)
        {
            for (int t = 0; t < titles.Length; t++)
            {
                int pick = picks[(c * titles.Length) + t];
                if (pick < 4)
                {
                    entries.Add(new PlanningEntry(candidates[c].Id, titles[t].Id, pick == 0 ? PlanningTier.TwoLevelsUp : PlanningTier.OneLevelUp));
                }
            }
        }

        return entries;
    }
}
