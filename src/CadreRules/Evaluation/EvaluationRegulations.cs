using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Evaluation;

/// <summary>
/// The shipped evaluation regimes and the choice of the one in force: Party (QĐ 132, QĐ 124, QĐ 366) for party
/// members and party organisations; State (NĐ 90, NĐ 90 as amended by NĐ 48, NĐ 335, NĐ 233) for công chức and
/// viên chức.
/// </summary>
/// <remarks>
/// The regime is chosen by the date the evaluation is made, every period inclusive at both ends:
/// <list type="bullet">
/// <item><description>party members and organisations: QĐ 132 08/3/2018 → 03/10/2023; QĐ 124 04/10/2023 → 29/8/2025;
/// QĐ 366 from 30/8/2025;</description></item>
/// <item><description>công chức: NĐ 90 20/8/2020 → 14/9/2023; NĐ 90 + NĐ 48 15/9/2023 → 31/12/2025; NĐ 335 from
/// 01/01/2026 (the end of NĐ 90 for công chức is [U]: NĐ 335's replacement clause was not seen);</description></item>
/// <item><description>viên chức: NĐ 90 20/8/2020 → 14/9/2023; NĐ 90 + NĐ 48 15/9/2023 → 30/6/2026; NĐ 233 from
/// 01/7/2026;</description></item>
/// <item><description>State agencies and units (<see cref="SubjectKind.Agency"/>, rated as collectives): the viên chức
/// chain. NĐ 90 (with or without NĐ 48) sets no levels for them, so their answer is undetermined with that reason; from
/// 01/7/2026 NĐ 233 Điều 7 rates public service units. An administrative agency under NĐ 335 is reached by naming
/// <c>state-eval-nd335</c>: the decree rates such agencies, but its article on their levels is not in the library, so
/// the answer is undetermined.</description></item>
/// </list>
/// Immutable and thread-safe.
/// </remarks>
public static class EvaluationRegulations
{
    private static readonly ImmutableArray<EvaluationRegulation> Shipped = Build();

    /// <summary>Gets every shipped evaluation regulation, oldest first (registered in <see cref="ShippedRegulations.Catalog"/>).</summary>
    public static IEnumerable<Regulation> All => Shipped;

    /// <summary>Gets the shipped regulation of a regime.</summary>
    /// <param name="regime">The regime.</param>
    /// <returns>The regulation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="regime"/> is not defined.</exception>
    public static EvaluationRegulation Get(EvaluationRegime regime)
    {
        foreach (EvaluationRegulation regulation in Shipped)
        {
            if (regulation.Regime == regime)
            {
                return regulation;
            }
        }

        throw new InputOutOfRangeException(nameof(regime), regime, "Unknown evaluation regime.");
    }

    /// <summary>Gets the shipped regulation in force for a kind of subject on the date the evaluation is made.</summary>
    /// <param name="kind">The kind of subject: <see cref="SubjectKind.PartyMember"/>, <see cref="SubjectKind.PartyOrganisation"/>,
    /// <see cref="SubjectKind.CivilServant"/> or <see cref="SubjectKind.PublicEmployee"/>.</param>
    /// <param name="evaluatedOn">The date the evaluation is made.</param>
    /// <returns>The regulation.</returns>
    /// <exception cref="EvaluationInputException">No shipped regime covers that kind on that date (the field named is
    /// <c>evaluatedOn</c>, or <c>kind</c> for a kind no regime covers).</exception>
    public static EvaluationRegulation For(SubjectKind kind, LocalDate evaluatedOn)
    {
        bool kindKnown = false;
        foreach (EvaluationRegulation regulation in Shipped)
        {
            foreach (RegulationScope scope in regulation.Reference.Scopes)
            {
                if (scope.SubjectKind != kind)
                {
                    continue;
                }

                kindKnown = true;
                if (scope.Period.Contains(evaluatedOn))
                {
                    return regulation;
                }
            }
        }

        LocalizedText who = SubjectKindWords.Of(kind);
        throw kindKnown
            ? EvaluationInputException.For(
                nameof(evaluatedOn),
                $"không có chế độ đánh giá nào cho {who.Vietnamese} có hiệu lực vào {TextFormat.Date(evaluatedOn)}.",
                $"no evaluation regime for {kind} is in force on {TextFormat.Date(evaluatedOn)}.")
            : EvaluationInputException.For(nameof(kind), $"không có chế độ đánh giá nào cho {who.Vietnamese}.", $"no evaluation regime covers {kind}.");
    }

    /// <summary>Classifies an input under the regime in force on its evaluation date (fast path, no explanation).</summary>
    /// <param name="kind">The kind of subject.</param>
    /// <param name="input">The input.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="EvaluationInputException">No regime covers the date, or the regime cannot classify the input.</exception>
    public static EvaluationDecision Classify(SubjectKind kind, EvaluationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return For(kind, input.EvaluatedOn).Classify(input);
    }

    /// <summary>Classifies and explains an input under the regime in force on its evaluation date.</summary>
    /// <param name="kind">The kind of subject.</param>
    /// <param name="input">The input.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="EvaluationInputException">No regime covers the date, or the regime cannot classify the input.</exception>
    public static Verdict<EvaluationDecision> Explain(SubjectKind kind, EvaluationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return For(kind, input.EvaluatedOn).Explain(input);
    }

