using System.Collections.Generic;
using System.Linq;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rules;
using NodaTime;
using static CadreRules.Tests.Planning.PlanningFixtures;

namespace CadreRules.Tests.Planning;

public class PlanningReviewTests
{
    private static readonly LocalDate ReviewDate = new(2027, 2, 15);

    // Last year's plan for a future term (2030), titles T (1 seat) and U.
    private static PlanningList Plan() => new(
        new LocalDate(2026, 3, 1),
        new PlanningTerm(new LocalDate(2030, 10, 1)),
        [Title("T"), Title("U")],
        [Man("a"), Man("b"), Man("c"), Man("d", 1968, 1)],
        [new("a", "T"), new("b", "T"), new("c", "U"), new("d", "U")],
        new YearMonth(2030, 9));

    [Fact]
    public void Review_FactsUnchanged_KeepsEligibleAndRemovesOverAge()
    {
        // d, born 01/1968, retires at 62 in 01/2030: no months left at 09/2030.
        PlanningReview review = PlanningRegulations.Qd377.Review(Plan(), ReviewDate, []);

        Assert.Equal(["a", "b", "c"], review.Kept.Select(e => e.CadreId.Value));
        PlanningReviewItem removed = Assert.Single(review.Removed);
        Assert.Equal("d", removed.Entry.CadreId.Value);
        Assert.Equal("QD377.Planning.MonthsLeft", Assert.Single(removed.Reasons).Code.Value);
        Assert.Equal(new YearMonth(2030, 9), review.AgeMonth);
    }

    [Fact]
    public void Review_DisciplinedKhtAndPolitical_MustLeave()
    {
        PlanningCandidate[] facts =
        [
            Man("a", discipline: [new DisciplineRecord(DisciplineForm.Reprimand, DisciplineTrack.Party, new LocalDate(2026, 9, 1))]),
            Man("b", evaluations: [new EvaluationRecord(2026, EvaluationTrack.State, EvaluationLevel.NotComplete)]),
            Man("c", failsPoliticalStandard: true),
        ];

        PlanningReview review = PlanningRegulations.Qd50.Review(Plan(), ReviewDate, facts);

        Dictionary<string, string> reasons = review.Removed.ToDictionary(r => r.Entry.CadreId.Value, r => string.Join(",", r.Reasons.Select(f => f.Code.Value)));
        Assert.Equal("QD50.Planning.DisciplinedSincePlanning", reasons["a"]);
        Assert.Equal("QD50.Planning.NotCompleteLatestYear", reasons["b"]);
        Assert.Equal("QD50.Planning.PoliticalStandard", reasons["c"]);
        Assert.Equal("QD50.Planning.MonthsLeft", reasons["d"]);
        Assert.Empty(review.Kept);
    }

    [Fact]
    public void Review_ReprimandWhosePeriodEnded_KeepsUnderQd377ButNotQd50()
    {
        // Decided 10/01/2026 (after a plan dated 01/01/2026); 12 months ended by the review on 15/02/2027.
        var plan = new PlanningList(new LocalDate(2026, 1, 1), new PlanningTerm(new LocalDate(2030, 10, 1)), [Title("T")], [Man("a")], [new("a", "T")]);
        PlanningCandidate[] facts = [Man("a", discipline: [new DisciplineRecord(DisciplineForm.Warning, DisciplineTrack.Party, new LocalDate(2026, 1, 10))])];

        Assert.Empty(PlanningRegulations.Qd377.Review(plan, ReviewDate, facts).Removed);
        Assert.Single(PlanningRegulations.Qd50.Review(plan, ReviewDate, facts).Removed);
    }

    [Fact]
    public void Review_Additions_AcceptedWhileThereIsRoom()
    {
        PlanningCandidate[] facts = [Man("e"), Man("f"), Man("g", 1966, 1)];
        PlanningEntry[] proposals = [new("e", "T"), new("f", "T"), new("g", "U")];

        PlanningReview review = PlanningRegulations.Qd377.Review(Plan(), ReviewDate, facts, proposals);

        // T had a and b: e takes the third place, f finds it full; g is too old.
        Assert.Equal(["e"], review.Added.Select(e => e.CadreId.Value));
        Dictionary<string, string> refused = review.Refused.ToDictionary(r => r.Entry.CadreId.Value, r => string.Join(",", r.Reasons.Select(f => f.Code.Value)));
        Assert.Equal("QD377.Planning.MaxCandidatesPerTitle", refused["f"]);
        Assert.Equal("QD377.Planning.MonthsLeft", refused["g"]);
    }

    [Fact]
    public void Review_AdditionAfterRemoval_UsesTheFreedPlace()
    {
        PlanningCandidate[] facts = [Man("a", failsPoliticalStandard: true), Man("e"), Man("f")];

        PlanningReview review = PlanningRegulations.Qd377.Review(Plan(), ReviewDate, facts, [new("f", "T"), new("e", "T")]);

        Assert.Equal(["e", "f"], review.Added.Select(e => e.CadreId.Value));
    }

