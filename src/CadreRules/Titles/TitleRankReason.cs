namespace CadreRules.Titles;

/// <summary>Why a comparison came out as it did.</summary>
public enum TitleRankReason
{
    /// <summary>Both titles are ranked on the date.</summary>
    Ranked = 0,

    /// <summary>The date is before 08/09/2025, when QĐ 368-QĐ/TW took effect.</summary>
    BeforeRanking = 1,

    /// <summary>The table does not list a title at its place.</summary>
    NotListed = 2,
}
