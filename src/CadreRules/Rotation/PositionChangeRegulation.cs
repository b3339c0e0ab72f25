using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Rotation;

/// <summary>
/// Periodic change of work position (định kỳ chuyển đổi vị trí công tác): Luật Phòng, chống tham nhũng 2018 Điều 25
/// and NĐ 59/2019/NĐ-CP Điều 36–39, in force from 15/08/2019.
/// </summary>
/// <remarks>
/// <para>Order of decision, as a <see cref="DecisionLadder{TFacts, TLevel}"/>: <see cref="PositionChangeStatus.Exempt"/>
/// when less than 18 months of working time remain (Điều 39 khoản 2), whatever else holds; then
/// <see cref="PositionChangeStatus.Deferred"/> when the period is reached and a ground of Điều 38 is active; then
/// <see cref="PositionChangeStatus.Due"/> when the period is reached; otherwise <see cref="PositionChangeStatus.NotYetDue"/>.</para>
/// <para>The period is a parameter per sector, bounded to 24 … 60 months by Điều 25 khoản 2 of the Law. Each ministry
/// sets its own; only the inspection sector's 60 months (TT 10/2014/TT-TTCP) is confirmed, the other defaults are the
/// Law's ceiling of 60 months and marked <see cref="Confidence.Unconfirmed"/>: override them with a
/// <see cref="LocalVariant"/> for the sector's circular. Immutable and thread-safe.</para>
/// </remarks>
public sealed class PositionChangeRegulation : Regulation
{
    /// <summary>Gets the sector keys known to the shipped regulation.</summary>
    public static ImmutableArray<string> Sectors { get; } =
        ["personnel", "publicFinance", "publicAssets", "publicInvestment", "directContact", "inspection", "health"];

    private static readonly ImmutableArray<Parameter<int>> SectorPeriods = [.. Sectors.Select(SectorParameter)];

    /// <summary>Gets the working time left below which no change is made (18 months, NĐ 59/2019 Điều 39 khoản 2).</summary>
    public static Parameter<int> ExemptBelowMonths { get; } = Parameter.Integer(
        "exempt.monthsToRetirement",
        new LocalizedText("Thời gian công tác còn lại dưới mức này thì không chuyển đổi (tháng)", "No change when fewer months than this remain before retirement"),
        18, Confidence.Confirmed, RotationDocuments.Nd59.Article(39, 2), minimum: 0, maximum: 120);

    /// <summary>Gets the minimum length of full-time study that defers a change (12 months, Điều 38 khoản 3).</summary>
    public static Parameter<int> MinStudyMonths { get; } = Parameter.Integer(
        "deferral.minStudyMonths",
        new LocalizedText("Thời gian học tập trung tối thiểu để chưa chuyển đổi (tháng)", "Minimum full-time study that defers a change (months)"),
        12, Confidence.Confirmed, RotationDocuments.Nd59.Article(38, 3), minimum: 1, maximum: 60);

    internal static readonly RuleCode DecisionCode = new("PositionChange.Decision");
    internal static readonly RuleCode ExemptCode = new("PositionChange.Exempt");
    internal static readonly RuleCode DueCode = new("PositionChange.Due");
    internal static readonly RuleCode DeferredCode = new("PositionChange.Deferred");

    private static readonly ImmutableArray<ParameterDefinition> Schema = [.. SectorPeriods, ExemptBelowMonths, MinStudyMonths];

    private readonly ImmutableDictionary<string, int> _periods;
    private readonly int _exemptBelow;
    private readonly int _minStudy;

