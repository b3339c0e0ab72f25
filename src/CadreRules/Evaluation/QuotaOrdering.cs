namespace CadreRules.Evaluation;

/// <summary>Who keeps HTXS when more qualify than the cap allows. No text states it; the order is a named policy.</summary>
public enum QuotaOrdering
{
    /// <summary>Higher score first, then the identifier in ordinal order (default). A missing score ranks below every score.</summary>
    ScoreThenId = 0,

    /// <summary>The identifier in ordinal order only (for grade-based regimes, or where the competent level ranked people
    /// beforehand and encoded the rank in the identifier).</summary>
    IdOnly = 1,
}
