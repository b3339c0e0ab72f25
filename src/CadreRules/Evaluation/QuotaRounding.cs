namespace CadreRules.Evaluation;

/// <summary>How a fractional cap (20% of 17 HTT is 3.4 people) becomes a whole number. No text states it.</summary>
public enum QuotaRounding
{
    /// <summary>Round down (default): "không vượt quá" read as an integer bound, 5 × HTXS ≤ HTT at 20%.</summary>
    Floor = 0,

    /// <summary>
    /// Round half away from zero: a local practice some units follow [U]. It can exceed the literal bound
    /// (20% of 8 HTT rounds to 2), and an allocation made with it reports the groups where the bound does not hold.
    /// </summary>
    HalfAwayFromZero = 1,
}
