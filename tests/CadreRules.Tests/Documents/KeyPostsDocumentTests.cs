using System;
using System.IO;
using System.Linq;
using CadreRules.Documents;
using CadreRules.Rotation;
using CadreRules.Rules;

namespace CadreRules.Tests.Documents;

/// <summary>The key-posts document: the samples, round trip, schema, errors at their paths.</summary>
public class KeyPostsDocumentTests
{
    private static readonly string Samples = Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples");

    private static string Doc(string holders) => "{ \"schemaVersion\": 1, \"date\": \"2024-06-01\", \"holders\": [ " + holders + " ] }";

    [Theory]
    [InlineData("key-posts-thanh-tri-2023-07.json", 17, 32)]
    [InlineData("key-posts-phuc-tho-2021-11.json", 6, 42)]
    [InlineData("key-posts-phuc-tho-2023-03.json", 21, 42)]
    public void Samples_ReproduceSeed001AndConformToTheSchema(string file, int nonLocal, int total)
    {
        string json = File.ReadAllText(Path.Combine(Samples, file));

        KeyPostSurvey survey = CadreDocuments.ReadKeyPosts(json);
        NonLocalShareReport report = ((RotationRegulation)ShippedRegulations.Catalog.InForce(RegulationTopic.Rotation, SubjectKind.Cadre, survey.Date)).MeasureNonLocalShare(survey.Holders);

        Assert.Equal((nonLocal, total), (report.NonLocal, report.Total));
        Assert.True(SchemaTests.ConformsTo("key-posts.schema.json", json));
        Assert.Equal(json, CadreDocuments.WriteKeyPosts(survey) + "\n");
    }

    [Fact]
    public void Read_HolderWithNameAndYears_KeepsThem()
    {
        KeyPostHolder holder = Assert.Single(CadreDocuments.ReadKeyPosts(Doc("""{ "unit": "Xã A", "post": "chair", "name": "Trần Văn B", "bornThere": false, "raisedThere": true, "yearsStudiedOrWorkedThere": 7 }""")).Holders);

        Assert.Equal(("Xã A", KeyPostKind.Chair, "Trần Văn B"), (holder.Unit, holder.Kind, holder.Name));
        Assert.Equal(new LocalityTies(false, true, 7), holder.Ties);
    }

    [Fact]
    public void Read_SamePostOfAUnitTwice_DuplicateIdAtTheSecond()
    {
        DocumentException e = DocumentAssert.FailsAt("$.holders[1]", () => CadreDocuments.ReadKeyPosts(Doc(
            """{ "unit": "Xã A", "post": "chair", "bornThere": true, "raisedThere": true }, { "unit": "Xã A", "post": "chair", "bornThere": false, "raisedThere": false }""")));

        Assert.Equal(DocumentErrorCodes.DuplicateId, e.Code);
        Assert.Equal(["Xã A / chair", "$.holders[0]"], e.Arguments);
    }

    [Fact]
    public void Read_EveryHolderInError_Reported()
    {
        DocumentException e = Assert.Throws<DocumentException>(() => CadreDocuments.ReadKeyPosts(Doc(
            """{ "unit": " ", "post": "chair", "bornThere": true, "raisedThere": true }, { "unit": "Xã B", "post": "chair", "raisedThere": false }, { "unit": "Xã C", "post": "secretary", "bornThere": false, "raisedThere": false, "yearsStudiedOrWorkedThere": -1 }""")));

        Assert.Equal(["$.holders[0].unit", "$.holders[1].bornThere", "$.holders[2].yearsStudiedOrWorkedThere"], e.Errors.Select(x => x.Path));
        Assert.Equal(DocumentErrorCodes.OutOfRange, e.Errors[2].Code);
    }

    [Fact]
    public void Read_UnknownPost_NamesTheAcceptedOnes()
    {
        DocumentException e = Assert.Throws<DocumentException>(() => CadreDocuments.ReadKeyPosts(Doc("""{ "unit": "Xã A", "post": "mayor", "bornThere": true, "raisedThere": true }""")));

        Assert.Equal("$.holders[0].post", e.Path);
        Assert.Equal(["oneOf", "secretary, chair"], e.Arguments);
    }

    [Fact]
    public void Read_DateOutsideTheCalendar_OutOfRangeAtDate() =>
        Assert.Equal(DocumentErrorCodes.OutOfRange, DocumentAssert.FailsAt("$.date", () => CadreDocuments.ReadKeyPosts(Doc("").Replace("2024-06-01", "2250-01-01", StringComparison.Ordinal))).Code);

    [Fact]
    public void Read_Roster_IsNamedAsAnotherKind()
    {
        DocumentException e = Assert.Throws<DocumentException>(() => CadreDocuments.ReadKeyPosts("""{ "schemaVersion": 1, "cadres": [] }"""));

        Assert.Equal((DocumentKind.Roster, DocumentKind.KeyPosts), (e.FoundKind, e.ExpectedKind));
    }
}
