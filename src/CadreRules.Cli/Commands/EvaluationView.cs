using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CadreRules.Evaluation;
using CadreRules.Rules;
using CadreRules.Documents;

namespace CadreRules.Cli.Commands;

/// <summary>Prints an <see cref="EvaluationRun"/> (used by <c>evaluate</c> and <c>demo</c>).</summary>
internal static class EvaluationView
{
    public static void WriteTable(TextWriter output, EvaluationSheet sheet, EvaluationRun run, Language language, bool explain)
    {
        bool vi = language == Language.Vietnamese;
        output.WriteLine(vi
            ? $"Đánh giá, xếp loại chất lượng năm {TextTable.Integer(sheet.Year)} ({sheet.Entries.Length} người)"
            : $"Evaluation and classification for {TextTable.Integer(sheet.Year)} ({sheet.Entries.Length} people; HTXS/HTT/HTNV/KHT = outstanding/good/complete/not complete)");
        var table = vi
            ? new TextTable("Mã", "Họ tên", "Đơn vị", "Điểm", "Đủ điều kiện", "Xếp loại", "Quy định", "Căn cứ quyết định")
            : new TextTable("Id", "Name", "Unit", "Score", "Qualifies for", "Final", "Regulation", "Decided by");
        foreach (EvaluationResult r in run.Results)
        {
            string qualified = r.Decision.HasLevel ? EvaluationRun.Abbreviation(r.Decision.Level) : r.Outcome(language);
            table.Add(
                r.Entry.Id.Value,
                r.Entry.Name ?? string.Empty,
                r.Entry.Unit,
                r.Entry.Input.Score is { } s ? Number(s.Total, vi) : "—",
                qualified,
                r.Outcome(language) + (r.Demotion is null ? string.Empty : " ↓"),
                r.Regulation.Id.Value,
                string.Join(", ", r.Codes().Select(c => c.Value)));
        }

        table.Write(output);
        output.WriteLine();
        List<EvaluationResult> moved = [.. run.Moved];
        output.WriteLine(vi
            ? $"Tỷ lệ HTXS theo đơn vị: {moved.Count} người chuyển từ HTXS xuống HTT"
            : $"Unit quota of HTXS: {moved.Count} moved from HTXS to HTT");
        foreach (EvaluationResult r in moved)
        {
            QuotaDemotion d = r.Demotion!;
            output.WriteLine(vi
                ? $"  {r.Entry.Id} {r.Entry.Name}: đơn vị {d.Group.Unit} ({d.Group.PeerGroup}) có {d.Group.Qualified} người đủ điều kiện HTXS, chỉ giữ {d.Group.Kept}; xếp thứ {d.Rank}{ScoreText(d, vi)} → HTT ({d.Code}; {d.Citation?.Format(language)})"
                : $"  {r.Entry.Id} {r.Entry.Name}: unit {d.Group.Unit} ({d.Group.PeerGroup}) has {d.Group.Qualified} qualifying for HTXS and keeps {d.Group.Kept}; ranked {d.Rank}{ScoreText(d, vi)} → HTT ({d.Code}; {d.Citation?.Format(language)})");
        }

        output.WriteLine((vi ? "Số lượng theo mức: " : "Counts per level: ") + FormatCounts(run.Counts(language)));
        if (explain)
        {
            output.WriteLine();
            foreach (EvaluationResult r in run.Results)
            {
                output.Write(r.Entry.Id.Value + ": ");
                output.Write(r.Regulation.Explain(r.Entry.Input).Explain(language));
                if (r.Demotion is { } d)
                {
                    output.Write(d.Explain().Explain(language));
                }
            }
        }
    }

    public static string FormatCounts(IEnumerable<KeyValuePair<string, int>> counts) =>
        string.Join(", ", counts.Select(c => c.Key + " " + TextTable.Integer(c.Value)));

    public static void WriteJson(TextWriter output, EvaluationSheet sheet, EvaluationRun run, Language language)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteNumber("year", sheet.Year);
            json.WriteStartArray("people");
            foreach (EvaluationResult r in run.Results)
            {
                json.WriteStartObject();
                json.WriteString("id", r.Entry.Id.Value);
                json.WriteString("regulation", r.Regulation.Id.Value);
                json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(r.Decision.Kind.ToString()));
                if (r.Decision.HasLevel)
                {
                    json.WriteString("qualifiedLevel", JsonNamingPolicy.CamelCase.ConvertName(r.Decision.Level.ToString()));
                }

                if (r.FinalLevel is { } level)
                {
                    json.WriteString("finalLevel", JsonNamingPolicy.CamelCase.ConvertName(level.ToString()));
                }

                json.WriteBoolean("movedByQuota", r.Demotion is not null);
                json.WriteStartArray("ruleCodes");
                foreach (RuleCode code in r.Codes())
                {
                    json.WriteStringValue(code.Value);
                }

                json.WriteEndArray();
                json.WritePropertyName("explanation");
                using (JsonDocument verdict = JsonDocument.Parse(CadreDocuments.WriteVerdict(r.Regulation.Explain(r.Entry.Input), language)))
                {
                    verdict.RootElement.WriteTo(json);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("counts");
            foreach (KeyValuePair<string, int> count in run.Counts(Language.English))
            {
                json.WriteNumber(count.Key, count.Value);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static string ScoreText(QuotaDemotion d, bool vi) =>
        d.Candidate.Score is { } score ? (vi ? $", {Number(score, vi)} điểm" : $", {Number(score, vi)} points") : string.Empty;

    /// <summary>A score with a decimal comma in Vietnamese, a point in English, whatever the machine's culture.</summary>
    public static string Number(decimal value, bool vi)
    {
        string text = value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        return vi ? text.Replace('.', ',') : text;
    }
}
