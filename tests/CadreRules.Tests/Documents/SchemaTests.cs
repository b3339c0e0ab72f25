using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CadreRules.People;
using CadreRules.Rules;
using CadreRules.Documents;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CadreRules.Tests.Documents;

/// <summary>Every written document conforms to its schema in docs/schemas, and the schemas reject what the readers reject.</summary>
public class SchemaTests
{
    private static readonly MiniSchemaValidator Validator = new(Path.Combine(AppContext.BaseDirectory, "Schemas"));

    /// <summary>Whether a document conforms to a schema of docs/schemas (for other test classes).</summary>
    internal static bool ConformsTo(string schema, string json) => Conforms(schema, json, out _);

    private static bool Conforms(string schema, string json, out string errors)
    {
        IReadOnlyList<string> found = Validator.Validate(schema, json);
        errors = string.Join("\n", found);
        return found.Count == 0;
    }

    private static void AssertConforms(string schema, string json)
    {
        bool ok = Conforms(schema, json, out string errors);
        Assert.True(ok, errors);
    }

    [Fact]
    public void Schemas_AreJsonWithIdAndSchemaVersion()
    {
        string[] files = [.. Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Schemas"), "*.schema.json").Select(Path.GetFileName)!];
        Assert.Equal(19, files.Length);
        foreach (string file in files.Where(f => f != "common.schema.json"))
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", file)));
            Assert.EndsWith(file, document.RootElement.GetProperty("$id").GetString(), StringComparison.Ordinal);
            Assert.Contains("schemaVersion", document.RootElement.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        }
    }

    [Property(MaxTest = 50)]
    public Property WrittenRoster_ConformsToSchema() =>
        Prop.ForAll(Arbitraries.Rosters().ToArbitrary(), roster => Conforms("roster.schema.json", CadreDocuments.WriteRoster(roster), out _));

    [Property(MaxTest = 50)]
    public Property WrittenVariant_ConformsToSchema() =>
        Prop.ForAll(Arbitraries.Variants().ToArbitrary(), variant => Conforms("local-variant.schema.json", CadreDocuments.WriteVariant(variant), out _));

    [Property(MaxTest = 50)]
    public Property WrittenVerdict_ConformsToSchema() =>
        Prop.ForAll(Arbitraries.Verdicts().ToArbitrary(), verdict => Conforms("verdict.schema.json", CadreDocuments.WriteVerdict(verdict, Language.English), out _));

    [Fact]
    public void WrittenCatalogue_ConformsToSchema() =>
        AssertConforms("catalogue.schema.json", CadreDocuments.WriteCatalog(SerializationTestRegulation.Catalog, Language.Vietnamese));

    [Fact]
    public void WrittenRetirementReport_ConformsToSchema() =>
        AssertConforms("retirement-report.schema.json", CadreDocuments.WriteRetirementReport(
            [new Cadre("A", Sex.Male, BirthDate.OfMonth(1965, 2)), new Cadre("B", Sex.Female, BirthDate.OfYear(1990))], new LocalDate(1980, 1, 1), Language.English));

    [Fact]
    public void DemoRoster_ConformsToSchema() =>
        AssertConforms("roster.schema.json", CadreDocuments.WriteRoster(CadreRules.Cli.Demo.DemoSample.Roster()));

    public static IEnumerable<object[]> AllCaseFiles() =>
        CaseRunnerTests.CaseFiles().Select(f => new object[] { Path.Combine(CaseRunnerTests.CasesFolder, (string)f[0]) })
            .Append([Path.Combine(CaseRunnerTests.FailingCasesFolder, "wrong-expected-date.json")]);

    [Theory]
    [MemberData(nameof(AllCaseFiles))]
    public void CaseFile_ConformsToSchema(string file) => AssertConforms("case.schema.json", File.ReadAllText(file));

    [Theory]
    [InlineData("""{ "schemaVersion": 1, "cadres": [ { "id": "A", "sex": "male" } ] }""")]
    [InlineData("""{ "schemaVersion": 1, "cadres": [ { "id": "A", "sex": "alien", "birthDate": "1961" } ] }""")]
    [InlineData("""{ "schemaVersion": 1, "cadres": [ { "id": "A", "sex": "male", "birthDate": "15.01.1961" } ] }""")]
    [InlineData("""{ "schemaVersion": 1, "cadres": [ { "id": "A", "nmae": "x", "sex": "male", "birthDate": "1961" } ] }""")]
    [InlineData("""{ "schemaVersion": 2, "cadres": [] }""")]
    [InlineData("""{ "cadres": [] }""")]
    public void InvalidRoster_IsRejectedBySchemaAndReader(string json)
    {
        Assert.False(Conforms("roster.schema.json", json, out _));
        Assert.Throws<DocumentException>(() => CadreDocuments.ReadRoster(json));
    }
}
