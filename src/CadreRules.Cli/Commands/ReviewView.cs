using System.Collections.Generic;
using System.IO;
using System.Linq;
using CadreRules.Cli.Localization;
using CadreRules.Documents;
using CadreRules.Localization;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rules;

namespace CadreRules.Cli.Commands;

/// <summary>Prints a <see cref="PlanningReview"/> (used by <c>review</c> and <c>demo</c>).</summary>
internal static class ReviewView
{
    public static void WriteTable(TextWriter output, PlanningReviewInput input, PlanningReview review, Language language)
    {
        bool vi = language == Language.Vietnamese;
        output.WriteLine(vi
            ? $"Rà soát quy hoạch ngày {TextTable.Date(review.ReviewDate)} (danh sách ngày {TextTable.Date(input.Plan.Date)}, nhiệm kỳ từ {TextTable.Date(input.Plan.Term.Start)}); thời gian công tác còn lại tính tại tháng {TextTable.Month(review.AgeMonth)}"
            : $"Planning review of {TextTable.Date(review.ReviewDate)} (list of {TextTable.Date(input.Plan.Date)}, term from {TextTable.Date(input.Plan.Term.Start)}); service left counted at {TextTable.Month(review.AgeMonth)}");
        output.WriteLine((vi ? "Văn bản áp dụng: " : "Regulation: ") + Vocabulary.Regulation(review.Regulation, language));
        if (review.TitleStandards is { } standards)
        {
            output.WriteLine((vi ? "Tiêu chuẩn chức danh (xét đề xuất bổ sung): " : "Title standards (for proposed additions): ") + Vocabulary.Regulation(standards.Reference, language));
        }
        var names = Names(input);
        var table = vi
            ? new TextTable("Mã", "Họ tên", "Chức danh", "Diện", "Kết quả")
            : new TextTable("Id", "Name", "Title", "Tier", "Outcome");
        foreach (Row row in Rows(review))
        {
            table.Add(row.Entry.CadreId.Value, names.GetValueOrDefault(row.Entry.CadreId) ?? string.Empty, input.Plan.Title(row.Entry.TitleId).Name, Vocabulary.Tier(row.Entry.Tier, language), Vocabulary.Review(row.Outcome, language));
        }

        table.Write(output);
        foreach ((string heading, IEnumerable<PlanningReviewItem> items) in new[]
        {
            (vi ? "Đưa ra khỏi quy hoạch" : "Removed from the plan", review.Removed.AsEnumerable()),
            (vi ? "Không bổ sung" : "Additions refused", review.Refused.AsEnumerable()),
        })
        {
            if (!items.Any())
            {
                continue;
            }

            output.WriteLine();
            output.WriteLine(heading + ":");
            foreach (PlanningReviewItem item in items)
            {
                output.WriteLine($"  {item.Entry.CadreId} → {input.Plan.Title(item.Entry.TitleId).Name}:");
                foreach (Finding reason in item.Reasons)
                {
                    output.WriteLine("    " + FindingText.Mark(reason, language) + " " + FindingText.Line(reason, language));
                }
            }
        }

        output.WriteLine(vi
            ? $"{TextTable.Integer(review.Kept.Length)} giữ lại, {TextTable.Integer(review.Removed.Length)} đưa ra, {TextTable.Integer(review.Added.Length)} bổ sung, {TextTable.Integer(review.Refused.Length)} không bổ sung"
            : $"{TextTable.Integer(review.Kept.Length)} kept, {TextTable.Integer(review.Removed.Length)} removed, {TextTable.Integer(review.Added.Length)} added, {TextTable.Integer(review.Refused.Length)} refused");
    }

    public static void WriteJson(TextWriter output, PlanningReviewInput input, PlanningReview review, Language language) =>
        FindingJson.Write(output, json => CadreResultJson.WritePlanningReview(json, input, review, language));

    /// <summary>Writes one row per entry of the list (kept or removed) and per proposed addition (added or refused)
    /// (<c>--format xlsx|csv</c>), in the table's order: the title's id and name, the cadre's id and name, the tier, the
    /// outcome in words, the conditions not met in words (each labelled, with the people and titles by name) and the
    /// clauses they cite.</summary>
    public static void WriteSheet(Spreadsheets.SpreadsheetWriter writer, PlanningReviewInput input, PlanningReview review, Language language)
    {
        var names = Names(input);
        FindingRenderer render = PlanningView.Renderer(language, input.Plan);
        writer.StartSheet(SheetText.ReviewSheet.Get(language), SheetText.Headers(SheetText.ReviewHeaders, language));
        foreach (Row row in Rows(review))
        {
            writer.WriteRow(
            [
                row.Entry.TitleId,
                input.Plan.Title(row.Entry.TitleId).Name,
                row.Entry.CadreId.Value,
                names.GetValueOrDefault(row.Entry.CadreId),
                Vocabulary.Tier(row.Entry.Tier, language),
                Vocabulary.Review(row.Outcome, language),
                string.Join("; ", row.Reasons.Select(f => global::CadreRules.Localization.Terms.Label(f, language) + ": " + render.Text(f))), // the clauses have their own column
                string.Join("; ", row.Reasons.Select(f => f.Citation?.Format(language)).OfType<string>().Distinct()),
            ]);
        }
    }

    /// <summary>The list's entries (kept or removed), then the additions (added or refused), each by title then cadre.</summary>
    private static IEnumerable<Row> Rows(PlanningReview review) =>
        review.Kept.Select(e => new Row(e, PlanningReviewOutcome.Kept, []))
            .Concat(review.Removed.Select(i => new Row(i.Entry, PlanningReviewOutcome.Removed, i.Reasons)))
            .OrderBy(r => r.Entry.TitleId, System.StringComparer.Ordinal).ThenBy(r => r.Entry.CadreId)
            .Concat(review.Added.Select(e => new Row(e, PlanningReviewOutcome.Added, []))
                .Concat(review.Refused.Select(i => new Row(i.Entry, PlanningReviewOutcome.Refused, i.Reasons)))
                .OrderBy(r => r.Entry.TitleId, System.StringComparer.Ordinal).ThenBy(r => r.Entry.CadreId));

    private static Dictionary<CadreId, string?> Names(PlanningReviewInput input)
    {
        var names = new Dictionary<CadreId, string?>();
        foreach (PlanningCandidate candidate in input.Plan.Candidates.Concat(input.CurrentFacts))
        {
            names[candidate.Id] = candidate.Cadre.Name;
        }

        return names;
    }

    private sealed record Row(PlanningEntry Entry, PlanningReviewOutcome Outcome, System.Collections.Immutable.ImmutableArray<Finding> Reasons);
}
