using System.IO;
using System.Linq;
using CadreRules.Localization;
using CadreRules.People;
using CadreRules.Retirement;
using CadreRules.Rules;
using CadreRules.Documents;
using NodaTime;

namespace CadreRules.Cli.Commands;

/// <summary>Prints each cadre's retirement age, date and months left (used by <c>retirement</c> and <c>demo</c>).</summary>
internal static class RetirementView
{
    public static void WriteTable(TextWriter output, Roster roster, LocalDate asOf, Language language)
    {
        bool vi = language == Language.Vietnamese;
        var table = vi
            ? new TextTable("Mã", "Họ tên", "Giới tính", "Ngày sinh", "Tuổi nghỉ hưu", "Đủ tuổi", "Nghỉ hưu từ hết ngày", "Số tháng còn lại")
            : new TextTable("Id", "Name", "Sex", "Born", "Retirement age", "Reached in", "Retires end of", "Months left");
        foreach (Cadre cadre in roster.Cadres)
        {
            RetirementSchedule schedule = RetirementSchedule.For(cadre);
            table.Add(
                cadre.Id.Value,
                cadre.Name ?? string.Empty,
                Terms.Of(cadre.Sex).Get(language),
                cadre.BirthDate.ToString(),
                schedule.Age.Format(language),
                TextTable.Month(schedule.AgeReachedIn),
                TextTable.Date(schedule.RetirementDate),
                MonthsLeft(schedule, cadre, asOf, vi));
        }

        output.WriteLine(vi
            ? $"Tuổi nghỉ hưu tính đến ngày {TextTable.Date(asOf)} ({TextTable.Amount(roster.Cadres.Length, language)} người)"
            : $"Retirement as of {TextTable.Date(asOf)} ({TextTable.Amount(roster.Cadres.Length, language)} cadres)");
        table.Write(output);
        output.WriteLine((vi ? "Căn cứ: " : "Source: ") + RetirementSchedule.Citation.Format(language));
    }

    /// <summary>Writes one row per cadre (<c>--format xlsx|csv</c>): the table's columns and the clause cited.</summary>
    public static void WriteSheet(Spreadsheets.SpreadsheetWriter writer, Roster roster, LocalDate asOf, Language language)
    {
        bool vi = language == Language.Vietnamese;
        string citation = RetirementSchedule.Citation.Format(language);
        writer.StartSheet(vi ? "Nghỉ hưu" : "Retirement", vi
            ? ["Mã", "Họ tên", "Giới tính", "Ngày sinh", "Tuổi nghỉ hưu", "Đủ tuổi", "Nghỉ hưu từ hết ngày", "Số tháng còn lại", "Căn cứ"]
            : ["Id", "Name", "Sex", "Born", "Retirement age", "Reached in", "Retires end of", "Months left", "Citation"]);
        foreach (Cadre cadre in roster.Cadres)
        {
            RetirementSchedule schedule = RetirementSchedule.For(cadre);
            writer.WriteRow(
            [
                cadre.Id.Value,
                cadre.Name,
                Terms.Of(cadre.Sex).Get(language),
                cadre.BirthDate.ToString(),
                schedule.Age.Format(language),
                TextTable.Month(schedule.AgeReachedIn),
                TextTable.Date(schedule.RetirementDate),
                asOf < cadre.BirthDate.Date || asOf > schedule.RetirementDate
                    ? MonthsLeft(schedule, cadre, asOf, vi)
                    : schedule.MonthsLeftAt(asOf).ToString(System.Globalization.CultureInfo.InvariantCulture),
                citation,
            ]);
        }
    }

    /// <summary>Writes each cadre's explanation (the finding tree, with values and the clause cited).</summary>
    public static void WriteExplanations(TextWriter output, Roster roster, Language language)
    {
        output.WriteLine();
        output.WriteLine(Terms.ConditionLegend.Get(language));
        var render = new FindingRenderer(language);
        foreach (Cadre cadre in roster.Cadres)
        {
            output.WriteLine(RequestView.Who(cadre) + ":");
            output.Write(render.Tree(RetirementSchedule.For(cadre).Explain(), explain: true, indent: 2));
        }
    }

    public static void WriteJson(TextWriter output, Roster roster, LocalDate asOf, Language language) =>
        output.WriteLine(CadreDocuments.WriteRetirementReport(roster.Cadres, asOf, language));

    private static string MonthsLeft(RetirementSchedule schedule, Cadre cadre, LocalDate asOf, bool vi)
    {
        if (asOf < cadre.BirthDate.Date)
        {
            return "—";
        }

        if (asOf > schedule.RetirementDate)
        {
            return vi ? "đã nghỉ hưu" : "retired";
        }

        return TextTable.Amount(schedule.MonthsLeftAt(asOf), vi ? Language.Vietnamese : Language.English);
    }
}
