using System.Collections.Generic;
using System.IO;
using System.Linq;
using CadreRules.Documents;
using CadreRules.Localization;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Cli.Commands;

/// <summary>One request's result: who, the regulation, eligible or not, and the findings that failed.</summary>
internal sealed record RequestResult(Cadre Cadre, string Detail, RegulationReference Regulation, bool Eligible, int MonthsLeft, Finding Explanation)
{
    /// <summary>Gets the answer as the JSON output writes it (<see cref="CadreResultJson.WriteRequests"/>).</summary>
    public RequestAnswer Answer => new(Cadre, Regulation, Eligible, MonthsLeft, Explanation);

    /// <summary>The leaves of the explanation that are not satisfied (the reasons for "not eligible").</summary>
    public IReadOnlyList<Finding> Reasons => RequestAnswer.NotMet(Explanation);
}

/// <summary>Prints eligibility results (used by <c>rotation</c>, <c>appointment</c> and <c>demo</c>).</summary>
internal static class RequestView
{
    /// <summary>The leaves of an explanation that are not satisfied (<see cref="RequestAnswer.NotMet"/>).</summary>
    public static IEnumerable<Finding> Failing(Finding finding) => RequestAnswer.NotMet(finding);

    public static void WriteTable(TextWriter output, IReadOnlyList<RequestResult> results, Language language, string heading, bool legend = true)
    {
        bool vi = language == Language.Vietnamese;
        var render = new FindingRenderer(language);
        var table = vi
            ? new TextTable("Mã", "Họ tên", "Đề nghị", "Số tháng còn lại", "Kết quả", "Quy định", "Mã căn cứ không đạt")
            : new TextTable("Id", "Name", "Request", "Months left", "Outcome", "Regulation", "Codes not met");
        foreach (RequestResult r in results)
        {
            table.Add(
                r.Cadre.Id.Value,
                r.Cadre.Name ?? string.Empty,
                r.Detail,
                TextTable.Amount(r.MonthsLeft, language),
                r.Eligible ? (vi ? "đủ điều kiện" : "eligible") : (vi ? "không đủ điều kiện" : "not eligible"),
                r.Regulation.Id.Value,
                string.Join(", ", r.Reasons.Select(f => f.Code.Value).Distinct()));
        }

        output.WriteLine(heading);
        table.Write(output);
        if (legend && results.Any(r => !r.Eligible))
        {
            output.WriteLine(Terms.ConditionLegend.Get(language));
        }

        foreach (RequestResult r in results.Where(r => !r.Eligible))
        {
            output.WriteLine("  " + Who(r.Cadre) + ":");
            foreach (Finding reason in r.Reasons)
            {
                output.WriteLine("    " + render.ConditionLine(reason));
            }
        }

        int eligible = results.Count(r => r.Eligible);
        output.WriteLine(vi
            ? $"{TextTable.Amount(eligible, language)} đủ điều kiện, {TextTable.Amount(results.Count - eligible, language)} không đủ điều kiện"
            : $"{TextTable.Amount(eligible, language)} eligible, {TextTable.Amount(results.Count - eligible, language)} not eligible");
    }

    /// <summary>Writes one row per request (<c>--format xlsx|csv</c>): id, name, the request, months left, the outcome,
    /// the regulation, the conditions not met in words and the clauses they cite.</summary>
    public static void WriteSheet(Spreadsheets.SpreadsheetWriter writer, IReadOnlyList<RequestResult> results, Language language, string sheet)
    {
        bool vi = language == Language.Vietnamese;
        var render = new FindingRenderer(language);
        writer.StartSheet(sheet, vi
            ? ["Mã", "Họ và tên", "Đề nghị", "Số tháng công tác còn lại", "Kết quả", "Quy định áp dụng", "Lý do", "Căn cứ"]
            : ["Id", "Name", "Request", "Months of service left", "Outcome", "Regulation", "Reasons", "Citation"]);
        foreach (RequestResult r in results)
        {
            IReadOnlyList<Finding> reasons = r.Reasons;
            writer.WriteRow(
            [
                r.Cadre.Id.Value,
                r.Cadre.Name,
                r.Detail,
                r.MonthsLeft.ToString(System.Globalization.CultureInfo.InvariantCulture),
                r.Eligible ? (vi ? "đủ điều kiện" : "eligible") : (vi ? "không đủ điều kiện" : "not eligible"),
                r.Regulation.Title.Get(language) + " [" + r.Regulation.Id.Value + "]",
                string.Join("; ", reasons.Select(f => global::CadreRules.Localization.Terms.Label(f, language) + ": " + render.Text(f))), // the clauses have their own column
                string.Join("; ", reasons.Select(f => f.Citation?.Format(language)).OfType<string>().Distinct()),
            ]);
        }
    }

    public static void WriteJson(TextWriter output, IReadOnlyList<RequestResult> results, Language language, bool explain = false) =>
        FindingJson.Write(output, json => CadreResultJson.WriteRequests(json, results.Select(r => r.Answer), language, explain));

    /// <summary>A person as "Name (ID)", or the id alone when the name is not known.</summary>
    public static string Who(Cadre cadre) => string.IsNullOrWhiteSpace(cadre.Name) ? cadre.Id.Value : cadre.Name + " (" + cadre.Id.Value + ")";

    /// <summary>Every request's whole explanation in words: each condition, met, not met or not applicable, with its
    /// clause (<c>--explain</c>).</summary>
    public static void WriteExplanations(System.IO.TextWriter output, IReadOnlyList<RequestResult> results, Language language)
    {
        output.WriteLine();
        output.WriteLine(language == Language.Vietnamese ? "Giải thích từng đề nghị" : "Explanation of each request");
        foreach (RequestResult r in results)
        {
            output.WriteLine($"{r.Cadre.Id} ({r.Detail}):");
            FindingText.WriteTree(output, r.Explanation, language, 1);
        }
    }
}
