using System.Linq;
using CadreRules.Impact;
using CadreRules.Planning;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static CadreRules.Tests.Impact.ImpactTesting;
using static CadreRules.Tests.Planning.PlanningFixtures;

namespace CadreRules.Tests.Planning;

public class PlanningReviewImpactTests
{
    private static readonly LocalDate ReviewDate = new(2027, 2, 15);

    // Last year's plan for a term of 10/2030 (ages at 09/2030): a (born 01/1980) has plenty of service left; e (born
    // 06/1973, retires 06/2035) has 57 months left at 09/2030: kept only when 48 months suffice.
    private static PlanningReviewInput Input() => new(
        new PlanningList(
            new LocalDate(2026, 3, 1),
            new PlanningTerm(new LocalDate(2030, 10, 1)),
            [Title("T"), Title("U")],
            [Man("a"), Man("e", 1973, 6), Man("n")],
            [new("a", "T"), new("e", "T")],
            new YearMonth(2030, 9)),
        ReviewDate,
        [Man("n", 1986, 5)],
        [new("n", "U")]);

    [Fact]
    public void Review_OfTheInput_IsTheReviewOfItsParts()
    {
        PlanningReviewInput input = Input();

        PlanningReview whole = PlanningRegulations.Qd377.Review(input);
        PlanningReview parts = PlanningRegulations.Qd377.Review(input.Plan, input.ReviewDate, input.CurrentFacts, input.ProposedAdditions);

        Assert.Equal(parts.Kept.ToArray(), whole.Kept.ToArray());
        Assert.Equal(parts.Removed.Select(i => i.Entry), whole.Removed.Select(i => i.Entry));
        Assert.Equal(parts.Added.ToArray(), whole.Added.ToArray());
    }

    [Fact]
    public void Subjects_ListEntriesThenAdditions_EachWithItsOutcomeAndReasons()
    {
        PlanningReviewInput input = Input();

        ImpactSubject<PlanningReviewOutcome>[] subjects = [.. PlanningReviewImpact.Subjects(input, PlanningRegulations.Qd377.Review(input))];

        Assert.Equal(["a/T/Kept", "e/T/Removed", "n/U/Added"], subjects.Select(s => $"{s.Id}/{s.Group}/{s.Outcome}"));
        Assert.Equal(["QD377.Planning.MonthsLeft"], subjects[1].Codes.Select(c => c.Value));
        Assert.Empty(subjects[0].Codes);
        Assert.All(subjects, s => Assert.Equal("planning-qd377", s.Regulation.Value));
    }

    [Fact]
    public void Compare_VariantAskingFortyEightMonths_KeepsTheEntryWithFiftySeven()
    {
        var variant = new ImpactSide(ShippedRegulations.Catalog.WithVariant(Variant("planning-qd377", new LocalDate(2025, 10, 8), ("age.minimumMonthsLeft", ParameterValue.FromInteger(48)))));

        RuleChangeImpact<PlanningReviewOutcome> impact = PlanningReviewImpact.Compare(Input(), new ImpactSide(ShippedRegulations.Catalog), variant);

        Assert.Equal(3, impact.Total);
        ImpactChange<PlanningReviewOutcome> change = Assert.Single(impact.Changes, c => c.OutcomeChanged);
        Assert.Equal(("e", PlanningReviewOutcome.Removed, PlanningReviewOutcome.Kept), (change.Id.Value, change.Before, change.After));
        Assert.Equal(["QD377.Planning.MonthsLeft"], change.Removed.Select(c => c.Value));
    }

    [Fact]
    public void Compare_SameSide_IsEmpty()
    {
        var side = new ImpactSide(ShippedRegulations.Catalog);

        Assert.True(IsEmptyImpact(PlanningReviewImpact.Compare(Input(), side, side), 3));
    }

    [Fact]
    public void Input_NullFact_ThrowsNamingCurrentFacts() =>
        Assert.Equal("currentFacts", Assert.Throws<System.ArgumentNullException>(() => new PlanningReviewInput(Input().Plan, ReviewDate, [null!])).ParamName);

    // Every entry of last year's list is either kept or removed, once; every proposed addition is either added or
    // refused, once: the review accounts for each line it was given.
    [Property(MaxTest = 100)]
    public Property Review_AccountsForEveryEntryAndAdditionOnce() =>
        Prop.ForAll(Arbitraries.PlanningCases(), planningCase =>
        {
            PlanningList plan = planningCase.List;
            var input = new PlanningReviewInput(plan, plan.Date.PlusMonths(11));
            PlanningReview review = planningCase.Regulation.Review(input);
            return review.Kept.Length + review.Removed.Length == plan.Entries.Length
                && review.Kept.Concat(review.Removed.Select(i => i.Entry)).ToHashSet().SetEquals(plan.Entries)
                && review.Removed.All(i => !i.Reasons.IsEmpty)
                && PlanningReviewImpact.Subjects(input, review).Count() == plan.Entries.Length;
        });
}
