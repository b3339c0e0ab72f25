namespace CadreRules.History;

/// <summary>What a share of evaluation levels is taken over. No text fixes it and reports mix them (the domain
/// reference, section 7 E: Đồng Tháp 2012 gave HTXS both as 13% of all rated and as 16.19% of the "HTT count"), so
/// every result names the one it used.</summary>
public enum ShareDenominator
{
    /// <summary>Everyone rated that year (HTXS + HTT + HTNV + KHT; the not rated are left out): the shares of the four
    /// levels sum to 100%.</summary>
    AllRated = 0,

    /// <summary>Those rated Hoàn thành tốt nhiệm vụ or better (HTXS + HTT), one reading of "the HTT count": the shares
    /// of HTXS and HTT sum to 100%, and HTNV and KHT have no share.</summary>
    GoodOrBetter = 1,
}
