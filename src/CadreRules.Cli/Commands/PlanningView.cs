using System.Collections.Generic;
using System.IO;
using System.Linq;
using CadreRules.Composition;
using CadreRules.Documents;
using CadreRules.Localization;
using CadreRules.Planning;
using CadreRules.Rules;

namespace CadreRules.Cli.Commands;

/// <summary>Prints a <see cref="PlanningReport"/> (used by <c>plan</c> and <c>demo</c>).</summary>
internal static class PlanningView
{
    public static void WriteTable(TextWriter output, PlanningReport report, Language language, PlanningList? list = null, bool explain = false)
    {
        bool vi = language == Language.Vietnamese;
        var render = Renderer(language, list);
        var table = vi
            ? new TextTable("Chức danh", "Mã", "Số người", "Đủ điều kiện", "Tối thiểu", "Tối đa")
            : new TextTable("Title", "Id", "Listed", "Eligible", "Minimum", "Maximum");
        foreach (TitlePlanningReport title in report.Titles)
        {
            table.Add(title.Title.Name, title.Title.Id, TextTable.Amount(title.Candidates.Length, language), TextTable.Amount(title.EligibleCount, language), TextTable.Amount(title.Minimum, language), TextTable.Amount(title.Maximum, language));
        }

        output.WriteLine(vi
            ? $"Quy hoạch ngày {TextTable.Date(report.Date)}: {TextTable.Amount(report.Candidates.Length, language)} cán bộ, {TextTable.Amount(report.Titles.Length, language)} chức danh"
            : $"Planning list of {TextTable.Date(report.Date)}: {TextTable.Amount(report.Candidates.Length, language)} cadres, {TextTable.Amount(report.Titles.Length, language)} titles");
        table.Write(output);
        output.WriteLine();
        output.WriteLine((vi ? "Văn bản áp dụng: " : "Regulation applied: ") + report.Regulation.Title.Get(language) + " [" + report.Regulation.Id.Value + "]");
        if (report.TitleStandards is { } standards)
        {
            output.WriteLine((vi ? "Tiêu chuẩn chức danh: " : "Title standards: ") + standards.Reference.Title.Get(language) + " [" + standards.Id.Value + "]");
        }

        if (report.Findings.Any())
        {
            output.WriteLine(Terms.FindingLegend.Get(language));
        }

        foreach (TitlePlanningReport title in report.Titles)
        {
            output.WriteLine((vi ? "Chức danh " : "Title ") + render.Name("title", title.Title.Id) + ": "
                + string.Join(", ", title.Candidates.Select(c => render.Name("cadre", c.Value))));
            WriteFindings(output, render, title.Findings, explain);
        }

        foreach (CandidatePlanningReport candidate in report.Candidates.Where(c => !c.Findings.IsEmpty))
        {
            output.WriteLine((vi ? "Cán bộ " : "Cadre ") + render.Name("cadre", candidate.CadreId.Value));
            WriteFindings(output, render, candidate.Findings, explain);
        }

        foreach (StructureReport group in report.Structure)
        {
            output.WriteLine((vi ? "Cơ cấu " : "Structure, ") + Terms.Of(group.Level).Get(language) + (group.Group.Length == 0 ? string.Empty : " / " + group.Group)
                + (vi ? ": nữ " : ": women ") + Share(group.Composition.Women, language)
                + (vi ? ", trẻ " : ", young ") + Share(group.Composition.Young, language)
                + (vi ? ", dân tộc thiểu số " : ", ethnic minority ") + Share(group.Composition.EthnicMinority, language));
            WriteFindings(output, render, group.Findings, explain);
        }

        int violations = report.ViolationCount;
        int advisories = report.Findings.Count(f => f.Severity != Severity.Violation);
        output.WriteLine(vi
            ? $"{TextTable.Amount(violations, language)} vi phạm, {TextTable.Amount(advisories, language)} lưu ý"
            : $"{TextTable.Amount(violations, language)} violations, {TextTable.Amount(advisories, language)} warnings");
    }

