using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using CadreRules.Documents;
using CadreRules.Localization;
using CadreRules.Rules;
using CadreRules.Titles;
using NodaTime;

namespace CadreRules.Cli.Commands;

/// <summary><c>titles --on DATE [--title T --tier P --other T --other-tier P] [--lang vi|en] [--format table|json]</c>:
/// the ranking of commune titles by QĐ 368-QĐ/TW (from 08/09/2025), or how one title compares with another on a date.</summary>
internal sealed class TitlesCommand : ICliCommand
{
    private static readonly string[] TitleNames = [.. Enum.GetValues<CommuneTitle>().Select(t => FindingJson.Camel(t.ToString()))];
    private static readonly string[] TierNames = [.. Enum.GetValues<ProvinceTier>().Select(t => FindingJson.Camel(t.ToString()))];

    public Command Create(CliContext context)
    {
        var on = new Option<string>("--on") { Description = "The date, dd/MM/yyyy or yyyy-MM-dd: QĐ 368-QĐ/TW ranks the titles from 08/09/2025; before, nothing is ranked.", Required = true };
        var title = new Option<string>("--title") { Description = "The commune title to compare (with --other), by the id that titles --on DATE shows in brackets, e.g. partySecretary.", HelpName = "title" }.AcceptChoices(TitleNames);
        var tier = new Option<string>("--tier") { HelpName = "place", Description = "Where the first title's commune is: hanoiOrHoChiMinhCity or otherProvince (default).", DefaultValueFactory = _ => "otherProvince" }.AcceptChoices(TierNames);
        var other = new Option<string>("--other") { Description = "The commune title it is compared with.", HelpName = "title" }.AcceptChoices(TitleNames);
        var otherTier = new Option<string>("--other-tier") { HelpName = "place", Description = "Where the other title's commune is (default: the first title's place)." }.AcceptChoices(TierNames);
        Option<string> language = CommonOptions.Language();
        Option<string> format = CommonOptions.Format();
        var command = new Command("titles", "Ranks commune titles by QĐ 368-QĐ/TW (Group IV, ranks 5 to 10; Hà Nội and TP.HCM one rank higher) on a date, or compares two titles: higher, equivalent, lower, or undetermined when the date is before 08/09/2025 or the table does not list a title at its place. The table is known from a summary of the annex. Exit 0.")
        {
            on, title, tier, other, otherTier, language, format,
        };
        command.SetAction(parse => CadreRulesCli.Guard(context, () =>
        {
            Language lang = CommonOptions.ParseLanguage(parse.GetValue(language));
            LocalDate date = CommonOptions.ParseDate(parse.GetValue(on), "--on", lang);
            string? first = parse.GetValue(title);
            string? second = parse.GetValue(other);
            if (first is null != second is null)
            {
                throw new CliInputException(lang == Language.Vietnamese ? "--title và --other phải đi cùng nhau." : "--title and --other go together.");
            }

            ProvinceTier place = Tier(parse.GetValue(tier) ?? "otherProvince");
            bool json = CommonOptions.IsJson(parse.GetValue(format));
            if (first is not null)
            {
                ProvinceTier otherPlace = parse.GetValue(otherTier) is { } p ? Tier(p) : place;
                var a = new RankedTitle(Title(first), place);
                var b = new RankedTitle(Title(second!), otherPlace);
                if (json)
                {
                    FindingJson.Write(context.Out, writer => CadreResultJson.WriteTitleComparison(writer, a, b, date, lang));
                }
                else
                {
                    WriteComparison(context.Out, a, b, date, lang);
                }
            }
            else if (json)
            {
                FindingJson.Write(context.Out, writer => CadreResultJson.WriteTitleRanking(writer, date, lang));
            }
            else
            {
                WriteTable(context.Out, date, lang);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static CommuneTitle Title(string name) => Enum.GetValues<CommuneTitle>().Single(t => FindingJson.Camel(t.ToString()) == name);

    private static ProvinceTier Tier(string name) => Enum.GetValues<ProvinceTier>().Single(t => FindingJson.Camel(t.ToString()) == name);

    private static void WriteComparison(TextWriter output, RankedTitle a, RankedTitle b, LocalDate on, Language language)
    {
        bool vi = language == Language.Vietnamese;
        TitleRankAnswer answer = TitleRanking.Compare(a, b, on);
        output.WriteLine((vi ? "So sánh chức danh ngày " : "Title comparison on ") + DisplayFormat.Date(on) + " (" + answer.Citation.Format(language) + (vi ? ", bảng theo bản tóm tắt phụ lục [N]):" : ", table from a summary of the annex [N]):"));
        output.WriteLine("  " + TitleWords.Of(a, language) + ": " + RankText(answer.Rank, language));
        output.WriteLine("  " + TitleWords.Of(b, language) + ": " + RankText(answer.OtherRank, language));
        output.WriteLine((vi ? "Kết quả: " : "Result: ") + TitleWords.Of(answer.Comparison, language) + " — " + TitleWords.Of(answer.Reason, language));
    }

    private static void WriteTable(TextWriter output, LocalDate on, Language language)
    {
        bool vi = language == Language.Vietnamese;
        output.WriteLine((vi ? "Xếp bậc chức danh cấp xã (Nhóm IV) theo " : "Ranks of commune titles (Group IV) under ") + TitleRanking.Qd368.Number + (vi ? " ngày " : " on ") + DisplayFormat.Date(on) + (vi ? " (bảng theo bản tóm tắt phụ lục [N])" : " (table from a summary of the annex [N])"));
        if (on < TitleRanking.EffectiveFrom)
        {
            output.WriteLine(vi ? "Chưa có xếp bậc: Quy định 368-QĐ/TW có hiệu lực từ 08/09/2025." : "No ranking yet: QĐ 368-QĐ/TW takes effect on 08/09/2025.");
            return;
        }

        foreach (ProvinceTier tier in Enum.GetValues<ProvinceTier>())
        {
            output.WriteLine(TitleWords.Of(tier, language) + ":");
            foreach ((CommuneTitle title, int rank) in TitleRanking.Listed(tier))
            {
                // The id in brackets is what --title and --other take.
                output.WriteLine("  " + (vi ? "Bậc " : "Rank ") + rank.ToString(System.Globalization.CultureInfo.InvariantCulture) + "  " + TitleWords.Of(title, language) + " [" + FindingJson.Camel(title.ToString()) + "]");
            }
        }
    }

    private static string RankText(int? rank, Language language) => rank is { } r
        ? (language == Language.Vietnamese ? "bậc " : "rank ") + r.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : (language == Language.Vietnamese ? "không có bậc" : "not ranked");
}
