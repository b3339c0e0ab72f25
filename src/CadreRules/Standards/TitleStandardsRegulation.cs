using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Standards;

/// <summary>
/// The qualification standards of a title (tiêu chuẩn chức danh) under one regulation: the least education level, the
/// least political-theory level (one for titles managed by the Bộ Chính trị or Ban Bí thư, one for other titles, one for
/// commune titles set by the province) and, where the competent level asks for it, a state-management programme; and
/// whether a second-group planning candidate (đối tượng 2) may complete the political-theory level later under a
/// training plan (HĐ 45-HD/BTCTW §II.5.1).
/// </summary>
/// <remarks>
/// <para>Every level is a named parameter a province's variant may change. The reference confirms few of the numbers:
/// those it does not are marked <see cref="Confidence.Unconfirmed"/> and say so in their description; none is
/// presented as settled law.</para>
/// <para>Levels compare by their order (<see cref="EducationLevel"/>, <see cref="PoliticalTheoryLevel"/> — where
/// cử nhân comes after cao cấp — and <see cref="StateManagementLevel"/>): "from X up" is <c>held &gt;= X</c>. A level
/// counts from its date obtained (inclusive). Immutable and thread-safe.</para>
/// </remarks>
public sealed class TitleStandardsRegulation : Regulation
{
    internal static readonly RuleCode TitleCode = new("Standards.Title");
    internal static readonly RuleCode EducationCode = new("Standards.Education");
    internal static readonly RuleCode PoliticalTheoryCode = new("Standards.PoliticalTheory");
    internal static readonly RuleCode StateManagementCode = new("Standards.StateManagement");
    internal static readonly RuleCode TrainingPlanCode = new("Standards.PoliticalTheory.TrainingPlan");

    /// <summary>The parameter key of the least education level (titles other than commune ones).</summary>
    public const string EducationKey = "education.minimum";

    /// <summary>The parameter key of the least political-theory level of titles managed by the Bộ Chính trị or Ban Bí thư.</summary>
    public const string CentralPoliticalTheoryKey = "politicalTheory.centralTitles";

    /// <summary>The parameter key of the least political-theory level of other titles (not commune ones).</summary>
    public const string OtherPoliticalTheoryKey = "politicalTheory.otherTitles";

    /// <summary>The parameter key of the least education level of commune titles (a provincial parameter).</summary>
    public const string CommuneEducationKey = "commune.education.minimum";

    /// <summary>The parameter key of the least political-theory level of commune titles (a provincial parameter).</summary>
    public const string CommunePoliticalTheoryKey = "commune.politicalTheory.minimum";

    /// <summary>The parameter key of whether a state-management programme is required.</summary>
    public const string StateManagementRequiredKey = "stateManagement.required";

    /// <summary>The parameter key of the least state-management programme, when one is required.</summary>
    public const string StateManagementKey = "stateManagement.minimum";

    /// <summary>The parameter key of whether a second-group planning candidate may complete the political-theory level
    /// later under a training plan.</summary>
    public const string SecondGroupKey = "politicalTheory.secondGroupMayTrainLater";

    private readonly Settings _settings;

    private TitleStandardsRegulation(RegulationReference reference, ParameterSet parameters, Settings settings)
        : base(reference, parameters)
    {
        _settings = settings;
        Education = parameters.Get(settings.Education);
        CentralPoliticalTheory = parameters.Get(settings.CentralPoliticalTheory);
        OtherPoliticalTheory = parameters.Get(settings.OtherPoliticalTheory);
        CommuneEducation = parameters.Get(settings.CommuneEducation);
        CommunePoliticalTheory = parameters.Get(settings.CommunePoliticalTheory);
        StateManagement = parameters.Get(settings.StateManagementRequired) ? parameters.Get(settings.StateManagement) : null;
        SecondGroupMayTrainLater = parameters.Get(settings.SecondGroup);
    }

