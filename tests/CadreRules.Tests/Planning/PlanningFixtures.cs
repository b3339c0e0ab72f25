using System.Collections.Generic;
using System.Linq;
using CadreRules.People;
using CadreRules.Planning;
using NodaTime;

namespace CadreRules.Tests.Planning;

internal static class PlanningFixtures
{
    public static readonly LocalDate ListDate = new(2026, 3, 1);
    public static readonly PlanningTerm Term = new(new LocalDate(2026, 3, 15));

    public static PlanningCandidate Man(string id, int year = 1980, int month = 1, bool minority = false, IEnumerable<DisciplineRecord>? discipline = null, IEnumerable<EvaluationRecord>? evaluations = null, int? currentRank = null, bool appointmentProposed = false, bool failsPoliticalStandard = false) =>
        new(new Cadre(id, Sex.Male, BirthDate.OfMonth(year, month), minority, discipline: discipline, evaluations: evaluations), currentRank, appointmentProposed, failsPoliticalStandard);

    public static PlanningCandidate Woman(string id, int year = 1982, int month = 1, bool minority = false) =>
        new(new Cadre(id, Sex.Female, BirthDate.OfMonth(year, month), minority));

    public static PlanningTitle Title(string id, int seats = 1, OrganisationalLevel level = OrganisationalLevel.Provincial, int? rank = null, PlanningTitleKind kind = PlanningTitleKind.Leadership, string? group = null) =>
        new(id, "Chức danh " + id, level, seats, rank, kind, group);

    public static PlanningList List(IEnumerable<PlanningTitle> titles, IEnumerable<PlanningCandidate> candidates, IEnumerable<PlanningEntry> entries, YearMonth? ageMonth = null) =>
        new(ListDate, Term, titles, candidates, entries, ageMonth);

    /// <summary>A title with <paramref name="count"/> candidates, all well within every eligibility rule.</summary>
    public static PlanningList TitleWith(int count, int seats = 1, PlanningTitleKind kind = PlanningTitleKind.Leadership, OrganisationalLevel level = OrganisationalLevel.Provincial, string? group = null)
    {
        PlanningCandidate[] candidates = [.. Enumerable.Range(1, count).Select(i => Man($"c{i:00}", 1980 + (i % 10)))];
        return List([Title("T", seats, level, kind: kind, group: group)], candidates, candidates.Select(c => new PlanningEntry(c.Id, "T")));
    }
}
