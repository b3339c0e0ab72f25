using NodaTime;

namespace CadreRules.Rotation;

/// <summary>The answer about a periodic position change with the dates that follow from the facts.</summary>
/// <param name="Status">Which answer applies.</param>
/// <param name="PeriodMonths">The sector's period in months.</param>
/// <param name="MonthsInPost">The whole months in the position on the date asked.</param>
/// <param name="DueOn">The first day on which the whole months in the position reach the period: the post's start plus
/// the period, less a day, since the day asked counts as served (a post taken on 15/03/2021 completes 60 months on
/// 14/03/2026). The status is due (or deferred, or exempt) exactly from this day.</param>
/// <param name="DeferredUntil">For <see cref="PositionChangeStatus.Deferred"/>: the last day of deferral when every active
/// ground has a known end (the latest of them); otherwise <see langword="null"/>.</param>
/// <param name="MonthsToRetirement">The whole months of working time left on the date asked.</param>
/// <param name="ExemptFrom">The first day of the first month in which fewer months than the exemption threshold remain
/// before retirement (from then on the person is <see cref="PositionChangeStatus.Exempt"/>).</param>
public sealed record PositionChangeAssessment(
    PositionChangeStatus Status,
    int PeriodMonths,
    int MonthsInPost,
    LocalDate DueOn,
    LocalDate? DeferredUntil,
    int MonthsToRetirement,
    LocalDate ExemptFrom);