    /// <summary>Gets QĐ 89-QĐ/TW (04/08/2017 to 01/01/2020): the framework; its levels are not in the reference
    /// (every level unconfirmed).</summary>
    public static TitleStandardsRegulation Qd89 { get; } = Create(
        "standards-qd89",
        new LocalizedText("Tiêu chuẩn chức danh theo Quy định 89-QĐ/TW", "Title standards under Quy định 89-QĐ/TW"),
        StandardsDocuments.Qd89.Whole(),
        new EffectivePeriod(new LocalDate(2017, 8, 4), new LocalDate(2020, 1, 1)),
        Confidence.Unconfirmed,
        StandardsDocuments.Qd89.Whole(),
        Confidence.Unconfirmed,
        secondGroup: false,
        Confidence.Unconfirmed,
        null);

    /// <summary>Gets QĐ 214-QĐ/TW of 02/01/2020 (to 29/08/2025), with QĐ 89 for the framework: levels not in the
    /// reference (unconfirmed).</summary>
    public static TitleStandardsRegulation Qd214 { get; } = Create(
        "standards-qd214",
        new LocalizedText("Tiêu chuẩn chức danh theo Quy định 214-QĐ/TW (02/01/2020) và Quy định 89-QĐ/TW", "Title standards under Quy định 214-QĐ/TW (02/01/2020) and Quy định 89-QĐ/TW"),
        StandardsDocuments.Qd214.Whole(),
        new EffectivePeriod(new LocalDate(2020, 1, 2), new LocalDate(2025, 8, 29)),
        Confidence.Unconfirmed,
        StandardsDocuments.Qd214.Whole(),
        Confidence.Unconfirmed,
        secondGroup: false,
        Confidence.Unconfirmed,
        null);

    /// <summary>Gets QĐ 365-QĐ/TW from 30/08/2025 to 07/10/2025 (before QĐ 377's planning rules): university or higher
    /// (Part II, from news and Q&amp;A summaries); cao cấp for titles managed by the Bộ Chính trị or Ban Bí thư (confirmed
    /// by HĐ 45 §II.5.1); the rest unconfirmed; no later training for the second group.</summary>
    public static TitleStandardsRegulation Qd365 { get; } = Create(
        "standards-qd365",
        new LocalizedText("Tiêu chuẩn chức danh theo Quy định 365-QĐ/TW", "Title standards under Quy định 365-QĐ/TW"),
        StandardsDocuments.Qd365.Whole(),
        new EffectivePeriod(new LocalDate(2025, 8, 30), new LocalDate(2025, 10, 7)),
        Confidence.News,
        StandardsDocuments.Hd45.Section("II.5.1"),
        Confidence.Confirmed,
        secondGroup: false,
        Confidence.Unconfirmed,
        null);

    /// <summary>Gets QĐ 365-QĐ/TW with QĐ 377-QĐ/TW's planning rule, from 08/10/2025: as <see cref="Qd365"/>, and a
    /// second-group planning candidate may complete the political-theory level later under a training plan (QĐ 377
    /// Điều 25 k1, HĐ 45-HD/BTCTW §II.5.1, confirmed).</summary>
    public static TitleStandardsRegulation Qd365Qd377 { get; } = Create(
        "standards-qd365-qd377",
        new LocalizedText("Tiêu chuẩn chức danh theo Quy định 365-QĐ/TW, quy hoạch theo Quy định 377-QĐ/TW", "Title standards under Quy định 365-QĐ/TW, planning under Quy định 377-QĐ/TW"),
        StandardsDocuments.Qd365.Whole(),
        EffectivePeriod.From(new LocalDate(2025, 10, 8)),
        Confidence.News,
        StandardsDocuments.Hd45.Section("II.5.1"),
        Confidence.Confirmed,
        secondGroup: true,
        Confidence.Confirmed,
        StandardsDocuments.Hd45.Section("II.5.1"));

    /// <summary>Gets the regulations in date order.</summary>
    public static ImmutableArray<TitleStandardsRegulation> All { get; } = [Qd89, Qd214, Qd365, Qd365Qd377];

