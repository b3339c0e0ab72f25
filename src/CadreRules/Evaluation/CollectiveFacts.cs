namespace CadreRules.Evaluation;

/// <summary>
/// What an evaluator records about a collective (a party organisation or a leadership collective) besides its tasks
/// and score: its age, discipline among its subordinate units and leadership members, findings about its personnel
/// work, and the basic socio-economic targets of its locality.
/// </summary>
/// <remarks>Checked at construction; immutable and thread-safe.</remarks>
public sealed class CollectiveFacts
{
    /// <summary>Creates the facts.</summary>
    /// <param name="monthsSinceEstablished">Whole months from the collective's founding to the evaluation.</param>
    /// <param name="subordinateUnits">Subordinate units (đơn vị trực thuộc).</param>
    /// <param name="subordinateUnitsDisciplined">Of them, units disciplined in the year.</param>
    /// <param name="leadershipMembersDisciplined">Members of the leadership collective disciplined at khiển trách or
    /// above in the year for a duty-related violation within this collective's remit (violations at a previous unit or
    /// outside the remit are left out by the caller).</param>
    /// <param name="leadershipMembersDegraded">Members concluded to show degradation (suy thoái, "tự diễn biến", "tự chuyển hóa").</param>
    /// <param name="leadershipCollectiveDisciplined">Whether the leadership collective itself was disciplined in the year.</param>
    /// <param name="personnelWrongdoingConcluded">Whether the competent level concluded wrongdoing in personnel work,
    /// disunity, factions, or buying of posts in the collective's remit.</param>
    /// <param name="socioEconomicTargetsMissed">Basic socio-economic targets assigned and missed (0 to 5).</param>
    /// <param name="socioEconomicTargetsAssigned">Basic socio-economic targets assigned (0 to 5).</param>
    /// <param name="subordinateUnitsNotComplete">Of the subordinate (constituent) units, those rated "Không hoàn thành
    /// nhiệm vụ" in the year; <see langword="null"/> when not recorded (NĐ 233/2026 Điều 7 khoản 1 điểm b needs it for a
    /// unit with constituent units to be rated "Hoàn thành xuất sắc nhiệm vụ").</param>
    /// <exception cref="EvaluationInputException">A count is negative or the counts do not add up; the message names the field.</exception>
    public CollectiveFacts(
        int monthsSinceEstablished = 12,
        int subordinateUnits = 0,
        int subordinateUnitsDisciplined = 0,
        int leadershipMembersDisciplined = 0,
        int leadershipMembersDegraded = 0,
        bool leadershipCollectiveDisciplined = false,
        bool personnelWrongdoingConcluded = false,
        int socioEconomicTargetsMissed = 0,
        int socioEconomicTargetsAssigned = 0,
        int? subordinateUnitsNotComplete = null)
    {
        Check(monthsSinceEstablished < 0, "collective.monthsSinceEstablished", "không được âm", "cannot be negative");
        Check(subordinateUnits < 0, "collective.subordinateUnits", "không được âm", "cannot be negative");
        Check(subordinateUnitsDisciplined < 0 || subordinateUnitsDisciplined > subordinateUnits, "collective.subordinateUnitsDisciplined", "phải từ 0 đến số đơn vị trực thuộc", "must be between 0 and the subordinate units");
        Check(leadershipMembersDisciplined < 0, "collective.leadershipMembersDisciplined", "không được âm", "cannot be negative");
        Check(leadershipMembersDegraded < 0, "collective.leadershipMembersDegraded", "không được âm", "cannot be negative");
        Check(socioEconomicTargetsAssigned < 0 || socioEconomicTargetsAssigned > 5, "collective.socioEconomicTargetsAssigned", "phải từ 0 đến 5", "must be between 0 and 5");
        Check(socioEconomicTargetsMissed < 0 || socioEconomicTargetsMissed > socioEconomicTargetsAssigned, "collective.socioEconomicTargetsMissed", "phải từ 0 đến số chỉ tiêu được giao", "must be between 0 and the targets assigned");
        Check(subordinateUnitsNotComplete is { } notComplete && (notComplete < 0 || notComplete > subordinateUnits), "collective.subordinateUnitsNotComplete", "phải từ 0 đến số đơn vị trực thuộc", "must be between 0 and the subordinate units");
        SubordinateUnitsNotComplete = subordinateUnitsNotComplete;
        MonthsSinceEstablished = monthsSinceEstablished;
        SubordinateUnits = subordinateUnits;
        SubordinateUnitsDisciplined = subordinateUnitsDisciplined;
        LeadershipMembersDisciplined = leadershipMembersDisciplined;
        LeadershipMembersDegraded = leadershipMembersDegraded;
        LeadershipCollectiveDisciplined = leadershipCollectiveDisciplined;
        PersonnelWrongdoingConcluded = personnelWrongdoingConcluded;
        SocioEconomicTargetsMissed = socioEconomicTargetsMissed;
        SocioEconomicTargetsAssigned = socioEconomicTargetsAssigned;
    }

    /// <summary>Gets the whole months from the founding to the evaluation.</summary>
    public int MonthsSinceEstablished { get; }

    /// <summary>Gets the subordinate units.</summary>
    public int SubordinateUnits { get; }

    /// <summary>Gets the subordinate units rated "Không hoàn thành nhiệm vụ" in the year, or <see langword="null"/> when not recorded.</summary>
    public int? SubordinateUnitsNotComplete { get; }

    /// <summary>Gets the subordinate units disciplined in the year.</summary>
    public int SubordinateUnitsDisciplined { get; }

    /// <summary>Gets the leadership members disciplined at khiển trách or above for a duty-related violation.</summary>
    public int LeadershipMembersDisciplined { get; }

    /// <summary>Gets the leadership members concluded to show degradation.</summary>
    public int LeadershipMembersDegraded { get; }

    /// <summary>Gets a value indicating whether the leadership collective itself was disciplined in the year.</summary>
    public bool LeadershipCollectiveDisciplined { get; }

    /// <summary>Gets a value indicating whether wrongdoing in personnel work, disunity or factions was concluded.</summary>
    public bool PersonnelWrongdoingConcluded { get; }

    /// <summary>Gets the basic socio-economic targets missed.</summary>
    public int SocioEconomicTargetsMissed { get; }

    /// <summary>Gets the basic socio-economic targets assigned.</summary>
    public int SocioEconomicTargetsAssigned { get; }

    private static void Check(bool wrong, string field, string vietnamese, string english)
    {
        if (wrong)
        {
            throw EvaluationInputException.For(field, $"trường {field} {vietnamese}.", $"the field {field} {english}.");
        }
    }
}
