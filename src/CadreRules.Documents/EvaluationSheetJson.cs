using System.Collections.Generic;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Documents;

// Wire shapes of the evaluation document (internal; several per file). Every property is nullable: presence and ranges are
// checked by EvaluationSheetMapper with the JSON path.

/// <summary>The evaluation document: <c>{ schemaVersion, organisation?, year, subjectKind, evaluatedOn?, people: [...] }</c>.</summary>
internal sealed class EvaluationSheetJson
{
    public int? SchemaVersion { get; set; }

    public string? Organisation { get; set; }

    public int? Year { get; set; }

    public SubjectKind? SubjectKind { get; set; }

    public LocalDate? EvaluatedOn { get; set; }

    public List<EvaluationPersonJson?>? People { get; set; }
}

/// <summary>One person evaluated: quota grouping and the <see cref="EvaluationInput"/> facts.</summary>
internal sealed class EvaluationPersonJson
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Unit { get; set; }

    public string? PeerGroup { get; set; }

    public bool? UnitIsOutstanding { get; set; }

    public SubjectKind? SubjectKind { get; set; }

    public LocalDate? EvaluatedOn { get; set; }

    public EvaluationRole? Role { get; set; }

    public TaskCountsJson? Tasks { get; set; }

    public ScoreJson? Score { get; set; }

    public GradesJson? Grades { get; set; }

    public LeaderFactsJson? Leader { get; set; }

    public CollectiveFactsJson? Collective { get; set; }

    public List<DisciplineJson?>? Discipline { get; set; }

    public bool? Degraded { get; set; }

    public bool? BreachedProhibitions { get; set; }

    public int? MonthsWorked { get; set; }

    public int? SickLeaveMonths { get; set; }

    public int? OtherLeaveMonths { get; set; }

    public bool? MaternityLeave { get; set; }

    public LocalDate? PartyAdmittedOn { get; set; }

    public bool? ExemptFromPartyActivities { get; set; }

    public bool? PartySuspended { get; set; }

    public EvaluationLevel? StateLevel { get; set; }

    public int? PriorShortcomingsFound { get; set; }

    public int? PriorShortcomingsFixed { get; set; }

    public string? MitigationReason { get; set; }
}

/// <summary>Task counts.</summary>
internal sealed class TaskCountsJson
{
    public int? Total { get; set; }

    public int? Completed { get; set; }

    public int? OnTimeAndQuality { get; set; }

    public int? Exceeded { get; set; }

    public int? LateOrBelowQuality { get; set; }

    public int? Failed { get; set; }
}

/// <summary>A score card: general criteria (0–30) and task results (0–70).</summary>
internal sealed class ScoreJson
{
    public decimal? General { get; set; }

    public decimal? Results { get; set; }
}

/// <summary>Criteria grades.</summary>
internal sealed class GradesJson
{
    public CriterionGrade? General { get; set; }

    public CriterionGrade? Results { get; set; }
}

/// <summary>Facts about a leader's unit.</summary>
internal sealed class LeaderFactsJson
{
    public TaskCountsJson? UnitTasks { get; set; }

    public int? SubordinateUnits { get; set; }

    public int? UnitsAtLeastComplete { get; set; }

    public int? UnitsAtLeastGood { get; set; }

    public int? UnitsNotComplete { get; set; }

    public int? ConfidenceVotesCast { get; set; }

    public int? LowConfidenceVotes { get; set; }

    public int? SocioEconomicTargetsMissed { get; set; }

    public int? SocioEconomicTargetsAssigned { get; set; }

    public bool? CorruptionInScopeDisciplined { get; set; }

    public EvaluationLevel? UnitLevel { get; set; }
}

/// <summary>Facts about a collective.</summary>
internal sealed class CollectiveFactsJson
{
    public int? MonthsSinceEstablished { get; set; }

    public int? SubordinateUnits { get; set; }

    public int? SubordinateUnitsDisciplined { get; set; }

    public int? LeadershipMembersDisciplined { get; set; }

    public int? LeadershipMembersDegraded { get; set; }

    public bool? LeadershipCollectiveDisciplined { get; set; }

    public bool? PersonnelWrongdoingConcluded { get; set; }

    public int? SocioEconomicTargetsMissed { get; set; }

    public int? SocioEconomicTargetsAssigned { get; set; }

    /// <summary>Of the subordinate units, those rated KHT in the year (NĐ 233/2026 Điều 7: an HTXS unit has none);
    /// absent when not recorded.</summary>
    public int? SubordinateUnitsNotComplete { get; set; }
}
