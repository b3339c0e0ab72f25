using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using CadreRules.Appointment;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rotation;
using CadreRules.Rules;
using CadreRules.Standards;

namespace CadreRules.Documents;

/// <summary>
/// JSON options for hosts: serialise the library's public values the way its documents do, with System.Text.Json and
/// no reflection (trim and native-AOT safe).
/// </summary>
/// <remarks>
/// <para>Forms: <c>LocalDate</c> <c>"2025-12-15"</c>, <c>YearMonth</c> <c>"2026-08"</c>, <c>BirthDate</c> <c>"1965-02"</c>
/// (the form is the precision), <c>CadreId</c>, <c>RuleCode</c> and <c>RegulationId</c> as plain strings (also as
/// dictionary keys), <c>Share</c> as <c>{"numerator": 1, "denominator": 5}</c> in lowest terms, and every public enum
/// of the core package as a camelCase string (<c>"notComplete"</c>, <c>"partyMember"</c>); integers are refused for enums.
/// Property names are camelCase, nulls are not written, letters are not escaped (<c>"Nguyễn"</c>).</para>
/// <para>Use <see cref="Options"/> directly for these values
/// (<c>JsonSerializer.Serialize(date, CadreHostJson.Options)</c>). For the host's own types, copy the options and
/// combine the resolvers, e.g. <c>new JsonSerializerOptions(CadreHostJson.Options) { TypeInfoResolver =
/// JsonTypeInfoResolver.Combine(AppJsonContext.Default, CadreHostJson.TypeInfoResolver) }</c>: the
/// <see cref="Converters"/> copied with the options then apply to the library's values inside the host's types. In a
/// trimmed or native-AOT app, pass metadata rather than options: <c>JsonSerializer.Serialize(date,
/// CadreHostJson.TypeInfo&lt;LocalDate&gt;())</c>.</para>
/// <para>Thread-safe; <see cref="Options"/> is read-only.</para>
/// </remarks>
public static class CadreHostJson
{
    private static readonly ImmutableArray<JsonConverter> AllConverters =
    [
        new IsoLocalDateJsonConverter(),
        new IsoYearMonthJsonConverter(),
        new BirthDateJsonConverter(),
        new CadreIdJsonConverter(),
        new RuleCodeJsonConverter(),
        new RegulationIdJsonConverter(),
        new ShareJsonConverter(),
        new StrictEnumConverter<AppointmentKind>(),
        new StrictEnumConverter<AppointmentOutcome>(),
        new StrictEnumConverter<BirthDatePrecision>(),
        new StrictEnumConverter<CommitteeLevel>(),
        new StrictEnumConverter<Confidence>(),
        new StrictEnumConverter<ConsequenceKind>(),
        new StrictEnumConverter<ConsequenceStatus>(),
        new StrictEnumConverter<CriterionGrade>(),
        new StrictEnumConverter<DeferralKind>(),
        new StrictEnumConverter<DisciplineForm>(),
        new StrictEnumConverter<DisciplineTrack>(),
        new StrictEnumConverter<EducationLevel>(),
        new StrictEnumConverter<EvaluationLevel>(),
        new StrictEnumConverter<EvaluationOutcome>(),
        new StrictEnumConverter<EvaluationRegime>(),
        new StrictEnumConverter<EvaluationRole>(),
        new StrictEnumConverter<EvaluationTrack>(),
        new StrictEnumConverter<FindingStatus>(),
        new StrictEnumConverter<FindingRole>(),
        new StrictEnumConverter<HighScorePolicy>(),
        new StrictEnumConverter<KeyPostKind>(),
        new StrictEnumConverter<NonLocalProgress>(),
        new StrictEnumConverter<NonLocalNoTarget>(),
        new StrictEnumConverter<LadderStepKind>(),
        new StrictEnumConverter<Language>(),
        new StrictEnumConverter<OrganisationalLevel>(),
        new StrictEnumConverter<OutcomeKind>(),
        new StrictEnumConverter<FactKind>(),
        new StrictEnumConverter<FactComparison>(),
        new StrictEnumConverter<RuleChangeKind>(),
        new StrictEnumConverter<ParameterKind>(),
        new StrictEnumConverter<PlanningTier>(),
        new StrictEnumConverter<PlanningGroup>(),
        new StrictEnumConverter<PlanningTitleKind>(),
        new StrictEnumConverter<PoliticalTheoryLevel>(),
        new StrictEnumConverter<PositionChangeStatus>(),
        new StrictEnumConverter<MovementKind>(),
        new StrictEnumConverter<MovementBar>(),
        new StrictEnumConverter<MovementOutcome>(),
        new StrictEnumConverter<CadreRules.History.ShareDenominator>(),
        new StrictEnumConverter<CadreRules.Titles.CommuneTitle>(),
        new StrictEnumConverter<CadreRules.Titles.ProvinceTier>(),
        new StrictEnumConverter<CadreRules.Titles.TitleComparison>(),
        new StrictEnumConverter<CadreRules.Titles.TitleRankReason>(),
        new StrictEnumConverter<PostComparison>(),
        new StrictEnumConverter<QuotaDenominator>(),
        new StrictEnumConverter<QuotaOrdering>(),
        new StrictEnumConverter<StandardsOutcome>(),
        new StrictEnumConverter<StateManagementLevel>(),
        new StrictEnumConverter<CadreRules.Composition.TargetRounding>(),
        new StrictEnumConverter<CadreRules.Composition.YoungAgeDate>(),
        new StrictEnumConverter<QuotaRounding>(),
        new StrictEnumConverter<QuotaShareStatus>(),
        new StrictEnumConverter<ReappointmentKind>(),
        new StrictEnumConverter<RegulationTopic>(),
        new StrictEnumConverter<RotationDirection>(),
        new StrictEnumConverter<RotationOutcome>(),
        new StrictEnumConverter<PlanningEligibility>(),
        new StrictEnumConverter<PlanningTitleStatus>(),
        new StrictEnumConverter<RotationPurpose>(),
        new StrictEnumConverter<Severity>(),
        new StrictEnumConverter<Sex>(),
        new StrictEnumConverter<SocioEconomicTargetsPolicy>(),
        new StrictEnumConverter<SubjectKind>(),
        new StrictEnumConverter<KeyPostLocality>(),
        new StrictEnumConverter<PlanningReviewOutcome>(),
    ];

