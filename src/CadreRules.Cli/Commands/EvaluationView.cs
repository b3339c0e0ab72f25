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
        var cells = new RowCells(language);
        TextTable.Stream(output, headers, result.People, cells.Row);
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
            output.Write(p.Explain(entries.Current.Input).ToText(language));
            if (p.Demotion is { } d)
            {
                output.Write(d.Explain().ToText(language));
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

    private static string ScoreText(QuotaDemotion d, bool vi) =>
        d.Candidate.Score is { } score ? (vi ? $", {Number(score, vi)} điểm" : $", {Number(score, vi)} points") : string.Empty;

    /// <summary>The cells of a person's row. Scores, outcome labels and lists of rule codes repeat across a province:
    /// each distinct one is formatted once (up to 4,096 of each).</summary>
    private sealed class RowCells(Language language)
    {
        private const int MaxCached = 4096;

        private readonly bool _vi = language == Language.Vietnamese;
        private readonly Dictionary<decimal, string> _scores = [];
        private readonly Dictionary<(string?, string?, string?, string?), string> _codes = [];
        private readonly RuleCode[] _buffer = new RuleCode[EvaluationRoundPerson.MaximumCodes];
        private readonly string[] _qualified = Labels(language, string.Empty);
        private readonly string[] _final = Labels(language, string.Empty);
        private readonly string[] _moved = Labels(language, " ↓");

        public string[] Row(EvaluationRoundPerson p) =>
        [
            p.Id.Value,
            p.Name ?? string.Empty,
            p.Unit,
            p.Score is { } s ? Score(s) : "—",
            _qualified[(int)p.Qualified],
            (p.MovedByQuota ? _moved : _final)[(int)p.Final],
            p.Regulation.Id.Value,
            Codes(p),
        ];

        private static string[] Labels(Language language, string suffix) =>
            [.. EvaluationOutcomeCounts.Outcomes.OrderBy(o => (int)o).Select(o => EvaluationRun.Label(o, language) + suffix)];

        private string Score(decimal score)
        {
            if (!_scores.TryGetValue(score, out string? text))
            {
                text = Number(score, _vi);
                if (_scores.Count < MaxCached)
                {
                    _scores.Add(score, text);
                }
            }

            return text;
        }

        /// <summary>The rule codes, comma separated.</summary>
        private string Codes(EvaluationRoundPerson p)
        {
            int count = p.CopyCodes(_buffer);
            if (count > 4)
            {
                return string.Join(", ", p.Codes().Select(c => c.Value));
            }

            (string?, string?, string?, string?) key = (
                count > 0 ? _buffer[0].Value : null,
                count > 1 ? _buffer[1].Value : null,
                count > 2 ? _buffer[2].Value : null,
                count > 3 ? _buffer[3].Value : null);
            if (!_codes.TryGetValue(key, out string? text))
            {
                text = string.Join(", ", _buffer.AsSpan(0, count).ToArray().Select(c => c.Value));
                if (_codes.Count < MaxCached)
                {
                    _codes.Add(key, text);
                }
            }

            return text;
        }
    }
}
