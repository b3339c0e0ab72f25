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
        bool communesOnly = survey.Holders.All(h => h.Level == global::CadreRules.People.OrganisationalLevel.Commune);
        output.WriteLine((communesOnly
                ? (vi ? "Bí thư, chủ tịch cấp xã không phải người địa phương, ngày " : "Non-local commune secretaries and chairs, as of ")
                : (vi ? "Bí thư, chủ tịch không phải người địa phương, ngày " : "Non-local secretaries and chairs, as of ")) + TextTable.Date(survey.Date)
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
        foreach (NonLocalPostReport part in regulation.MeasureNonLocalByPost(survey))
        {
            output.WriteLine(PostLine(part, survey.Date, regulation, language));
        }

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

    /// <summary>One post kind at one level against its own target and deadline: "Bí thư cấp xã: 12/16 = 75,0% (trên 16
    /// bí thư), chỉ tiêu 100,0% đến 31/12/2030: chưa đạt, còn thiếu 4 người; chưa đến hạn", or "không có chỉ tiêu".</summary>
    public static string PostLine(NonLocalPostReport part, NodaTime.LocalDate date, RotationRegulation regulation, Language language)
    {
        bool vi = language == Language.Vietnamese;
        string level = Vocabulary.Level(part.Level, language);
        string posts = Vocabulary.Posts(part.Kind, language);
        string head = vi
            ? $"{posts} cấp {level}: {TextTable.Integer(part.NonLocal)}/{TextTable.Integer(part.Total)} không phải người địa phương = {(part.Share is { } s ? s.FormatPercent(language) : "—")} (trên {TextTable.Integer(part.Total)} người giữ chức)"
            : $"{posts} ({level}): {TextTable.Integer(part.NonLocal)}/{TextTable.Integer(part.Total)} non-local = {(part.Share is { } s2 ? s2.FormatPercent(language) : "—")} (of {TextTable.Integer(part.Total)} post holders)";
        if (part.Target is not { } target || part.Deadline is not { } deadline || part.ProgressOn(date) is not { } progress)
        {
            return head + (part.NoTarget == NonLocalNoTarget.BeforeDirective
                ? (vi ? ", không có chỉ tiêu cho từng chức danh (ngày khảo sát trước Chỉ thị 45-CT/TW ngày 14/04/2025)" : ", no target per post (the survey is dated before Chỉ thị 45-CT/TW of 14/04/2025)")
                : (vi ? ", không có chỉ tiêu (Chỉ thị 45-CT/TW chỉ khuyến khích)" : ", no target (Chỉ thị 45-CT/TW only encourages it)"));
        }

        string met = part.MeetsTarget == true
            ? Vocabulary.Met(true, language)
            : (progress == NonLocalProgress.Pending ? (vi ? "chưa đạt" : "not met yet") : Vocabulary.Met(false, language))
                + (vi ? $", còn thiếu {TextTable.Integer(part.Shortfall ?? 0)} người" : $", {TextTable.Integer(part.Shortfall ?? 0)} short");

        // The shipped numbers are unconfirmed readings of "basically" and of the term: say so, unless a variant set them.
        Parameter<Share> key = part.Level == global::CadreRules.People.OrganisationalLevel.Provincial ? RotationRegulation.ProvincialSecretaryTarget : RotationRegulation.CommuneSecretaryTarget;
        bool setByVariant = !Equals(regulation.Parameters.SourceOf(key.Key), key.Citation);
        string basis = (setByVariant ? string.Empty : (vi ? "chỉ tiêu và thời hạn mặc định, " : "default target and deadline, ") + global::CadreRules.Localization.Terms.Of(key.Confidence).Get(language) + "; ") + part.Citation?.Format(language);
        return head + (vi
            ? $", chỉ tiêu {target.FormatPercent(language)} đến {TextTable.Date(deadline)}: {met}; {Schedule(progress, language)} (căn cứ: {basis})"
            : $", target {target.FormatPercent(language)} by {TextTable.Date(deadline)}: {met}; {Schedule(progress, language)} (basis: {basis})");
    }

    /// <summary>Where a post's share stands against its deadline, in schedule words: ahead of schedule (met on or before
    /// the deadline), not yet due, behind schedule (the deadline passed unmet), or met but counted after the deadline.</summary>
    private static string Schedule(NonLocalProgress progress, Language language) => progress switch
    {
        NonLocalProgress.MetByDeadline => language == Language.Vietnamese ? "hoàn thành trước thời hạn" : "ahead of schedule (met by the deadline)",
        NonLocalProgress.MetAfterDeadline => language == Language.Vietnamese ? "đạt, tính sau thời hạn" : "met, counted after the deadline",
        NonLocalProgress.Missed => language == Language.Vietnamese ? "chậm so với thời hạn (đã quá hạn)" : "behind schedule (the deadline has passed)",
        _ => language == Language.Vietnamese ? "chưa đến hạn" : "not yet due",
    };

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
