using System.Collections.Generic;
using System.IO;
using System.Linq;
using CadreRules.Cli.Localization;
using CadreRules.Documents;
using CadreRules.Rotation;
using CadreRules.Rules;

namespace CadreRules.Cli.Commands;

/// <summary>Prints periodic position-change answers (used by <c>position-change</c> and <c>demo</c>).</summary>
internal static class PositionChangeView
{
    public static void WriteTable(TextWriter output, IReadOnlyList<PositionChangeResult> results, Language language, bool explain)
    {
        bool vi = language == Language.Vietnamese;
        output.WriteLine(vi ? "Định kỳ chuyển đổi vị trí công tác" : "Periodic change of work position");
        foreach (RegulationReference regulation in results.Select(r => r.Regulation.Reference).DistinctBy(r => r.Id))
        {
            output.WriteLine((vi ? "Văn bản áp dụng: " : "Regulation: ") + Vocabulary.Regulation(regulation, language));
        }

        var table = vi
            ? new TextTable("Mã", "Họ tên", "Vị trí", "Ngành, lĩnh vực", "Ngày xem xét", "Số tháng giữ vị trí", "Thời hạn", "Đến hạn ngày", "Số tháng đến nghỉ hưu", "Kết quả")
            : new TextTable("Id", "Name", "Position", "Sector", "Asked on", "Months in post", "Period", "Due on", "Months to retirement", "Outcome");
        foreach (PositionChangeResult r in results)
        {
            PositionChangeAssessment a = r.Verdict.Outcome;
            table.Add(r.Case.Cadre.Id.Value, r.Case.Cadre.Name ?? string.Empty, r.Case.Post.Title, Vocabulary.Sector(r.Case.Sector, language), TextTable.Date(r.Case.AsOf),
                TextTable.Integer(a.MonthsInPost), Vocabulary.Months(a.PeriodMonths, language), TextTable.Date(a.DueOn), TextTable.Integer(a.MonthsToRetirement), Outcome(a, language));
        }

        table.Write(output);
        foreach (PositionChangeResult r in results.Where(r => explain || r.Verdict.Outcome.Status != PositionChangeStatus.NotYetDue))
        {
            output.WriteLine($"  {r.Case.Cadre.Id}:");
            if (explain)
            {
                FindingText.WriteTree(output, r.Verdict.Explanation, language, 2);
                continue;
            }

            foreach (Finding reason in Reasons(r))
            {
                output.WriteLine("    " + FindingText.Mark(reason, language) + " " + FindingText.Line(reason, language));
            }
        }

        int Count(PositionChangeStatus status) => results.Count(r => r.Verdict.Outcome.Status == status);
        output.WriteLine(vi
            ? $"{TextTable.Integer(Count(PositionChangeStatus.Due))} đến hạn chuyển đổi, {TextTable.Integer(Count(PositionChangeStatus.Deferred))} chưa thực hiện chuyển đổi, {TextTable.Integer(Count(PositionChangeStatus.Exempt))} không thực hiện chuyển đổi, {TextTable.Integer(Count(PositionChangeStatus.NotYetDue))} chưa đến hạn"
            : $"{TextTable.Integer(Count(PositionChangeStatus.Due))} due, {TextTable.Integer(Count(PositionChangeStatus.Deferred))} deferred, {TextTable.Integer(Count(PositionChangeStatus.Exempt))} exempt, {TextTable.Integer(Count(PositionChangeStatus.NotYetDue))} not yet due");
    }

    /// <summary>The outcome with its date: deferred until when, exempt from when.</summary>
    private static string Outcome(PositionChangeAssessment a, Language language)
    {
        bool vi = language == Language.Vietnamese;
        string status = Vocabulary.Status(a.Status, language);
        return a.Status switch
        {
            PositionChangeStatus.Deferred when a.DeferredUntil is { } until => status + (vi ? $" đến hết {TextTable.Date(until)}" : $" until {TextTable.Date(until)}"),
            PositionChangeStatus.Deferred => status + (vi ? ", chưa rõ ngày kết thúc" : ", end not known"),
            PositionChangeStatus.Exempt => status + (vi ? $" (từ {TextTable.Date(a.ExemptFrom)})" : $" (from {TextTable.Date(a.ExemptFrom)})"),
            _ => status,
        };
    }

    /// <summary>The findings behind the answer (<see cref="PositionChangeRegulation.DecidingFindings"/>).</summary>
    public static IEnumerable<Finding> Reasons(PositionChangeResult r) => PositionChangeRegulation.DecidingFindings(r.Verdict.Explanation);

    public static void WriteJson(TextWriter output, IReadOnlyList<PositionChangeResult> results, Language language, bool explain) =>
        FindingJson.Write(output, json => CadreResultJson.WritePositionChanges(json, results.Select(r => (r.Case, r.Regulation, r.Verdict)), language, explain));
}
