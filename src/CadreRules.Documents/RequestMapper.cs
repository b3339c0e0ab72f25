using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.Appointment;
using CadreRules.People;
using CadreRules.Rotation;

namespace CadreRules.Documents;

/// <summary>The rotation and appointment request documents to and from <see cref="RotationCase"/> and <see cref="AppointmentCase"/>.</summary>
internal static class RequestMapper
{
    /// <summary>A cadre given in full (<c>cadre</c>) or by reference into a roster (<c>cadreRef</c>); exactly one.</summary>
    public static Cadre CadreOf(CadreJson? cadre, string? cadreRef, Roster? roster, string path)
    {
        if (cadre is not null && cadreRef is not null)
        {
            throw DocumentException.Of(path, DocumentErrorCodes.ExactlyOne, null, "cadre, cadreRef");
        }

        if (cadre is not null)
        {
            return RosterMapper.ToCadre(cadre, path + ".cadre");
        }

        if (cadreRef is null)
        {
            throw DocumentException.Of(path + ".cadre", DocumentErrorCodes.ExactlyOne, null, "cadre, cadreRef");
        }

        if (roster is null)
        {
            throw DocumentException.Coded(path + ".cadreRef", DocumentErrorCodes.RosterMissing, $"'{cadreRef}' refers to a roster, but none was given.", null, null, cadreRef);
        }

        // Ids are compared as CadreId compares them: trimmed, ignoring case.
        CadreId id = Require.Build(path + ".cadreRef", () => new CadreId(Require.Text(cadreRef, path + ".cadreRef")));
        return ById.GetValue(roster, Index).GetValueOrDefault(id)
            ?? throw Require.Unknown(path + ".cadreRef", cadreRef, "cadre", $"no cadre '{cadreRef}' in the roster.");
    }

    // One index per roster, built on its first reference and kept as long as the roster lives: a document of N
    // references into a roster of M cadres costs N + M lookups, not N × M.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Roster, Dictionary<CadreId, Cadre>> ById = new();

    private static Dictionary<CadreId, Cadre> Index(Roster roster)
    {
        var index = new Dictionary<CadreId, Cadre>(roster.Cadres.Length);
        foreach (Cadre cadre in roster.Cadres)
        {
            index.TryAdd(cadre.Id, cadre);
        }

        return index;
    }

    public static ImmutableArray<RotationCase> ToRotations(RotationRequestsJson json, Roster? roster)
    {
        Require.SchemaVersion(json.SchemaVersion);
        List<RotationRequestJson?> items = Require.Object(json.Requests, "$.requests");
        var result = ImmutableArray.CreateBuilder<RotationCase>(items.Count);
        var errors = new DocumentErrors();
        for (int i = 0; i < items.Count; i++)
        {
            RotationCase? request = errors.Try(() => ToRotation(items[i], Require.Item("$.requests", i), roster));
            if (request is not null)
            {
                result.Add(request);
            }
        }

        errors.ThrowIfAny();
        return result.MoveToImmutable();
    }

    public static RotationCase ToRotation(RotationRequestJson? json, string path, Roster? roster)
    {
        RotationRequestJson r = Require.Object(json, path);
        Cadre cadre = CadreOf(r.Cadre, r.CadreRef, roster, path);
        NodaTime.LocalDate start = Require.Value(r.Start, path + ".start");
        NodaTime.LocalDate end = Require.Value(r.PlannedEnd, path + ".plannedEnd");
        OrganisationalLevel from = Require.Value(r.FromLevel, path + ".fromLevel");
        OrganisationalLevel to = Require.Value(r.ToLevel, path + ".toLevel");
        bool sameLocality = Require.Value(r.SameLocality, path + ".sameLocality");
        PostComparison comparison = Require.Value(r.Comparison, path + ".comparison");
        bool inPlanning = Require.Value(r.IsInPlanning, path + ".isInPlanning");
        return Require.Build(path, () => new RotationCase(
            cadre, start, end, from, to, sameLocality, comparison, inPlanning,
            r.IsUnderDisciplinaryReview ?? false, r.IsOutstanding ?? false, r.CreatesNewTitle ?? false,
            r.Purpose ?? RotationPurpose.Training, r.CompetentLevelDecision),
            "start", "plannedEnd", "fromLevel", "toLevel", "sameLocality", "comparison", "isInPlanning", "purpose", "competentLevelDecision");
    }

