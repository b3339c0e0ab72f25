using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CadreRules.Tests;

/// <summary>Generators of evaluation rounds: party members' entries over several units and peer groups.</summary>
public static partial class Arbitraries
{
    /// <summary>The units of a generated round.</summary>
    public static readonly string[] RoundUnits = ["Chi bộ 1", "Chi bộ 2", "Chi bộ 3", "Chi bộ 4"];

    private static readonly string[] RoundPeerGroups = ["đảng viên", "cấp ủy viên"];

    /// <summary>
    /// The people of a round (0 to <paramref name="maximum"/>): party members, leaders and non-leaders, over four units
    /// and two peer groups, with a per-unit outstanding flag and unique identifiers in shuffled order. Most are evaluated
    /// under QĐ 366 (30/08/2025 to 31/01/2026) with profiles that often qualify for HTXS, so the unit quota moves people;
    /// with <paramref name="withEarlierRegime"/>, about one in eight is evaluated in August 2025 before QĐ 366 (QĐ 124).
    /// Every input carries both a score and grades, so each regime can classify it.
    /// </summary>
    /// <param name="maximum">The most people.</param>
    /// <param name="withEarlierRegime">Whether some people fall under QĐ 124.</param>
    /// <returns>The generator.</returns>
    public static Gen<EvaluationEntry[]> RoundPeople(int maximum = 60, bool withEarlierRegime = true) =>
        from count in Gen.Choose(0, maximum)
        from outstanding in Gen.ArrayOf(Gen.Elements(false, false, true), RoundUnits.Length)
        from people in Gen.ArrayOf(RoundPersonGen(withEarlierRegime), count)
        from ids in Gen.Shuffle(Enumerable.Range(1, count).ToArray())
        select people.Select((p, i) => new EvaluationEntry(
            new CadreId("P" + ids[i].ToString("D3", CultureInfo.InvariantCulture)),
            RoundUnits[p.Unit],
            RoundPeerGroups[p.Peer],
            SubjectKind.PartyMember,
            p.Input,
            p.Named ? "Người " + ids[i].ToString(CultureInfo.InvariantCulture) : null,
            outstanding[p.Unit])).ToArray();

    /// <summary>The people of a round and a shuffled copy of them.</summary>
    /// <returns>The generator.</returns>
    public static Gen<(EvaluationEntry[] People, EvaluationEntry[] Shuffled)> ShuffledRoundPeople() =>
        from people in RoundPeople()
        from shuffled in Gen.Shuffle(people)
        select (people, shuffled);

    /// <summary>The shipped catalogue with a local variant of QĐ 366 in force over its whole period, changing the
    /// thresholds, the high-score policy or the quota share (a few variants, each built once).</summary>
    /// <returns>The generator.</returns>
    public static Gen<RegulationCatalog> Qd366VariantCatalogs() => Gen.Elements(VariantCatalogs.Value);

    private static readonly Lazy<RegulationCatalog[]> VariantCatalogs = new(() =>
    [
        .. new (int Excellent, int Good, string Policy, int Share)[]
        {
            (90, 70, nameof(HighScorePolicy.Undetermined), 20),
            (92, 70, nameof(HighScorePolicy.RateHighestMet), 20),
            (85, 65, nameof(HighScorePolicy.Undetermined), 25),
            (95, 75, nameof(HighScorePolicy.Undetermined), 10),
            (90, 70, nameof(HighScorePolicy.RateHighestMet), 34),
            (91, 70, nameof(HighScorePolicy.Undetermined), 20),
        }.Select(v => ShippedRegulations.Catalog.WithVariant(Qd366Variant(
            ("htxs.minScore", ParameterValue.FromInteger(v.Excellent)),
            ("htt.minScore", ParameterValue.FromInteger(v.Good)),
            ("policy.highScore", ParameterValue.FromChoice(v.Policy)),
            ("quota.htxsShare", ParameterValue.FromShare(Share.Percent(v.Share))),
            // The outstanding unit's bound may not be below the ordinary one (a declared constraint of QĐ 366).
            ("quota.outstandingShare", ParameterValue.FromShare(Share.Percent(Math.Max(25, v.Share))))))),
    ]);

