namespace CadreRules.Evaluation;

/// <summary>Whether a consequence follows from an evaluation history on the date asked.</summary>
public enum ConsequenceStatus
{
    /// <summary>The law in force on the date asked attaches the consequence to the history.</summary>
    Applies = 0,

    /// <summary>The law in force is known and the history does not meet its condition.</summary>
    DoesNotApply = 1,

    /// <summary>The library encodes no law for that date or that kind of subject, or the history holds a fact the
    /// encoded text does not cover; the reason is in the explanation.</summary>
    Undetermined = 2,
}
