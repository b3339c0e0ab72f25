using System;
using System.Linq;
using System.Text.Json;
using CadreRules.Rules;
using CadreRules.Tests.Cli;
using CadreRules.Titles;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CadreRules.Tests.Titles;

/// <summary>QĐ 368-QĐ/TW's ranking of commune titles: effective from 08/09/2025, Hà Nội and TP.HCM one rank higher,
/// titles the table does not list undetermined.</summary>
public sealed class TitleRankingTests
{
    private static readonly LocalDate First = new(2025, 9, 8);

    private static RankedTitle T(CommuneTitle title, ProvinceTier tier = ProvinceTier.OtherProvince) => new(title, tier);

    [Fact]
    public void Compare_DayBefore_Undetermined_FirstDay_Ranked()
    {
        TitleRankAnswer before = TitleRanking.Compare(T(CommuneTitle.PartySecretary), T(CommuneTitle.CommitteeChair), First.PlusDays(-1));
        TitleRankAnswer on = TitleRanking.Compare(T(CommuneTitle.PartySecretary), T(CommuneTitle.CommitteeChair), First);

        Assert.Equal((TitleComparison.Undetermined, TitleRankReason.BeforeRanking, (int?)null), (before.Comparison, before.Reason, before.Rank));
        Assert.Equal((TitleComparison.Higher, 6, 7), (on.Comparison, on.Rank!.Value, on.OtherRank!.Value));
        Assert.Equal("QĐ 368-QĐ/TW", on.Citation.Document.Number);
    }

    [Theory]
    [InlineData(CommuneTitle.PartySecretary, 5, 6)]
    [InlineData(CommuneTitle.CommitteeChair, 6, 7)]
    [InlineData(CommuneTitle.FrontChair, 7, 8)]
    [InlineData(CommuneTitle.AgencyHead, 8, 9)]
    [InlineData(CommuneTitle.FrontViceChair, 9, 10)]
    [InlineData(CommuneTitle.AgencyDeputy, 10, 10)]
    public void Rank_HanoiAndHoChiMinhCity_OneHigherExceptAtTheBottom(CommuneTitle title, int big, int other)
    {
        Assert.Equal(big, TitleRanking.Rank(T(title, ProvinceTier.HanoiOrHoChiMinhCity), First));
        Assert.Equal(other, TitleRanking.Rank(T(title), First));
    }

    [Fact]
    public void NotListed_IsUndetermined_NeverGuessed()
    {
        Assert.Null(TitleRanking.Rank(T(CommuneTitle.InspectionCommissionMember), First));
        Assert.Null(TitleRanking.Rank(T(CommuneTitle.OrganisationDeputy, ProvinceTier.HanoiOrHoChiMinhCity), First));
        TitleRankAnswer answer = TitleRanking.Compare(T(CommuneTitle.InspectionCommissionMember), T(CommuneTitle.AgencyDeputy), First);
        Assert.Equal((TitleComparison.Undetermined, TitleRankReason.NotListed, (int?)null, (int?)10), (answer.Comparison, answer.Reason, answer.Rank, answer.OtherRank));
    }

    [Fact]
    public void Listed_RanksFiveToTen_InHanoi_SixToTenElsewhere()
    {
        Assert.Equal(5, TitleRanking.Listed(ProvinceTier.HanoiOrHoChiMinhCity)[0].Rank);
        Assert.Equal(6, TitleRanking.Listed(ProvinceTier.OtherProvince)[0].Rank);
        Assert.All(Enum.GetValues<ProvinceTier>(), tier => Assert.All(TitleRanking.Listed(tier), t => Assert.InRange(t.Rank, 5, 10)));
        Assert.Equal(18, TitleRanking.Listed(ProvinceTier.OtherProvince).Count);
    }

    private static Arbitrary<RankedTitle> Titles() =>
        (from title in Gen.Elements(Enum.GetValues<CommuneTitle>())
         from tier in Gen.Elements(Enum.GetValues<ProvinceTier>())
         select new RankedTitle(title, tier)).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Compare_IsAntisymmetric_AndReflexiveWhenRanked() =>
        Prop.ForAll(Titles(), Titles(), Gen.Choose(-400, 400).ToArbitrary(), (a, b, days) =>
        {
            LocalDate on = First.PlusDays(days);
            TitleComparison ab = TitleRanking.Compare(a, b, on).Comparison;
            TitleComparison ba = TitleRanking.Compare(b, a, on).Comparison;
            TitleComparison mirrored = ab switch { TitleComparison.Higher => TitleComparison.Lower, TitleComparison.Lower => TitleComparison.Higher, _ => ab };
            bool undeterminedExactlyWhenUnranked = (ab == TitleComparison.Undetermined) == (TitleRanking.Rank(a, on) is null || TitleRanking.Rank(b, on) is null);
            bool reflexive = TitleRanking.Rank(a, on) is null || TitleRanking.Compare(a, a, on).Comparison == TitleComparison.Equivalent;
            return ba == mirrored && undeterminedExactlyWhenUnranked && reflexive && (on >= First || ab == TitleComparison.Undetermined);
        });

