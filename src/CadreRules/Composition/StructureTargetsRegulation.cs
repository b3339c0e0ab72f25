using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Composition;

/// <summary>
/// The structure targets (chỉ tiêu cơ cấu) a directive on party congresses sets for the party committee a congress
/// elects: the least share of women and the least share of young members (under an age), with how a share target turns
/// into people (<see cref="TargetRounding"/>). The regulation in force on a body's date applies to it; the subject kind
/// is <see cref="SubjectKind.PartyOrganisation"/>.
/// </summary>
/// <remarks>
/// <para>Every number is a named parameter a province's variant may change, marked with its confidence: Chỉ thị
/// 45-CT/TW (14/04/2025) is known from one official summary (news), its rounding is unwritten (unconfirmed). Chỉ thị
/// 35-CT/TW (30/05/2019) gives under 40 ≥ 10% (confirmed) and no women's share in the reference, so it sets none.</para>
/// <para>Chỉ thị 45-CT/TW also asks for at least one woman in the standing committee and at least one third of members
/// elected for the first time, merged organisations exempt (news); each is undetermined when the body does not give its
/// standing committee or every member's first-time flag. "Counted over the whole term" is read, by a named unconfirmed
/// policy (<see cref="YoungMeasuredOn"/>), as measuring the young on the last day of the term's age-reference month;
/// the three age bands are checked only when a province sets their limits (<see cref="AgeBandLimits"/>). The
/// denominator is the number of members. Immutable and thread-safe.</para>
/// </remarks>
public sealed class StructureTargetsRegulation : Regulation
{
    internal static readonly RuleCode RootCode = new("Structure.Targets");
    internal static readonly RuleCode WomenCode = new("Structure.WomenShare");
    internal static readonly RuleCode YoungCode = new("Structure.YoungShare");
    internal static readonly RuleCode StandingWomenCode = new("Structure.StandingCommitteeWomen");
    internal static readonly RuleCode RenewalCode = new("Structure.Renewal");
    internal static readonly RuleCode AgeBandsCode = new("Structure.AgeBands");

    /// <summary>The parameter key of the least number of women in the standing committee.</summary>
    public const string StandingWomenKey = "standingCommittee.minimumWomen";

    /// <summary>The parameter key of the least share of members elected for the first time.</summary>
    public const string RenewalKey = "renewal.minimum";

    /// <summary>The parameter key of whether the committee of a merged organisation is exempt from the renewal target.</summary>
    public const string RenewalExemptMergedKey = "renewal.exemptMerged";

    /// <summary>The parameter key of the least share of women.</summary>
    public const string WomenKey = "women.minimum";

    /// <summary>The parameter key of the least share of young members.</summary>
    public const string YoungKey = "young.minimum";

    /// <summary>The parameter key of the age in years below which a member is young.</summary>
    public const string YoungAgeKey = "young.ageBelow";

    /// <summary>The parameter key of the rounding policy of share targets.</summary>
    public const string RoundingKey = "targets.rounding";

    /// <summary>The parameter key of the day "young" is measured on (<see cref="YoungAgeDate"/>).</summary>
    public const string YoungMeasuredOnKey = "young.measuredOn";

    /// <summary>The parameter key of the age below which a member is in the youngest of the three age bands (0: not set).</summary>
    public const string AgeBandsYoungestKey = "ageBands.youngestBelow";

    /// <summary>The parameter key of the age from which a member is in the oldest of the three age bands (0: not set).</summary>
    public const string AgeBandsOldestKey = "ageBands.oldestFrom";

    private readonly Settings _settings;

