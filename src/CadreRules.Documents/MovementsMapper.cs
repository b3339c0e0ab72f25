using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.People;
using CadreRules.Rotation;
using NodaTime;

namespace CadreRules.Documents;

/// <summary>The movements document to and from <see cref="ProgrammeMovement"/>s.</summary>
internal static class MovementsMapper
{
    private static readonly string[] RotationOnly = ["comparison", "isInPlanning", "isUnderDisciplinaryReview", "isOutstanding", "createsNewTitle", "purpose", "competentLevelDecision"];

    public static ImmutableArray<ProgrammeMovement> ToMovements(MovementsJson json, Roster? roster)
    {
        Require.SchemaVersion(json.SchemaVersion);
        var errors = new DocumentErrors();
        List<MovementJson?> items = errors.Try(() => Require.Object(json.Movements, "$.movements")) ?? [];
        var result = ImmutableArray.CreateBuilder<ProgrammeMovement>(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            ProgrammeMovement? movement = errors.Try(() => ToMovement(items[i], Require.Item("$.movements", i), roster));
            if (movement is not null)
            {
                result.Add(movement);
            }
        }

        errors.ThrowIfAny();
        return result.ToImmutable();
    }

    public static ProgrammeMovement ToMovement(MovementJson? json, string path, Roster? roster)
    {
        MovementJson m = Require.Object(json, path);
        string batch = Require.Text(m.Batch, path + ".batch");
        MovementKind kind = Require.Value(m.Kind, path + ".kind");
        Cadre cadre = RequestMapper.CadreOf(m.Cadre, m.CadreRef, roster, path);
        LocalDate start = Require.Value(m.Start, path + ".start");
        OrganisationalLevel from = Require.Value(m.FromLevel, path + ".fromLevel");
        OrganisationalLevel to = Require.Value(m.ToLevel, path + ".toLevel");
        bool sameLocality = Require.Value(m.SameLocality, path + ".sameLocality");
        if (kind == MovementKind.Rotation)
        {
            if (m.Bars is not null || m.RequestedByPerson is not null)
            {
                string field = m.Bars is not null ? "bars" : "requestedByPerson";
                throw DocumentException.Of(path + "." + field, DocumentErrorCodes.NotApplicable, null, field);
            }

            LocalDate end = Require.Value(m.PlannedEnd, path + ".plannedEnd");
            PostComparison comparison = Require.Value(m.Comparison, path + ".comparison");
            bool inPlanning = Require.Value(m.IsInPlanning, path + ".isInPlanning");
            RotationCase rotation = Require.Build(path, () => new RotationCase(
                cadre, start, end, from, to, sameLocality, comparison, inPlanning,
                m.IsUnderDisciplinaryReview ?? false, m.IsOutstanding ?? false, m.CreatesNewTitle ?? false,
                m.Purpose ?? RotationPurpose.Training, m.CompetentLevelDecision),
                "start", "plannedEnd", "fromLevel", "toLevel", "sameLocality", "comparison", "isInPlanning", "purpose", "competentLevelDecision");
            return Require.Build(path, () => ProgrammeMovement.OfRotation(batch, rotation), "batch");
        }

        object?[] rotationFields = [m.Comparison, m.IsInPlanning, m.IsUnderDisciplinaryReview, m.IsOutstanding, m.CreatesNewTitle, m.Purpose, m.CompetentLevelDecision];
        for (int i = 0; i < rotationFields.Length; i++)
        {
            if (rotationFields[i] is not null)
            {
                throw DocumentException.Of(path + "." + RotationOnly[i], DocumentErrorCodes.NotApplicable, null, RotationOnly[i]);
            }
        }

        MovementBar[] bars = m.Bars is null ? [] : [.. m.Bars];
        MovementCase move = Require.Build(path, () => new MovementCase(cadre, kind, start, m.PlannedEnd, from, to, sameLocality, bars, m.RequestedByPerson ?? false), "kind", "start", "plannedEnd", "fromLevel", "toLevel", "bars");
        return Require.Build(path, () => ProgrammeMovement.Of(batch, move), "batch");
    }

    public static MovementsJson FromMovements(IEnumerable<ProgrammeMovement> movements) => new()
    {
        SchemaVersion = DocumentReader.SchemaVersion,
        Movements = [.. movements.Select(m => (MovementJson?)(m.Rotation is { } r
            ? new MovementJson
            {
                Batch = m.Batch,
                Kind = m.Kind,
                Cadre = RosterMapper.FromCadre(r.Cadre),
                Start = r.Start,
                PlannedEnd = r.PlannedEnd,
                FromLevel = r.FromLevel,
                ToLevel = r.ToLevel,
                SameLocality = r.SameLocality,
                Comparison = r.Comparison,
                IsInPlanning = r.IsInPlanning,
                IsUnderDisciplinaryReview = r.IsUnderDisciplinaryReview ? true : null,
                IsOutstanding = r.IsOutstanding ? true : null,
                CreatesNewTitle = r.CreatesNewTitle ? true : null,
                Purpose = r.Purpose,
                CompetentLevelDecision = r.CompetentLevelDecision,
            }
            : new MovementJson
            {
                Batch = m.Batch,
                Kind = m.Kind,
                Cadre = RosterMapper.FromCadre(m.Move!.Cadre),
                Start = m.Move.Start,
                PlannedEnd = m.Move.PlannedEnd,
                FromLevel = m.Move.FromLevel,
                ToLevel = m.Move.ToLevel,
                SameLocality = m.Move.SameLocality,
                Bars = m.Move.Bars.IsEmpty ? null : [.. m.Move.Bars],
                RequestedByPerson = m.Move.RequestedByPerson ? true : null,
            }))],
    };
}