    [Fact]
    public void Review_DisciplineOnThePlanDate_IsNotSincePlanning_AndAMinorBarEndingOnTheReviewDateHasExpired()
    {
        // The plan is dated 01/01/2026; the review is on 15/02/2027.
        var plan = new PlanningList(new LocalDate(2026, 1, 1), new PlanningTerm(new LocalDate(2030, 10, 1)), [Title("T")], [Man("a"), Man("b")], [new("a", "T"), new("b", "T")]);
        PlanningCandidate[] facts =
        [
            Man("a", discipline: [new DisciplineRecord(DisciplineForm.Demotion, DisciplineTrack.Party, new LocalDate(2026, 1, 1))]),
            Man("b", discipline: [new DisciplineRecord(DisciplineForm.Reprimand, DisciplineTrack.Party, new LocalDate(2026, 2, 15))]),
        ];

        // a: decided on the plan's own date, so not after it; b: decided after it, its 12 months end on the review date.
        Assert.Empty(PlanningRegulations.Qd377.Review(plan, ReviewDate, facts).Removed);
        Assert.Equal(["b"], PlanningRegulations.Qd377.Review(plan, ReviewDate.PlusDays(-1), facts).Removed.Select(r => r.Entry.CadreId.Value));
    }

    [Fact]
    public void Review_Additions_RefusedForEachOwnReason()
    {
        // a already holds T and U; V is free, W would be a's fourth leadership title at the provincial level (QĐ 377: 3).
        // C is a one-seat committee membership with room for 2 (1 × 1.5 rounded half up), both taken. R ranks below e's post.
        var plan = new PlanningList(
            new LocalDate(2026, 3, 1),
            new PlanningTerm(new LocalDate(2030, 10, 1)),
            [Title("T"), Title("U"), Title("V"), Title("W"), Title("R", rank: 3), Title("C", kind: PlanningTitleKind.CommitteeMembership)],
            [Man("a"), Man("b"), Man("c")],
            [new("a", "T"), new("a", "U"), new("b", "C"), new("c", "C")],
            new YearMonth(2030, 9));
        PlanningCandidate[] facts =
        [
            Man("e", currentRank: 5),
            Man("f", evaluations: [new EvaluationRecord(2026, EvaluationTrack.State, EvaluationLevel.NotComplete)]),
            Man("g", failsPoliticalStandard: true),
        ];
        PlanningEntry[] proposals = [new("a", "W"), new("a", "V"), new("a", "C"), new("e", "R"), new("f", "V"), new("g", "V")];

        PlanningReview review = PlanningRegulations.Qd377.Review(plan, ReviewDate, facts, proposals);

        Assert.Equal([("a", "V")], review.Added.Select(e => (e.CadreId.Value, e.TitleId)));
        Dictionary<string, string> refused = review.Refused.ToDictionary(r => $"{r.Entry.CadreId.Value}→{r.Entry.TitleId}", r => string.Join(",", r.Reasons.Select(f => f.Code.Value)));
        Assert.Equal(5, refused.Count);
        Assert.Equal("QD377.Planning.CommitteeCoefficient", refused["a→C"]); // a committee seat is not one of a's titles
        Assert.Equal("QD377.Planning.MaxTitlesPerCandidate", refused["a→W"]); // T, U and the V just added
        Assert.Equal("QD377.Planning.OnlyHigherTitle", refused["e→R"]);
        Assert.Equal("QD377.Planning.NotCompleteLatestYear", refused["f→V"]);
        Assert.Equal("QD377.Planning.PoliticalStandard", refused["g→V"]);
    }

    [Fact]
    public void Review_AdditionWithProposalOrBar_IsRefused()
    {
        PlanningCandidate[] facts =
        [
            Man("e", appointmentProposed: true),
            Man("f", discipline: [new DisciplineRecord(DisciplineForm.Demotion, DisciplineTrack.Administrative, new LocalDate(2025, 6, 1))]),
        ];

        PlanningReview review = PlanningRegulations.Qd377.Review(Plan(), ReviewDate, facts, [new("e", "U"), new("f", "U")]);

        Assert.Empty(review.Added);
        Assert.Equal(
            ["QD377.Planning.NotWithAppointmentProposal", "QD377.Planning.DisciplineBar"],
            review.Refused.SelectMany(r => r.Reasons).Select(f => f.Code.Value));
    }

    [Fact]
    public void Review_BadInput_ThrowsNamingTheEntry()
    {
        PlanningList plan = Plan();

        Assert.Equal("reviewDate", Assert.Throws<PlanningListException>(() => PlanningRegulations.Qd377.Review(plan, new LocalDate(2026, 2, 1), [])).ParamName);
        Assert.Equal("a", Assert.Throws<PlanningListException>(() => PlanningRegulations.Qd377.Review(plan, ReviewDate, [Man("a"), Man("a")])).Entry);
        Assert.Equal("a → T", Assert.Throws<PlanningListException>(() => PlanningRegulations.Qd377.Review(plan, ReviewDate, [], [new("a", "T")])).Entry);
        Assert.Equal("a → X", Assert.Throws<PlanningListException>(() => PlanningRegulations.Qd377.Review(plan, ReviewDate, [], [new("a", "X")])).Entry);
        Assert.Equal("z → T", Assert.Throws<PlanningListException>(() => PlanningRegulations.Qd377.Review(plan, ReviewDate, [], [new("z", "T")])).Entry);
    }

    [Fact]
    public void Review_FindingsCarryCitations()
    {
        PlanningReview review = PlanningRegulations.Qd377.Review(Plan(), ReviewDate, [Man("a", discipline: [new DisciplineRecord(DisciplineForm.Reprimand, DisciplineTrack.Party, new LocalDate(2026, 9, 1))])]);

        Finding finding = review.Removed.First(r => r.Entry.CadreId.Value == "a").Reasons.Single();
        Assert.Equal("mục II.8, HĐ 45-HD/BTCTW (Ban Tổ chức Trung ương, 21/11/2025)", finding.Citation!.Format(Language.Vietnamese));
    }
}
