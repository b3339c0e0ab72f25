using System.Collections.Immutable;
using System.Text.Json.Serialization;
using CadreRules.Appointment;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rotation;
using CadreRules.Rules;
using CadreRules.Standards;
using NodaTime;

namespace CadreRules.Documents;

/// <summary>
/// The source-generated metadata behind <see cref="CadreHostJson"/>: the library's public value types (dates, months,
/// birth dates, identifiers, rule codes, shares and every public enum), each through its converter. No reflection.
/// </summary>
/// <remarks>Every public enum of the core package is listed here and in <see cref="CadreHostJson.Converters"/>; a test
/// checks that none is missing.</remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters =
    [
        typeof(IsoLocalDateJsonConverter),
        typeof(IsoYearMonthJsonConverter),
        typeof(BirthDateJsonConverter),
        typeof(CadreIdJsonConverter),
        typeof(RuleCodeJsonConverter),
        typeof(RegulationIdJsonConverter),
        typeof(ShareJsonConverter),
        typeof(StrictEnumConverter<AppointmentKind>),
        typeof(StrictEnumConverter<AppointmentOutcome>),
        typeof(StrictEnumConverter<BirthDatePrecision>),
        typeof(StrictEnumConverter<CommitteeLevel>),
        typeof(StrictEnumConverter<Confidence>),
        typeof(StrictEnumConverter<ConsequenceKind>),
        typeof(StrictEnumConverter<ConsequenceStatus>),
        typeof(StrictEnumConverter<CriterionGrade>),
        typeof(StrictEnumConverter<DeferralKind>),
        typeof(StrictEnumConverter<DisciplineForm>),
        typeof(StrictEnumConverter<DisciplineTrack>),
        typeof(StrictEnumConverter<EducationLevel>),
        typeof(StrictEnumConverter<EvaluationLevel>),
        typeof(StrictEnumConverter<EvaluationOutcome>),
        typeof(StrictEnumConverter<EvaluationRegime>),
        typeof(StrictEnumConverter<EvaluationRole>),
        typeof(StrictEnumConverter<EvaluationTrack>),
        typeof(StrictEnumConverter<FindingStatus>),
        typeof(StrictEnumConverter<FindingRole>),
        typeof(StrictEnumConverter<HighScorePolicy>),
        typeof(StrictEnumConverter<KeyPostKind>),
        typeof(StrictEnumConverter<NonLocalProgress>),
        typeof(StrictEnumConverter<NonLocalNoTarget>),
        typeof(StrictEnumConverter<LadderStepKind>),
        typeof(StrictEnumConverter<Language>),
        typeof(StrictEnumConverter<OrganisationalLevel>),
        typeof(StrictEnumConverter<OutcomeKind>),
        typeof(StrictEnumConverter<FactKind>),
        typeof(StrictEnumConverter<FactComparison>),
        typeof(StrictEnumConverter<RuleChangeKind>),
        typeof(StrictEnumConverter<ParameterKind>),
        typeof(StrictEnumConverter<PlanningTier>),
        typeof(StrictEnumConverter<PlanningGroup>),
        typeof(StrictEnumConverter<PlanningTitleKind>),
        typeof(StrictEnumConverter<PoliticalTheoryLevel>),
        typeof(StrictEnumConverter<PositionChangeStatus>),
        typeof(StrictEnumConverter<PostComparison>),
        typeof(StrictEnumConverter<QuotaDenominator>),
        typeof(StrictEnumConverter<QuotaOrdering>),
        typeof(StrictEnumConverter<StandardsOutcome>),
        typeof(StrictEnumConverter<StateManagementLevel>),
        typeof(StrictEnumConverter<CadreRules.Composition.TargetRounding>),
        typeof(StrictEnumConverter<CadreRules.Composition.YoungAgeDate>),
        typeof(StrictEnumConverter<QuotaRounding>),
        typeof(StrictEnumConverter<QuotaShareStatus>),
        typeof(StrictEnumConverter<ReappointmentKind>),
        typeof(StrictEnumConverter<RegulationTopic>),
        typeof(StrictEnumConverter<RotationDirection>),
        typeof(StrictEnumConverter<RotationOutcome>),
        typeof(StrictEnumConverter<MovementKind>),
        typeof(StrictEnumConverter<MovementBar>),
        typeof(StrictEnumConverter<MovementOutcome>),
        typeof(StrictEnumConverter<CadreRules.History.ShareDenominator>),
        typeof(StrictEnumConverter<CadreRules.Titles.CommuneTitle>),
        typeof(StrictEnumConverter<CadreRules.Titles.ProvinceTier>),
        typeof(StrictEnumConverter<CadreRules.Titles.TitleComparison>),
        typeof(StrictEnumConverter<CadreRules.Titles.TitleRankReason>),
        typeof(StrictEnumConverter<PlanningEligibility>),
        typeof(StrictEnumConverter<PlanningTitleStatus>),
        typeof(StrictEnumConverter<RotationPurpose>),
        typeof(StrictEnumConverter<Severity>),
        typeof(StrictEnumConverter<Sex>),
        typeof(StrictEnumConverter<SocioEconomicTargetsPolicy>),
        typeof(StrictEnumConverter<SubjectKind>),
        typeof(StrictEnumConverter<KeyPostLocality>),
        typeof(StrictEnumConverter<PlanningReviewOutcome>),
    ])]
