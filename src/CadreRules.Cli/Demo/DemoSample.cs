using System.IO;
using CadreRules.Documents;
using NodaTime;
using CadreRules.Evaluation;
using CadreRules.People;

namespace CadreRules.Cli.Demo;

/// <summary>The bundled sample: an invented commune-level party organisation (no real people or places).</summary>
internal static class DemoSample
{
    /// <summary>The demo's default date, so its output never depends on the clock.</summary>
    public static readonly LocalDate DefaultAsOf = new(2026, 1, 1);

    private const string RosterResource = "CadreRules.Cli.Samples.demo-roster.json";

    private const string EvaluationsResource = "CadreRules.Cli.Samples.demo-evaluations.json";

    private const string PlanningResource = "CadreRules.Cli.Samples.demo-planning.json";

    private const string RotationsResource = "CadreRules.Cli.Samples.demo-rotations.json";

    private const string ReviewResource = "CadreRules.Cli.Samples.demo-review.json";

    private const string KeyPostsResource = "CadreRules.Cli.Samples.key-posts-thanh-tri-2023-07.json";

    private const string PositionChangesResource = "CadreRules.Cli.Samples.demo-position-changes.json";

    private const string CommitteeResource = "CadreRules.Cli.Samples.demo-committee.json";

    private const string BodyResource = "CadreRules.Cli.Samples.demo-body.json";

    private const string StandardsResource = "CadreRules.Cli.Samples.demo-standards.json";
    private const string MovementsResource = "CadreRules.Cli.Samples.demo-movements.json";

    private const string HistoryResource = "CadreRules.Cli.Samples.demo-history.json";

    private const string AppointmentsResource = "CadreRules.Cli.Samples.demo-appointments.json";

    /// <summary>Reads the sample roster (a roster document embedded in the tool).</summary>
    public static Roster Roster()
    {
        using Stream stream = typeof(DemoSample).Assembly.GetManifestResourceStream(RosterResource)
            ?? throw new FileNotFoundException("The demo roster is not embedded.", RosterResource);
        return CadreDocuments.ReadRoster(stream);
    }

    /// <summary>The sample's evaluation inputs for 2025 (the 48 party members, evaluated on 15/12/2025).</summary>
    public static EvaluationSheet Evaluations() => CadreDocuments.ReadEvaluations(Text(EvaluationsResource));

    /// <summary>The sample's planning list for the 2030–2035 term (candidates refer to the roster).</summary>
    public static Planning.PlanningList Planning(Roster roster) => CadreDocuments.ReadPlanningList(Text(PlanningResource), roster);

    /// <summary>The sample's rotation requests (cadres refer to the roster).</summary>
    public static System.Collections.Immutable.ImmutableArray<Rotation.RotationCase> Rotations(Roster roster) => CadreDocuments.ReadRotationRequests(Text(RotationsResource), roster);

    /// <summary>The sample's planning review of 15/12/2026 (the planning list with this year's facts and three proposed
    /// additions; cadres refer to the roster).</summary>
    public static Planning.PlanningReviewInput Review(Roster roster) => CadreDocuments.ReadPlanningReview(Text(ReviewResource), roster);

    /// <summary>Seed 001's Thanh Trì key posts (27/07/2023): 12 of 16 secretaries and 5 of 16 chairs not local, the
    /// units and each holder's ties invented to match the published totals.</summary>
    public static Rotation.KeyPostSurvey KeyPosts() => CadreDocuments.ReadKeyPosts(Text(KeyPostsResource));

    /// <summary>The sample's periodic position-change questions on 01/01/2026 (cadres refer to the roster).</summary>
    public static System.Collections.Immutable.ImmutableArray<Rotation.PositionChangeCase> PositionChanges(Roster roster) => CadreDocuments.ReadPositionChanges(Text(PositionChangesResource), roster);

    /// <summary>The sample's candidacies for the commune's party committee of 2025–2030 (cadres refer to the roster).</summary>
    public static System.Collections.Immutable.ImmutableArray<Appointment.CommitteeCandidacy> Committee(Roster roster) => CadreDocuments.ReadCommitteeCandidacies(Text(CommitteeResource), roster);

    /// <summary>The sample's party committee of 2025–2030 with its invented targets (members refer to the roster).</summary>
    public static Composition.BodyMembership Body(Roster roster) => CadreDocuments.ReadBody(Text(BodyResource), roster);

    /// <summary>The sample's appointment requests, dossiers received on 02/03/2026 (cadres refer to the roster).</summary>
    public static System.Collections.Immutable.ImmutableArray<Appointment.AppointmentCase> Appointments(Roster roster) => CadreDocuments.ReadAppointmentRequests(Text(AppointmentsResource), roster);

    /// <summary>The sample's check of five people against the standards of a commune party secretary on 01/12/2025
    /// (cadres given in full, with their qualifications).</summary>
    public static System.Collections.Immutable.ImmutableArray<Standards.TitleStandardsCase> Standards() => CadreDocuments.ReadTitleStandards(Text(StandardsResource));
    /// <summary>The sample's programme of movements in two batches (people refer to the roster).</summary>
    public static System.Collections.Immutable.ImmutableArray<Rotation.ProgrammeMovement> Movements(Roster roster) => CadreDocuments.ReadMovements(Text(MovementsResource), roster);

    /// <summary>The sample's evaluation results of the commune's party members, 2020–2024.</summary>
    public static System.Collections.Immutable.ImmutableArray<History.YearLevels> History() => CadreDocuments.ReadEvaluationHistory(Text(HistoryResource));

    private static string Text(string resource)
    {
        using Stream stream = typeof(DemoSample).Assembly.GetManifestResourceStream(resource)
            ?? throw new FileNotFoundException("A demo document is not embedded.", resource);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
