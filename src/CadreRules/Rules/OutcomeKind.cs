namespace CadreRules.Rules;

/// <summary>What kind of answer a decision ladder gave.</summary>
public enum OutcomeKind
{
    /// <summary>No level applies and the text gives none: the competent authority must decide (chưa xác định được).</summary>
    Undetermined = 0,

    /// <summary>A level was given (by a level guard or by an override).</summary>
    Level = 1,

    /// <summary>An exclusion applies: the subject is not rated (không xếp loại).</summary>
    NotRated = 2,
}
