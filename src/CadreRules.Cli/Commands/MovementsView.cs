using System.Collections.Generic;
using System.IO;
using System.Linq;
using CadreRules.Cli.Localization;
using CadreRules.Documents;
using CadreRules.Rotation;
using CadreRules.Rules;

namespace CadreRules.Cli.Commands;

/// <summary>Prints a programme of movements (used by <c>movements</c> and <c>demo</c>).</summary>
internal static class MovementsView
{
    public static void WriteTable(TextWriter output, MovementProgrammeReport report, Language language, bool explain)
    {
        bool vi = language == Language.Vietnamese;
        output.WriteLine(vi ? "Kế hoạch điều động, luân chuyển, biệt phái" : "Programme of rotations, transfers and secondments");
        foreach (RegulationReference regulation in report.Answers.SelectMany(a => new[] { a.Regulation?.Reference, a.Terms?.Reference }).OfType<RegulationReference>().DistinctBy(r => r.Id))
        {
            output.WriteLine((vi ? "Văn bản áp dụng: " : "Regulation: ") + Vocabulary.Regulation(regulation, language));
        }

        var table = vi
            ? new TextTable("Đợt", "Mã", "Họ tên", "Loại", "Từ cấp", "Đến cấp", "Bắt đầu", "Kết thúc dự kiến", "Kết quả", "Bảo lưu phụ cấp đến", "Biệt phái muộn nhất đến")
            : new TextTable("Batch", "Id", "Name", "Kind", "From", "To", "Start", "Planned end", "Outcome", "Allowance kept until", "Secondment ends at the latest");
        foreach (MovementAnswer a in report.Answers)
        {
            ProgrammeMovement m = a.Movement;
            table.Add(m.Batch, m.Cadre.Id.Value, m.Cadre.Name ?? string.Empty, Vocabulary.Kind(m.Kind, language), Vocabulary.Level(m.Levels.From, language), Vocabulary.Level(m.Levels.To, language),
                TextTable.Date(m.Start), m.PlannedEnd is { } end ? TextTable.Date(end) : "—", Vocabulary.Outcome(a.Outcome, language),
                a.AllowanceKeptUntil is { } until ? TextTable.Date(until) : "—", a.LatestEnd is { } latest ? TextTable.Date(latest) : "—");
        }

        table.Write(output);
        foreach (MovementAnswer a in report.Answers.Where(a => explain || a.Outcome != MovementOutcome.Eligible))
        {
            output.WriteLine($"  {a.Movement.Cadre.Id} ({Vocabulary.Kind(a.Movement.Kind, language)}, {TextTable.Date(a.Movement.Start)}):");
            if (a.Explanation is not { } explanation)
            {
                output.WriteLine("    " + (vi
                    ? "chưa có quy định trong danh mục áp dụng cho loại điều chuyển này vào ngày bắt đầu (trước 01/07/2025 các điều khoản về điều động, biệt phái của NĐ 138/2020 chưa được mã hóa): cấp có thẩm quyền quyết định"
                    : "no regulation of the catalogue covers this kind of movement on its start date (before 01/07/2025 the transfer and secondment clauses of NĐ 138/2020 are not encoded): the competent authority decides"));
                continue;
            }

            if (explain)
            {
                FindingText.WriteTree(output, explanation, language, 2);
                continue;
            }

            foreach (Finding reason in RequestAnswer.NotMet(explanation))
            {
                output.WriteLine("    " + FindingText.Mark(reason.Status, language) + " " + FindingText.Line(reason, language));
            }
        }

        foreach (MovementAnswer a in report.Answers.Where(a => explain && !a.EvaluationYears.IsEmpty))
        {
            output.WriteLine($"  {a.Movement.Cadre.Id}: " + (vi ? "nơi đến đánh giá hằng năm các năm " : "evaluated by the destination in ")
                + string.Join(", ", a.EvaluationYears.Select(y => TextTable.Integer(y.Year) + (y.IsWholeYear ? string.Empty : vi ? $" ({TextTable.Integer(y.DaysAtDestination)} ngày)" : $" ({TextTable.Integer(y.DaysAtDestination)} days)"))));
        }

        output.WriteLine((vi ? "Tổng số: " : "Total: ") + TextTable.Integer(report.Total) + (vi ? " lượt" : " movements"));
        Line(output, vi ? "Theo loại" : "By kind", report.ByKind.Select(p => (Vocabulary.Kind(p.Key, language), p.Value)));
        Line(output, vi ? "Theo hướng" : "By direction", report.ByDirection.Select(p => (Vocabulary.Direction(p.Key, language), p.Value)));
        Line(output, vi ? "Theo cấp" : "By levels", report.ByLevels.Select(p => (Vocabulary.Level(p.Key.From, language) + " → " + Vocabulary.Level(p.Key.To, language), p.Value)));
        Line(output, vi ? "Theo đợt" : "By batch", report.ByBatch.Select(p => ((vi ? "đợt " : "batch ") + p.Key, p.Value)));
        Line(output, vi ? "Theo kết quả" : "By outcome", report.ByOutcome.Select(p => (Vocabulary.Outcome(p.Key, language), p.Value)));
    }

    public static void WriteJson(TextWriter output, MovementProgrammeReport report, Language language, bool explain) =>
        FindingJson.Write(output, json => CadreResultJson.WriteMovements(json, report, language, explain));

    private static void Line(TextWriter output, string label, IEnumerable<(string Key, int Count)> counts) =>
        output.WriteLine(label + ": " + string.Join("; ", counts.Select(c => c.Key + ": " + TextTable.Integer(c.Count))));
}
