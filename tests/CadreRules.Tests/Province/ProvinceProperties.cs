using System.Linq;
using CadreRules.Province;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CadreRules.Tests.Province;

/// <summary>For any size and seed, every generated document is read by the library and has exactly that many people,
/// with unique identifiers, in units of the layout.</summary>
public class ProvinceProperties
{
    private static Arbitrary<(int People, ulong Seed)> SizesAndSeeds(int maxPeople) =>
        (from people in Gen.Choose(1, maxPeople)
         from seed in ArbMap.Default.GeneratorFor<ulong>()
         select (people, seed)).ToArbitrary();

    [Property(MaxTest = 15)]
    public Property Evaluations_AnySizeAndSeed_ReadWithThatManyPeople() =>
        Prop.ForAll(SizesAndSeeds(3000), c =>
        {
            var sheet = ProvinceDocuments.ReadEvaluations(ProvinceDocuments.Generate(ProvinceDocument.Evaluations, c.People, c.Seed));
            return sheet.Entries.Length == c.People
                && sheet.Entries.Select(e => e.Id).Distinct().Count() == c.People
                && sheet.Entries.Select(e => e.Unit).Distinct().Count() == ProvinceLayout.Units(ProvinceDocument.Evaluations, c.People, c.Seed).Count();
        });

    [Property(MaxTest = 10)]
    public Property Roster_AnySizeAndSeed_ReadWithThatManyCadres() =>
        Prop.ForAll(SizesAndSeeds(800), c =>
            ProvinceDocuments.ReadRoster(ProvinceDocuments.Generate(ProvinceDocument.Roster, c.People, c.Seed)).Cadres.Length == c.People);

    [Property(MaxTest = 8)]
    public Property PlanningList_AnySizeAndSeed_ReadWithThatManyCandidates_EachPlanned() =>
        Prop.ForAll(SizesAndSeeds(600), c =>
        {
            var list = ProvinceDocuments.ReadPlanningList(ProvinceDocuments.Generate(ProvinceDocument.Planning, c.People, c.Seed));
            return list.Candidates.Length == c.People && list.Entries.Select(e => e.CadreId).Distinct().Count() == c.People;
        });

    [Property(MaxTest = 100)]
    public Property Layout_AnySizeAndSeed_SizesAddUpWithinBounds() =>
        Prop.ForAll(SizesAndSeeds(1_000_000), c =>
        {
            ProvinceUnit[] units = [.. ProvinceLayout.Units(ProvinceDocument.Evaluations, c.People, c.Seed)];
            int least = System.Math.Min(c.People, ProvinceLayout.MinUnitSize);
            return units.Sum(u => (long)u.Size) == c.People && units.All(u => u.Size >= least && u.Size <= ProvinceLayout.MaxUnitSize);
        });
}
