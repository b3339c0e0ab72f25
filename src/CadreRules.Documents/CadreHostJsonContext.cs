using System.Collections.Immutable;
using System.Text.Json.Serialization;
using CadreRules.Appointment;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rotation;
using CadreRules.Rules;
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
        typeof(LocalDateJsonConverter),
        typeof(YearMonthJsonConverter),
        typeof(BirthDateJsonConverter),
        typeof(CadreIdJsonConverter),
        typeof(RuleCodeJsonConverter),
        typeof(RegulationIdJsonConverter),
        typeof(ShareJsonConverter),
        typeof(CamelCaseEnumConverter<AppointmentKind>),
        typeof(CamelCaseEnumConverter<AppointmentOutcome>),
        typeof(CamelCaseEnumConverter<BirthDatePrecision>),
        typeof(CamelCaseEnumConverter<CommitteeLevel>),
        typeof(CamelCaseEnumConverter<Confidence>),
        typeof(CamelCaseEnumConverter<ConsequenceKind>),
        typeof(CamelCaseEnumConverter<ConsequenceStatus>),
        typeof(CamelCaseEnumConverter<CriterionGrade>),
        typeof(CamelCaseEnumConverter<DeferralKind>),
        typeof(CamelCaseEnumConverter<DisciplineForm>),
        typeof(CamelCaseEnumConverter<DisciplineTrack>),
        typeof(CamelCaseEnumConverter<EvaluationLevel>),
        typeof(CamelCaseEnumConverter<EvaluationOutcome>),
        typeof(CamelCaseEnumConverter<EvaluationRegime>),
        typeof(CamelCaseEnumConverter<EvaluationRole>),
        typeof(CamelCaseEnumConverter<EvaluationTrack>),
        typeof(CamelCaseEnumConverter<FindingStatus>),
        typeof(CamelCaseEnumConverter<HighScorePolicy>),
        typeof(CamelCaseEnumConverter<KeyPostKind>),
        typeof(CamelCaseEnumConverter<KeyPostLocality>),
        typeof(CamelCaseEnumConverter<LadderStepKind>),
        typeof(CamelCaseEnumConverter<Language>),
        typeof(CamelCaseEnumConverter<OrganisationalLevel>),
        typeof(CamelCaseEnumConverter<OutcomeKind>),
        typeof(CamelCaseEnumConverter<ParameterKind>),
        typeof(CamelCaseEnumConverter<PlanningTier>),
        typeof(CamelCaseEnumConverter<PlanningTitleKind>),
        typeof(CamelCaseEnumConverter<PositionChangeStatus>),
        typeof(CamelCaseEnumConverter<PostComparison>),
        typeof(CamelCaseEnumConverter<QuotaDenominator>),
        typeof(CamelCaseEnumConverter<QuotaOrdering>),
        typeof(CamelCaseEnumConverter<QuotaRounding>),
        typeof(CamelCaseEnumConverter<QuotaShareStatus>),
        typeof(CamelCaseEnumConverter<ReappointmentKind>),
        typeof(CamelCaseEnumConverter<RegulationTopic>),
        typeof(CamelCaseEnumConverter<RotationDirection>),
        typeof(CamelCaseEnumConverter<RotationOutcome>),
        typeof(CamelCaseEnumConverter<PlanningEligibility>),
        typeof(CamelCaseEnumConverter<PlanningTitleStatus>),
        typeof(CamelCaseEnumConverter<PlanningReviewOutcome>),
        typeof(CamelCaseEnumConverter<RotationPurpose>),
        typeof(CamelCaseEnumConverter<Severity>),
        typeof(CamelCaseEnumConverter<Sex>),
        typeof(CamelCaseEnumConverter<SocioEconomicTargetsPolicy>),
        typeof(CamelCaseEnumConverter<SubjectKind>),
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
[JsonSerializable(typeof(EvaluationLevel))]
[JsonSerializable(typeof(EvaluationOutcome))]
[JsonSerializable(typeof(EvaluationRegime))]
[JsonSerializable(typeof(EvaluationRole))]
[JsonSerializable(typeof(EvaluationTrack))]
[JsonSerializable(typeof(FindingStatus))]
[JsonSerializable(typeof(HighScorePolicy))]
[JsonSerializable(typeof(KeyPostKind))]
[JsonSerializable(typeof(KeyPostLocality))]
[JsonSerializable(typeof(LadderStepKind))]
[JsonSerializable(typeof(Language))]
[JsonSerializable(typeof(OrganisationalLevel))]
[JsonSerializable(typeof(OutcomeKind))]
[JsonSerializable(typeof(ParameterKind))]
[JsonSerializable(typeof(PlanningTier))]
[JsonSerializable(typeof(PlanningTitleKind))]
[JsonSerializable(typeof(PositionChangeStatus))]
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
