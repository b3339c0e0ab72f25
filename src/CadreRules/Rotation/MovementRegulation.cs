using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Rotation;

/// <summary>
/// Transfer (điều động) and secondment (biệt phái) of civil servants and cadres under NĐ 170/2025/NĐ-CP (in force
/// 01/07/2025, with Luật Cán bộ, công chức 80/2025/QH15): the bars of Điều 25 and their waiver, the secondment's
/// longest duration (Điều 26), the allowance a transferred leader keeps (Điều 27) and, for rotations, the allowance kept
/// for the whole rotation (Điều 51) and the destination's yearly evaluation (Điều 49).
/// </summary>
/// <remarks>
/// <para>Eligibility (<see cref="Eligibility"/>) is all of: no bar of Điều 25 applies, a bar for pregnancy, maternity
/// leave or a young child, or for family hardship, being lifted when the person asked to be moved; and, for a
/// secondment with a planned end, that end is no later than <see cref="SecondmentMaxMonths"/> after the start.</para>
/// <para>Before 01/07/2025 transfers and secondments fell under NĐ 138/2020/NĐ-CP, whose clauses on them the domain
/// reference does not confirm: the catalogue has no regulation of this topic before that date, and a programme answers
/// <see cref="MovementOutcome.Undetermined"/> for such a movement. The rotation itself (eligibility, its 36-month
/// duration) is <see cref="RotationRegulation"/>'s; this regulation adds only the allowance and evaluation clauses of
/// NĐ 170 for rotations. Pick it from a <see cref="RegulationCatalog"/> (topic <see cref="RegulationTopic.Movement"/>,
/// subject <see cref="SubjectKind.CivilServant"/> or <see cref="SubjectKind.Cadre"/>). Immutable and thread-safe.</para>
/// </remarks>
public sealed class MovementRegulation : Regulation
{
    /// <summary>Gets the longest secondment, in months (3 years, NĐ 170/2025 Điều 26). A sector law may set another
    /// period: a province or sector overrides this parameter with a <see cref="LocalVariant"/> citing that law.</summary>
    public static Parameter<int> SecondmentMaxMonths { get; } = Parameter.Integer(
        "secondment.maxMonths",
        new LocalizedText("Thời hạn biệt phái tối đa (tháng), trừ trường hợp pháp luật chuyên ngành quy định khác", "Longest secondment (months), unless a sector law sets another period"),
        36, Confidence.Confirmed, RotationDocuments.Nd170.Article(26), minimum: 1, maximum: 240);

    /// <summary>Gets how many months a transferred leader keeps a higher leadership allowance held before (6 months,
    /// NĐ 170/2025 Điều 27).</summary>
    public static Parameter<int> TransferAllowanceMonths { get; } = Parameter.Integer(
        "transfer.allowanceMonths",
        new LocalizedText("Số tháng được bảo lưu phụ cấp chức vụ cao hơn khi điều động", "Months a higher leadership allowance is kept after a transfer"),
        6, Confidence.Confirmed, RotationDocuments.Nd170.Article(27), minimum: 0, maximum: 120);

    internal static readonly RuleCode EligibilityCode = new("Movement.Eligibility");
    internal static readonly RuleCode WaivedCode = new("Movement.Bar.WaivedOnRequest");
    internal static readonly RuleCode SecondmentDurationCode = new("Movement.Secondment.Duration");
    internal static readonly RuleCode AllowanceCode = new("Movement.Transfer.Allowance");

    private static readonly ImmutableArray<ParameterDefinition> Schema = [SecondmentMaxMonths, TransferAllowanceMonths];

    private readonly int _secondmentMax;
    private readonly int _allowanceMonths;

