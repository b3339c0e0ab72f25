namespace CadreRules.Rules;

/// <summary>The role of a step in a <see cref="DecisionLadder{TFacts, TLevel}"/>, in evaluation order.</summary>
public enum LadderStepKind
{
    /// <summary>When its guard holds, the subject is not rated. Checked first.</summary>
    Exclusion = 0,

    /// <summary>When its guard holds, the subject gets the step's level whatever else holds (e.g. "KHT if…"). Checked second.</summary>
    Override = 1,

    /// <summary>A rung of the ladder: the first (highest) level whose guard holds is given. Checked third.</summary>
    Level = 2,

    /// <summary>When its guard holds, the level given is at most the step's level (e.g. "at most HTNV if…"). Applied last.</summary>
    Cap = 3,
}