    /// <summary>A local variant of QĐ 366 (<c>party-eval-qd366-test</c>) over its whole period.</summary>
    /// <param name="overrides">The parameter values changed.</param>
    /// <returns>The variant.</returns>
    public static LocalVariant Qd366Variant(params (string Key, ParameterValue Value)[] overrides) => new(
        "party-eval-qd366-test",
        "party-eval-qd366",
        new LocalizedText("Biến thể thử nghiệm của QĐ 366", "Test variant of QĐ 366"),
        new LegalDocument("HD 01-HD/TEST", "Đảng ủy thử nghiệm", new LocalDate(2025, 8, 1)).Article(1),
        EffectivePeriod.From(new LocalDate(2025, 8, 30)),
        overrides.ToDictionary(o => o.Key, o => o.Value));

    private static Gen<(int Unit, int Peer, bool Named, EvaluationInput Input)> RoundPersonGen(bool withEarlierRegime) =>
        from unit in Gen.Choose(0, RoundUnits.Length - 1)
        from peer in Gen.Choose(0, RoundPeerGroups.Length - 1)
        from named in Gen.Elements(true, true, false)
        from earlier in withEarlierRegime ? Gen.Elements(false, false, false, false, false, false, false, true) : Gen.Constant(false)
        from day in Gen.Choose(0, 154)
        from role in Gen.Elements(EvaluationRole.NonLeader, EvaluationRole.NonLeader, EvaluationRole.Leader)
        from profile in Gen.Choose(0, 9)
        from tasks in profile < 7 ? StrongTasksGen() : TaskCountsGen()
        from score in profile < 4 ? HighScoreGen() : profile < 7 ? Gen.Choose(130, 200).Select(h => ScoreCard.FromTotal(h / 2m)) : ScoreGen()
        from general in Gen.Elements(CriterionGrade.Excellent, CriterionGrade.Good, CriterionGrade.Good, CriterionGrade.Average, CriterionGrade.Poor)
        from results in Gen.Elements(CriterionGrade.Excellent, CriterionGrade.Excellent, CriterionGrade.Good, CriterionGrade.Average)
        from unitTasks in profile < 7 ? StrongTasksGen() : TaskCountsGen()
        from lowVotes in Gen.Elements(0, 0, 0, 3, 12)
        from disciplined in Gen.Elements(false, false, false, false, false, false, false, false, false, true)
        from admittedMonthsAgo in Gen.Elements(-1, -1, -1, -1, -1, -1, 40, 3)
        from shortcomings in Gen.Elements(0, 0, 0, 1)
        let date = earlier ? new LocalDate(2025, 8, 29).PlusDays(-(day % 29)) : new LocalDate(2025, 8, 30).PlusDays(day)
        select (unit, peer, named, new EvaluationInput
        {
            Year = 2025,
            EvaluatedOn = date,
            Role = role,
            Tasks = tasks,
            Score = score,
            Grades = new CriteriaGrades(general, results),
            Leader = role == EvaluationRole.Leader ? new LeaderFacts(unitTasks, confidenceVotesCast: 20, lowConfidenceVotes: lowVotes) : null,
            Discipline = disciplined ? [new DisciplineRecord(DisciplineForm.Reprimand, DisciplineTrack.Party, new LocalDate(2025, 3, 1), relatedToPublicDuty: true)] : default,
            PartyAdmittedOn = admittedMonthsAgo < 0 ? null : date.PlusMonths(-admittedMonthsAgo),
            PriorShortcomingsFound = shortcomings,
            PriorShortcomingsFixed = day % 3 == 0 ? 0 : shortcomings,
        });

    // Every task on time, often with 30% or more exceeded (the HTXS conditions of QĐ 366), sometimes 20%.
    private static Gen<TaskCounts> StrongTasksGen() =>
        from total in Gen.Choose(5, 12)
        from exceeded in Gen.Elements(total, total / 2, (total * 3 + 9) / 10, total / 5)
        select TaskCounts.AllOnTime(total, exceeded);

    // 88 to 100 points in half points (the HTXS band and just below it).
    private static Gen<ScoreCard> HighScoreGen() =>
        Gen.Choose(176, 200).Select(h => ScoreCard.FromTotal(h / 2m));
}