    private MovementRegulation(RegulationReference reference, ParameterSet parameters)
        : base(reference, parameters)
    {
        _secondmentMax = parameters.Get(SecondmentMaxMonths);
        _allowanceMonths = parameters.Get(TransferAllowanceMonths);
        int max = _secondmentMax;
        Citation bars = RotationDocuments.Nd170.Article(25);

        Rule<MovementCase> waived = Rule.Create<MovementCase>(
            RotationMessages.Table.Describe(WaivedCode, bars, Severity.Advisory),
            static _ => true,
            appliesTo: static f => f.RequestedByPerson,
            values: static f => [FactValue.Of("requested", f.RequestedByPerson)]);

        var conditions = new List<Rule<MovementCase>>();
        foreach (MovementBar bar in Enum.GetValues<MovementBar>())
        {
            Rule<MovementCase> notBarred = Rule.Create<MovementCase>(
                RotationMessages.Table.Describe(BarCode(bar), bars),
                f => !f.Bars.Contains(bar),
                values: f => [FactValue.Of("applies", f.Bars.Contains(bar))]);
            conditions.Add(IsWaivable(bar) ? Rule.WithException(notBarred, waived) : notBarred);
        }

        conditions.Add(Rule.Create<MovementCase>(
            RotationMessages.Table.Describe(SecondmentDurationCode, parameters.CitationFor(RotationDocuments.Nd170.Article(26), SecondmentMaxMonths)),
            f => f.PlannedEnd <= LatestEndOf(f.Start, max),
            appliesTo: static f => f.Kind == MovementKind.Secondment && f.PlannedEnd is not null,
            values: f => [FactValue.Of("plannedEnd", f.PlannedEnd ?? f.Start), FactValue.Of("latestEnd", LatestEndOf(f.Start, max)), FactValue.Of("maxMonths", max)]));

        int allowanceMonths = _allowanceMonths;
        conditions.Add(Rule.Create<MovementCase>(
            RotationMessages.Table.Describe(AllowanceCode, parameters.CitationFor(RotationDocuments.Nd170.Article(27), TransferAllowanceMonths), Severity.Advisory),
            static _ => true,
            appliesTo: static f => f.Kind == MovementKind.Transfer,
            values: f => [FactValue.Of("months", allowanceMonths), FactValue.Of("keptUntil", f.Start.PlusMonths(allowanceMonths).PlusDays(-1))]));

        Eligibility = Rule.AllOf(RotationMessages.Table.Describe(EligibilityCode, RotationDocuments.Nd170.Whole()), [.. conditions]);
    }

    /// <summary>Gets NĐ 170/2025/NĐ-CP on transfer and secondment (from 01/07/2025; still in force).</summary>
    public static MovementRegulation Nd170 { get; } = new(
        new RegulationReference(
            new RegulationId("movement-nd170"),
            new LocalizedText("Điều động, biệt phái theo Nghị định 170/2025/NĐ-CP", "Transfer and secondment under NĐ 170/2025"),
            RegulationTopic.Movement,
            RotationDocuments.Nd170.Whole(),
            [
                new RegulationScope(SubjectKind.CivilServant, EffectivePeriod.From(RotationDocuments.Nd170Effective)),
                new RegulationScope(SubjectKind.Cadre, EffectivePeriod.From(RotationDocuments.Nd170Effective)),
            ]),
        ParameterSet.Defaults(Schema));

    /// <summary>Gets the shipped transfer and secondment regulations, oldest first.</summary>
    public static ImmutableArray<MovementRegulation> All { get; } = [Nd170];

    /// <summary>Gets the eligibility rule: one condition per bar, the secondment's duration, and (advisory, always met) the
    /// allowance a transferred leader keeps.</summary>
    public Rule<MovementCase> Eligibility { get; }

    /// <inheritdoc />
    public override IEnumerable<RuleDescriptor> Rules => Eligibility.Flatten().Select(r => r.Descriptor).Where(d => d.Citation is not null).Distinct();

    /// <summary>Tells whether the person's request lifts a bar (pregnancy, maternity leave or a young child; family
    /// hardship: NĐ 170/2025 Điều 25).</summary>
    /// <param name="bar">The bar.</param>
    /// <returns><see langword="true"/> for the two bars lifted on request.</returns>
    public static bool IsWaivable(MovementBar bar) => bar is MovementBar.PregnancyOrYoungChild or MovementBar.Hardship;

