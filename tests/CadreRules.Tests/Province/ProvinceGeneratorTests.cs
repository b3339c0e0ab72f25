using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CadreRules.Planning;
using CadreRules.Province;
using CadreRules.Rules;
using CadreRules.Tests.Documents;

namespace CadreRules.Tests.Province;

/// <summary>The generated province: determinism, layout, sizes, identifiers, property order, and that the library reads
/// every document (the reading goes through <see cref="ProvinceDocuments"/>).</summary>
public class ProvinceGeneratorTests
{
    private const int People = 2000;

    public static TheoryData<ProvinceDocument> Kinds => [ProvinceDocument.Evaluations, ProvinceDocument.Roster, ProvinceDocument.Planning, ProvinceDocument.Variant];

    public static TheoryData<ProvinceDocument> SizedKinds => [ProvinceDocument.Evaluations, ProvinceDocument.Roster, ProvinceDocument.Planning];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void SameArguments_WriteTheSameBytes(ProvinceDocument kind) =>
        Assert.Equal(ProvinceDocuments.Generate(kind, 500, 7), ProvinceDocuments.Generate(kind, 500, 7));

    [Theory]
    [MemberData(nameof(SizedKinds))]
    public void AnotherSeed_WritesOtherBytes(ProvinceDocument kind) =>
        Assert.NotEqual(ProvinceDocuments.Generate(kind, 500, 7), ProvinceDocuments.Generate(kind, 500, 8));

