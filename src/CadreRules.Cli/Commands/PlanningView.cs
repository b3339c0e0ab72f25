using System.IO;
using System.Linq;
using CadreRules.Planning;
using CadreRules.Rules;

namespace CadreRules.Cli.Commands;

/// <summary>Prints a <see cref="PlanningReport"/> (used by <c>plan</c> and <c>demo</c>).</summary>
internal static class PlanningView
{
    public static void WriteTable(TextWriter output, PlanningReport report, Language language)
    {
        bool vi = language == Language.Vietnamese;
        var table = vi
            ? new TextTable("Chức danh", "Mã", "Số người", "Đủ điều kiện", "Tối thiểu", "Tối đa")
            : new TextTable("Title", "Id", "Listed", "Eligible", "Minimum", "Maximum");
        foreach (TitlePlanningReport title in report.Titles)
        {
            table.Add(title.Title.Name, title.Title.Id, TextTable.Integer(title.Candidates.Length), TextTable.Integer(title.EligibleCount), TextTable.Integer(title.Minimum), TextTable.Integer(title.Maximum));
        }

        output.WriteLine(vi
            ? $"Quy hoạch ngày {TextTable.Date(report.Date)}: {report.Candidates.Length} cán bộ, {report.Titles.Length} chức danh"
            : $"Planning list of {TextTable.Date(report.Date)}: {report.Candidates.Length} cadres, {report.Titles.Length} titles");
        table.Write(output);
        output.WriteLine();
        output.Write(report.ToText(language));
        int advisories = report.Findings.Count(f => f.Severity != Severity.Violation);
        output.WriteLine(vi
            ? $"{TextTable.Integer(report.ViolationCount)} vi phạm, {TextTable.Integer(advisories)} lưu ý"
            : $"{TextTable.Integer(report.ViolationCount)} violations, {TextTable.Integer(advisories)} advisories");
    }

    public static void WriteJson(TextWriter output, PlanningReport report, Language language) => FindingJson.Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteString("regulation", report.Regulation.Id.Value);
        json.WriteString("date", NodaTime.Text.LocalDatePattern.Iso.Format(report.Date));
        json.WriteNumber("violations", report.ViolationCount);
        json.WriteStartArray("titles");
        foreach (TitlePlanningReport title in report.Titles)
        {
            json.WriteStartObject();
            json.WriteString("id", title.Title.Id);
            json.WriteNumber("listed", title.Candidates.Length);
            json.WriteNumber("eligible", title.EligibleCount);
            json.WriteNumber("minimum", title.Minimum);
            json.WriteNumber("maximum", title.Maximum);
            json.WriteStartArray("findings");
            foreach (Finding finding in title.Findings)
            {
                FindingJson.WriteFinding(json, finding, language);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("candidates");
        foreach (CandidatePlanningReport candidate in report.Candidates)
        {
            json.WriteStartObject();
            json.WriteString("id", candidate.CadreId.Value);
            json.WriteBoolean("eligible", candidate.IsEligible);
            json.WriteNumber("monthsLeft", candidate.MonthsLeft);
            json.WriteStartArray("findings");
            foreach (Finding finding in candidate.Findings)
            {
                FindingJson.WriteFinding(json, finding, language);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("structure");
        foreach (StructureReport group in report.Structure)
        {
            json.WriteStartObject();
            json.WriteString("level", FindingJson.Camel(group.Level.ToString()));
            json.WriteString("group", group.Group);
            json.WriteNumber("total", group.Composition.Total);
            json.WriteNumber("women", group.Composition.Women.Count);
            json.WriteString("womenShare", group.Composition.Women.Format(language));
            json.WriteNumber("young", group.Composition.Young.Count);
            json.WriteString("youngShare", group.Composition.Young.Format(language));
            json.WriteNumber("ethnicMinority", group.Composition.EthnicMinority.Count);
            json.WriteString("ethnicMinorityShare", group.Composition.EthnicMinority.Format(language));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });
}
