using System.Collections.Immutable;
using System.Linq;
using CadreRules.Documents;
using CadreRules.Rotation;
using NodaTime;

namespace CadreRules.Tests.Documents;

public class MovementsDocumentTests
{
    private const string Man = """{ "id": "a", "sex": "male", "birthDate": "1985-04-10" }""";

    private static string Doc(string movements) => "{ \"schemaVersion\": 1, \"movements\": [ " + movements + " ] }";

    [Fact]
    public void Read_RotationTransferAndSecondment_RoundTrip()
    {
        string text = Doc($$"""
            { "batch": "1", "kind": "rotation", "cadre": {{Man}}, "start": "2025-07-01", "plannedEnd": "2028-06-30", "fromLevel": "provincial", "toLevel": "commune", "sameLocality": false, "comparison": "equivalent", "isInPlanning": true },
            { "batch": "1", "kind": "transfer", "cadre": {{Man}}, "start": "2025-07-01", "fromLevel": "provincial", "toLevel": "provincial", "sameLocality": true, "bars": ["hardship"], "requestedByPerson": true },
            { "batch": "2", "kind": "secondment", "cadre": {{Man}}, "start": "2026-01-01", "plannedEnd": "2027-12-31", "fromLevel": "commune", "toLevel": "commune", "sameLocality": false }
            """);

        ImmutableArray<ProgrammeMovement> movements = CadreDocuments.ReadMovements(text);
        ImmutableArray<ProgrammeMovement> again = CadreDocuments.ReadMovements(CadreDocuments.WriteMovements(movements));

        Assert.Equal([MovementKind.Rotation, MovementKind.Transfer, MovementKind.Secondment], movements.Select(m => m.Kind));
        Assert.Equal([RotationDirection.Downward, RotationDirection.BetweenAgencies, RotationDirection.BetweenLocalities], movements.Select(m => m.Direction));
        Assert.Equal([MovementBar.Hardship], movements[1].Move!.Bars.ToArray());
        Assert.True(movements[1].Move!.RequestedByPerson);
        Assert.Equal(new LocalDate(2027, 12, 31), movements[2].PlannedEnd);
        Assert.Equal(movements.Select(m => (m.Batch, m.Kind, m.Start, m.PlannedEnd, m.Levels)), again.Select(m => (m.Batch, m.Kind, m.Start, m.PlannedEnd, m.Levels)));
    }

    [Fact]
    public void Read_RotationFieldOnATransfer_NotApplicableAtItsPath() =>
        Assert.Equal(DocumentErrorCodes.NotApplicable, DocumentAssert.FailsAt("$.movements[0].comparison", () => CadreDocuments.ReadMovements(Doc(
            $$"""{ "batch": "1", "kind": "transfer", "cadre": {{Man}}, "start": "2025-07-01", "fromLevel": "provincial", "toLevel": "provincial", "sameLocality": true, "comparison": "equivalent" }"""))).Code);

    [Fact]
    public void Read_BarsOnARotation_NotApplicableAtItsPath() =>
        Assert.Equal(DocumentErrorCodes.NotApplicable, DocumentAssert.FailsAt("$.movements[0].bars", () => CadreDocuments.ReadMovements(Doc(
            $$"""{ "batch": "1", "kind": "rotation", "cadre": {{Man}}, "start": "2025-07-01", "plannedEnd": "2028-06-30", "fromLevel": "provincial", "toLevel": "commune", "sameLocality": false, "comparison": "equivalent", "isInPlanning": true, "bars": [] }"""))).Code);

    [Fact]
    public void Read_TransferWithAPlannedEnd_OutOfRangeAtThePlannedEnd() =>
        DocumentAssert.FailsAt("$.movements[0].plannedEnd", () => CadreDocuments.ReadMovements(Doc(
            $$"""{ "batch": "1", "kind": "transfer", "cadre": {{Man}}, "start": "2025-07-01", "plannedEnd": "2025-12-31", "fromLevel": "provincial", "toLevel": "provincial", "sameLocality": true }""")));

    [Fact]
    public void Read_MissingBatchAndMissingComparison_BothReported()
    {
        DocumentException e = Assert.Throws<DocumentException>(() => CadreDocuments.ReadMovements(Doc($$"""
            { "kind": "transfer", "cadre": {{Man}}, "start": "2025-07-01", "fromLevel": "provincial", "toLevel": "provincial", "sameLocality": true },
            { "batch": "1", "kind": "rotation", "cadre": {{Man}}, "start": "2025-07-01", "plannedEnd": "2028-06-30", "fromLevel": "provincial", "toLevel": "commune", "sameLocality": false, "isInPlanning": true }
            """)));

        Assert.Equal(["$.movements[0].batch", "$.movements[1].comparison"], e.Errors.Select(x => x.Path));
    }

    [Fact]
    public void Read_ARosterGivenWhereMovementsAreExpected_NamesTheKinds()
    {
        DocumentException e = Assert.Throws<DocumentException>(() => CadreDocuments.ReadMovements("""{ "schemaVersion": 1, "cadres": [] }"""));

        Assert.Equal((DocumentKind.Roster, DocumentKind.Movements), (e.FoundKind, e.ExpectedKind));
    }
}
