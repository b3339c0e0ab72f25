namespace CadreRules.People;

/// <summary>Which system an evaluation belongs to: a party member is rated by the Party, a civil servant also by the State.</summary>
public enum EvaluationTrack
{
    /// <summary>The Party's classification of its members and organisations.</summary>
    Party = 0,

    /// <summary>The State's classification of civil servants and public employees.</summary>
    State = 1,
}