    /// <summary>Finds the title standards a catalogue has in force on a date (for cadres), as a planning check or an
    /// appointment uses them: the shipped ones, or a province's variant layered over them.</summary>
    /// <param name="catalog">The catalogue.</param>
    /// <param name="date">The date (e.g. a planning list's date).</param>
    /// <returns>The regulation, or <see langword="null"/> when the catalogue has none in force on that date (before
    /// 04/08/2017 in the shipped catalogue).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static TitleStandardsRegulation? InForce(RegulationCatalog catalog, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.TryInForce(RegulationTopic.TitleStandards, SubjectKind.Cadre, date) as TitleStandardsRegulation;
    }

    /// <summary>Gets the least education level of titles other than commune ones.</summary>
    public EducationLevel Education { get; }

    /// <summary>Gets the least political-theory level of titles managed by the Bộ Chính trị or Ban Bí thư.</summary>
    public PoliticalTheoryLevel CentralPoliticalTheory { get; }

    /// <summary>Gets the least political-theory level of other titles (not commune ones).</summary>
    public PoliticalTheoryLevel OtherPoliticalTheory { get; }

    /// <summary>Gets the least education level of commune titles.</summary>
    public EducationLevel CommuneEducation { get; }

    /// <summary>Gets the least political-theory level of commune titles.</summary>
    public PoliticalTheoryLevel CommunePoliticalTheory { get; }

    /// <summary>Gets the least state-management programme, or <see langword="null"/> when none is required.</summary>
    public StateManagementLevel? StateManagement { get; }

    /// <summary>Gets a value indicating whether a second-group planning candidate may complete the political-theory
    /// level later under a training plan.</summary>
    public bool SecondGroupMayTrainLater { get; }

    /// <inheritdoc />
    public override IEnumerable<RuleDescriptor> Rules =>
    [
        StandardsMessages.Table.Describe(EducationCode, EducationCitation, Severity.Violation, _settings.Education.Confidence),
        StandardsMessages.Table.Describe(PoliticalTheoryCode, PoliticalTheoryCitation, Severity.Violation, Confidence.Unconfirmed),
        StandardsMessages.Table.Describe(StateManagementCode, Parameters.CitationFor(_settings.DocumentCitation, _settings.StateManagementRequired, _settings.StateManagement), Severity.Violation, Confidence.Unconfirmed),
        StandardsMessages.Table.Describe(TrainingPlanCode, Parameters.CitationFor(_settings.SecondGroupCitation ?? _settings.DocumentCitation, _settings.SecondGroup), Severity.Advisory, _settings.SecondGroupConfidence),
    ];

    private Citation? EducationCitation => Parameters.CitationFor(_settings.DocumentCitation, _settings.Education, _settings.CommuneEducation);

    private Citation? PoliticalTheoryCitation => Parameters.CitationFor(_settings.CentralCitation, _settings.CentralPoliticalTheory, _settings.OtherPoliticalTheory, _settings.CommunePoliticalTheory);

    /// <summary>Checks a cadre's qualifications against the title's standards.</summary>
    /// <param name="standardsCase">The case.</param>
    /// <returns>The outcome without an explanation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="standardsCase"/> is null.</exception>
    /// <exception cref="InputOutOfRangeException">The title is at the district level and the date is 01/07/2025 or later.</exception>
    public StandardsOutcome Assess(TitleStandardsCase standardsCase) => Explain(standardsCase).Outcome;

    /// <summary>Checks a cadre's qualifications against the title's standards and explains: one finding per requirement
    /// (education, political theory, state management when required), each citing its clause, under one finding for the
    /// title. The outcome is decided at once; the findings are built when <see cref="Verdict{TOutcome}.Explanation"/> is
    /// first read, so <see cref="Assess"/> and a caller that only needs the outcome build none.</summary>
    /// <param name="standardsCase">The case.</param>
    /// <returns>The verdict: <see cref="StandardsOutcome.Fails"/> when a requirement is not met and cannot be met later;
    /// else <see cref="StandardsOutcome.Undetermined"/> when a requirement cannot be decided; else
    /// <see cref="StandardsOutcome.PendingWithPlan"/> when the political-theory level waits on a training plan; else
    /// <see cref="StandardsOutcome.Meets"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="standardsCase"/> is null.</exception>
    /// <exception cref="InputOutOfRangeException">The title is at the district level and the date is 01/07/2025 or
    /// later, when that level no longer existed (<see cref="AdministrativeLevels.Check(OrganisationalLevel, LocalDate, string)"/>;
    /// the field is <c>level</c>).</exception>
    public Verdict<StandardsOutcome> Explain(TitleStandardsCase standardsCase)
    {
        ArgumentNullException.ThrowIfNull(standardsCase);
        LocalDate date = standardsCase.AssessedOn;
        AdministrativeLevels.Check(standardsCase.Level, date, "level");
        Qualifications q = standardsCase.Cadre.Qualifications;
        bool commune = standardsCase.Level == OrganisationalLevel.Commune;
        EducationLevel education = commune ? CommuneEducation : Education;
        PoliticalTheoryLevel theory = standardsCase.ManagedCentrally ? CentralPoliticalTheory : commune ? CommunePoliticalTheory : OtherPoliticalTheory;
        Parameter<EducationLevel> educationParameter = commune ? _settings.CommuneEducation : _settings.Education;
        Parameter<PoliticalTheoryLevel> theoryParameter = standardsCase.ManagedCentrally ? _settings.CentralPoliticalTheory : commune ? _settings.CommunePoliticalTheory : _settings.OtherPoliticalTheory;

        Judgement educationResult = Judge(q.Education, education, date);
        Judgement theoryResult = Judge(q.PoliticalTheory, theory, date);
        bool routeOpen = SecondGroupMayTrainLater && standardsCase.PlanningGroup == PlanningGroup.Second && !standardsCase.ManagedCentrally;
        bool pending = theoryResult == Judgement.NotMet && routeOpen && standardsCase.HasTrainingPlan;
        Judgement managementResult = StateManagement is { } management ? Judge(q.StateManagement, management, date) : Judgement.Met;
        bool fails = educationResult == Judgement.NotMet || (theoryResult == Judgement.NotMet && !pending) || managementResult == Judgement.NotMet;
        bool unknown = educationResult == Judgement.Unknown || theoryResult == Judgement.Unknown || managementResult == Judgement.Unknown;
        StandardsOutcome outcome = fails ? StandardsOutcome.Fails : unknown ? StandardsOutcome.Undetermined : pending ? StandardsOutcome.PendingWithPlan : StandardsOutcome.Meets;

        // The outcome is decided above; the findings (with their texts) are built only when the explanation is read.
        Finding Explanation()
        {
            var children = ImmutableArray.CreateBuilder<Finding>(4);
            children.Add(Requirement(EducationCode, Parameters.CitationFor(educationParameter.Citation ?? _settings.DocumentCitation, educationParameter), educationResult, Held(q.Education, QualificationWords.Of, date), QualificationWords.Of(education), Severity.Violation));
            children.Add(Requirement(PoliticalTheoryCode, Parameters.CitationFor(theoryParameter.Citation ?? _settings.DocumentCitation, theoryParameter), theoryResult, Held(q.PoliticalTheory, QualificationWords.Of, date), QualificationWords.Of(theory), pending ? Severity.Advisory : Severity.Violation));
            if (theoryResult == Judgement.NotMet && routeOpen)
            {
                children.Add(new Finding(
                    TrainingPlanCode,
                    StandardsMessages.Table.Get(TrainingPlanCode),
                    Parameters.CitationFor(_settings.SecondGroupCitation ?? _settings.DocumentCitation, _settings.SecondGroup),
                    standardsCase.HasTrainingPlan ? FindingStatus.Satisfied : FindingStatus.NotSatisfied,
                    Severity.Violation,
                    [FactValue.Of("trainingPlan", standardsCase.HasTrainingPlan)],
                    []));
            }

            if (StateManagement is { } required)
            {
                children.Add(Requirement(StateManagementCode, Parameters.CitationFor(_settings.DocumentCitation, _settings.StateManagementRequired, _settings.StateManagement), managementResult, Held(q.StateManagement, QualificationWords.Of, date), QualificationWords.Of(required), Severity.Violation));
            }

            return new Finding(
                TitleCode,
                StandardsMessages.Table.Get(TitleCode),
                Reference.Citation,
                outcome == StandardsOutcome.Fails ? FindingStatus.NotSatisfied : outcome == StandardsOutcome.Undetermined ? FindingStatus.NotApplicable : FindingStatus.Satisfied,
                Severity.Violation,
                [FactValue.Of("title", standardsCase.Title), FactValue.Of("assessedOn", date), FactValue.Of("purpose", PurposeWords(standardsCase.PlanningGroup))],
                children.ToImmutable());
        }

        return new Verdict<StandardsOutcome>(outcome, Explanation, Reference);
    }

    /// <inheritdoc />
    protected override Regulation Rebuild(RegulationReference reference, ParameterSet parameters) => new TitleStandardsRegulation(reference, parameters, _settings);

    private static TitleStandardsRegulation Create(
        string id,
        LocalizedText title,
        Citation document,
        EffectivePeriod period,
        Confidence educationConfidence,
        Citation centralCitation,
        Confidence centralConfidence,
        bool secondGroup,
        Confidence secondGroupConfidence,
        Citation? secondGroupCitation)
    {
        const string unconfirmed = " — chưa xác nhận, mặc định có thể thay";
        const string unconfirmedEn = " — unconfirmed, an overridable default";
        string Mark(Confidence c, bool vietnamese) => c == Confidence.Unconfirmed ? (vietnamese ? unconfirmed : unconfirmedEn) : string.Empty;
        var settings = new Settings(
            Parameter.Choice(EducationKey, new LocalizedText("Trình độ chuyên môn tối thiểu của chức danh" + Mark(educationConfidence, true), "Least education level of a title" + Mark(educationConfidence, false)), EducationLevel.University, educationConfidence, document),
            Parameter.Choice(CentralPoliticalTheoryKey, new LocalizedText("Lý luận chính trị tối thiểu của chức danh do Bộ Chính trị, Ban Bí thư quản lý" + Mark(centralConfidence, true), "Least political-theory level of titles managed by the Politburo or the Secretariat" + Mark(centralConfidence, false)), PoliticalTheoryLevel.Advanced, centralConfidence, centralCitation),
            Parameter.Choice(OtherPoliticalTheoryKey, new LocalizedText("Lý luận chính trị tối thiểu của các chức danh khác" + unconfirmed, "Least political-theory level of other titles" + unconfirmedEn), PoliticalTheoryLevel.Intermediate, Confidence.Unconfirmed, document),
            Parameter.Choice(CommuneEducationKey, new LocalizedText("Trình độ chuyên môn tối thiểu của chức danh cấp xã (tỉnh quy định)" + unconfirmed, "Least education level of commune titles (set by the province)" + unconfirmedEn), EducationLevel.University, Confidence.Unconfirmed, StandardsDocuments.Kl150.Section("2")),
            Parameter.Choice(CommunePoliticalTheoryKey, new LocalizedText("Lý luận chính trị tối thiểu của chức danh cấp xã (tỉnh quy định)" + unconfirmed, "Least political-theory level of commune titles (set by the province)" + unconfirmedEn), PoliticalTheoryLevel.Intermediate, Confidence.Unconfirmed, StandardsDocuments.Kl150.Section("2")),
            Parameter.Boolean(StateManagementRequiredKey, new LocalizedText("Yêu cầu chứng chỉ bồi dưỡng quản lý nhà nước (theo yêu cầu của cấp có thẩm quyền)" + unconfirmed, "A state-management programme is required (as the competent level asks)" + unconfirmedEn), false, Confidence.Unconfirmed, document),
            Parameter.Choice(StateManagementKey, new LocalizedText("Chương trình quản lý nhà nước tối thiểu, khi được yêu cầu" + unconfirmed, "Least state-management programme, when one is required" + unconfirmedEn), StateManagementLevel.PrincipalSpecialist, Confidence.Unconfirmed, document),
            Parameter.Boolean(SecondGroupKey, new LocalizedText("Đối tượng 2 được quy hoạch khi chưa đạt chuẩn lý luận chính trị nếu có kế hoạch đào tạo" + Mark(secondGroupConfidence, true), "A second-group candidate short of the political-theory level may be planned with a training plan" + Mark(secondGroupConfidence, false)), secondGroup, secondGroupConfidence, secondGroupCitation ?? document),
            document,
            centralCitation,
            secondGroupCitation,
            secondGroupConfidence);
        var reference = new RegulationReference(new RegulationId(id), title, RegulationTopic.TitleStandards, document, [new RegulationScope(SubjectKind.Cadre, period)]);
        return new TitleStandardsRegulation(reference, ParameterSet.Defaults(settings.Schema), settings);
    }

    private static Judgement Judge<TLevel>(Attainment<TLevel>? held, TLevel required, LocalDate date)
        where TLevel : struct, Enum
    {
        if (held is not { } attainment || !attainment.IsHeldOn(date))
        {
            return Judgement.Unknown;
        }

        return Comparer<TLevel>.Default.Compare(attainment.Level, required) >= 0 ? Judgement.Met : Judgement.NotMet;
    }

    private static LocalizedText Held<TLevel>(Attainment<TLevel>? held, Func<TLevel, LocalizedText> words, LocalDate date)
        where TLevel : struct, Enum
    {
        if (held is not { } attainment)
        {
            return new LocalizedText("chưa ghi nhận", "not recorded");
        }

        LocalizedText level = words(attainment.Level);
        string on = TextFormat.Date(attainment.ObtainedOn);
        return attainment.IsHeldOn(date)
            ? new LocalizedText($"{level.Vietnamese} (cấp ngày {on})", $"{level.English} (obtained {on})")
            : new LocalizedText($"{level.Vietnamese} cấp ngày {on}, sau ngày xét {TextFormat.Date(date)}", $"{level.English} obtained {on}, after the date judged {TextFormat.Date(date)}");
    }

    private static Finding Requirement(RuleCode code, Citation? citation, Judgement result, LocalizedText held, LocalizedText required, Severity severity) => new(
        code,
        StandardsMessages.Table.Get(code),
        citation,
        result switch
        {
            Judgement.Met => FindingStatus.Satisfied,
            Judgement.NotMet => FindingStatus.NotSatisfied,
            _ => FindingStatus.NotApplicable,
        },
        severity,
        [FactValue.Of("held", held), FactValue.Of("required", required), FactValue.Of("determined", result != Judgement.Unknown)],
        []);

    private static LocalizedText PurposeWords(PlanningGroup group) => group switch
    {
        PlanningGroup.First => new("quy hoạch, đối tượng 1", "planning, first group"),
        PlanningGroup.Second => new("quy hoạch, đối tượng 2", "planning, second group"),
        _ => new("bổ nhiệm, giới thiệu ứng cử", "appointment or nomination"),
    };

    private enum Judgement
    {
        Met,
        NotMet,
        Unknown,
    }

    private sealed record Settings(
        Parameter<EducationLevel> Education,
        Parameter<PoliticalTheoryLevel> CentralPoliticalTheory,
        Parameter<PoliticalTheoryLevel> OtherPoliticalTheory,
        Parameter<EducationLevel> CommuneEducation,
        Parameter<PoliticalTheoryLevel> CommunePoliticalTheory,
        Parameter<bool> StateManagementRequired,
        Parameter<StateManagementLevel> StateManagement,
        Parameter<bool> SecondGroup,
        Citation DocumentCitation,
        Citation CentralCitation,
        Citation? SecondGroupCitation,
        Confidence SecondGroupConfidence)
    {
        public ImmutableArray<ParameterDefinition> Schema => [Education, CentralPoliticalTheory, OtherPoliticalTheory, CommuneEducation, CommunePoliticalTheory, StateManagementRequired, StateManagement, SecondGroup];
    }
}
