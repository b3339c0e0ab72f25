using System;
using CadreRules.People;

namespace CadreRules.Evaluation;

/// <summary>
/// What an evaluator records about a leader's or manager's area: the tasks of the localities, units or fields they
/// directly lead, the levels of the units under them, a confidence vote, the basic socio-economic targets missed,
/// corruption or waste disciplined in their direct scope and, for NĐ 233/2026, their own unit's level.
/// </summary>
/// <remarks>Checked at construction; immutable and thread-safe.</remarks>
public sealed class LeaderFacts
{
    /// <summary>Creates the facts.</summary>
    /// <param name="unitTasks">The tasks or targets of the units the leader directly leads.</param>
    /// <param name="subordinateUnits">Units under the leader's direct responsibility that are rated.</param>
    /// <param name="unitsAtLeastComplete">Of them, units rated Hoàn thành nhiệm vụ or higher.</param>
    /// <param name="unitsAtLeastGood">Of them, units rated Hoàn thành tốt nhiệm vụ or higher.</param>
    /// <param name="unitsNotComplete">Of them, units rated Không hoàn thành nhiệm vụ.</param>
    /// <param name="confidenceVotesCast">Ballots cast in a confidence vote held in the year (0 when none was held).</param>
    /// <param name="lowConfidenceVotes">Of them, "low confidence" ballots (phiếu tín nhiệm thấp).</param>
    /// <param name="socioEconomicTargetsMissed">Basic socio-economic targets assigned and missed (0 to 5).</param>
    /// <param name="socioEconomicTargetsAssigned">Basic socio-economic targets assigned to the post (0 to 5; 0 when the post has none).</param>
    /// <param name="corruptionInScopeDisciplined">Whether corruption, waste or misconduct occurred in the leader's direct
    /// scope and was disciplined or handled by law.</param>
    /// <param name="unitLevel">The level of the unit the leader heads, when known (NĐ 233/2026 Điều 12 khoản 7).</param>
    /// <exception cref="EvaluationInputException">A count is negative or the counts do not add up; the message names the field.</exception>
    public LeaderFacts(
        TaskCounts unitTasks,
        int subordinateUnits = 0,
        int unitsAtLeastComplete = 0,
        int unitsAtLeastGood = 0,
        int unitsNotComplete = 0,
        int confidenceVotesCast = 0,
        int lowConfidenceVotes = 0,
        int socioEconomicTargetsMissed = 0,
        int socioEconomicTargetsAssigned = 0,
        bool corruptionInScopeDisciplined = false,
        EvaluationLevel? unitLevel = null)
    {
        Check(subordinateUnits < 0, "leader.subordinateUnits", "không được âm", "cannot be negative");
        Check(unitsAtLeastComplete < 0 || unitsAtLeastComplete > subordinateUnits, "leader.unitsAtLeastComplete", "phải từ 0 đến số đơn vị trực thuộc", "must be between 0 and the subordinate units");
        Check(unitsAtLeastGood < 0 || unitsAtLeastGood > unitsAtLeastComplete, "leader.unitsAtLeastGood", "phải từ 0 đến số đơn vị xếp loại Hoàn thành nhiệm vụ trở lên", "must be between 0 and the units rated Hoàn thành nhiệm vụ or higher");
        Check(unitsNotComplete < 0 || unitsNotComplete > subordinateUnits - unitsAtLeastComplete, "leader.unitsNotComplete", "phải từ 0 đến số đơn vị không được xếp loại Hoàn thành nhiệm vụ trở lên", "must be between 0 and the units not rated Hoàn thành nhiệm vụ or higher");
        Check(confidenceVotesCast < 0, "leader.confidenceVotesCast", "không được âm", "cannot be negative");
        Check(lowConfidenceVotes < 0 || lowConfidenceVotes > confidenceVotesCast, "leader.lowConfidenceVotes", "phải từ 0 đến số phiếu đã bỏ", "must be between 0 and the ballots cast");
        Check(socioEconomicTargetsAssigned < 0 || socioEconomicTargetsAssigned > 5, "leader.socioEconomicTargetsAssigned", "phải từ 0 đến 5", "must be between 0 and 5");
        Check(socioEconomicTargetsMissed < 0 || socioEconomicTargetsMissed > socioEconomicTargetsAssigned, "leader.socioEconomicTargetsMissed", "phải từ 0 đến số chỉ tiêu được giao", "must be between 0 and the targets assigned");
        if (unitLevel is { } level && !Enum.IsDefined(level))
        {
            throw EvaluationInputException.For("leader.unitLevel", $"mức xếp loại không xác định {level}.", $"unknown level {level}.");
        }

        UnitTasks = unitTasks;
        SubordinateUnits = subordinateUnits;
        UnitsAtLeastComplete = unitsAtLeastComplete;
        UnitsAtLeastGood = unitsAtLeastGood;
        UnitsNotComplete = unitsNotComplete;
        ConfidenceVotesCast = confidenceVotesCast;
        LowConfidenceVotes = lowConfidenceVotes;
        SocioEconomicTargetsMissed = socioEconomicTargetsMissed;
        SocioEconomicTargetsAssigned = socioEconomicTargetsAssigned;
        CorruptionInScopeDisciplined = corruptionInScopeDisciplined;
        UnitLevel = unitLevel;
    }

    /// <summary>Gets the tasks or targets of the units the leader directly leads.</summary>
    public TaskCounts UnitTasks { get; }

    /// <summary>Gets the number of rated units under the leader's direct responsibility.</summary>
    public int SubordinateUnits { get; }

    /// <summary>Gets the units rated Hoàn thành nhiệm vụ or higher.</summary>
    public int UnitsAtLeastComplete { get; }

    /// <summary>Gets the units rated Hoàn thành tốt nhiệm vụ or higher.</summary>
    public int UnitsAtLeastGood { get; }

    /// <summary>Gets the units rated Không hoàn thành nhiệm vụ.</summary>
    public int UnitsNotComplete { get; }

    /// <summary>Gets the ballots cast in the year's confidence vote (0 when none was held).</summary>
    public int ConfidenceVotesCast { get; }

    /// <summary>Gets the "low confidence" ballots.</summary>
    public int LowConfidenceVotes { get; }

    /// <summary>Gets the basic socio-economic targets missed.</summary>
    public int SocioEconomicTargetsMissed { get; }

    /// <summary>Gets the basic socio-economic targets assigned to the post.</summary>
    public int SocioEconomicTargetsAssigned { get; }

    /// <summary>Gets a value indicating whether corruption, waste or misconduct in the direct scope was disciplined.</summary>
    public bool CorruptionInScopeDisciplined { get; }

    /// <summary>Gets the level of the unit the leader heads, if known.</summary>
    public EvaluationLevel? UnitLevel { get; }

    private static void Check(bool wrong, string field, string vietnamese, string english)
    {
        if (wrong)
        {
            throw EvaluationInputException.For(field, $"trường {field} {vietnamese}.", $"the field {field} {english}.");
        }
    }
}