    private static ImmutableArray<EvaluationRegulation> Build()
    {
        LocalDate qd132Start = new(2018, 3, 8);
        LocalDate qd124Start = new(2023, 10, 4);
        LocalDate qd366Start = new(2025, 8, 30);
        LocalDate nd90Start = new(2020, 8, 20);
        LocalDate nd48Start = new(2023, 9, 15);
        LocalDate nd335Start = new(2026, 1, 1);
        LocalDate nd233Start = new(2026, 7, 1);

        return
        [
            Party(EvaluationRegime.Qd132, "party-eval-qd132",
                new LocalizedText("Kiểm điểm, đánh giá, xếp loại chất lượng theo QĐ 132-QĐ/TW và HĐ 21-HD/BTCTW", "Party review and rating under QĐ 132-QĐ/TW and HĐ 21-HD/BTCTW"),
                EvaluationDocuments.Qd132.Whole(), EffectivePeriod.Between(qd132Start, qd124Start.PlusDays(-1))),
            Party(EvaluationRegime.Qd124, "party-eval-qd124",
                new LocalizedText("Kiểm điểm, đánh giá, xếp loại chất lượng theo QĐ 124-QĐ/TW và HĐ 25-HD/BTCTW", "Party review and rating under QĐ 124-QĐ/TW and HĐ 25-HD/BTCTW"),
                EvaluationDocuments.Qd124.Whole(), EffectivePeriod.Between(qd124Start, qd366Start.PlusDays(-1))),
            Party(EvaluationRegime.Qd366, "party-eval-qd366",
                new LocalizedText("Kiểm điểm, đánh giá, xếp loại chất lượng theo QĐ 366-QĐ/TW và HĐ 43-HD/BTCTW (thang 100 điểm)", "Party review and rating under QĐ 366-QĐ/TW and HĐ 43-HD/BTCTW (100-point scale)"),
                EvaluationDocuments.Qd366.Whole(), EffectivePeriod.From(qd366Start)),
            State(EvaluationRegime.Nd90, "state-eval-nd90",
                new LocalizedText("Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức theo NĐ 90/2020/NĐ-CP", "Rating of civil servants and public employees under NĐ 90/2020/NĐ-CP"),
                EvaluationDocuments.Nd90.Whole(),
                new RegulationScope(SubjectKind.CivilServant, EffectivePeriod.Between(nd90Start, nd48Start.PlusDays(-1))),
                new RegulationScope(SubjectKind.PublicEmployee, EffectivePeriod.Between(nd90Start, nd48Start.PlusDays(-1))),
                new RegulationScope(SubjectKind.Agency, EffectivePeriod.Between(nd90Start, nd48Start.PlusDays(-1)))),
            State(EvaluationRegime.Nd90Amended, "state-eval-nd90-nd48",
                new LocalizedText("Đánh giá, xếp loại chất lượng theo NĐ 90/2020/NĐ-CP sửa đổi bởi NĐ 48/2023/NĐ-CP", "Rating under NĐ 90/2020/NĐ-CP as amended by NĐ 48/2023/NĐ-CP"),
                EvaluationDocuments.Nd48.Article(1),
                new RegulationScope(SubjectKind.CivilServant, EffectivePeriod.Between(nd48Start, nd335Start.PlusDays(-1))),
                new RegulationScope(SubjectKind.PublicEmployee, EffectivePeriod.Between(nd48Start, nd233Start.PlusDays(-1))),
                new RegulationScope(SubjectKind.Agency, EffectivePeriod.Between(nd48Start, nd233Start.PlusDays(-1)))),
            State(EvaluationRegime.Nd335, "state-eval-nd335",
                new LocalizedText("Đánh giá, xếp loại chất lượng công chức theo NĐ 335/2025/NĐ-CP (thang 100 điểm)", "Rating of công chức under NĐ 335/2025/NĐ-CP (100-point scale)"),
                EvaluationDocuments.Nd335.Whole(),
                new RegulationScope(SubjectKind.CivilServant, EffectivePeriod.From(nd335Start))),
            State(EvaluationRegime.Nd233, "state-eval-nd233",
                new LocalizedText("Đánh giá, xếp loại chất lượng viên chức theo NĐ 233/2026/NĐ-CP (thang 100 điểm)", "Rating of viên chức under NĐ 233/2026/NĐ-CP (100-point scale)"),
                EvaluationDocuments.Nd233.Whole(),
                new RegulationScope(SubjectKind.PublicEmployee, EffectivePeriod.From(nd233Start)),
                new RegulationScope(SubjectKind.Agency, EffectivePeriod.From(nd233Start))),
        ];
    }

    private static EvaluationRegulation Party(EvaluationRegime regime, string id, LocalizedText title, Citation citation, EffectivePeriod period) =>
        EvaluationRegulation.Create(regime, new RegulationReference(id, title, RegulationTopic.Evaluation, citation,
            [new RegulationScope(SubjectKind.PartyMember, period), new RegulationScope(SubjectKind.PartyOrganisation, period)]));

    private static EvaluationRegulation State(EvaluationRegime regime, string id, LocalizedText title, Citation citation, params RegulationScope[] scopes) =>
        EvaluationRegulation.Create(regime, new RegulationReference(id, title, RegulationTopic.Evaluation, citation, [.. scopes]));
}