    private PositionChangeRegulation(RegulationReference reference, ParameterSet parameters)
        : base(reference, parameters)
    {
        _periods = Sectors.Zip(SectorPeriods).ToImmutableDictionary(p => p.First, p => parameters.Get(p.Second), StringComparer.Ordinal);
        _exemptBelow = parameters.Get(ExemptBelowMonths);
        _minStudy = parameters.Get(MinStudyMonths);
        ImmutableDictionary<string, int> periods = _periods;
        int exemptBelow = _exemptBelow;
        int minStudy = _minStudy;

        Rule<PositionChangeCase> exempt = Rule.Create<PositionChangeCase>(
            RotationMessages.Table.Describe(ExemptCode, parameters.CitationFor(RotationDocuments.Nd59.Article(39, 2), ExemptBelowMonths), Severity.Advisory),
            f => f.MonthsToRetirement < exemptBelow,
            values: f => [FactValue.Of("monthsLeft", f.MonthsToRetirement), FactValue.Of("thresholdMonths", exemptBelow)]);
        Due = Rule.Create<PositionChangeCase>(
            RotationMessages.Table.Describe(DueCode, parameters.CitationFor(RotationDocuments.Pctn2018.Article(25, 2), [.. SectorPeriods])),
            f => f.MonthsInPost >= periods[f.Sector],
            values: f => [FactValue.Of("monthsInPost", f.MonthsInPost), FactValue.Of("periodMonths", periods[f.Sector]), FactValue.Of("sector", f.Sector), FactValue.Of("dueOn", DueOn(f.Post, periods[f.Sector]))]);

        Rule<PositionChangeCase>[] grounds =
        [
            Ground(DeferralKind.DisciplinaryReview, "PositionChange.Deferral.DisciplinaryReview", 1, minStudy),
            Ground(DeferralKind.Investigation, "PositionChange.Deferral.Investigation", 2, minStudy),
            Ground(DeferralKind.SeriousIllness, "PositionChange.Deferral.SeriousIllness", 3, minStudy),
            Ground(DeferralKind.FullTimeStudy, "PositionChange.Deferral.Study", 3, minStudy, parameters.CitationFor(RotationDocuments.Nd59.Article(38, 3), MinStudyMonths)),
            Ground(DeferralKind.Secondment, "PositionChange.Deferral.Secondment", 3, minStudy),
            Ground(DeferralKind.Pregnancy, "PositionChange.Deferral.Pregnancy", 4, minStudy),
            Ground(DeferralKind.YoungChild, "PositionChange.Deferral.YoungChild", 4, minStudy),
            Ground(DeferralKind.FatherRaisingChildAlone, "PositionChange.Deferral.FatherAlone", 4, minStudy),
        ];
        Deferral = Rule.AnyOf(RotationMessages.Table.Describe(DeferredCode, RotationDocuments.Nd59.Article(38)), grounds);

        Ladder = DecisionLadder<PositionChangeCase, PositionChangeStatus>
            .CreateBuilder(RotationMessages.Table.Describe(DecisionCode, RotationDocuments.Pctn2018.Article(25)))
            .Force(PositionChangeStatus.Exempt, exempt)
            .Force(PositionChangeStatus.Deferred, Due & Deferral)
            .Level(PositionChangeStatus.Due, Due)
            .Level(PositionChangeStatus.NotYetDue, !Due)
            .NameLevels(static status => status switch
            {
                PositionChangeStatus.Due => new LocalizedText("đến hạn chuyển đổi", "due for a change"),
                PositionChangeStatus.Deferred => new LocalizedText("chưa thực hiện chuyển đổi", "change deferred"),
                PositionChangeStatus.Exempt => new LocalizedText("không thực hiện chuyển đổi", "exempt from a change"),
                _ => new LocalizedText("chưa đến hạn chuyển đổi", "not yet due"),
            })
            .Build();
    }

    /// <summary>Gets Luật PCTN 2018 Điều 25 with NĐ 59/2019/NĐ-CP (from 15/08/2019; still in force).</summary>
    public static PositionChangeRegulation Nd59 { get; } = new(
        new RegulationReference(
            new RegulationId("position-change-nd59"),
            new LocalizedText("Định kỳ chuyển đổi vị trí công tác theo Luật PCTN 2018 và Nghị định 59/2019/NĐ-CP", "Periodic change of work position under the 2018 Anti-Corruption Law and NĐ 59/2019"),
            RegulationTopic.PositionChange,
            RotationDocuments.Nd59.Whole(),
            [
                new RegulationScope(SubjectKind.CivilServant, EffectivePeriod.From(new LocalDate(2019, 8, 15))),
                new RegulationScope(SubjectKind.PublicEmployee, EffectivePeriod.From(new LocalDate(2019, 8, 15))),
            ]),
        ParameterSet.Defaults(Schema));