    /// <summary>Decides whether a transfer or secondment may be made, without building an explanation.</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>The outcome and the dates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public MovementAssessment Assess(MovementCase facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Answer(facts, Eligibility.Evaluate(facts));
    }

    /// <summary>Decides whether a transfer or secondment may be made and explains why, condition by condition.</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>The verdict, its outcome equal to <see cref="Assess(MovementCase)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public Verdict<MovementAssessment> Explain(MovementCase facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        Finding finding = Eligibility.Explain(facts);
        return new Verdict<MovementAssessment>(Answer(facts, finding.Status), finding, Reference);
    }

    /// <summary>Gets the last day a rotated cadre keeps a higher leadership allowance held before: the whole rotation,
    /// so its planned end (NĐ 170/2025 Điều 51 khoản 1).</summary>
    /// <param name="rotation">The rotation.</param>
    /// <returns>The rotation's planned end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rotation"/> is null.</exception>
    public static LocalDate RotationAllowanceKeptUntil(RotationCase rotation)
    {
        ArgumentNullException.ThrowIfNull(rotation);
        return rotation.PlannedEnd;
    }

    /// <summary>Lists the calendar years in which the destination evaluates a rotated cadre (NĐ 170/2025 Điều 49): each
    /// year the planned rotation touches, with the days spent there.</summary>
    /// <param name="rotation">The rotation.</param>
    /// <returns>The years, oldest first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rotation"/> is null.</exception>
    public static ImmutableArray<RotationEvaluationYear> DestinationEvaluations(RotationCase rotation)
    {
        ArgumentNullException.ThrowIfNull(rotation);
        var years = ImmutableArray.CreateBuilder<RotationEvaluationYear>(rotation.PlannedEnd.Year - rotation.Start.Year + 1);
        for (int year = rotation.Start.Year; year <= rotation.PlannedEnd.Year; year++)
        {
            LocalDate first = new(year, 1, 1);
            LocalDate last = new(year, 12, 31);
            LocalDate from = rotation.Start > first ? rotation.Start : first;
            LocalDate to = rotation.PlannedEnd < last ? rotation.PlannedEnd : last;
            int days = NodaTime.Period.Between(from, to, PeriodUnits.Days).Days + 1;
            years.Add(new RotationEvaluationYear(year, days, from == first && to == last));
        }

        return years.MoveToImmutable();
    }

    /// <summary>Gets the last day of a transferred leader's allowance retention that starts on a date.</summary>
    /// <param name="start">The first day at the destination.</param>
    /// <returns>The day before the same day <see cref="TransferAllowanceMonths"/> months later.</returns>
    public LocalDate TransferAllowanceKeptUntil(LocalDate start) => start.PlusMonths(_allowanceMonths).PlusDays(-1);

    /// <summary>Gets the last day a secondment starting on a date may last.</summary>
    /// <param name="start">The first day at the destination.</param>
    /// <returns>The day before the same day <see cref="SecondmentMaxMonths"/> months later.</returns>
    public LocalDate SecondmentLatestEnd(LocalDate start) => LatestEndOf(start, _secondmentMax);

    /// <inheritdoc />
    protected override Regulation Rebuild(RegulationReference reference, ParameterSet parameters) => new MovementRegulation(reference, parameters);

    internal static RuleCode BarCode(MovementBar bar) => new("Movement.Bar." + bar);

    private static LocalDate LatestEndOf(LocalDate start, int months) => start.PlusMonths(months).PlusDays(-1);

    private MovementAssessment Answer(MovementCase facts, FindingStatus status) => new(
        status == FindingStatus.Satisfied ? MovementOutcome.Eligible : MovementOutcome.NotEligible,
        facts.Kind == MovementKind.Transfer ? TransferAllowanceKeptUntil(facts.Start) : null,
        facts.Kind == MovementKind.Secondment ? SecondmentLatestEnd(facts.Start) : null);
}
