using System.Collections.Generic;
using System.IO;
using System.Linq;
using CadreRules.Cli.Localization;
using CadreRules.Documents;
using CadreRules.Localization;
using CadreRules.Rules;
using CadreRules.Standards;

namespace CadreRules.Cli.Commands;

/// <summary>Prints a title standards check (used by <c>standards</c> and <c>demo</c>).</summary>
internal static class StandardsView
{
    public static void WriteTable(TextWriter output, IReadOnlyList<StandardsResult> results, Language language)
    {
        bool vi = language == Language.Vietnamese;
        output.WriteLine(vi ? "Tiêu chuẩn chức danh về trình độ" : "Qualification standards of a title");
        foreach (RegulationReference regulation in results.Select(r => r.Regulation.Reference).DistinctBy(r => r.Id))
        {
            output.WriteLine((vi ? "Văn bản áp dụng: " : "Regulation: ") + Vocabulary.Regulation(regulation, language));
        }

        foreach (var title in results.Select(r => (r.Case.Title, r.Case.Level, r.Case.AssessedOn)).Distinct())
        {
            output.WriteLine((vi ? "Chức danh: " : "Title: ") + title.Title + " (" + Vocabulary.Level(title.Level, language) + ")" + (vi ? ", ngày xét " : ", on ") + TextTable.Date(title.AssessedOn));
        }

        var table = vi
            ? new TextTable("Mã", "Họ tên", "Mục đích", "Chuyên môn", "Lý luận chính trị", "Quản lý nhà nước", "Kết quả")
            : new TextTable("Id", "Name", "Purpose", "Education", "Political theory", "State management", "Outcome");
        foreach (StandardsResult r in results)
        {
            Finding[] requirements = [.. r.Verdict.Explanation.Children];
            table.Add(
                r.Case.Cadre.Id.Value,
                r.Case.Cadre.Name ?? string.Empty,
                Terms.Of(r.Case.PlanningGroup).Get(language) + (r.Case.PlanningGroup == PlanningGroup.Second ? (vi ? ", kế hoạch đào tạo: " : ", training plan: ") + Vocabulary.Yes(r.Case.HasTrainingPlan, language) : string.Empty),
                Cell(requirements, "Standards.Education", language),
                Cell(requirements, "Standards.PoliticalTheory", language),
                Cell(requirements, "Standards.StateManagement", language),
                Terms.Of(r.Verdict.Outcome).Get(language));
        }

        table.Write(output);
        foreach (StandardsResult r in results.Where(r => r.Verdict.Outcome != StandardsOutcome.Meets))
        {
            output.WriteLine($"  {r.Case.Cadre.Id}:");
            foreach (Finding reason in r.Verdict.Explanation.Children.Where(f => f.Status != FindingStatus.Satisfied || f.Code.Value == "Standards.PoliticalTheory.TrainingPlan"))
            {
                output.WriteLine("    " + Mark(reason, language) + " " + FindingText.Line(reason, language));
            }
        }

        int meets = results.Count(r => r.Verdict.Outcome == StandardsOutcome.Meets);
        int pending = results.Count(r => r.Verdict.Outcome == StandardsOutcome.PendingWithPlan);
        int fails = results.Count(r => r.Verdict.Outcome == StandardsOutcome.Fails);
        int undetermined = results.Count - meets - pending - fails;
        output.WriteLine(vi
            ? $"{TextTable.Integer(meets)} đạt, {TextTable.Integer(pending)} chờ hoàn thiện theo kế hoạch đào tạo, {TextTable.Integer(fails)} không đạt, {TextTable.Integer(undetermined)} chưa xác định được"
            : $"{TextTable.Integer(meets)} meet, {TextTable.Integer(pending)} pending with a training plan, {TextTable.Integer(fails)} fail, {TextTable.Integer(undetermined)} undetermined");
    }

    public static void WriteJson(TextWriter output, IReadOnlyList<StandardsResult> results, Language language) =>
        FindingJson.Write(output, json => CadreResultJson.WriteTitleStandards(json, results.Select(r => (r.Case, r.Regulation, r.Verdict)), language));

    /// <summary>A requirement's cell: met, not met (pending when its severity is advisory), undetermined, or blank when not required.</summary>
    private static string Cell(Finding[] requirements, string code, Language language)
    {
        Finding? finding = requirements.FirstOrDefault(f => f.Code.Value == code);
        return finding is null ? "—" : Word(finding, language);
    }

    private static string Word(Finding finding, Language language) => (finding.Status, finding.Severity) switch
    {
        (FindingStatus.Satisfied, _) => Vocabulary.Met(true, language),
        (FindingStatus.NotSatisfied, Severity.Advisory) => language == Language.Vietnamese ? "chưa đạt, có kế hoạch" : "not yet, planned",
        (FindingStatus.NotSatisfied, _) => Vocabulary.Met(false, language),
        _ => language == Language.Vietnamese ? "chưa xác định" : "undetermined",
    };

    private static string Mark(Finding finding, Language language) => (finding.Status, finding.Severity) switch
    {
        (FindingStatus.NotApplicable, _) => language == Language.Vietnamese ? "[CHƯA XÁC ĐỊNH]" : "[undetermined]",
        (FindingStatus.NotSatisfied, Severity.Advisory) => language == Language.Vietnamese ? "[CHỜ HOÀN THIỆN]" : "[pending]",
        _ => FindingText.Mark(finding.Status, language),
    };
}
