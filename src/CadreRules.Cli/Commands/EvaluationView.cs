using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CadreRules.Documents;
using CadreRules.Evaluation;
using CadreRules.Localization;
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
            ? $"Đánh giá, xếp loại chất lượng năm {TextTable.Integer(run.Year)} ({TextTable.Amount(result.People.Length, language)} người)"
            : $"Evaluation and classification for {TextTable.Integer(run.Year)} ({TextTable.Amount(result.People.Length, language)} people; HTXS/HTT/HTNV/KHT = outstanding/good/complete/not complete)");
        string[] headers = vi
            ? ["Mã", "Họ tên", "Đơn vị", "Điểm", "Đủ điều kiện", "Xếp loại", "Quy định", "Căn cứ quyết định"]
            : ["Id", "Name", "Unit", "Score", "Qualifies for", "Final", "Regulation", "Decided by"];
        var cells = new RowCells(language);
        TextTable.Stream(output, headers, result.People, cells.Row);
        output.WriteLine();
        output.WriteLine(vi
            ? $"Tỷ lệ HTXS theo đơn vị: {TextTable.Amount(result.MovedCount, language)} người chuyển từ HTXS xuống HTT"
            : $"Unit quota of HTXS: {TextTable.Amount(result.MovedCount, language)} moved from HTXS to HTT");
        foreach (EvaluationRoundPerson p in result.Moved)
        {
            QuotaDemotion d = p.Demotion!;
            string code = explain is null ? string.Empty : d.Code + "; ";
            output.WriteLine(vi
                ? $"  {Who(p)}: đơn vị {d.Group.Unit} ({d.Group.PeerGroup}) có {TextTable.Amount(d.Group.Qualified, language)} người đủ điều kiện HTXS, chỉ giữ {TextTable.Amount(d.Group.Kept, language)}; xếp thứ {TextTable.Integer(d.Rank)}{ScoreText(d, vi)} → HTT ({code}{d.Citation?.Format(language)})"
                : $"  {Who(p)}: unit {d.Group.Unit} ({d.Group.PeerGroup}) has {TextTable.Amount(d.Group.Qualified, language)} qualifying for HTXS and keeps {TextTable.Amount(d.Group.Kept, language)}; ranked {TextTable.Integer(d.Rank)}{ScoreText(d, vi)} → HTT ({code}{d.Citation?.Format(language)})");
        }

        output.WriteLine((vi ? "Số lượng theo mức: " : "Counts per level: ") + FormatCounts(EvaluationRun.Counts(result.CountsAfter, language), language));
        if (explain is null)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(Terms.ConditionLegend.Get(language));
        var render = new FindingRenderer(language);
        using IEnumerator<EvaluationEntry> entries = explain.GetEnumerator();
        foreach (EvaluationRoundPerson p in result.People)
        {
            entries.MoveNext();
            Verdict<EvaluationDecision> verdict = p.Explain(entries.Current.Input);
            output.WriteLine(Who(p) + ": " + (vi ? "văn bản áp dụng: " : "regulation applied: ") + verdict.Regulation?.Title.Get(language)
                + " [" + p.Regulation.Id.Value + "]");
            output.Write(render.Tree(verdict.Explanation, explain: true, indent: 2));
            if (p.Demotion is { } d)
            {
                output.Write(render.Tree(d.Explain(), explain: true, indent: 2));
            }
        }
    }

    /// <summary>A person as "Name (ID)", or the id alone when the sheet gives no name.</summary>
    public static string Who(EvaluationRoundPerson p) => string.IsNullOrWhiteSpace(p.Name) ? p.Id.Value : p.Name + " (" + p.Id.Value + ")";

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

    /// <summary>Writes one row per person (<c>--format xlsx|csv</c>): id, name, unit, peer group, regulation, the level
    /// on the person's own merits and after the unit quota, the reasons in words (the deciding rules' texts and, for a
    /// move, the quota's reason) and the clauses cited. Rows are written as the round's records are walked.</summary>
    public static void WriteSheet(Spreadsheets.SpreadsheetWriter writer, EvaluationRun run, Language language)
    {
        bool vi = language == Language.Vietnamese;
        writer.StartSheet(vi ? "Kết quả xếp loại" : "Evaluation results", vi
            ? ["Mã", "Họ và tên", "Đơn vị", "Nhóm so sánh", "Quy định áp dụng", "Mức theo tiêu chí (trước tỷ lệ)", "Mức sau tỷ lệ HTXS", "Lý do", "Căn cứ"]
            : ["Id", "Name", "Unit", "Peer group", "Regulation", "Level on merits (before quota)", "Level after the HTXS quota", "Reasons", "Citation"]);
        var rules = new Dictionary<RuleCode, RuleDescriptor>();
        var seen = new HashSet<EvaluationRegulation>();
        var codes = new RuleCode[EvaluationRoundPerson.MaximumCodes];
        var row = new string?[9];
        foreach (EvaluationRoundPerson p in run.Result.People)
        {
            if (seen.Add(p.Regulation))
            {
                foreach (RuleDescriptor rule in p.Regulation.Rules)
                {
                    rules.TryAdd(rule.Code, rule);
                }
            }

            var reasons = new List<string>(4);
            var citations = new List<string>(4);
            int count = p.CopyCodes(codes);
            for (int i = 0; i < count; i++)
            {
                if (p.Demotion is { } d && codes[i] == d.Code)
                {
                    reasons.Add(vi
                        ? $"Đơn vị {d.Group.Unit} ({d.Group.PeerGroup}) có {TextTable.Amount(d.Group.Qualified, language)} người đủ điều kiện HTXS, chỉ giữ {TextTable.Amount(d.Group.Kept, language)}; xếp thứ {TextTable.Integer(d.Rank)}{ScoreText(d, vi)} nên chuyển xuống HTT"
                        : $"Unit {d.Group.Unit} ({d.Group.PeerGroup}) has {TextTable.Amount(d.Group.Qualified, language)} qualifying for HTXS and keeps {TextTable.Amount(d.Group.Kept, language)}; ranked {TextTable.Integer(d.Rank)}{ScoreText(d, vi)}, so moved to HTT");
                    if (d.Citation?.Format(language) is { } cited)
                    {
                        citations.Add(cited);
                    }

                    continue;
                }

                if (rules.TryGetValue(codes[i], out RuleDescriptor? rule))
                {
                    reasons.Add(rule.Text.Get(language));
                    if (rule.Citation?.Format(language) is { } cited && !citations.Contains(cited))
                    {
                        citations.Add(cited);
                    }
                }
                else
                {
                    reasons.Add(codes[i].Value);
                }
            }

            row[0] = p.Id.Value;
            row[1] = p.Name;
            row[2] = p.Unit;
            row[3] = p.PeerGroup;
            row[4] = p.Regulation.Reference.Title.Get(language) + " [" + p.Regulation.Id.Value + "]";
            row[5] = EvaluationRun.Label(p.Qualified, language);
            row[6] = EvaluationRun.Label(p.Final, language);
            row[7] = string.Join("; ", reasons);
            row[8] = string.Join("; ", citations);
            writer.WriteRow(row);
        }
    }

    public static string FormatCounts(IEnumerable<KeyValuePair<string, int>> counts, Language language) =>
        string.Join(", ", counts.Select(c => c.Key + " " + TextTable.Amount(c.Value, language)));

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