    private StructureTargetsRegulation(RegulationReference reference, ParameterSet parameters, Settings settings)
        : base(reference, parameters)
    {
        _settings = settings;
        Women = settings.Women is { } women ? parameters.Get(women) : null;
        Young = parameters.Get(settings.Young);
        YoungAgeBelow = parameters.Get(settings.YoungAge);
        Rounding = parameters.Get(settings.Rounding);
        StandingCommitteeWomen = settings.StandingWomen is { } sw ? parameters.Get(sw) : null;
        Renewal = settings.Renewal is { } renewal ? parameters.Get(renewal) : null;
        RenewalExemptsMerged = settings.ExemptMerged is { } exempt && parameters.Get(exempt);
        YoungMeasuredOn = settings.YoungOn is { } on ? parameters.Get(on) : YoungAgeDate.BodyDate;
        AgeBandLimits = settings.Youngest is { } y && settings.Oldest is { } o && parameters.Get(y) > 0 && parameters.Get(o) > 0
            ? (parameters.Get(y), parameters.Get(o))
            : null;
    }

    /// <summary>Gets Chỉ thị 35-CT/TW of 30/05/2019 (congresses of the 2020–2025 term), in force here from 30/05/2019 to
    /// 13/04/2025: members under 40 at least 10% (confirmed); no women's share (none in the reference). Chỉ thị 35-CT/TW
    /// of 14/06/2024 is a different document whose targets the reference does not give.</summary>
    public static StructureTargetsRegulation Ct35Of2019 { get; } = Create(
        "structure-ct35-2019",
        new LocalizedText("Chỉ tiêu cơ cấu cấp ủy theo Chỉ thị 35-CT/TW (30/05/2019)", "Committee structure targets under Chỉ thị 35-CT/TW (30/05/2019)"),
        StructureDocuments.Ct35Of2019,
        new EffectivePeriod(new LocalDate(2019, 5, 30), new LocalDate(2025, 4, 13)),
        women: null,
        youngAge: 40,
        Confidence.Confirmed,
        ct45Extras: false);

    /// <summary>Gets Chỉ thị 45-CT/TW of 14/04/2025 (congresses of the 2025–2030 term), from 14/04/2025: women at least
    /// 15%, members under 42 at least 10% (both from one official summary: news).</summary>
    public static StructureTargetsRegulation Ct45Of2025 { get; } = Create(
        "structure-ct45-2025",
        new LocalizedText("Chỉ tiêu cơ cấu cấp ủy theo Chỉ thị 45-CT/TW (14/04/2025)", "Committee structure targets under Chỉ thị 45-CT/TW (14/04/2025)"),
        StructureDocuments.Ct45Of2025,
        EffectivePeriod.From(new LocalDate(2025, 4, 14)),
        women: Share.Percent(15),
        youngAge: 42,
        Confidence.News,
        ct45Extras: true);

    /// <summary>Gets the regulations in date order.</summary>
    public static ImmutableArray<StructureTargetsRegulation> All { get; } = [Ct35Of2019, Ct45Of2025];

    /// <summary>Gets the least share of women, or <see langword="null"/> when the directive sets none.</summary>
    public Share? Women { get; }

    /// <summary>Gets the least share of young members.</summary>
    public Share Young { get; }

    /// <summary>Gets the age in years below which a member is young.</summary>
    public int YoungAgeBelow { get; }

    /// <summary>Gets how a share target turns into people.</summary>
    public TargetRounding Rounding { get; }

    /// <summary>Gets the least number of women in the standing committee, or <see langword="null"/> when the directive
    /// sets none.</summary>
    public int? StandingCommitteeWomen { get; }

    /// <summary>Gets the least share of members elected for the first time, or <see langword="null"/> when the directive
    /// sets none.</summary>
    public Share? Renewal { get; }

    /// <summary>Gets a value indicating whether the committee of a merged organisation is exempt from <see cref="Renewal"/>.</summary>
    public bool RenewalExemptsMerged { get; }

    /// <summary>Gets the day "young" is measured on (<c>young.measuredOn</c>): Chỉ thị 45-CT/TW counts the young share over
    /// the whole term and names no day, so by default the term's age-reference month (unconfirmed);
    /// <see cref="YoungAgeDate.BodyDate"/> for Chỉ thị 35-CT/TW of 2019, which has no such parameter.</summary>
    public YoungAgeDate YoungMeasuredOn { get; }

