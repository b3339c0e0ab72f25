namespace CadreRules.Titles;

/// <summary>How one title compares with another.</summary>
public enum TitleComparison
{
    /// <summary>The first title ranks higher (a smaller rank number).</summary>
    Higher = 0,

    /// <summary>Both titles have the same rank.</summary>
    Equivalent = 1,

    /// <summary>The first title ranks lower (a larger rank number).</summary>
    Lower = 2,

    /// <summary>No comparison: the date is before the ranking, or the ranking does not list a title at that place.</summary>
    Undetermined = 3,
}
