using System;
using System.IO;
using System.Linq;
using CadreRules.Composition;
using CadreRules.Documents;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Tests.Documents;

public class BodyDocumentTests
{
    private static string Doc(string rest) => "{ \"schemaVersion\": 1, \"asOf\": \"2025-07-01\", \"youngAge\": 40, " + rest + " }";

    [Fact]
    public void Read_TargetsAndRosterMembers()
    {
        Roster roster = CadreDocuments.ReadRoster("""{ "schemaVersion": 1, "cadres": [ { "id": "R", "sex": "female", "birthDate": "1990-01", "ethnicMinority": true } ] }""");

        BodyMembership body = CadreDocuments.ReadBody(Doc("""
            "name": "Ban Thường vụ", "targets": { "women": { "numerator": 3, "denominator": 20 } },
            "members": [ { "cadreRef": "R" }, { "cadre": { "id": "a", "sex": "male", "birthDate": "1970" } } ]
            """), roster);

        Assert.Equal(("Ban Thường vụ", 40, 2), (body.Name, body.YoungAgeLimit, body.Members.Length));
        Assert.Equal(Share.Percent(15), body.Targets.Women);
        Assert.Null(body.Targets.Young);
        Assert.Equal(1, body.Measure().EthnicMinority.Count);
    }

    [Fact]
    public void Read_MemberTwice_DuplicateIdAtTheSecond() =>
        Assert.Equal(DocumentErrorCodes.DuplicateId, DocumentAssert.FailsAt("$.members[1]", () => CadreDocuments.ReadBody(Doc(
            """ "members": [ { "cadre": { "id": "a", "sex": "male", "birthDate": "1970" } }, { "cadre": { "id": "A ", "sex": "male", "birthDate": "1971" } } ]"""))).Code);

    [Fact]
    public void Read_EveryError_Reported()
    {
        DocumentException e = Assert.Throws<DocumentException>(() => CadreDocuments.ReadBody(
            """{ "schemaVersion": 1, "asOf": "2025-07-01", "youngAge": 0, "targets": { "women": { "numerator": 3, "denominator": 2 } }, "members": [ { "cadre": { "id": "x", "sex": "male", "birthDate": "2026-01" } } ] }"""));

        Assert.Equal(["$.youngAge", "$.targets.women", "$.members[0].cadre.birthDate"], e.Errors.Select(x => x.Path));
        Assert.All(e.Errors, x => Assert.Equal(DocumentErrorCodes.OutOfRange, x.Code));
    }

    [Fact]
    public void Write_ThenRead_SameDocumentConformingToTheSchema()
    {
        string once = CadreDocuments.WriteBody(CadreDocuments.ReadBody(Doc("""
            "targets": { "young": { "numerator": 1, "denominator": 10 } }, "members": [ { "cadre": { "id": "a", "sex": "male", "birthDate": "1970" } } ]
            """)));

        Assert.Equal(once, CadreDocuments.WriteBody(CadreDocuments.ReadBody(once)));
        Assert.True(SchemaTests.ConformsTo("body.schema.json", once));
        Assert.True(SchemaTests.ConformsTo("body.schema.json", File.ReadAllText(Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples", "demo-body.json"))));
    }
}
