using System.Text.Json;
using System.Text.Json.Serialization;
using CadreRules.Appointment;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rotation;
using CadreRules.Rules;
using CadreRules.Standards;

namespace CadreRules.Documents;

/// <summary>
/// The source-generated serializer for every document (no reflection: trim and AOT clean). camelCase names,
/// enums as camelCase strings, ISO dates and months, unknown and repeated properties rejected, nulls not written.
/// </summary>
/// <remarks>To add a document kind: add its wire types and one <c>[JsonSerializable]</c> line here.</remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowDuplicateProperties = false,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n",
    Converters =
    [
        typeof(LocalDateJsonConverter),
        typeof(YearMonthJsonConverter),
        typeof(CamelCaseEnumConverter<Sex>),
        typeof(CamelCaseEnumConverter<OrganisationalLevel>),
        typeof(CamelCaseEnumConverter<DisciplineForm>),
        typeof(CamelCaseEnumConverter<DisciplineTrack>),
        typeof(CamelCaseEnumConverter<EvaluationTrack>),
        typeof(CamelCaseEnumConverter<EvaluationLevel>),
        typeof(CamelCaseEnumConverter<EducationLevel>),
        typeof(CamelCaseEnumConverter<PoliticalTheoryLevel>),
        typeof(CamelCaseEnumConverter<StateManagementLevel>),
        typeof(CamelCaseEnumConverter<CadreRules.Composition.TargetRounding>),
        typeof(CamelCaseEnumConverter<CadreRules.Composition.YoungAgeDate>),
        typeof(CamelCaseEnumConverter<PlanningGroup>),
        typeof(CamelCaseEnumConverter<StandardsOutcome>),
        typeof(CamelCaseEnumConverter<FindingStatus>),
        typeof(CamelCaseEnumConverter<Severity>),
        typeof(CamelCaseEnumConverter<RegulationTopic>),
        typeof(CamelCaseEnumConverter<SubjectKind>),
        typeof(CamelCaseEnumConverter<ParameterKind>),
        typeof(CamelCaseEnumConverter<Confidence>),
        typeof(CamelCaseEnumConverter<EvaluationRole>),
        typeof(CamelCaseEnumConverter<CriterionGrade>),
        typeof(CamelCaseEnumConverter<PlanningTier>),
        typeof(CamelCaseEnumConverter<PlanningTitleKind>),
        typeof(CamelCaseEnumConverter<PostComparison>),
        typeof(CamelCaseEnumConverter<RotationPurpose>),
        typeof(CamelCaseEnumConverter<AppointmentKind>),
        typeof(CamelCaseEnumConverter<PlanningReviewOutcome>),
        typeof(CamelCaseEnumConverter<PlanningTitleStatus>),
        typeof(CamelCaseEnumConverter<KeyPostKind>),
        typeof(CamelCaseEnumConverter<NonLocalProgress>),
        typeof(CamelCaseEnumConverter<DeferralKind>),
        typeof(CamelCaseEnumConverter<CommitteeLevel>),
        typeof(CamelCaseEnumConverter<PositionChangeStatus>),
        typeof(CamelCaseEnumConverter<MovementKind>),
        typeof(CamelCaseEnumConverter<MovementBar>),
        typeof(CamelCaseEnumConverter<MovementOutcome>),
        typeof(CamelCaseEnumConverter<CadreRules.History.ShareDenominator>),
        typeof(CamelCaseEnumConverter<CadreRules.Evaluation.ConsequenceKind>),
        typeof(CamelCaseEnumConverter<CadreRules.Evaluation.ConsequenceStatus>),
        typeof(CamelCaseEnumConverter<CadreRules.Titles.CommuneTitle>),
        typeof(CamelCaseEnumConverter<CadreRules.Titles.ProvinceTier>),
        typeof(CamelCaseEnumConverter<CadreRules.Titles.TitleComparison>),
    ])]
[JsonSerializable(typeof(RosterJson))]
[JsonSerializable(typeof(CadreJson))]
[JsonSerializable(typeof(VariantJson))]
[JsonSerializable(typeof(VerdictJson))]
[JsonSerializable(typeof(CatalogJson))]
[JsonSerializable(typeof(RetirementReportJson))]
[JsonSerializable(typeof(EvaluationSheetJson))]
[JsonSerializable(typeof(EvaluationPersonJson))]
[JsonSerializable(typeof(PlanningListJson))]
[JsonSerializable(typeof(PlanningReviewJson))]
[JsonSerializable(typeof(KeyPostsJson))]
[JsonSerializable(typeof(PositionChangesJson))]
[JsonSerializable(typeof(CommitteeCandidaciesJson))]
[JsonSerializable(typeof(BodyJson))]
[JsonSerializable(typeof(TitleStandardsJson))]
[JsonSerializable(typeof(StandardsCaseFactsJson))]
[JsonSerializable(typeof(StandardsExpectedJson))]
[JsonSerializable(typeof(MovementsJson))]
[JsonSerializable(typeof(MovementJson))]
[JsonSerializable(typeof(MovementExpectedJson))]
[JsonSerializable(typeof(HistoryJson))]
[JsonSerializable(typeof(HistoryFactsJson))]
[JsonSerializable(typeof(HistoryExpectedJson))]
[JsonSerializable(typeof(TitleRankingFactsJson))]
[JsonSerializable(typeof(TitleRankingExpectedJson))]
[JsonSerializable(typeof(CommitteeCandidacyJson))]
[JsonSerializable(typeof(IncumbentJson))]
[JsonSerializable(typeof(RotationRequestsJson))]
[JsonSerializable(typeof(RotationRequestJson))]
[JsonSerializable(typeof(AppointmentRequestsJson))]
[JsonSerializable(typeof(AppointmentRequestJson))]
[JsonSerializable(typeof(CaseJson))]
[JsonSerializable(typeof(EvaluationExpectedJson))]
[JsonSerializable(typeof(PlanningExpectedJson))]
[JsonSerializable(typeof(ReviewExpectedJson))]
[JsonSerializable(typeof(NonLocalExpectedJson))]
[JsonSerializable(typeof(PositionChangeExpectedJson))]
[JsonSerializable(typeof(CommitteeExpectedJson))]
[JsonSerializable(typeof(CompositionExpectedJson))]
[JsonSerializable(typeof(StatisticsFactsJson))]
[JsonSerializable(typeof(StatisticsExpectedJson))]
[JsonSerializable(typeof(EligibilityExpectedJson))]
[JsonSerializable(typeof(RetirementFactsJson))]
[JsonSerializable(typeof(RetirementExpectedJson))]
[JsonSerializable(typeof(ShareJson))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(decimal))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(string))]
internal sealed partial class CadreJsonContext : JsonSerializerContext;
