using System.Collections.Generic;
using System.Globalization;
using CadreRules.Rules;
using CadreRules.Titles;
using NodaTime;

namespace CadreRules.Documents;

/// <summary>Facts of a <c>title-ranking</c> case: the date and two commune titles, each at its place.</summary>
internal sealed class TitleRankingFactsJson
{
    public LocalDate? On { get; set; }

    public CommuneTitle? Title { get; set; }

    public ProvinceTier? Tier { get; set; }

    public CommuneTitle? OtherTitle { get; set; }

    public ProvinceTier? OtherTier { get; set; }
}

/// <summary>Expected outcome of a <c>title-ranking</c> case; at least one field.</summary>
internal sealed class TitleRankingExpectedJson
{
    public TitleComparison? Comparison { get; set; }

    /// <summary>The first title's rank, or <c>0</c> for "not ranked".</summary>
    public int? Rank { get; set; }

    /// <summary>The second title's rank, or <c>0</c> for "not ranked".</summary>
    public int? OtherRank { get; set; }
}

/// <summary>
/// <c>"kind": "title-ranking"</c>: facts are <c>{ on, title, tier, otherTitle, otherTier }</c> (a commune title and
/// its place, <c>hanoiOrHoChiMinhCity</c> or <c>otherProvince</c>), compared by <see cref="TitleRanking.Compare"/>
/// (QĐ 368-QĐ/TW, from 08/09/2025). No regulation applies. Expected: any of <c>comparison</c> (<c>higher</c>,
/// <c>equivalent</c>, <c>lower</c>, <c>undetermined</c>), <c>rank</c> and <c>otherRank</c> (0: not ranked).
/// </summary>
internal sealed class TitleRankingCaseKind : ICaseKind
{
    private static readonly RuleCode RootCode = new("Case.TitleRanking");

    public string Name => "title-ranking";

    public CaseOutcome Run(CaseInput input)
    {
        if (input.Regulation is not null || input.InForceOn is not null)
        {
            throw DocumentException.Of("$.regulation", DocumentErrorCodes.NotApplicable, null, "regulation");
        }

        TitleRankingFactsJson facts = DocumentReader.ParseElement(input.Facts, CadreJsonContext.Default.TitleRankingFactsJson, "$.facts");
        LocalDate on = Require.Value(facts.On, "$.facts.on");
        var title = new RankedTitle(Require.Value(facts.Title, "$.facts.title"), Require.Value(facts.Tier, "$.facts.tier"));
        var other = new RankedTitle(Require.Value(facts.OtherTitle, "$.facts.otherTitle"), Require.Value(facts.OtherTier, "$.facts.otherTier"));
        TitleRankingExpectedJson expected = DocumentReader.ParseElement(input.Expected, CadreJsonContext.Default.TitleRankingExpectedJson, "$.expected");
        if (expected.Comparison is null && expected.Rank is null && expected.OtherRank is null)
        {
            throw DocumentException.Of("$.expected", DocumentErrorCodes.NothingExpected, null, "comparison, rank, otherRank");
        }

        TitleRankAnswer answer = Require.Build("$.facts", () => TitleRanking.Compare(title, other, on), "on", "title", "tier", "otherTitle", "otherTier");
        var failures = new List<string>();
        if (expected.Comparison is { } comparison && comparison != answer.Comparison)
        {
            failures.Add($"comparison: expected {comparison}, actual {answer.Comparison}");
        }

        Compare(failures, "rank", expected.Rank, answer.Rank);
        Compare(failures, "other rank", expected.OtherRank, answer.OtherRank);
        var root = new Finding(RootCode, new LocalizedText("So sánh chức danh theo Quy định 368-QĐ/TW", "Title comparison under QĐ 368-QĐ/TW"), answer.Citation,
            answer.Comparison == TitleComparison.Undetermined ? FindingStatus.NotApplicable : FindingStatus.Satisfied, Severity.Advisory,
            [FactValue.Of("comparison", answer.Comparison.ToString()), FactValue.Of("rank", Text(answer.Rank)), FactValue.Of("otherRank", Text(answer.OtherRank)), FactValue.Of("reason", answer.Reason.ToString())], []);
        return new CaseOutcome(root, failures);
    }

    private static string Text(int? rank) => rank is { } r ? r.ToString(CultureInfo.InvariantCulture) : "0";

    private static void Compare(List<string> failures, string what, int? expected, int? actual)
    {
        if (expected is { } e && e != (actual ?? 0))
        {
            failures.Add($"{what}: expected {e}, actual {actual ?? 0}");
        }
    }
}
