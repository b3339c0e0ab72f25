using System.IO;
using System.Linq;
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
                cadre.Sex == Sex.Male ? (vi ? "Nam" : "male") : (vi ? "Nữ" : "female"),
                cadre.BirthDate.ToString(),
                schedule.Age.Format(language),
                TextTable.Month(schedule.AgeReachedIn),
                TextTable.Date(schedule.RetirementDate),
                MonthsLeft(schedule, cadre, asOf, vi));
        }

        output.WriteLine(vi
            ? $"Tuổi nghỉ hưu tính đến ngày {TextTable.Date(asOf)} ({roster.Cadres.Length} người)"
            : $"Retirement as of {TextTable.Date(asOf)} ({roster.Cadres.Length} cadres)");
        table.Write(output);
        output.WriteLine((vi ? "Căn cứ: " : "Source: ") + RetirementSchedule.Citation.Format(language));
    }

    /// <summary>Writes each cadre's explanation (the finding tree, with values and the clause cited).</summary>
    public static void WriteExplanations(TextWriter output, Roster roster, Language language)
    {
        output.WriteLine();
        foreach (Cadre cadre in roster.Cadres)
        {
            output.Write(cadre.Id.Value + ": ");
            output.Write(RetirementSchedule.For(cadre).Explain().ToText(language));
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

        return TextTable.Integer(schedule.MonthsLeftAt(asOf));
    }
}
