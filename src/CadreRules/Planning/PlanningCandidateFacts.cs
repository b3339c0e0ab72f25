using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.People;
using CadreRules.Retirement;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Planning;

/// <summary>
/// What a requirement on a planned candidate reads (a province's added rule, or the replacement of a candidate rule):
/// the candidate and the date the list or review is checked on. <see cref="Catalog"/> names the same facts for rules
/// written as data.
/// </summary>
public readonly record struct PlanningCandidateFacts
{
    private static readonly ImmutableArray<ImmutableArray<string>> Levels =
    [
        ["HTXS", "Excellent", "Hoàn thành xuất sắc nhiệm vụ"],
        ["HTT", "Good", "Hoàn thành tốt nhiệm vụ"],
        ["HTNV", "Complete", "Hoàn thành nhiệm vụ"],
        ["KHT", "NotComplete", "Không hoàn thành nhiệm vụ"],
    ];

    /// <summary>Gets the facts a data rule on a planned candidate may read (the extension point <c>candidate</c> of every
    /// planning regulation): the evaluation level of the check's year and of each of the four years before it
    /// (<c>evaluation[year].level</c>, <c>evaluation[year-1].level</c> … <c>evaluation[year-4].level</c>), the months of
    /// service left, the current rank, and the candidate's flags.</summary>
    public static FactCatalog<PlanningCandidateFacts> Catalog { get; } = new(
    [
        .. Enumerable.Range(0, 5).Select(back => FactDefinition<PlanningCandidateFacts>.Scale(
            back == 0 ? "evaluation[year].level" : $"evaluation[year-{back}].level",
            new LocalizedText(
                back == 0 ? "Mức xếp loại thấp nhất của năm kiểm tra (Đảng hoặc chính quyền)" : $"Mức xếp loại thấp nhất của năm trước năm kiểm tra {back} năm (Đảng hoặc chính quyền)",
                back == 0 ? "The lowest level recorded for the year of the check (Party or State)" : $"The lowest level recorded for the year {back} before the check's (Party or State)"),
            "HTT", Levels.Select(names => names.AsEnumerable()), f => f.LowestLevelIn(f.AsOf.Year - back) is { } level ? (int)level : null)),
        FactDefinition<PlanningCandidateFacts>.Integer("monthsLeft", "months",
            new LocalizedText("Số tháng công tác còn lại đến tuổi nghỉ hưu, tính đến tháng kiểm tra", "Months of service left before retirement age, at the month of the check"),
            "60", f => f.MonthsLeft),
        FactDefinition<PlanningCandidateFacts>.Integer("currentRank", "rank",
            new LocalizedText("Thứ bậc chức danh đang đảm nhiệm (nếu có)", "The rank of the title now held (when given)"),
            "3", f => f.Candidate.CurrentRank),
        FactDefinition<PlanningCandidateFacts>.Boolean("appointmentProposed",
            new LocalizedText("Đang được đề xuất bổ nhiệm, giới thiệu ứng cử", "Proposed for appointment or election now"), "false", f => f.Candidate.AppointmentProposed),
        FactDefinition<PlanningCandidateFacts>.Boolean("failsPoliticalStandard",
            new LocalizedText("Không đáp ứng tiêu chuẩn chính trị", "Fails the political standard"), "false", f => f.Candidate.FailsPoliticalStandard),
        FactDefinition<PlanningCandidateFacts>.Boolean("woman", new LocalizedText("Là nữ", "Is a woman"), "true", f => f.Candidate.Cadre.Sex == Sex.Female),
        FactDefinition<PlanningCandidateFacts>.Boolean("ethnicMinority", new LocalizedText("Là người dân tộc thiểu số", "Belongs to an ethnic minority"), "false", f => f.Candidate.Cadre.IsEthnicMinority),
    ]);

    /// <summary>Initializes a new instance of the <see cref="PlanningCandidateFacts"/> struct.</summary>
    /// <param name="candidate">The candidate, with the cadre's facts (evaluations, discipline, birth date…).</param>
    /// <param name="asOf">The date of the check: the list's date, or the review date.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="candidate"/> is null.</exception>
    public PlanningCandidateFacts(PlanningCandidate candidate, LocalDate asOf)
    {
        System.ArgumentNullException.ThrowIfNull(candidate);
        Candidate = candidate;
        AsOf = asOf;
    }

    /// <summary>Gets the candidate (null only for the default value).</summary>
    public PlanningCandidate Candidate { get; }

    /// <summary>Gets the date of the check.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the months of service left at the month of <see cref="AsOf"/>.</summary>
    public int MonthsLeft => RetirementSchedule.For(Candidate.Cadre).MonthsLeftAt(new YearMonth(AsOf.Year, AsOf.Month));

    /// <summary>Gets the lowest level recorded for a year on either track, or null when none is recorded.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The level, or <see langword="null"/>.</returns>
    public EvaluationLevel? LowestLevelIn(int year)
    {
        EvaluationLevel? lowest = null;
        foreach (EvaluationRecord record in Candidate.Cadre.Evaluations)
        {
            if (record.Year == year && record.Level is { } level && (lowest is null || level > lowest.Value))
            {
                lowest = level;
            }
        }

        return lowest;
    }
}