    /// <summary>Writes one row per candidate and title planned (<c>--format xlsx|csv</c>): the title, the person, months
    /// of service left, eligible for that title or not, the findings in words (each labelled, violation or warning: the
    /// person's own and those about that title, not those about the person's other titles) and the clauses they cite. A candidate planned for no title has one row with the title blank.</summary>
    public static void WriteSheet(Spreadsheets.SpreadsheetWriter writer, PlanningReport report, Language language, PlanningList list)
    {
        bool vi = language == Language.Vietnamese;
        var render = Renderer(language, list);
        var names = list.Candidates.ToDictionary(c => c.Id.Value, c => c.Cadre.Name, System.StringComparer.Ordinal);
        var titles = list.Titles.ToDictionary(t => t.Id, t => t.Name, System.StringComparer.Ordinal);
        writer.StartSheet(vi ? "Quy hoạch" : "Planning", vi
            ? ["Mã chức danh", "Chức danh", "Mã cán bộ", "Họ và tên", "Số tháng công tác còn lại", "Kết quả", "Lý do", "Căn cứ"]
            : ["Title id", "Title", "Cadre id", "Name", "Months of service left", "Outcome", "Reasons", "Citation"]);
        foreach (CandidatePlanningReport candidate in report.Candidates)
        {
            string months = candidate.MonthsLeft.ToString(System.Globalization.CultureInfo.InvariantCulture);
            string? name = names.GetValueOrDefault(candidate.CadreId.Value);
            if (candidate.TitleIds.IsEmpty)
            {
                writer.WriteRow([null, null, candidate.CadreId.Value, name, months, .. Outcome(candidate.Findings)]);
            }

            foreach (string title in candidate.TitleIds)
            {
                // The person's own findings, and those about this title (not those about the person's other titles).
                Finding[] findings = [.. candidate.Findings.Where(f => f.Values.All(v => v.Name != "title" || Equals(v.Value, title)))];
                writer.WriteRow([title, titles.GetValueOrDefault(title), candidate.CadreId.Value, name, months, .. Outcome(findings)]);
            }
        }

        string?[] Outcome(IReadOnlyCollection<Finding> findings) =>
        [
            findings.Any(f => f.Severity == Severity.Violation) ? (vi ? "không đủ điều kiện" : "not eligible") : (vi ? "đủ điều kiện" : "eligible"),
            string.Join("; ", findings.Select(f => render.FindingLine(f).Trim())),
            string.Join("; ", findings.Select(f => f.Citation?.Format(language)).OfType<string>().Distinct()),
        ];
    }

    /// <summary>Writes cadres and titles with the names the list gives them: "Nguyễn Văn A (MKT-001)" (the renderer of
    /// the JSON output, <see cref="CadreResultJson.WritePlanningReport"/>).</summary>
    public static FindingRenderer Renderer(Language language, PlanningList? list) => CadreResultJson.PlanningRenderer(language, list);

    private static void WriteFindings(TextWriter output, FindingRenderer render, IEnumerable<Finding> findings, bool explain)
    {
        foreach (Finding finding in findings)
        {
            output.WriteLine("  " + render.FindingLine(finding, explain));
            foreach (Finding part in finding.Children)
            {
                // The title standards' own findings (each requirement, cited) under the planning finding.
                output.Write(render.Tree(part, explain, 11));
            }
        }
    }

    // A share of a composition as a percentage ("41,5%"), or "—" for an empty group.
    private static string Share(CompositionShare share, Language language) => share.Share is { } s ? DisplayFormat.Percent(s, language) : "—";

    public static void WriteJson(TextWriter output, PlanningReport report, Language language, PlanningList? list = null) =>
        FindingJson.Write(output, json => CadreResultJson.WritePlanningReport(json, report, language, list));
}
