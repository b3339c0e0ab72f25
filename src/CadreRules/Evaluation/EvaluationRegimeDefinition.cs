using System;
using System.Collections.Immutable;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>
/// One evaluation regime's definition: its parameters (each named, documented, cited, with its default), the constraints
/// between them, and how its ladders are built from their values. <see cref="EvaluationRegulation"/> holds one definition
/// per regime (<see cref="EvaluationRegulation.Regime"/>) and does the rest: the dates in force, the checks of an input,
/// the variant's rule changes, the quota, the explanation. Each shipped regime is one small class over this base
/// (<c>Qd132Definition</c>, <c>Qd124Definition</c>, <c>Qd366Definition</c>, <c>Nd90Definition</c>,
/// <c>ScoreOnlyDefinition</c> for NĐ 335 and NĐ 233); the helpers below are the pieces they share.
/// </summary>
internal abstract class EvaluationRegimeDefinition
{
    /// <summary>Gets the regime's own parameters (the quota's are added by <see cref="EvaluationQuotaDefinition"/>).</summary>
    public abstract ImmutableArray<ParameterDefinition> Schema { get; }

    /// <summary>Gets the constraints between the regime's own parameters (none by default).</summary>
    public virtual ImmutableArray<ParameterConstraint> Constraints => [];

    /// <summary>Builds the regime's ladders and what the regulation needs around them from the parameters' values.</summary>
    /// <param name="p">The parameters in force (the shipped defaults or a variant's values).</param>
    /// <returns>The rules.</returns>
    public abstract RegimeRules Build(ParameterSet p);

    // A leaf rule of a regime: its condition (a plain delegate, called by the ladder on the hot path), the values its
    // explanation shows, and when it applies. The values the lambdas capture are the regulation's parameters, fixed when
    // the rules are built.
    internal static Rule<EvaluationInput> Leaf(
        string code,
        Citation? citation,
        Func<EvaluationInput, bool> predicate,
        Func<EvaluationInput, ImmutableArray<FactValue>>? values = null,
        Confidence confidence = Confidence.Confirmed,
        Func<EvaluationInput, bool>? appliesTo = null) =>
        Rule.Create(EvaluationMessages.Table.Describe(code, citation, Severity.Violation, confidence), predicate, appliesTo, values);

    internal static Rule<EvaluationInput> AllOf(string code, Citation? citation, params Rule<EvaluationInput>[] parts) =>
        Rule.AllOf(EvaluationMessages.Table.Describe(code, citation), parts);

    internal static RuleDescriptor Describe(string code, Citation? citation, Confidence confidence = Confidence.Confirmed) =>
        EvaluationMessages.Table.Describe(code, citation, Severity.Violation, confidence);

    internal static ImmutableArray<FactValue> TaskValues(TaskCounts tasks, string countName, int count, Share threshold) =>
    [
        FactValue.Of(countName, count),
        FactValue.Of("total", tasks.Total),
        FactValue.Of("share", tasks.ShareOf(count)),
        FactValue.Of("threshold", threshold),
    ];

    internal static ImmutableArray<FactValue> ScoreValues(EvaluationInput f, string band) =>
        [FactValue.Of("score", f.ScoreTotal), FactValue.Of("band", band)];

    internal static string Band(decimal minimum, decimal? below) =>
        below is { } upper ? "[" + TextFormat.Integer((long)minimum) + "; " + TextFormat.Integer((long)upper) + ")" : "≥ " + TextFormat.Integer((long)minimum);

    /// <summary>The three Party exclusions shared by QĐ 132, QĐ 124 and QĐ 366 (exempt, suspended, admitted too recently),
    /// under each regime's own codes and clauses.</summary>
    internal static (Rule<EvaluationInput> Exempt, Rule<EvaluationInput> Suspended, Rule<EvaluationInput> NewMember) PartyExclusions(
        string prefix, Citation subjects, Citation? newMembers, int newMonths) =>
    (
        Leaf(prefix + ".Excluded.Exempt", subjects, static f => f.ExemptFromPartyActivities,
            static f => [FactValue.Of("exempt", f.ExemptFromPartyActivities)]),
        Leaf(prefix + ".Excluded.Suspended", subjects, static f => f.PartySuspended,
            static f => [FactValue.Of("suspended", f.PartySuspended)]),
        Leaf(prefix + ".Excluded.NewMember", newMembers, f => f.MonthsSinceAdmission < newMonths, // lifted: false when the date is unknown
            f => [AdmissionMonths(f), FactValue.Of("minimum", newMonths)], appliesTo: static f => f.MonthsSinceAdmission != null)
    );

    // The policies' names in both languages, for explanations (the enum names are the JSON spelling, not prose).
    internal static LocalizedText PolicyName(HighScorePolicy policy) => policy == HighScorePolicy.RateHighestMet
        ? new LocalizedText("xếp mức cao nhất có đủ điều kiện", "rate the highest level whose conditions hold")
        : new LocalizedText("chưa xác định, để cấp có thẩm quyền xem xét", "undetermined, for the competent level to decide");

    internal static LocalizedText PolicyName(SocioEconomicTargetsPolicy policy) => policy == SocioEconomicTargetsPolicy.AllMissed
        ? new LocalizedText("chỉ khi không hoàn thành cả 5 chỉ tiêu", "only when all five targets are missed")
        : new LocalizedText("khi không hoàn thành bất kỳ chỉ tiêu nào", "when any target is missed");

    internal static FactValue AdmissionMonths(EvaluationInput f) =>
        f.MonthsSinceAdmission is { } months ? FactValue.Of("months", months) : FactValue.Of("months", "-");

    internal static bool GradeAtLeast(CriterionGrade? grade, CriterionGrade minimum) => grade is { } g && g <= minimum;

    internal static ImmutableArray<FactValue> GradeValues(EvaluationInput f) =>
        f.Grades is { } g ? [FactValue.Of("general", g.General.ToString()), FactValue.Of("results", g.Results.ToString())] : [];

    internal static ImmutableArray<FactValue> UnitValues(EvaluationInput f, Share threshold) =>
    [
        FactValue.Of("units", f.RequiredLeader.SubordinateUnits),
        FactValue.Of("atLeastComplete", f.RequiredLeader.UnitsAtLeastComplete),
        FactValue.Of("atLeastGood", f.RequiredLeader.UnitsAtLeastGood),
        FactValue.Of("threshold", threshold),
    ];
}
