namespace CadreRules.Benchmarks.Classification;

/// <summary>
/// The facts of one non-leader party member's annual review under QĐ 366, flattened to plain fields so that the
/// four implementations (engine ladder, hand-written ifs, RulesEngine workflow, shipped regulation) read the same data.
/// </summary>
public sealed class MemberFacts
{
    public decimal Score { get; init; }

    public int TasksTotal { get; init; }

    public int TasksCompleted { get; init; }

    public int TasksOnTime { get; init; }

    public int TasksExceeded { get; init; }

    public int TasksLate { get; init; }

    public int ShortcomingsFound { get; init; }

    public int ShortcomingsFixed { get; init; }

    /// <summary>Disciplined in the year at khiển trách or above for a violation related to public duty.</summary>
    public bool DutyDiscipline { get; init; }

    public bool Degraded { get; init; }

    /// <summary>Breached what party members must not do, or the duty to set an example.</summary>
    public bool BreachedProhibitions { get; init; }

    public bool Exempt { get; init; }

    public bool Suspended { get; init; }

    public int MonthsSinceAdmission { get; init; }

    public override string ToString() =>
        $"score {Score}, tasks {TasksCompleted}/{TasksOnTime}/{TasksExceeded}/{TasksLate} of {TasksTotal}, shortcomings {ShortcomingsFixed}/{ShortcomingsFound}, " +
        $"discipline {DutyDiscipline}, degraded {Degraded}, prohibitions {BreachedProhibitions}, exempt {Exempt}, suspended {Suspended}, months {MonthsSinceAdmission}";
}