[JsonSerializable(typeof(LocalDate))]
[JsonSerializable(typeof(YearMonth))]
[JsonSerializable(typeof(BirthDate))]
[JsonSerializable(typeof(CadreId))]
[JsonSerializable(typeof(RuleCode))]
[JsonSerializable(typeof(RegulationId))]
[JsonSerializable(typeof(Share))]
[JsonSerializable(typeof(LocalDate?))]
[JsonSerializable(typeof(ImmutableArray<RuleCode>))]
[JsonSerializable(typeof(RuleCode[]))]
[JsonSerializable(typeof(CadreId[]))]
[JsonSerializable(typeof(AppointmentKind))]
[JsonSerializable(typeof(AppointmentOutcome))]
[JsonSerializable(typeof(BirthDatePrecision))]
[JsonSerializable(typeof(CommitteeLevel))]
[JsonSerializable(typeof(Confidence))]
[JsonSerializable(typeof(ConsequenceKind))]
[JsonSerializable(typeof(ConsequenceStatus))]
[JsonSerializable(typeof(CriterionGrade))]
[JsonSerializable(typeof(DeferralKind))]
[JsonSerializable(typeof(DisciplineForm))]
[JsonSerializable(typeof(DisciplineTrack))]
[JsonSerializable(typeof(EducationLevel))]
[JsonSerializable(typeof(EvaluationLevel))]
[JsonSerializable(typeof(EvaluationOutcome))]
[JsonSerializable(typeof(EvaluationRegime))]
[JsonSerializable(typeof(EvaluationRole))]
[JsonSerializable(typeof(EvaluationTrack))]
[JsonSerializable(typeof(FindingStatus))]
[JsonSerializable(typeof(FindingRole))]
[JsonSerializable(typeof(HighScorePolicy))]
[JsonSerializable(typeof(KeyPostKind))]
[JsonSerializable(typeof(NonLocalProgress))]
[JsonSerializable(typeof(NonLocalNoTarget))]
[JsonSerializable(typeof(KeyPostLocality))]
[JsonSerializable(typeof(LadderStepKind))]
[JsonSerializable(typeof(Language))]
[JsonSerializable(typeof(OrganisationalLevel))]
[JsonSerializable(typeof(OutcomeKind))]
[JsonSerializable(typeof(FactKind))]
[JsonSerializable(typeof(FactComparison))]
[JsonSerializable(typeof(RuleChangeKind))]
[JsonSerializable(typeof(ParameterKind))]
[JsonSerializable(typeof(PlanningTier))]
[JsonSerializable(typeof(PoliticalTheoryLevel))]
[JsonSerializable(typeof(StateManagementLevel))]
[JsonSerializable(typeof(CadreRules.Composition.TargetRounding))]
[JsonSerializable(typeof(CadreRules.Composition.YoungAgeDate))]
[JsonSerializable(typeof(PlanningGroup))]
[JsonSerializable(typeof(StandardsOutcome))]
[JsonSerializable(typeof(PlanningTitleKind))]
[JsonSerializable(typeof(PositionChangeStatus))]
[JsonSerializable(typeof(MovementKind))]
[JsonSerializable(typeof(MovementBar))]
[JsonSerializable(typeof(MovementOutcome))]
[JsonSerializable(typeof(CadreRules.History.ShareDenominator))]
[JsonSerializable(typeof(CadreRules.Titles.CommuneTitle))]
[JsonSerializable(typeof(CadreRules.Titles.ProvinceTier))]
[JsonSerializable(typeof(CadreRules.Titles.TitleComparison))]
[JsonSerializable(typeof(CadreRules.Titles.TitleRankReason))]
[JsonSerializable(typeof(PostComparison))]
[JsonSerializable(typeof(QuotaDenominator))]
[JsonSerializable(typeof(QuotaOrdering))]
[JsonSerializable(typeof(QuotaRounding))]
[JsonSerializable(typeof(QuotaShareStatus))]
[JsonSerializable(typeof(ReappointmentKind))]
[JsonSerializable(typeof(RegulationTopic))]
[JsonSerializable(typeof(RotationDirection))]
[JsonSerializable(typeof(RotationOutcome))]
[JsonSerializable(typeof(PlanningEligibility))]
[JsonSerializable(typeof(PlanningTitleStatus))]
[JsonSerializable(typeof(PlanningReviewOutcome))]
[JsonSerializable(typeof(RotationPurpose))]
[JsonSerializable(typeof(Severity))]
[JsonSerializable(typeof(Sex))]
[JsonSerializable(typeof(SocioEconomicTargetsPolicy))]
[JsonSerializable(typeof(SubjectKind))]
internal sealed partial class CadreHostJsonContext : JsonSerializerContext;