    /// <summary>Gets the limits of the three age bands (under the first, from the first to under the second, from the
    /// second), or <see langword="null"/> when not set: Chỉ thị 45-CT/TW asks for three age bands and gives no limits, so
    /// <c>ageBands.youngestBelow</c> and <c>ageBands.oldestFrom</c> are 0 (not set) unless a province sets them, and the
    /// bands are then reported as not checked, outside the verdict.</summary>
    public (int YoungestBelow, int OldestFrom)? AgeBandLimits { get; }

    /// <summary>Gets the day a body's members are counted as young (and placed in the age bands) under this directive:
    /// the last day of <see cref="BodyMembership.TermReferenceMonth"/> when <see cref="YoungMeasuredOn"/> is
    /// <see cref="YoungAgeDate.TermReferenceMonth"/> and the body gives the month, else the body's own date.</summary>
    /// <param name="body">The body.</param>
    /// <returns>The day.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    public LocalDate YoungCountedOn(BodyMembership body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return YoungMeasuredOn == YoungAgeDate.TermReferenceMonth && body.TermReferenceMonth is { } month
            ? month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month))
            : body.AsOf;
    }

    /// <inheritdoc />
    public override IEnumerable<RuleDescriptor> Rules =>
    [
        .. _settings.Women is { } women
            ? new[] { CompositionMessages.Table.Describe(WomenCode, Parameters.CitationFor(_settings.Document, women, _settings.Rounding), Severity.TargetNotMet, women.Confidence) }
            : [],
        CompositionMessages.Table.Describe(YoungCode, YoungCitation(), Severity.TargetNotMet, _settings.Young.Confidence),
        .. _settings.StandingWomen is { } sw
            ? new[] { CompositionMessages.Table.Describe(StandingWomenCode, Parameters.CitationFor(_settings.Document, sw), Severity.TargetNotMet, sw.Confidence) }
            : [],
        .. _settings.Renewal is { } renewal
            ? new[] { CompositionMessages.Table.Describe(RenewalCode, Parameters.CitationFor(_settings.Document, renewal, _settings.ExemptMerged!, _settings.Rounding), Severity.TargetNotMet, renewal.Confidence) }
            : [],
        .. _settings.Youngest is { } youngest
            ? new[] { CompositionMessages.Table.Describe(AgeBandsCode, Parameters.CitationFor(_settings.Document, youngest, _settings.Oldest!), Severity.TargetNotMet, youngest.Confidence) }
            : [],
    ];

    /// <summary>Checks a body against the targets: one finding per target (women when set, then young), each citing its
    /// directive, with the count, the members, the exact share, the target, the people required under
    /// <see cref="Rounding"/> and the shortfall in people; under one finding for the directive.</summary>
    /// <param name="body">The body; young members are counted under <see cref="YoungAgeBelow"/> on its date, whatever
    /// the body's own young age.</param>
    /// <returns>The verdict: <see langword="false"/> when a target is missed; else <see langword="null"/> when one cannot
    /// be decided (the standing committee or the first-time members not given: its finding is not applicable with
    /// <c>determined</c> false); else <see langword="true"/>. A merged organisation's committee exempt from renewal has
    /// that finding not applicable with <c>determined</c> true.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    public Verdict<bool?> Check(BodyMembership body)
    {
        ArgumentNullException.ThrowIfNull(body);
        BodyComposition composition = BodyComposition.Of(body.Members, body.AsOf, YoungAgeBelow);
        LocalDate youngOn = YoungCountedOn(body);
        BodyComposition young = youngOn == body.AsOf ? composition : BodyComposition.Of(body.Members, youngOn, YoungAgeBelow);
        var children = ImmutableArray.CreateBuilder<Finding>(2);
        if (Women is { } women)
        {
            children.Add(Compare(WomenCode, composition.Women, women, Parameters.CitationFor(_settings.Document, _settings.Women!, _settings.Rounding), []));
        }

        children.Add(Compare(YoungCode, young.Young, Young, YoungCitation(), [FactValue.Of("youngAge", YoungAgeBelow), FactValue.Of("youngCountedOn", youngOn), FactValue.Of("referenceMonthGiven", body.TermReferenceMonth is not null)]));
        if (StandingCommitteeWomen is { } least)
        {
            ImmutableHashSet<CadreId>? standing = body.StandingCommittee;
            int standingWomen = standing is null ? 0 : System.Linq.Enumerable.Count(body.Members, m => standing.Contains(m.Id) && m.Sex == People.Sex.Female);
            children.Add(new Finding(
                StandingWomenCode,
                CompositionMessages.Table.Get(StandingWomenCode),
                Parameters.CitationFor(_settings.Document, _settings.StandingWomen!),
                standing is null ? FindingStatus.NotApplicable : Rule.From(standingWomen >= least),
                Severity.TargetNotMet,
                [FactValue.Of("count", standingWomen), FactValue.Of("required", least), FactValue.Of("shortfall", standing is null ? 0 : Math.Max(0, least - standingWomen)), FactValue.Of("determined", standing is not null)],
                []));
        }

        if (Renewal is { } renewal)
        {
            children.Add(RenewalFinding(body, renewal));
        }

        if (_settings.Youngest is not null)
        {
            children.Add(AgeBandsFinding(body, youngOn));
        }

        bool missed = System.Linq.Enumerable.Any(children, f => f.Status == FindingStatus.NotSatisfied);
        bool unknown = System.Linq.Enumerable.Any(children, f => f.Status == FindingStatus.NotApplicable && f.Values.Any(v => v.Name == "determined" && v.Value is false));
        bool? met = missed ? false : unknown ? null : true;
        var root = new Finding(
            RootCode,
            CompositionMessages.Table.Get(RootCode),
            Reference.Citation,
            missed ? FindingStatus.NotSatisfied : unknown ? FindingStatus.NotApplicable : FindingStatus.Satisfied,
            Severity.TargetNotMet,
            [FactValue.Of("asOf", body.AsOf), FactValue.Of("total", composition.Total)],
            children.ToImmutable());
        return new Verdict<bool?>(met, root, Reference);
    }

    private Citation? YoungCitation() => _settings.YoungOn is { } on
        ? Parameters.CitationFor(_settings.Document, _settings.Young, _settings.YoungAge, _settings.Rounding, on)
        : Parameters.CitationFor(_settings.Document, _settings.Young, _settings.YoungAge, _settings.Rounding);

    /// <summary>The three age bands: satisfied when each has a member; not applicable (outside the verdict: no
    /// <c>determined</c> false) when the limits are not set.</summary>
    private Finding AgeBandsFinding(BodyMembership body, LocalDate on)
    {
        Citation? citation = Parameters.CitationFor(_settings.Document, _settings.Youngest!, _settings.Oldest!);
        if (AgeBandLimits is not { } limits)
        {
            return new Finding(AgeBandsCode, CompositionMessages.Table.Get(AgeBandsCode), citation, FindingStatus.NotApplicable, Severity.TargetNotMet,
                [FactValue.Of("limitsGiven", false)], []);
        }

        int youngest = 0, middle = 0, oldest = 0;
        foreach (Cadre member in body.Members)
        {
            int age = member.BirthDate.AgeInYearsAt(on < member.BirthDate.Date ? member.BirthDate.Date : on);
            youngest += age < limits.YoungestBelow ? 1 : 0;
            oldest += age >= limits.OldestFrom ? 1 : 0;
            middle += age >= limits.YoungestBelow && age < limits.OldestFrom ? 1 : 0;
        }

        return new Finding(AgeBandsCode, CompositionMessages.Table.Get(AgeBandsCode), citation, Rule.From(youngest > 0 && middle > 0 && oldest > 0), Severity.TargetNotMet,
            [
                FactValue.Of("limitsGiven", true),
                FactValue.Of("youngestBelow", limits.YoungestBelow),
                FactValue.Of("oldestFrom", limits.OldestFrom),
                FactValue.Of("youngest", youngest),
                FactValue.Of("middle", middle),
                FactValue.Of("oldest", oldest),
                FactValue.Of("countedOn", on),
            ],
            []);
    }

    private Finding RenewalFinding(BodyMembership body, Share renewal)
    {
        Citation? citation = Parameters.CitationFor(_settings.Document, _settings.Renewal!, _settings.ExemptMerged!, _settings.Rounding);
        if (body.Merged && RenewalExemptsMerged)
        {
            return new Finding(RenewalCode, CompositionMessages.Table.Get(RenewalCode), citation, FindingStatus.NotApplicable, Severity.TargetNotMet,
                [FactValue.Of("merged", true), FactValue.Of("target", renewal), FactValue.Of("determined", true)], []);
        }

        if (body.FirstTime is not { } first)
        {
            return new Finding(RenewalCode, CompositionMessages.Table.Get(RenewalCode), citation, FindingStatus.NotApplicable, Severity.TargetNotMet,
                [FactValue.Of("merged", body.Merged), FactValue.Of("target", renewal), FactValue.Of("determined", false)], []);
        }

        var share = new CompositionShare(System.Linq.Enumerable.Count(body.Members, m => first.Contains(m.Id)), body.Members.Length);
        TargetMeasure measure = TargetMeasure.Of(share, renewal, Rounding);
        return new Finding(RenewalCode, CompositionMessages.Table.Get(RenewalCode), citation, Rule.From(measure.Met), Severity.TargetNotMet,
            [
                FactValue.Of("count", share.Count),
                FactValue.Of("total", share.Total),
                share.Share is { } exact ? FactValue.Of("share", exact) : FactValue.Of("share", new LocalizedText("—", "—")),
                FactValue.Of("target", renewal),
                FactValue.Of("required", measure.Required),
                FactValue.Of("shortfall", measure.Shortfall),
                FactValue.Of("merged", body.Merged),
                FactValue.Of("determined", true),
            ],
            []);
    }

    /// <inheritdoc />
    protected override Regulation Rebuild(RegulationReference reference, ParameterSet parameters) => new StructureTargetsRegulation(reference, parameters, _settings);

    private Finding Compare(RuleCode code, CompositionShare share, Share target, Citation? citation, ImmutableArray<FactValue> extra)
    {
        TargetMeasure measure = TargetMeasure.Of(share, target, Rounding);
        return new Finding(
            code,
            CompositionMessages.Table.Get(code),
            citation,
            Rule.From(measure.Met),
            Severity.TargetNotMet,
            [
                FactValue.Of("count", share.Count),
                FactValue.Of("total", share.Total),
                share.Share is { } exact ? FactValue.Of("share", exact) : FactValue.Of("share", new LocalizedText("—", "—")),
                FactValue.Of("target", target),
                FactValue.Of("required", measure.Required),
                FactValue.Of("shortfall", measure.Shortfall),
                .. extra,
            ],
            []);
    }

    private static StructureTargetsRegulation Create(string id, LocalizedText title, LegalDocument document, EffectivePeriod period, Share? women, int youngAge, Confidence confidence, bool ct45Extras)
    {
        Citation whole = document.Whole();
        var settings = new Settings(
            women is { } w ? Parameter.Share(WomenKey, new LocalizedText("Tỷ lệ nữ tối thiểu trong cấp ủy", "Least share of women in the committee"), w, confidence, whole) : null,
            Parameter.Share(YoungKey, new LocalizedText($"Tỷ lệ cấp ủy viên dưới {youngAge} tuổi tối thiểu", $"Least share of committee members under {youngAge}"), Share.Percent(10), confidence, whole),
            Parameter.Integer(YoungAgeKey, new LocalizedText("Tuổi (năm tròn) mà dưới đó được tính là trẻ", "Age in whole years below which a member is young"), youngAge, confidence, whole, 1, 100),
            Parameter.Choice(RoundingKey, new LocalizedText(
                "Cách quy tỷ lệ chỉ tiêu ra số người — văn bản không quy định, mặc định so tỷ lệ đúng (tương đương làm tròn lên), có thể thay",
                "How a share target turns into people — the text is silent; by default the exact share is compared (the same as rounding up), overridable"), TargetRounding.Exact, Confidence.Unconfirmed, whole),
            ct45Extras ? Parameter.Integer(StandingWomenKey, new LocalizedText("Số nữ tối thiểu trong ban thường vụ", "Least number of women in the standing committee"), 1, confidence, whole, 0, 100) : null,
            ct45Extras ? Parameter.Share(RenewalKey, new LocalizedText("Tỷ lệ cấp ủy viên tham gia lần đầu tối thiểu (đổi mới)", "Least share of members elected for the first time (renewal)"), Share.Of(1, 3), confidence, whole) : null,
            ct45Extras ? Parameter.Boolean(RenewalExemptMergedKey, new LocalizedText("Cấp ủy của tổ chức hình thành sau hợp nhất, sáp nhập không tính tỷ lệ đổi mới", "The committee of a merged organisation is exempt from the renewal share"), true, confidence, whole) : null,
            ct45Extras ? Parameter.Choice(YoungMeasuredOnKey, new LocalizedText(
                "Ngày tính tuổi trẻ — chỉ thị tính tỷ lệ trẻ cả nhiệm kỳ mà không nói ngày; mặc định ngày cuối tháng tính tuổi của nhiệm kỳ, có thể thay",
                "The day young is measured on — the directive counts the young share over the whole term without a day; by default the last day of the term's age-reference month, overridable"), YoungAgeDate.TermReferenceMonth, Confidence.Unconfirmed, whole) : null,
            ct45Extras ? Parameter.Integer(AgeBandsYoungestKey, new LocalizedText(
                "Tuổi mà dưới đó thuộc độ tuổi trẻ nhất trong ba độ tuổi — chỉ thị không cho số; 0 là chưa đặt",
                "Age below which a member is in the youngest of the three age bands — the directive gives no number; 0 is not set"), 0, Confidence.Unconfirmed, whole, 0, 100) : null,
            ct45Extras ? Parameter.Integer(AgeBandsOldestKey, new LocalizedText(
                "Tuổi mà từ đó thuộc độ tuổi cao nhất trong ba độ tuổi — chỉ thị không cho số; 0 là chưa đặt",
                "Age from which a member is in the oldest of the three age bands — the directive gives no number; 0 is not set"), 0, Confidence.Unconfirmed, whole, 0, 100) : null,
            whole);
        var reference = new RegulationReference(new RegulationId(id), title, RegulationTopic.StructureTargets, whole, [new RegulationScope(SubjectKind.PartyOrganisation, period)]);
        return new StructureTargetsRegulation(reference, ParameterSet.Defaults(settings.Schema, settings.Constraints), settings);
    }

    private sealed record Settings(Parameter<Share>? Women, Parameter<Share> Young, Parameter<int> YoungAge, Parameter<TargetRounding> Rounding, Parameter<int>? StandingWomen, Parameter<Share>? Renewal, Parameter<bool>? ExemptMerged, Parameter<YoungAgeDate>? YoungOn, Parameter<int>? Youngest, Parameter<int>? Oldest, Citation Document)
    {
        public ImmutableArray<ParameterDefinition> Schema =>
        [
            .. Women is { } women ? new ParameterDefinition[] { women } : [],
            Young, YoungAge, Rounding,
            .. StandingWomen is { } sw ? new ParameterDefinition[] { sw, Renewal!, ExemptMerged!, YoungOn!, Youngest!, Oldest! } : [],
        ];

        // No constraint between the band limits: 0 means "not set" for either; limits set the wrong way round leave the
        // middle band empty, which the age-band finding shows (0 members there, not met).
        public ImmutableArray<ParameterConstraint> Constraints => [];
    }
}