    [Property(MaxTest = 300)]
    public Property Compare_IsTransitive() =>
        Prop.ForAll(Titles(), Titles(), Titles(), (a, b, c) =>
        {
            TitleComparison ab = TitleRanking.Compare(a, b, First).Comparison;
            TitleComparison bc = TitleRanking.Compare(b, c, First).Comparison;
            return ab != TitleComparison.Higher || bc != TitleComparison.Higher || TitleRanking.Compare(a, c, First).Comparison == TitleComparison.Higher;
        });

    [Fact]
    public void Cli_Titles_ComparesAndLists_InBothLanguages()
    {
        CliRun vi = CliRun.Of("titles", "--on", "08/09/2025", "--title", "partySecretary", "--tier", "hanoiOrHoChiMinhCity", "--other", "partySecretary", "--other-tier", "otherProvince");
        Assert.Equal(0, vi.ExitCode);
        Assert.Contains("Kết quả: cao hơn", vi.Output, StringComparison.Ordinal);
        Assert.Contains("bậc 5", vi.Output, StringComparison.Ordinal);

        CliRun en = CliRun.Of("titles", "--on", "2025-09-07", "--title", "partySecretary", "--other", "committeeChair", "--lang", "en");
        Assert.Contains("Result: undetermined — before 08/09/2025", en.Output, StringComparison.Ordinal);

        CliRun table = CliRun.Of("titles", "--on", "2025-09-08", "--lang", "en");
        Assert.Contains("  Rank 6  commune party secretary [partySecretary]", table.Output, StringComparison.Ordinal);

        CliRun half = CliRun.Of("titles", "--on", "2025-09-08", "--title", "partySecretary");
        Assert.Equal(2, half.ExitCode);
    }
    [Fact]
    public void Cli_TitlesJson_AgreesWithTheRanking()
    {
        // The table: every listed title at each place, as TitleRanking lists it.
        using JsonDocument table = JsonDocument.Parse(CliRun.Of("titles", "--on", "2025-09-08", "--format", "json").Output);
        Assert.True(table.RootElement.GetProperty("ranked").GetBoolean());
        JsonElement[] tiers = [.. table.RootElement.GetProperty("tiers").EnumerateArray()];
        Assert.Equal(Enum.GetValues<ProvinceTier>().Length, tiers.Length);
        foreach (ProvinceTier tier in Enum.GetValues<ProvinceTier>())
        {
            JsonElement listed = tiers.Single(t => t.GetProperty("tier").GetString() == JsonNamingPolicy.CamelCase.ConvertName(tier.ToString())).GetProperty("titles");
            Assert.Equal(
                TitleRanking.Listed(tier).Select(x => (JsonNamingPolicy.CamelCase.ConvertName(x.Title.ToString()), x.Rank)),
                listed.EnumerateArray().Select(x => (x.GetProperty("title").GetString()!, x.GetProperty("rank").GetInt32())));
        }

        // Before the ranking: no places, and a comparison is undetermined for that reason.
        using JsonDocument before = JsonDocument.Parse(CliRun.Of("titles", "--on", "2025-09-07", "--format", "json").Output);
        Assert.False(before.RootElement.GetProperty("ranked").GetBoolean());
        Assert.Equal(0, before.RootElement.GetProperty("tiers").GetArrayLength());

        CliRun compared = CliRun.Of("titles", "--on", "2025-09-08", "--title", "partySecretary", "--tier", "hanoiOrHoChiMinhCity", "--other", "partySecretary", "--other-tier", "otherProvince", "--format", "json");
        Assert.Equal(0, compared.ExitCode);
        using JsonDocument answer = JsonDocument.Parse(compared.Output);
        Assert.Equal("higher", answer.RootElement.GetProperty("comparison").GetString());
        Assert.Equal("ranked", answer.RootElement.GetProperty("reason").GetString());
        Assert.Equal(5, answer.RootElement.GetProperty("title").GetProperty("rank").GetInt32());
        Assert.Equal(6, answer.RootElement.GetProperty("other").GetProperty("rank").GetInt32());

        using JsonDocument early = JsonDocument.Parse(CliRun.Of("titles", "--on", "2025-09-07", "--title", "partySecretary", "--other", "committeeChair", "--format", "json").Output);
        Assert.Equal("undetermined", early.RootElement.GetProperty("comparison").GetString());
        Assert.Equal("beforeRanking", early.RootElement.GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, early.RootElement.GetProperty("title").GetProperty("rank").ValueKind);
    }
}
