using System;
using CadreRules.People;

namespace CadreRules.Planning;

/// <summary>The facts about one candidate of a planning list: the <see cref="People.Cadre"/> record, the rank of the current
/// post, and the flags that planning rules read.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PlanningCandidate
{
    /// <summary>Creates a candidate.</summary>
    /// <param name="cadre">The cadre (birth date, sex, ethnicity, discipline and evaluation history).</param>
    /// <param name="currentRank">The seniority rank of the post held now, compared with <see cref="PlanningTitle.Rank"/>; or <see langword="null"/> when unknown.</param>
    /// <param name="appointmentProposed">Whether the cadre is at the same time proposed for appointment or election (đề xuất bổ nhiệm, giới thiệu ứng cử).</param>
    /// <param name="failsPoliticalStandard">Whether the competent body has concluded the cadre does not meet the political standard (không bảo đảm tiêu chuẩn chính trị).</param>
    /// <exception cref="ArgumentNullException"><paramref name="cadre"/> is null.</exception>
    public PlanningCandidate(Cadre cadre, int? currentRank = null, bool appointmentProposed = false, bool failsPoliticalStandard = false)
    {
        ArgumentNullException.ThrowIfNull(cadre);
        Cadre = cadre;
        CurrentRank = currentRank;
        AppointmentProposed = appointmentProposed;
        FailsPoliticalStandard = failsPoliticalStandard;
    }

    /// <summary>Gets the cadre.</summary>
    public Cadre Cadre { get; }

    /// <summary>Gets the cadre's identifier.</summary>
    public CadreId Id => Cadre.Id;

    /// <summary>Gets the rank of the current post, if known.</summary>
    public int? CurrentRank { get; }

    /// <summary>Gets a value indicating whether an appointment or election proposal is under way.</summary>
    public bool AppointmentProposed { get; }

    /// <summary>Gets a value indicating whether the cadre was concluded not to meet the political standard.</summary>
    public bool FailsPoliticalStandard { get; }

    /// <summary>Gets a value indicating whether a training plan (kế hoạch đào tạo, bồi dưỡng) will complete the cadre's
    /// political-theory level: with it, a candidate planned two levels up (đối tượng 2) who is short of that standard
    /// only may be planned, where the title standards allow it. Read only when the planning regulation checks title
    /// standards.</summary>
    public bool HasTrainingPlan { get; init; }
}