    /// <summary>Gets the read-only options: camelCase names, nulls omitted, letters unescaped, the library's converters,
    /// and <see cref="TypeInfoResolver"/>.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Gets the source-generated metadata of the library's public value types (no reflection), to combine with
    /// a host's own <see cref="JsonSerializerContext"/>.</summary>
    public static IJsonTypeInfoResolver TypeInfoResolver => CadreHostJsonContext.Default;

    /// <summary>Gets the converters of the library's value types (dates, months, birth dates, identifiers, rule codes,
    /// shares, enums); they are in <see cref="Options"/> already.</summary>
    public static IReadOnlyList<JsonConverter> Converters => AllConverters;

    /// <summary>Gets the metadata of one of the library's value types under <see cref="Options"/>, for the
    /// <c>JsonSerializer</c> overloads that take a <see cref="JsonTypeInfo{T}"/>: in a trimmed or native-AOT app they
    /// raise no trim warning, where <c>Serialize&lt;T&gt;(T, JsonSerializerOptions)</c> does (IL2026/IL3050).</summary>
    /// <typeparam name="T">A value type of the library (<c>LocalDate</c>, <c>RuleCode</c>, <c>Share</c>, an enum…).</typeparam>
    /// <returns>The metadata.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not one of the library's value types.</exception>
    public static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            TypeInfoResolver = CadreHostJsonContext.Default,
        };
        foreach (JsonConverter converter in AllConverters)
        {
            options.Converters.Add(converter);
        }

        options.MakeReadOnly();
        return options;
    }
}