    // The bytes depend on the kind, size and seed only: these digests pin them, so a change of runtime that changed the
    // output would fail here. A deliberate change of the generator updates them (and says so in its commit).
    [Theory]
    [InlineData(ProvinceDocument.Evaluations, "e42a8cc7b607adca7f4a8a3244a0dfb2ef752646b1f8b49ecc53a58e90807c74")]
    [InlineData(ProvinceDocument.Roster, "3206e6153ee86028e492008c09c6e90a644a50850840f50fbe8653500c30d343")]
    [InlineData(ProvinceDocument.Planning, "e7762ffecc98b1536f288f24840d18f7c33d0f2cc78c4e3a52553c7a26c5b68b")]
    [InlineData(ProvinceDocument.Variant, "5084d1780d17ea0232ff93cf28df2d0bf9187ecbf7129fcd7028e6616ab8a14e")]
    public void Output_IsPinned(ProvinceDocument kind, string sha256) =>
        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(ProvinceDocuments.Generate(kind, 300, 42))));

    [Theory]
    [MemberData(nameof(SizedKinds))]
    public void Compact_ByDefault_AndIndentedOnRequest_SameContent(ProvinceDocument kind)
    {
        byte[] compact = ProvinceDocuments.Generate(kind, 120, 3);
        byte[] indented = ProvinceDocuments.Generate(kind, 120, 3, indented: true);
        Assert.DoesNotContain((byte)'\n', compact);
        Assert.Contains("\n  \"", Encoding.UTF8.GetString(indented), StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetString(compact), Recompact(indented));
    }

    [Theory]
    [InlineData(ProvinceDocument.Evaluations, new[] { "schemaVersion", "organisation", "year", "subjectKind", "evaluatedOn", "people" })]
    [InlineData(ProvinceDocument.Roster, new[] { "schemaVersion", "organisation", "cadres" })]
    [InlineData(ProvinceDocument.Planning, new[] { "schemaVersion", "date", "term", "ageReferenceMonth", "titles", "candidates", "entries" })]
    public void TopLevelFields_ComeBeforeTheArrays(ProvinceDocument kind, string[] expected)
    {
        using JsonDocument document = JsonDocument.Parse(ProvinceDocuments.Generate(kind, 50, 1));
        Assert.Equal(expected, document.RootElement.EnumerateObject().Select(p => p.Name));
    }

    // Every object's properties are in the order the library's writer uses (which writes more: defaults, per-person dates).
    [Theory]
    [MemberData(nameof(Kinds))]
    public void PropertyOrder_IsTheLibraryWritersOrder(ProvinceDocument kind)
    {
        byte[] generated = ProvinceDocuments.Generate(kind, 300, 5);
        using JsonDocument ours = JsonDocument.Parse(generated);
        using JsonDocument library = JsonDocument.Parse(ProvinceDocuments.Rewrite(kind, generated));

        // The sheet's evaluatedOn, declared between subjectKind and people, is one the library's writer leaves out (it
        // writes each person's date): TopLevelFields_ComeBeforeTheArrays checks its place.
        AssertOrderedSubset(ours.RootElement, library.RootElement, "$", skip: "$.evaluatedOn");
    }

    [Theory]
    [InlineData(ProvinceDocument.Evaluations, "evaluations.schema.json")]
    [InlineData(ProvinceDocument.Roster, "roster.schema.json")]
    [InlineData(ProvinceDocument.Planning, "planning-list.schema.json")]
    [InlineData(ProvinceDocument.Variant, "local-variant.schema.json")]
    public void Documents_ConformToTheirSchemas(ProvinceDocument kind, string schema) =>
        Assert.True(SchemaTests.ConformsTo(schema, Encoding.UTF8.GetString(ProvinceDocuments.Generate(kind, 200, 11))));

    [Fact]
    public void Evaluations_ReadByTheLibrary_PeopleInUnitsOfTheLayout()
    {
        var sheet = ProvinceDocuments.ReadEvaluations(ProvinceDocuments.Generate(ProvinceDocument.Evaluations, People, 1));
        Assert.Equal(ProvinceGenerator.EvaluationYear, sheet.Year);
        Assert.Equal(ProvinceGenerator.Organisation, sheet.Organisation);
        Assert.Equal(Enumerable.Range(1, People).Select(i => $"P-{i:0000000}"), sheet.Entries.Select(e => e.Id.Value));

        // Consecutive people share a unit; the units are those of the layout (sizes 20 to 200) and their names are unique.
        ProvinceUnit[] layout = [.. ProvinceLayout.Units(ProvinceDocument.Evaluations, People, 1)];
        List<(string Unit, int Count)> runs = Runs(sheet.Entries.Select(e => e.Unit));
        Assert.Equal(layout.Select(u => u.Size), runs.Select(r => r.Count));
        Assert.Equal(runs.Count, runs.Select(r => r.Unit).Distinct(StringComparer.Ordinal).Count());
        Assert.All(runs, r => Assert.InRange(r.Count, ProvinceLayout.MinUnitSize, ProvinceLayout.MaxUnitSize));

        // A mix of subject kinds, roles and peer groups; every person in force on the evaluation date.
        Assert.Equal(
            [SubjectKind.PartyMember, SubjectKind.PartyOrganisation, SubjectKind.CivilServant, SubjectKind.PublicEmployee],
            sheet.Entries.Select(e => e.SubjectKind).Distinct().Order());
        Assert.Equal(3, sheet.Entries.Select(e => e.Input.Role).Distinct().Count());
        Assert.True(sheet.Entries.Select(e => e.PeerGroup).Distinct().Count() >= 6);
        Assert.All(sheet.Entries, e => Assert.Equal(new NodaTime.LocalDate(2025, 12, 15), e.Input.EvaluatedOn));
        Assert.Contains(sheet.Entries, e => e.Name!.Contains('ễ', StringComparison.Ordinal) || e.Name.Contains('ầ', StringComparison.Ordinal));
    }

    [Fact]
    public void Roster_ReadByTheLibrary()
    {
        var roster = ProvinceDocuments.ReadRoster(ProvinceDocuments.Generate(ProvinceDocument.Roster, People, 1));
        Assert.Equal(Enumerable.Range(1, People).Select(i => $"C-{i:0000000}"), roster.Cadres.Select(c => c.Id.Value));
        List<(string Unit, int Count)> runs = Runs(roster.Cadres.Select(c => c.Positions[^1].Unit));
        Assert.Equal(ProvinceLayout.Units(ProvinceDocument.Roster, People, 1).Select(u => u.Size), runs.Select(r => r.Count));
        Assert.Equal(runs.Count, runs.Select(r => r.Unit).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(roster.Cadres, c => c.Positions.Length == 2);
        Assert.Contains(roster.Cadres, c => !c.Discipline.IsEmpty);
        Assert.Contains(roster.Cadres, c => c.PartyMembership is null);
    }

    [Fact]
    public void PlanningList_ReadByTheLibrary_EveryCandidatePlanned_MostTitlesWithTwoToFourCandidates()
    {
        var list = ProvinceDocuments.ReadPlanningList(ProvinceDocuments.Generate(ProvinceDocument.Planning, People, 1));
        Assert.Equal(People, list.Candidates.Length);
        Assert.Equal(list.Candidates.Select(c => c.Id).ToHashSet(), list.Entries.Select(e => e.CadreId).ToHashSet());
        Dictionary<string, int> perTitle = list.Entries.GroupBy(e => e.TitleId).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(list.Titles.Length, perTitle.Count);
        int[] leadership = [.. list.Titles.Where(t => t.Kind == PlanningTitleKind.Leadership).Select(t => perTitle[t.Id])];
        Assert.True(leadership.Count(c => c is >= 2 and <= 4) > leadership.Length * 3 / 4);
        Assert.Contains(1, leadership);
        Assert.Contains(leadership, c => c >= 4);
    }

    [Fact]
    public void PlanningList_TitleStandards_MostMeetThem_SomeFail_SomeArePendingOrUndetermined()
    {
        var list = ProvinceDocuments.ReadPlanningList(ProvinceDocuments.Generate(ProvinceDocument.Planning, People, 1));
        PlanningReport report = PlanningRegulations.Qd377.Validate(list, CadreRules.Standards.TitleStandardsRegulation.InForce(ShippedRegulations.Catalog, list.Date));
        int leadershipEntries = list.Entries.Count(e => list.Title(e.TitleId).Kind == PlanningTitleKind.Leadership);
        int fails = report.Findings.Count(f => f.Code.Value == "QD377.Planning.TitleStandards");
        int pending = report.Findings.Count(f => f.Code.Value == "QD377.Planning.TitleStandardsPending");

        Assert.InRange(fails, 1, leadershipEntries / 5);
        Assert.InRange(pending, 1, leadershipEntries / 10);
        Assert.Contains(list.Candidates, c => c.HasTrainingPlan);
        Assert.True(list.Candidates.Count(c => c.Cadre.Qualifications.Education is not null) > People * 9 / 10);
    }

    [Fact]
    public void Variant_ReadByTheLibrary_OverridesQd366()
    {
        var variant = ProvinceDocuments.ReadVariant(ProvinceDocuments.Generate(ProvinceDocument.Variant, 1, 0));
        Assert.Equal(ProvinceGenerator.VariantId, variant.Id.Value);
        Assert.Equal("party-eval-qd366", variant.BaseId.Value);
        Assert.Contains("hư cấu", variant.Title.Vietnamese, StringComparison.Ordinal);
        Assert.Equal(2, variant.Overrides.Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(19)]
    [InlineData(20)]
    [InlineData(201)]
    [InlineData(221)]
    [InlineData(100_000)]
    public void Layout_SizesAddUp_WithinBounds(int people)
    {
        foreach (ProvinceDocument kind in new[] { ProvinceDocument.Evaluations, ProvinceDocument.Planning })
        {
            ProvinceUnit[] units = [.. ProvinceLayout.Units(kind, people, 9)];
            Assert.Equal(people, units.Sum(u => u.Size));
            Assert.All(units, u => Assert.InRange(u.Size, Math.Min(people, ProvinceLayout.MinUnitSize), ProvinceLayout.MaxUnitSize));
            int first = 0;
            foreach (ProvinceUnit unit in units)
            {
                Assert.Equal(first, unit.FirstPerson);
                first += unit.Size;
            }

            Assert.All(units.GroupBy(u => u.Locality).SkipLast(1), g => Assert.InRange(g.Count(), 3, 10));
        }
    }

    [Fact]
    public void ZeroPeople_IsRefused() =>
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => ProvinceGenerator.WriteEvaluations(Stream.Null, 0, 1));

    private static List<(string Unit, int Count)> Runs(IEnumerable<string> units)
    {
        var runs = new List<(string Unit, int Count)>();
        foreach (string unit in units)
        {
            if (runs.Count > 0 && runs[^1].Unit == unit)
            {
                runs[^1] = (unit, runs[^1].Count + 1);
            }
            else
            {
                runs.Add((unit, 1));
            }
        }

        return runs;
    }

    private static string Recompact(byte[] json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) }))
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    // Our properties appear, in the same order, among the library's (which may have more), recursively.
    private static void AssertOrderedSubset(JsonElement ours, JsonElement library, string path, string? skip = null)
    {
        Assert.True(ours.ValueKind == library.ValueKind, $"{path}: {ours.ValueKind} against the library's {library.ValueKind}");
        if (ours.ValueKind == JsonValueKind.Object)
        {
            List<JsonProperty> theirs = [.. library.EnumerateObject()];
            int next = 0;
            foreach (JsonProperty property in ours.EnumerateObject().Where(p => path + "." + p.Name != skip))
            {
                int at = theirs.FindIndex(next, p => p.Name == property.Name);
                Assert.True(at >= 0, $"{path}.{property.Name} is missing from the library's output or out of its order ({string.Join(", ", theirs.Select(p => p.Name))}).");
                AssertOrderedSubset(property.Value, theirs[at].Value, path + "." + property.Name);
                next = at + 1;
            }
        }
        else if (ours.ValueKind == JsonValueKind.Array)
        {
            Assert.Equal(library.GetArrayLength(), ours.GetArrayLength());
            int i = 0;
            foreach ((JsonElement a, JsonElement b) in ours.EnumerateArray().Zip(library.EnumerateArray()))
            {
                AssertOrderedSubset(a, b, $"{path}[{i++}]");
            }
        }
    }
}
