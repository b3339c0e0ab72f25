using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CadreRules.Documents;
using CadreRules.Evaluation;
using CadreRules.Rules;

namespace CadreRules.Cli.Commands;

/// <summary>Prints an <see cref="EvaluationRun"/> (used by <c>evaluate</c> and <c>demo</c>). Rows are formatted as they
/// are written (twice: once to measure the columns), so a province's table is not held in memory.</summary>
internal static class EvaluationView
{
    public static void WriteTable(TextWriter output, EvaluationRun run, Language language, IEnumerable<EvaluationEntry>? explain)
    {
        bool vi = language == Language.Vietnamese;
        EvaluationRoundResult result = run.Result;
        output.WriteLine(vi
            ? $"Đánh giá, xếp loại chất lượng năm {TextTable.Integer(run.Year)} ({TextTable.Integer(result.People.Length)} người)"
            : $"Evaluation and classification for {TextTable.Integer(run.Year)} ({TextTable.Integer(result.People.Length)} people; HTXS/HTT/HTNV/KHT = outstanding/good/complete/not complete)");
        string[] headers = vi
            ? ["Mã", "Họ tên", "Đơn vị", "Điểm", "Đủ điều kiện", "Xếp loại", "Quy định", "Căn cứ quyết định"]
            : ["Id", "Name", "Unit", "Score", "Qualifies for", "Final", "Regulation", "Decided by"];
        TextTable.Stream(output, headers, result.People, p => Row(p, language));
        output.WriteLine();
        output.WriteLine(vi
            ? $"Tỷ lệ HTXS theo đơn vị: {TextTable.Integer(result.MovedCount)} người chuyển từ HTXS xuống HTT"
            : $"Unit quota of HTXS: {TextTable.Integer(result.MovedCount)} moved from HTXS to HTT");
        foreach (EvaluationRoundPerson p in result.Moved)
        {
            QuotaDemotion d = p.Demotion!;
            output.WriteLine(vi
                ? $"  {p.Id} {p.Name}: đơn vị {d.Group.Unit} ({d.Group.PeerGroup}) có {TextTable.Integer(d.Group.Qualified)} người đủ điều kiện HTXS, chỉ giữ {TextTable.Integer(d.Group.Kept)}; xếp thứ {TextTable.Integer(d.Rank)}{ScoreText(d, vi)} → HTT ({d.Code}; {d.Citation?.Format(language)})"
                : $"  {p.Id} {p.Name}: unit {d.Group.Unit} ({d.Group.PeerGroup}) has {TextTable.Integer(d.Group.Qualified)} qualifying for HTXS and keeps {TextTable.Integer(d.Group.Kept)}; ranked {TextTable.Integer(d.Rank)}{ScoreText(d, vi)} → HTT ({d.Code}; {d.Citation?.Format(language)})");
        }

        output.WriteLine((vi ? "Số lượng theo mức: " : "Counts per level: ") + FormatCounts(EvaluationRun.Counts(result.CountsAfter, language)));
        if (explain is null)
        {
            return;
        }

        output.WriteLine();
        using IEnumerator<EvaluationEntry> entries = explain.GetEnumerator();
        foreach (EvaluationRoundPerson p in result.People)
        {
            entries.MoveNext();
            output.Write(p.Id.Value + ": ");
            output.Write(p.Explain(entries.Current.Input).Explain(language));
            if (p.Demotion is { } d)
            {
                output.Write(d.Explain().Explain(language));
            }
        }
    }

    public static void WriteJson(CliContext context, EvaluationRun run, ResultFormat format, Language language, IEnumerable<EvaluationEntry>? explain) =>
        CliInput.WriteBytes(context, stream =>
        {
            using var writer = new EvaluationRoundWriter(stream, format, language);
            writer.WriteStart(run.Year, run.Organisation);
            using IEnumerator<EvaluationEntry>? entries = explain?.GetEnumerator();
            foreach (EvaluationRoundPerson p in run.Result.People)
            {
                Verdict<EvaluationDecision>? verdict = null;
                if (entries is not null && entries.MoveNext())
                {
                    verdict = p.Explain(entries.Current.Input);
                }

                writer.WritePerson(p, verdict);
            }

            writer.WriteEnd(run.Result);
        });

    public static string FormatCounts(IEnumerable<KeyValuePair<string, int>> counts) =>
        string.Join(", ", counts.Select(c => c.Key + " " + TextTable.Integer(c.Value)));

    /// <summary>A score with a decimal comma in Vietnamese, a point in English, whatever the machine's culture.</summary>
    public static string Number(decimal value, bool vi)
    {
        string text = value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        return vi ? text.Replace('.', ',') : text;
    }

    private static string[] Row(EvaluationRoundPerson p, Language language) =>
    [
        p.Id.Value,
        p.Name ?? string.Empty,
        p.Unit,
        p.Score is { } s ? Number(s, language == Language.Vietnamese) : "—",
        EvaluationRun.Label(p.Qualified, language),
        EvaluationRun.Label(p.Final, language) + (p.MovedByQuota ? " ↓" : string.Empty),
        p.Regulation.Id.Value,
        string.Join(", ", p.Codes().Select(c => c.Value)),
    ];

    private static string ScoreText(QuotaDemotion d, bool vi) =>
        d.Candidate.Score is { } score ? (vi ? $", {Number(score, vi)} điểm" : $", {Number(score, vi)} points") : string.Empty;
}
