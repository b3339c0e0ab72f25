using System.Collections.Generic;
using System.IO;
using System.Linq;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Cli.Commands;

/// <summary>One request's result: who, the regulation, eligible or not, and the findings that failed.</summary>
internal sealed record RequestResult(Cadre Cadre, string Detail, RegulationReference Regulation, bool Eligible, int MonthsLeft, Finding Explanation)
{
    /// <summary>The leaves of the explanation that are not satisfied (the reasons for "not eligible").</summary>
    public IReadOnlyList<Finding> Reasons => [.. RequestView.Failing(Explanation)];
}

/// <summary>Prints eligibility results (used by <c>rotation</c>, <c>appointment</c> and <c>demo</c>).</summary>
internal static class RequestView
{
    public static IEnumerable<Finding> Failing(Finding finding)
    {
        if (finding.Status != FindingStatus.NotSatisfied)
        {
            return [];
        }

        IEnumerable<Finding> children = finding.Children.SelectMany(Failing);
        return children.Any() ? children : [finding];
    }

    public static void WriteTable(TextWriter output, IReadOnlyList<RequestResult> results, Language language, string heading)
    {
        bool vi = language == Language.Vietnamese;
        var table = vi
            ? new TextTable("Mã", "Họ tên", "Đề nghị", "Số tháng còn lại", "Kết quả", "Quy định", "Lý do")
            : new TextTable("Id", "Name", "Request", "Months left", "Outcome", "Regulation", "Reasons");
        foreach (RequestResult r in results)
        {
            table.Add(
                r.Cadre.Id.Value,
                r.Cadre.Name ?? string.Empty,
                r.Detail,
                TextTable.Integer(r.MonthsLeft),
                r.Eligible ? (vi ? "đủ điều kiện" : "eligible") : (vi ? "không đủ điều kiện" : "not eligible"),
                r.Regulation.Id.Value,
                string.Join(", ", r.Reasons.Select(f => f.Code.Value).Distinct()));
        }

        output.WriteLine(heading);
        table.Write(output);
        foreach (RequestResult r in results.Where(r => !r.Eligible))
        {
            output.WriteLine($"  {r.Cadre.Id}:");
            foreach (Finding reason in r.Reasons)
            {
                output.WriteLine("    - " + reason.Render(language) + (reason.Citation is { } c ? " — " + c.Format(language) : string.Empty));
            }
        }

        int eligible = results.Count(r => r.Eligible);
        output.WriteLine(vi
            ? $"{TextTable.Integer(eligible)} đủ điều kiện, {TextTable.Integer(results.Count - eligible)} không đủ điều kiện"
            : $"{TextTable.Integer(eligible)} eligible, {TextTable.Integer(results.Count - eligible)} not eligible");
    }

    public static void WriteJson(TextWriter output, IReadOnlyList<RequestResult> results, Language language, bool explain = false) => FindingJson.Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteStartArray("requests");
        foreach (RequestResult r in results)
        {
            json.WriteStartObject();
            json.WriteString("id", r.Cadre.Id.Value);
            json.WriteString("regulation", r.Regulation.Id.Value);
            json.WriteBoolean("eligible", r.Eligible);
            json.WriteNumber("monthsLeft", r.MonthsLeft);
            json.WriteStartArray("reasons");
            foreach (Finding reason in r.Reasons)
            {
                FindingJson.WriteFinding(json, reason, language);
            }

            json.WriteEndArray();
            if (explain)
            {
                json.WritePropertyName("explanation");
                FindingText.WriteJsonTree(json, r.Explanation, language);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });
}
