using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using CadreRules.Documents;
using CadreRules.Evaluation;
using CadreRules.Impact;
using CadreRules.People;
using CadreRules.Rules;
using CadreRules.Tests.Docs;
using NodaTime;

namespace CadreRules.Tests.Evaluation;

public class EvaluationRoundTests
{
    private static readonly EvaluationRound Shipped = new(ShippedRegulations.Catalog);

    private static string Sample(string name) =>
        File.ReadAllText(Path.Combine(RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples", name));

    private static EvaluationSheet Demo() => CadreDocuments.ReadEvaluations(Sample("demo-evaluations.json"));

    private static EvaluationEntry Member(string id, decimal score, string unit = "Chi bộ 1", string peerGroup = "đảng viên", LocalDate? on = null, EvaluationRole role = EvaluationRole.NonLeader, bool outstanding = false, SubjectKind kind = SubjectKind.PartyMember) =>
        new(id, unit, peerGroup, kind, EvaluationTestData.Scored(score, on: on, role: role), "Người " + id, outstanding);

    private static EvaluationEntry Graded(string id, LocalDate on) =>
        new(id, "Chi bộ 1", "đảng viên", SubjectKind.PartyMember, EvaluationTestData.Graded(CriterionGrade.Good, CriterionGrade.Good, on));

    // --- The demo sample: the counts `cadre-rules evaluate demo-evaluations.json` prints -------------------------------

    [Fact]
    public void Run_DemoSample_GivesTheCountsTheCliPrints()
    {
        EvaluationRoundResult result = Shipped.Run(Demo());

        Assert.Equal(48, result.People.Length);
        Assert.Equal("HTXS 9, HTT 33, HTNV 3, KHT 2, không xếp loại 0, chưa xác định 1", result.CountsBefore.ToString());
        Assert.Equal("HTXS 5, HTT 37, HTNV 3, KHT 2, không xếp loại 0, chưa xác định 1", result.CountsAfter.ToString());
        Assert.Equal(4, result.MovedCount);
        Assert.Equal(["MKT-016", "MKT-018", "MKT-022", "MKT-027"], result.Moved.Select(p => p.Id.Value));
        Assert.All(result.Moved, p => Assert.Equal(new RuleCode("QD366.Quota.HTXS"), p.Demotion!.Code));
        Assert.True(result.HasUndetermined);
        Assert.Equal("party-eval-qd366", Assert.Single(result.Regulations).Id.Value);
        Assert.Equal(48, result.CountsAfter.Total);

        EvaluationRoundPerson gap = Assert.Single(result.People, p => p.Final == EvaluationOutcome.Undetermined);
        Assert.Equal("MKT-031", gap.Id.Value);
        Assert.Equal(["QD366.Gap.NoLevel"], gap.Codes().Select(c => c.Value));
        Assert.Equal("MKT-031: chưa xác định (party-eval-qd366)", gap.ToString());

        EvaluationRoundPerson moved = result.People.Single(p => p.Id.Value == "MKT-027");
        Assert.Equal(EvaluationOutcome.Excellent, moved.Qualified);
        Assert.Equal(EvaluationLevel.Good, moved.FinalLevel);
        Assert.Equal(2, moved.Demotion!.Rank);
        Assert.Equal(["QD366.HTXS", "QD366.Quota.HTXS"], moved.Codes().Select(c => c.Value));
    }

    [Fact]
    public void Compare_DemoSampleAgainstTheDemoVariant_ChangesTheOutcomesTheCliDiffLists()
    {
        EvaluationSheet sheet = Demo();
        LocalVariant variant = CadreDocuments.ReadVariant(Sample("demo-variant.json"), ShippedRegulations.Catalog);
        EvaluationRoundResult before = Shipped.Run(sheet);
        EvaluationRoundResult after = new EvaluationRound(ShippedRegulations.Catalog.WithVariant(variant)).Run(sheet);

        RuleChangeImpact<EvaluationOutcome> impact = EvaluationImpact.Compare(before, after);

        Assert.Equal("HTXS 4, HTT 39, HTNV 3, KHT 2, không xếp loại 0, chưa xác định 0", after.CountsAfter.ToString());
        Assert.Equal(48, impact.Total);
        Assert.Equal(2, impact.OutcomesChanged);
        Assert.Equal(48, impact.Changes.Length); // the regulation differs for everyone: the variant replaces its base
        Assert.Equal(
            [("MKT-031", EvaluationOutcome.Undetermined, EvaluationOutcome.Good), ("MKT-036", EvaluationOutcome.Excellent, EvaluationOutcome.Good)],
            impact.Changes.Where(c => c.OutcomeChanged).Select(c => (c.Id.Value, c.Before, c.After)));
        ImpactChange<EvaluationOutcome> gap = impact.Changes.Single(c => c.Id.Value == "MKT-031");
        Assert.Equal(["QD366.Gap.NoLevel"], gap.Removed.Select(c => c.Value));
        Assert.Equal(["QD366.HTT"], gap.Added.Select(c => c.Value));
        Assert.Equal("party-eval-qd366", gap.BeforeRegulation.Value);
        Assert.Equal("party-eval-qd366-minh-khe", gap.AfterRegulation.Value);
        Assert.Contains(new ImpactTransition<EvaluationOutcome>(EvaluationOutcome.Excellent, EvaluationOutcome.Good, 1), impact.Transitions);
        Assert.Contains(new ImpactTransition<EvaluationOutcome>(EvaluationOutcome.Undetermined, EvaluationOutcome.Good, 1), impact.Transitions);
        Assert.Equal(new ImpactRuleCode(new RuleCode("QD366.Gap.NoLevel"), 1, 0), impact.RuleCodes.Single(c => c.Code.Value == "QD366.Gap.NoLevel"));
        Assert.Equal(2, impact.Groups.Sum(g => g.OutcomesChanged));
        Assert.Equal("48 compared, 2 change outcome, 48 differ", impact.ToString());
    }

    // --- Errors: every person who cannot be classified, in one exception ------------------------------------------------

    [Fact]
    public void Run_SeveralBadPeople_ListsThemAllInOneException()
    {
        EvaluationEntry[] people =
        [
            Member("A-1", 80),
            Member("A-1", 85),                                                                        // duplicate id
            Member("S-1", 80, on: EvaluationTestData.Nd335Date, role: EvaluationRole.Collective, kind: SubjectKind.CivilServant), // NĐ 335 agency: undetermined, not an error
            Member("OLD-1", 80, on: new LocalDate(2017, 12, 20)),                                      // before any evaluation regulation
            Graded("G-1", EvaluationTestData.Qd366Date),                                               // QĐ 366 needs a score
            Member("OK-2", 95),
        ];

        EvaluationRoundException e = Assert.Throws<EvaluationRoundException>(() => Shipped.Run(people));

        Assert.Equal(3, e.TotalErrors);
        Assert.Equal(
            [(1, "A-1", "id"), (3, "OLD-1", "evaluatedOn"), (4, "G-1", "score")],
            e.Errors.Select(x => (x.Index, x.Id.Value, x.Field)));
        Assert.All(e.Errors, x => Assert.DoesNotContain("(Parameter", x.Message, StringComparison.Ordinal));
        Assert.DoesNotContain("(Parameter", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("3 people cannot be classified: people[1] (A-1).id: ", e.Message, StringComparison.Ordinal);
        Assert.Contains("people[4] (G-1).score: the regulation 'party-eval-qd366' rates on the 100-point scale; the input has no score.", e.Message, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith(".", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_OneBadPerson_SaysPerson()
    {
        EvaluationRoundException e = Assert.Throws<EvaluationRoundException>(() => Shipped.Run([Member("A-1", 80), Graded("G-1", EvaluationTestData.Qd366Date)]));

        Assert.Equal(1, e.TotalErrors);
        Assert.StartsWith("1 person cannot be classified: people[1] (G-1).score: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MoreBadPeopleThanTheLimit_ListsTheFirstFiftyAndCountsTheRest()
    {
        IEnumerable<EvaluationEntry> people = Enumerable.Range(0, EvaluationRound.MaximumErrors + 1)
            .Select(i => Graded("G-" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), EvaluationTestData.Qd366Date))
            .Prepend(Member("OK-1", 80));

        EvaluationRoundException e = Assert.Throws<EvaluationRoundException>(() => Shipped.Run(people));

        Assert.Equal(50, EvaluationRound.MaximumErrors);
        Assert.Equal(50, e.Errors.Length);
        Assert.Equal(51, e.TotalErrors);
        Assert.Equal(Enumerable.Range(1, 50), e.Errors.Select(x => x.Index));
        Assert.StartsWith("51 people cannot be classified: ", e.Message, StringComparison.Ordinal);
        Assert.EndsWith("; and 1 more.", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("G-50", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnitFlaggedOutstandingForSomeMembersOnly_IsAnErrorOfTheRound()
    {
        EvaluationEntry[] people =
        [
            Member("A-1", 95, outstanding: true),
            Member("A-2", 80, outstanding: false),
            Member("A-3", 96, outstanding: true),
            Member("B-1", 95, unit: "Chi bộ 2"),
        ];

        EvaluationRoundException e = Assert.Throws<EvaluationRoundException>(() => Shipped.Run(people));

        EvaluationRoundError error = Assert.Single(e.Errors);
        Assert.Equal((1, "A-2", "unitIsOutstanding"), (error.Index, error.Id.Value, error.Field));
        Assert.Contains("Chi bộ 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NullPerson_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Shipped.Run([Member("A-1", 80), null!]));
        Assert.Throws<ArgumentNullException>(() => Shipped.Run((EvaluationSheet)null!));
        Assert.Throws<ArgumentNullException>(() => new EvaluationRound(null!));
    }

    [Fact]
    public void Run_Sequence_IsEnumeratedOnce()
    {
        var source = new OnceSequence([Member("A-1", 95), Member("A-2", 80), Member("A-3", 91)]);

        EvaluationRoundResult result = Shipped.Run(source);

        Assert.Equal(1, source.Enumerations);
        Assert.Equal(["A-1", "A-2", "A-3"], result.People.Select(p => p.Id.Value));
    }

    [Fact]
    public void Run_NoPeople_GivesAnEmptyResult()
    {
        EvaluationRoundResult result = Shipped.Run([]);

        Assert.Empty(result.People);
        Assert.Empty(result.Allocations);
        Assert.Empty(result.Regulations);
        Assert.Equal(0, result.CountsAfter.Total);
        Assert.False(result.HasUndetermined);
        Assert.True(EvaluationImpact.Compare(result, result).IsEmpty);
    }

    // --- Selecting the regulation ----------------------------------------------------------------------------------

    [Fact]
    public void Run_ById_ForcesTheBaseRegulationWhereAVariantIsInForce()
    {
        EvaluationSheet sheet = Demo();
        RegulationCatalog provincial = ShippedRegulations.Catalog.WithVariant(CadreDocuments.ReadVariant(Sample("demo-variant.json"), ShippedRegulations.Catalog));

        EvaluationRoundResult inForce = new EvaluationRound(provincial).Run(sheet);
        EvaluationRoundResult forced = new EvaluationRound(provincial, RegulationSelector.ById("party-eval-qd366")).Run(sheet);

        Assert.Equal("party-eval-qd366-minh-khe", Assert.Single(inForce.Regulations).Id.Value);
        Assert.Equal("party-eval-qd366", Assert.Single(forced.Regulations).Id.Value);
        Assert.Equal(Shipped.Run(sheet).CountsAfter, forced.CountsAfter);
        Assert.True(EvaluationImpact.Compare(Shipped.Run(sheet), forced).IsEmpty);
    }

    [Fact]
    public void Run_ByIdOfARegulationNotInForceOnTheirDate_ReportsEachPerson()
    {
        var round = new EvaluationRound(ShippedRegulations.Catalog, RegulationSelector.ById("party-eval-qd124"));

        EvaluationRoundException e = Assert.Throws<EvaluationRoundException>(() => round.Run([Graded("G-1", EvaluationTestData.Qd124Date), Graded("G-2", EvaluationTestData.Qd366Date)]));

        EvaluationRoundError error = Assert.Single(e.Errors);
        Assert.Equal((1, "G-2", "evaluatedOn"), (error.Index, error.Id.Value, error.Field));
        Assert.Contains("not in force on 20/12/2025", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ByUnknownId_OrANonEvaluationRegulation_ReportsEachPersonWithoutAField()
    {
        foreach (string id in new[] { "party-eval-qd999", "planning-qd377" })
        {
            var round = new EvaluationRound(ShippedRegulations.Catalog, RegulationSelector.ById(id));

            EvaluationRoundException e = Assert.Throws<EvaluationRoundException>(() => round.Run([Member("A-1", 80), Member("A-2", 80)]));

            Assert.Equal(2, e.TotalErrors);
            Assert.All(e.Errors, x => Assert.Null(x.Field));
            Assert.Contains(id, e.Errors[0].Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Run_InForceOnAFixedDate_AppliesThatDatesRegulation()
    {
        var round = new EvaluationRound(ShippedRegulations.Catalog, RegulationSelector.InForceOnDate(new LocalDate(2025, 9, 1)));

        Assert.Equal("party-eval-qd366", round.RegulationFor(SubjectKind.PartyMember, new LocalDate(2024, 12, 20)).Id.Value);
        Assert.Equal("party-eval-qd366", Assert.Single(round.Run([Member("A-1", 95)]).Regulations).Id.Value);
        Assert.Throws<RegulationNotFoundException>(() => new EvaluationRound(ShippedRegulations.Catalog).RegulationFor(SubjectKind.PartyMember, new LocalDate(2017, 1, 1)));
    }

    [Fact]
    public void Run_TwoRegulationsInOneSheet_AllocatesEachSeparately()
    {
        // One unit and peer group, two regulations: QĐ 366's quota reads only its own people (6 HTT and 2 qualifiers:
        // ⌊8/6⌋ = 1 kept, the higher score); the QĐ 124 people are allocated separately.
        LocalDate qd124 = EvaluationTestData.Qd124Date;
        IEnumerable<EvaluationEntry> party366 = Enumerable.Range(0, 6).Select(i => Member("N-" + i, 80)).Append(Member("N-X", 95)).Append(Member("N-Y", 96));
        IEnumerable<EvaluationEntry> party124 = Enumerable.Range(0, 3).Select(i => Graded("O-" + i, qd124));

        EvaluationRoundResult result = Shipped.Run(party366.Concat(party124));

        Assert.Equal(["party-eval-qd366", "party-eval-qd124"], result.Regulations.Select(r => r.Id.Value));
        Assert.Equal(2, result.Allocations.Length);
        Assert.Equal([8, 3], result.Allocations.Select(a => a.Candidates.Length));
        Assert.Equal(["N-X"], result.Moved.Select(p => p.Id.Value));
    }

    [Fact]
    public void Run_WithFixedDenominatorPolicy_UsesIt()
    {
        EvaluationEntry[] people = [.. Enumerable.Range(0, 10).Select(i => Member("G-" + i, 80)), .. Enumerable.Range(0, 10).Select(i => Member("X-" + i, 90 + (i / 2m)))];

        EvaluationRoundResult literal = Shipped.Run(people);
        EvaluationRoundResult fixedDenominator = new EvaluationRound(ShippedRegulations.Catalog, RegulationSelector.InForce, QuotaPolicy.FixedDenominator).Run(people);

        Assert.Equal(3, literal.CountsAfter[EvaluationOutcome.Excellent]);
        Assert.Equal(2, fixedDenominator.CountsAfter[EvaluationOutcome.Excellent]);
        Assert.Same(QuotaPolicy.FixedDenominator, Assert.Single(fixedDenominator.Allocations).Policy);
    }

    // --- One person's record ----------------------------------------------------------------------------------------

    [Fact]
    public void Explain_OwnFacts_GivesTheRoundsDecision()
    {
        EvaluationEntry entry = Member("A-1", 95);
        EvaluationRoundPerson person = Assert.Single(Shipped.Run([entry]).People);

        Verdict<EvaluationDecision> verdict = person.Explain(entry.Input);

        Assert.Equal(person.Decision, verdict.Outcome);
    }

    [Fact]
    public void Explain_AnotherPersonsFacts_IsRefused()
    {
        EvaluationEntry a = Member("A-1", 95), b = Member("A-2", 75), leader = Member("A-3", 95, role: EvaluationRole.Leader), later = Member("A-4", 95, on: new LocalDate(2025, 12, 21));
        EvaluationRoundPerson person = Shipped.Run([a, b, leader, later]).People[0];

        ArgumentException otherDecision = Assert.Throws<InvalidInputException>(() => person.Explain(b.Input));
        Assert.Equal("input", otherDecision.ParamName);
        Assert.Contains("'A-1'", otherDecision.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidInputException>(() => person.Explain(leader.Input));
        Assert.Throws<InvalidInputException>(() => person.Explain(later.Input));
        Assert.Throws<ArgumentNullException>(() => person.Explain(null!));
    }

    [Fact]
    public void Label_EachOutcome_IsTheShortVietnameseLabel()
    {
        Assert.Equal(
            ["HTXS", "HTT", "HTNV", "KHT", "không xếp loại", "chưa xác định"],
            EvaluationOutcomeCounts.Outcomes.Select(EvaluationRound.Label));
        Assert.Throws<InputOutOfRangeException>(() => EvaluationRound.Label((EvaluationOutcome)6));
        Assert.Throws<InputOutOfRangeException>(() => Shipped.Run([]).CountsAfter[(EvaluationOutcome)255]);
    }

    // --- The impact's checks ------------------------------------------------------------------------------------------

    [Fact]
    public void Compare_SidesOfDifferentLengths_IsRefused()
    {
        ImpactSubject<EvaluationOutcome>[] two = [Subject("A"), Subject("B")];

        ArgumentException shorter = Assert.Throws<InvalidInputException>(() => RuleChangeImpact<EvaluationOutcome>.Compare(two, two.Take(1)));
        ArgumentException longer = Assert.Throws<InvalidInputException>(() => RuleChangeImpact<EvaluationOutcome>.Compare(two.Take(1), two));

        Assert.Equal("after", shorter.ParamName);
        Assert.Equal("before", longer.ParamName);
        Assert.Contains("after 1 subjects", shorter.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_SidesWithOtherIds_IsRefused()
    {
        ArgumentException e = Assert.Throws<InvalidInputException>(() => RuleChangeImpact<EvaluationOutcome>.Compare([Subject("A"), Subject("B")], [Subject("A"), Subject("C")]));

        Assert.Contains("Position 1 holds 'B' before and 'C' after", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_RoundsOfOtherPeopleOrOrder_IsRefused()
    {
        EvaluationEntry[] people = [Member("A-1", 95), Member("A-2", 80)];
        EvaluationRoundResult forward = Shipped.Run(people);

        Assert.Throws<InvalidInputException>(() => EvaluationImpact.Compare(forward, Shipped.Run(people.Reverse())));
        Assert.Throws<InvalidInputException>(() => EvaluationImpact.Compare(forward, Shipped.Run(people.Take(1))));
        Assert.Throws<ArgumentNullException>(() => EvaluationImpact.Compare(forward, null!));
    }

    [Fact]
    public void Compare_SubjectInAnotherGroupAfter_IsRefused()
    {
        // A subject's group is part of who they are, not of the rule's answer: counted under one group only, the impact
        // could not be reversed (Compare(after, before) would count it under the other).
        ImpactSubject<EvaluationOutcome>[] before = [Subject("A"), Subject("B")];
        ImpactSubject<EvaluationOutcome>[] after = [Subject("A"), new("B", null, "V", EvaluationOutcome.Excellent, [], "reg")];

        ArgumentException e = Assert.Throws<InvalidInputException>(() => RuleChangeImpact<EvaluationOutcome>.Compare(before, after));

        Assert.Equal("after", e.ParamName);
        Assert.Contains("'B' is in group 'U' before and 'V' after", e.Message, StringComparison.Ordinal);
    }

    private static ImpactSubject<EvaluationOutcome> Subject(string id) =>
        new(id, null, "U", EvaluationOutcome.Good, [], "reg");

    private sealed class OnceSequence(IEnumerable<EvaluationEntry> entries) : IEnumerable<EvaluationEntry>
    {
        public int Enumerations { get; private set; }

        public IEnumerator<EvaluationEntry> GetEnumerator()
        {
            Enumerations++;
            return Enumerations == 1 ? entries.GetEnumerator() : throw new InvalidOperationException("enumerated twice");
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