    /// <summary>Gets the rule "the sector's period in the position is reached".</summary>
    public Rule<PositionChangeCase> Due { get; }

    /// <summary>Gets the rule "a deferral ground of Điều 38 is active".</summary>
    public Rule<PositionChangeCase> Deferral { get; }

    /// <summary>Gets the decision ladder (exempt, deferred, due, not yet due).</summary>
    public DecisionLadder<PositionChangeCase, PositionChangeStatus> Ladder { get; }

    /// <inheritdoc />
    public override IEnumerable<RuleDescriptor> Rules => Ladder.Steps.SelectMany(s => s.Guard.Flatten()).Select(r => r.Descriptor).Where(d => d.Citation is not null).Distinct();

    /// <summary>Gets the period of a sector, in months.</summary>
    /// <param name="sector">The sector key.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sector"/> is null.</exception>
    /// <exception cref="UnknownSectorException">The sector is not one of <see cref="Sectors"/>.</exception>
    public int PeriodFor(string sector)
    {
        ArgumentNullException.ThrowIfNull(sector);
        return _periods.TryGetValue(sector, out int months)
            ? months
            : throw new UnknownSectorException(sector, $"The sector '{sector}' (field 'sector') has no position-change period. Known sectors: {string.Join(", ", Sectors)}.");
    }

    /// <summary>Decides the status without building an explanation.</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>The status and the dates that follow from the facts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="UnknownSectorException">The facts name an unknown sector.</exception>
    public PositionChangeAssessment Assess(PositionChangeCase facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        int period = PeriodFor(facts.Sector);
        LadderDecision<PositionChangeStatus> decision = Ladder.Decide(facts);
        return Build(facts, decision.Level, period);
    }

    /// <summary>Decides the status and explains it, with the clause of each step.</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>The verdict; its outcome equals <see cref="Assess(PositionChangeCase)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="UnknownSectorException">The facts name an unknown sector.</exception>
    public Verdict<PositionChangeAssessment> Explain(PositionChangeCase facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        int period = PeriodFor(facts.Sector);
        Verdict<LadderDecision<PositionChangeStatus>> verdict = Ladder.Explain(facts, Reference);
        return new Verdict<PositionChangeAssessment>(Build(facts, verdict.Outcome.Level, period), () => MarkDeferralGrounds(verdict.Explanation), Reference);
    }

    // Each deferral case of Điều 38 is a ground (present defers the change): its finding, and the "any deferral case"
    // above them, read as present or absent, never as a failed condition.
    private static Finding MarkDeferralGrounds(Finding finding)
    {
        if (finding.Code == DeferredCode)
        {
            return new Finding(finding.Code, finding.Text, finding.Citation, finding.Status, finding.Severity, finding.Values,
                [.. finding.Children.Select(static c => c.WithRole(FindingRole.Ground))]) { Role = FindingRole.Ground };
        }

        if (finding.Children.IsEmpty)
        {
            return finding;
        }

        return new Finding(finding.Code, finding.Text, finding.Citation, finding.Status, finding.Severity, finding.Values,
            [.. finding.Children.Select(MarkDeferralGrounds)]) { Role = finding.Role };
    }