    public static RotationRequestsJson FromRotations(IEnumerable<RotationCase> cases) => new()
    {
        SchemaVersion = DocumentReader.SchemaVersion,
        Requests = [.. cases.Select(c => (RotationRequestJson?)new RotationRequestJson
        {
            Cadre = RosterMapper.FromCadre(c.Cadre),
            Start = c.Start,
            PlannedEnd = c.PlannedEnd,
            FromLevel = c.FromLevel,
            ToLevel = c.ToLevel,
            SameLocality = c.SameLocality,
            Comparison = c.Comparison,
            IsInPlanning = c.IsInPlanning,
            IsUnderDisciplinaryReview = c.IsUnderDisciplinaryReview ? true : null,
            IsOutstanding = c.IsOutstanding ? true : null,
            CreatesNewTitle = c.CreatesNewTitle ? true : null,
            Purpose = c.Purpose,
            CompetentLevelDecision = c.CompetentLevelDecision,
        })],
    };

    public static ImmutableArray<AppointmentCase> ToAppointments(AppointmentRequestsJson json, Roster? roster)
    {
        Require.SchemaVersion(json.SchemaVersion);
        List<AppointmentRequestJson?> items = Require.Object(json.Requests, "$.requests");
        var result = ImmutableArray.CreateBuilder<AppointmentCase>(items.Count);
        var errors = new DocumentErrors();
        for (int i = 0; i < items.Count; i++)
        {
            AppointmentCase? request = errors.Try(() => ToAppointment(items[i], Require.Item("$.requests", i), roster));
            if (request is not null)
            {
                result.Add(request);
            }
        }

        errors.ThrowIfAny();
        return result.MoveToImmutable();
    }

    public static AppointmentCase ToAppointment(AppointmentRequestJson? json, string path, Roster? roster)
    {
        AppointmentRequestJson r = Require.Object(json, path);
        Cadre cadre = CadreOf(r.Cadre, r.CadreRef, roster, path);
        AppointmentKind kind = Require.Value(r.Kind, path + ".kind");
        NodaTime.LocalDate received = Require.Value(r.DossierReceivedOn, path + ".dossierReceivedOn");
        bool planned = Require.Value(r.IsPlanned, path + ".isPlanned");
        PositionHeld? current = r.CurrentPost is null ? null : RosterMapper.ToPosition(r.CurrentPost, path + ".currentPost");
        List<PositionHeld> equivalent = RosterMapper.Items(r.EquivalentPosts, path + ".equivalentPosts", RosterMapper.ToPosition);
        return Require.Build(path, () => new AppointmentCase(
            cadre, kind, received, planned, current, equivalent, r.ForStructuralCommitteeSeat ?? false, r.TimeInPostDecision, r.AgeSpecialCaseDecision),
            "kind", "dossierReceivedOn", "isPlanned", "currentPost", "equivalentPosts", "timeInPostDecision", "ageSpecialCaseDecision");
    }

    public static AppointmentRequestsJson FromAppointments(IEnumerable<AppointmentCase> cases) => new()
    {
        SchemaVersion = DocumentReader.SchemaVersion,
        Requests = [.. cases.Select(c => (AppointmentRequestJson?)new AppointmentRequestJson
        {
            Cadre = RosterMapper.FromCadre(c.Cadre),
            Kind = c.Kind,
            DossierReceivedOn = c.DossierReceivedOn,
            IsPlanned = c.IsPlanned,
            CurrentPost = c.CurrentPost is { } p ? RosterMapper.FromPosition(p) : null,
            EquivalentPosts = c.EquivalentPosts.IsDefaultOrEmpty ? null : [.. c.EquivalentPosts.Select(p => (PositionJson?)RosterMapper.FromPosition(p))],
            ForStructuralCommitteeSeat = c.ForStructuralCommitteeSeat ? true : null,
            TimeInPostDecision = c.TimeInPostDecision,
            AgeSpecialCaseDecision = c.AgeSpecialCaseDecision,
        })],
    };
}
