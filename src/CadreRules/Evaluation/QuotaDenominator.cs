namespace CadreRules.Evaluation;

/// <summary>Which HTT count the HTXS cap is a share of. The texts do not say; both readings are named policies.</summary>
public enum QuotaDenominator
{
    /// <summary>
    /// The literal reading (default): the cap is a share of those <em>finally</em> rated Hoàn thành tốt nhiệm vụ (HTT),
    /// so everyone moved down from HTXS joins the denominator. With t rated HTT on their own merits and c qualifying for
    /// HTXS, the number kept is the largest h ≤ c with h ≤ cap × (t + c − h): ⌊(t + c)/6⌋ at 20%, ⌊(t + c)/5⌋ at 25%.
    /// </summary>
    FinallyRatedGood = 0,

    /// <summary>The fixed-denominator reading: the cap is a share of those rated HTT on their own merits (h = ⌊t/5⌋ at 20%).</summary>
    RatedGoodBeforeAllocation = 1,
}
