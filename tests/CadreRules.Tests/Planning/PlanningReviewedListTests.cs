using System.IO;
using System.Linq;
using CadreRules.Documents;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rules;
using CadreRules.Tests.Reports;

namespace CadreRules.Tests.Planning;

/// <summary><see cref="PlanningReviewInput.Reviewed(PlanningReview)"/> and <see cref="PlanningRegulation.StructureTargets"/>,
/// which the review report reads.</summary>
public class PlanningReviewedListTests
{
    private static PlanningRegulation Regulation(string id) => (PlanningRegulation)ShippedRegulations.Catalog.Get(new RegulationId(id));

    private static PlanningEntry[] Sorted(System.Collections.Generic.IEnumerable<PlanningEntry> entries) =>
        [.. entries.OrderBy(e => e.TitleId, System.StringComparer.Ordinal).ThenBy(e => e.CadreId)];

    private static PlanningReviewInput Input()
    {
        Roster roster = CadreDocuments.ReadRoster(File.ReadAllText(SampleReports.Sample("demo-roster.json")));
        return CadreDocuments.ReadPlanningReview(File.ReadAllText(SampleReports.Sample("demo-review.json")), roster);
    }

    [Fact]
    public void Reviewed_Sample_KeepsTheKeptAndAddedEntriesWithThisYearsFacts()
    {
        PlanningReviewInput input = Input();
        PlanningReview review = Regulation("planning-qd377").Review(input);

        PlanningList reviewed = input.Reviewed(review);

        Assert.Equal(review.Kept.Length + review.Added.Length, reviewed.Entries.Length);
        Assert.Equal(Sorted(review.Kept.Concat(review.Added)), Sorted(reviewed.Entries));
        Assert.DoesNotContain(reviewed.Entries, e => review.Removed.Any(r => r.Entry == e));
        Assert.Equal(reviewed.Entries.Select(e => e.CadreId).Distinct().Order(), reviewed.Candidates.Select(c => c.Id).Order());
        foreach (PlanningCandidate fact in input.CurrentFacts.Where(f => reviewed.Entries.Any(e => e.CadreId == f.Id)))
        {
            Assert.Same(fact, reviewed.Candidate(fact.Id));
        }

        Assert.Equal(input.Plan.Date, reviewed.Date);
        Assert.Equal(input.Plan.Titles.ToArray(), reviewed.Titles.ToArray());
    }

    [Fact]
    public void Reviewed_AnotherInputsReview_IsRefused()
    {
        PlanningReviewInput input = Input();
        PlanningReview review = Regulation("planning-qd377").Review(input);
        var other = new PlanningReviewInput(input.Plan.WithoutCandidate(review.Kept[0].CadreId), input.ReviewDate);

        Assert.Throws<PlanningListException>(() => other.Reviewed(review));
    }

    [Fact]
    public void StructureTargets_Qd50AppliesTargets_Qd377None()
    {
        Assert.Equal(Share.Percent(25), Regulation("planning-qd50").StructureTargets.Women);
        Assert.Equal(Share.Percent(15), Regulation("planning-qd50").StructureTargets.Young);
        Assert.Null(Regulation("planning-qd50").StructureTargets.EthnicMinority);
        Assert.Same(CadreRules.Composition.CompositionTargets.None, Regulation("planning-qd377").StructureTargets);
    }
}
