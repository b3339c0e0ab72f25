using System;
using CadreRules.Rules;

namespace CadreRules.Titles;

/// <summary>The answer of <see cref="TitleRanking.Compare"/>.</summary>
/// <param name="Comparison">How the first title compares with the second.</param>
/// <param name="Rank">The first title's rank, or <see langword="null"/> when not ranked.</param>
/// <param name="OtherRank">The second title's rank, or <see langword="null"/> when not ranked.</param>
/// <param name="Citation">QĐ 368-QĐ/TW.</param>
/// <param name="Reason">Why.</param>
public sealed record TitleRankAnswer(TitleComparison Comparison, int? Rank, int? OtherRank, Citation Citation, TitleRankReason Reason)
{
    /// <summary>Gets the clause cited (QĐ 368-QĐ/TW).</summary>
    public Citation Citation { get; } = Citation ?? throw new ArgumentNullException(nameof(Citation));
}
