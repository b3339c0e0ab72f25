namespace CadreRules.Rotation;

/// <summary>A calendar year a rotated cadre spends, wholly or in part, at the destination, which evaluates them every
/// year (NĐ 170/2025/NĐ-CP Điều 49).</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="DaysAtDestination">The days of that year within the rotation (both ends inclusive).</param>
/// <param name="IsWholeYear">Whether the rotation covers the whole year. Which body rates a year spent only in part
/// at the destination is not settled by Điều 49: the library reports the days and leaves the choice to the deciding
/// level.</param>
public readonly record struct RotationEvaluationYear(int Year, int DaysAtDestination, bool IsWholeYear);
