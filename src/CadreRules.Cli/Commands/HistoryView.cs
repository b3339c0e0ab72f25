using System.Collections.Immutable;
using System.IO;
using System.Linq;
using CadreRules.Documents;
using CadreRules.Evaluation;
using CadreRules.History;
using CadreRules.Localization;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Cli.Commands;

/// <summary>Prints evaluation results across years (used by <c>history</c> and <c>demo</c>).</summary>
internal static class HistoryView
{
    public static void WriteTable(TextWriter output, HistoryShares shares, Language language, EvaluationHistoryDocument? document = null)
    {
        bool vi = language == Language.Vietnamese;
        output.WriteLine(vi ? "Kết quả đánh giá, xếp loại qua các năm" : "Evaluation results across years");
        output.WriteLine((vi ? "Mẫu số: " : "Denominator: ") + Denominator(shares.Denominator, language));
        string[] levels = [.. HistoryShares.LevelsOf(shares.Denominator).Select(l => Short(l))];
        var table = new TextTable([vi ? "Năm" : "Year", "HTXS", "HTT", "HTNV", "KHT", vi ? "Không xếp loại" : "Not rated", vi ? "Mẫu số" : "Denominator", .. levels.Select(l => (vi ? "Tỷ lệ " : "Share ") + l)]);
        foreach (YearShares year in shares.Years)
        {
            YearLevels c = year.Counts;
            table.Add([TextTable.Integer(c.Year), TextTable.Integer(c.Excellent), TextTable.Integer(c.Good), TextTable.Integer(c.Complete), TextTable.Integer(c.NotComplete), TextTable.Integer(c.NotRated), TextTable.Integer(year.Denominator),
                .. year.Shares.Select(s => s.Share is { } share ? DisplayFormat.Percent(share, language) : "—")]);
        }

        table.Write(output);
        output.WriteLine((vi ? "Cả giai đoạn " : "Whole period ") + TextTable.Integer(shares.Years[0].Counts.Year) + "–" + TextTable.Integer(shares.Years[^1].Counts.Year) + ":");
        output.WriteLine("  " + (vi ? "Cộng dồn số lượng các năm: " : "Pooled counts over the years: ")
            + string.Join("; ", shares.Period.Select(p => Short(p.Level) + " " + TextTable.Integer(p.Pooled.Count) + "/" + TextTable.Integer(p.Pooled.Denominator) + " = " + (p.Pooled.Share is { } s ? DisplayFormat.Percent(s, language) : "—"))));
        output.WriteLine("  " + (vi ? "Bình quân các tỷ lệ hằng năm (" : "Mean of the yearly shares (")
            + TextTable.Integer(shares.Period[0].YearsInMean) + (vi ? " năm): " : " years): ")
            + string.Join("; ", shares.Period.Select(p => Short(p.Level) + " " + (p.MeanOfYearlyShares is { } m ? m.FormatPercent(language) : "—"))));
        output.WriteLine(vi
            ? "Tỷ lệ là phân số chính xác, chỉ làm tròn khi in (một chữ số thập phân, làm tròn nửa lên); phân số của các bình quân có trong --format json. Không văn bản nào quy định mức sàn cho các tỷ lệ này."
            : "Shares are exact fractions, rounded only to print (one decimal, half away from zero); the means' fractions are in --format json. No text sets a floor on these shares.");
        if (document?.Question is { } question)
        {
            WriteConsequences(output, document, question, language);
        }
    }

    public static void WriteJson(TextWriter output, HistoryShares shares, Language language, EvaluationHistoryDocument? document = null) =>
        FindingJson.Write(output, json => CadreResultJson.WriteHistory(json, shares, language, document));

    private static void WriteConsequences(TextWriter output, EvaluationHistoryDocument document, ConsequenceQuestion question, Language language)
    {
        bool vi = language == Language.Vietnamese;
        output.WriteLine();
        output.WriteLine(vi
            ? "Hệ quả từ chính các bản ghi đánh giá này (mảng Nhà nước) vào ngày " + DisplayFormat.Date(question.AsOf) + ":"
            : "Consequences of these same records (State track) on " + DisplayFormat.Date(question.AsOf) + ":");
        ImmutableArray<Consequence> answers = document.Consequences();
        if (answers.IsEmpty)
        {
            output.WriteLine(vi
                ? "  Không có: các hệ quả này chỉ áp dụng cho công chức và cán bộ (đối tượng: " + Terms.Of(question.Subject).Vietnamese + ")."
                : "  None: these consequences apply to công chức and cán bộ only (subject: " + Terms.Of(question.Subject).English + ").");
            return;
        }

        var render = new FindingRenderer(language);
        string[] labels = vi ? ["ÁP DỤNG", "KHÔNG ÁP DỤNG", "CHƯA XÁC ĐỊNH"] : ["APPLIES", "DOES NOT APPLY", "UNDETERMINED"];
        int width = labels.Max(l => l.Length);
        foreach (Consequence answer in answers)
        {
            Finding finding = answer.Explain();
            string citation = finding.Citation is { } c ? " — " + c.Format(language) : string.Empty;
            output.WriteLine("  " + labels[(int)answer.Status].PadRight(width) + "  " + render.Text(finding) + citation);
        }
    }

    private static string Denominator(ShareDenominator denominator, Language language) => denominator == ShareDenominator.GoodOrBetter
        ? (language == Language.Vietnamese ? "số được xếp loại HTT trở lên (HTXS + HTT)" : "those rated HTT or better (HTXS + HTT)")
        : (language == Language.Vietnamese ? "tổng số được xếp loại (HTXS + HTT + HTNV + KHT; không tính người không xếp loại)" : "everyone rated (HTXS + HTT + HTNV + KHT; the not rated left out)");

    private static string Short(EvaluationLevel level) => level switch
    {
        EvaluationLevel.Excellent => "HTXS",
        EvaluationLevel.Good => "HTT",
        EvaluationLevel.Complete => "HTNV",
        _ => "KHT",
    };
}
