using System.IO;
using System.Linq;
using CadreRules.Cli.Localization;
using CadreRules.Documents;
using CadreRules.Rotation;
using CadreRules.Rules;

namespace CadreRules.Cli.Commands;

/// <summary>Prints a non-local share (used by <c>non-local</c> and <c>demo</c>): each holder, the share per post and in
/// total, the target, met or not and by how many points.</summary>
internal static class NonLocalView
{
    private static readonly KeyPostKind[] Posts = [KeyPostKind.Secretary, KeyPostKind.Chair];

    public static void WriteTable(TextWriter output, KeyPostSurvey survey, RotationRegulation regulation, NonLocalShareReport report, Language language)
    {
        bool vi = language == Language.Vietnamese;
        output.WriteLine((vi ? "Bí thư, chủ tịch cấp xã không phải người địa phương, ngày " : "Non-local commune secretaries and chairs, as of ") + TextTable.Date(survey.Date)
            + (survey.Area is { } area ? " — " + area : string.Empty));
        output.WriteLine((vi ? "Văn bản áp dụng: " : "Regulation: ") + Vocabulary.Regulation(regulation.Reference, language));
        var table = vi
            ? new TextTable("Đơn vị", "Chức vụ", "Họ tên", "Sinh ra ở đây", "Lớn lên ở đây", "Số năm học tập, công tác ở đây", "Kết quả")
            : new TextTable("Unit", "Post", "Name", "Born there", "Raised there", "Years studied or worked there", "Outcome");
        foreach (KeyPostHolder holder in survey.Holders)
        {
            table.Add(holder.Unit, Vocabulary.Post(holder.Kind, language), holder.Name ?? string.Empty, Vocabulary.Yes(holder.Ties.BornThere, language),
                Vocabulary.Yes(holder.Ties.RaisedThere, language), TextTable.Integer(holder.Ties.YearsStudiedOrWorkedThere), Vocabulary.Locality(regulation.IsLocal(holder.Ties), language));
        }

        table.Write(output);
        output.WriteLine();
        foreach (KeyPostKind post in Posts)
        {
            NonLocalShareReport part = regulation.MeasureNonLocalShare(survey.Holders.Where(h => h.Kind == post));
            if (part.Total > 0)
            {
                output.WriteLine(vi
                    ? $"{Vocabulary.Posts(post, language)}: {TextTable.Integer(part.NonLocal)}/{TextTable.Integer(part.Total)} không phải người địa phương ({part.Share.FormatPercent(language)})"
                    : $"{Vocabulary.Posts(post, language)}: {TextTable.Integer(part.NonLocal)}/{TextTable.Integer(part.Total)} non-local ({part.Share.FormatPercent(language)})");
            }
        }

        output.WriteLine(Total(report, language));
        // The national default is a named parameter the texts do not fix: say so, unless a variant set the year.
        bool setByVariant = !Equals(regulation.Parameters.SourceOf(RotationRegulation.NonLocalDeadlineYear.Key), RotationRegulation.NonLocalDeadlineYear.Citation);
        string basis = setByVariant
            ? report.DeadlineCitation.Format(language)
            : (vi ? "năm mặc định, " : "default year, ")
                + global::CadreRules.Localization.Terms.Of(RotationRegulation.NonLocalDeadlineYear.Confidence).Get(language)
                + (vi ? "; " : "; ") + report.DeadlineCitation.Format(language);
        output.WriteLine((vi ? "Thời hạn: " : "Deadline: ") + TextTable.Date(report.Deadline) + ": " + Vocabulary.Progress(report.ProgressOn(survey.Date), language)
            + (vi ? " (căn cứ: " : " (basis: ") + basis + ")");
        var render = new global::CadreRules.Localization.FindingRenderer(language);
        foreach (Finding tenure in regulation.SecretaryTenure(survey).Where(f => f.Status == FindingStatus.NotSatisfied))
        {
            output.WriteLine("  " + render.FindingLine(tenure));
        }

        int years = regulation.Parameters.Get(RotationRegulation.LocalMinYears);
        output.WriteLine(vi
            ? $"Người địa phương: sinh ra hoặc lớn lên ở địa phương, hoặc học tập, công tác ở đó từ {TextTable.Integer(years)} năm trở lên."
            : $"Local: born or raised in the locality, or studied or worked there for at least {TextTable.Integer(years)} years.");
        output.WriteLine((vi ? "Căn cứ chỉ tiêu: " : "Target set by: ") + report.Citation.Format(language));
    }

    /// <summary>The closing line: the total share, the target, met or not, and the distance in points.</summary>
    public static string Total(NonLocalShareReport report, Language language)
    {
        bool vi = language == Language.Vietnamese;
        string share = $"{TextTable.Integer(report.NonLocal)}/{TextTable.Integer(report.Total)} = {report.Share.FormatPercent(language)}";
        string target = report.Target.FormatPercent(language);
        string gap = report.Gap.FormatPercent(language)[..^1];
        string distance = (report.Gap == Share.Zero, report.Share > report.Target) switch
        {
            (true, _) => vi ? "đúng bằng chỉ tiêu" : "exactly the target",
            (false, true) => vi ? $"cao hơn chỉ tiêu {gap} điểm phần trăm" : $"{gap} points above",
            _ => vi ? $"thấp hơn chỉ tiêu {gap} điểm phần trăm" : $"{gap} points below",
        };
        return vi
            ? $"Tổng: {share}, chỉ tiêu {target}: {Vocabulary.Met(report.MeetsTarget, language)}, {distance}"
            : $"Total: {share} against a target of {target}: {Vocabulary.Met(report.MeetsTarget, language)}, {distance}";
    }

    public static void WriteJson(TextWriter output, KeyPostSurvey survey, RotationRegulation regulation, NonLocalShareReport report, Language language) =>
        FindingJson.Write(output, json => CadreResultJson.WriteNonLocalShare(json, survey, regulation, report, language));
}