    /// <summary>Gets the findings that decided an answer: the satisfied conditions of the ladder's step that applied (the
    /// exemption; the period reached and the deferral grounds active; the period reached), and none for "not yet due"
    /// (nothing holds).</summary>
    /// <param name="explanation">The explanation of a verdict of <see cref="Explain(PositionChangeCase)"/>.</param>
    /// <returns>The findings, in the order of the explanation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="explanation"/> is null.</exception>
    public static ImmutableArray<Finding> DecidingFindings(Finding explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        FactValue? decidedBy = explanation.Values.FirstOrDefault(v => v.Name == "decidedBy");
        Finding? step = decidedBy?.Value is string code ? explanation.Children.FirstOrDefault(c => c.Code.Value == code && c.Status == FindingStatus.Satisfied) : null;
        var found = ImmutableArray.CreateBuilder<Finding>();
        if (step is not null)
        {
            Satisfied(step, found);
        }

        return found.ToImmutable();

        static void Satisfied(Finding finding, ImmutableArray<Finding>.Builder found)
        {
            if (finding.Children.IsEmpty)
            {
                found.Add(finding);
                return;
            }

            foreach (Finding child in finding.Children)
            {
                if (child.Status == FindingStatus.Satisfied)
                {
                    Satisfied(child, found);
                }
            }
        }
    }

    /// <inheritdoc />
    protected override Regulation Rebuild(RegulationReference reference, ParameterSet parameters) => new PositionChangeRegulation(reference, parameters);

    private PositionChangeAssessment Build(PositionChangeCase facts, PositionChangeStatus status, int period)
    {
        LocalDate? until = null;
        if (status == PositionChangeStatus.Deferred)
        {
            bool unknown = false;
            foreach (DeferralGround ground in facts.Deferrals)
            {
                if (facts.Counts(ground, _minStudy))
                {
                    if (ground.End is { } end)
                    {
                        until = until is { } u && u > end ? u : end;
                    }
                    else
                    {
                        unknown = true;
                    }
                }
            }

            if (unknown)
            {
                until = null;
            }
        }

        LocalDate exemptFrom = facts.RetirementMonth.PlusMonths(-(_exemptBelow - 1)).OnDayOfMonth(1);
        return new PositionChangeAssessment(status, period, facts.MonthsInPost, DueOn(facts.Post, period), until, facts.MonthsToRetirement, exemptFrom);
    }

    // The first day on which the whole months in the post reach the period: the day asked counts as served
    // (PositionHeld.MonthsInPostAt), so a post taken on 15/03/2021 completes 60 months on 14/03/2026.
    private static LocalDate DueOn(People.PositionHeld post, int period) => post.Start.PlusMonths(period).PlusDays(-1);

    private static Parameter<int> SectorParameter(string sector) => Parameter.Integer(
        "period." + sector,
        new LocalizedText("Thời hạn định kỳ chuyển đổi vị trí công tác của ngành, lĩnh vực " + PositionChangeSectors.Name(sector).Vietnamese + " (tháng)", "Period of position change in the " + PositionChangeSectors.Name(sector).English + " sector (months)"),
        60,
        sector == "inspection" ? Confidence.Confirmed : Confidence.Unconfirmed,
        RotationDocuments.Pctn2018.Article(25, 2),
        minimum: 24,
        maximum: 60);

    private static Rule<PositionChangeCase> Ground(DeferralKind kind, string code, int clause, int minStudy, Citation? citation = null) => Rule.Create<PositionChangeCase>(
        RotationMessages.Table.Describe(new RuleCode(code), citation ?? RotationDocuments.Nd59.Article(38, clause)),
        f => f.HasActive(kind, minStudy),
        values: f => Values(f, kind, minStudy));

    private static ImmutableArray<FactValue> Values(PositionChangeCase facts, DeferralKind kind, int minStudy)
    {
        var values = ImmutableArray.CreateBuilder<FactValue>();
        foreach (DeferralGround ground in facts.Deferrals)
        {
            if (ground.Kind != kind)
            {
                continue;
            }

            values.Add(FactValue.Of("from", ground.Start));
            if (ground.End is { } end)
            {
                values.Add(FactValue.Of("until", end));
            }

            if (kind == DeferralKind.FullTimeStudy && ground.Months is { } months)
            {
                values.Add(FactValue.Of("studyMonths", months));
            }

            if (DeferralGround.IsChildGround(kind))
            {
                values.Add(FactValue.Of("childTurns36On", ground.Start.PlusMonths(36)));
            }

            values.Add(FactValue.Of("counts", facts.Counts(ground, minStudy)));
        }

        return values.ToImmutable();
    }
}
