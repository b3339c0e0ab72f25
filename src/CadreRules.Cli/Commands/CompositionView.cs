using System.IO;
using CadreRules.Cli.Localization;
using CadreRules.Composition;
using CadreRules.Documents;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Cli.Commands;

/// <summary>Prints a body's structure against its targets (used by <c>composition</c> and <c>demo</c>).</summary>
internal static class CompositionView
{
    public static void WriteTable(TextWriter output, BodyMembership body, BodyComposition composition, Language language)
    {
        bool vi = language == Language.Vietnamese;
        output.WriteLine((vi ? "Cơ cấu " : "Structure of ") + (body.Name ?? (vi ? "tập thể" : "the body"))
            + (vi ? $" ngày {TextTable.Date(body.AsOf)}: {TextTable.Integer(composition.Total)} thành viên" : $" as of {TextTable.Date(body.AsOf)}: {TextTable.Integer(composition.Total)} members"));
        var table = vi
            ? new TextTable("Mã", "Họ tên", "Giới tính", "Tuổi", "Dân tộc thiểu số")
            : new TextTable("Id", "Name", "Sex", "Age", "Ethnic minority");
        foreach (Cadre member in body.Members)
        {
            table.Add(member.Id.Value, member.Name ?? string.Empty, member.Sex == Sex.Female ? (vi ? "Nữ" : "Female") : (vi ? "Nam" : "Male"),
                TextTable.Integer(member.BirthDate.AgeInYearsAt(body.AsOf)), Vocabulary.Yes(member.IsEthnicMinority, language));
        }

        table.Write(output);
        output.WriteLine();
        output.WriteLine(Line(vi ? "Nữ" : "Women", composition.Women, body.Targets.Women, language) + Change(body.Previous, body.Previous?.WomenChange(composition), language));
        output.WriteLine(Line(vi ? $"Trẻ (dưới {TextTable.Integer(composition.YoungAgeLimit)} tuổi)" : $"Young (under {TextTable.Integer(composition.YoungAgeLimit)})", composition.Young, body.Targets.Young, language) + Change(body.Previous, body.Previous?.YoungChange(composition), language));
        output.WriteLine(Line(vi ? "Dân tộc thiểu số" : "Ethnic minority", composition.EthnicMinority, body.Targets.EthnicMinority, language) + Change(body.Previous, body.Previous?.EthnicMinorityChange(composition), language));
        output.WriteLine(vi
            ? "Tỷ lệ là phân số đúng, làm tròn một lần khi in; so với chỉ tiêu bằng phân số, không qua số đã làm tròn."
            : "Shares are exact fractions, rounded once for printing; targets are compared on the fractions, never on rounded figures.");
        if (body.Previous is not null)
        {
            output.WriteLine(vi
                ? "Thay đổi so với nhiệm kỳ trước: hiệu hai tỷ lệ tính bằng điểm phần trăm; \"tương đối\" là tỷ lệ mới chia tỷ lệ cũ trừ 1 (không có khi tỷ lệ cũ bằng 0)."
                : "Change from the previous term: the difference of the two shares in percentage points; \"relative\" is the new share over the old minus one (none when the old share is zero).");
        }
    }

    /// <summary>The change from the previous term, appended to a measure's line, or nothing.</summary>
    private static string Change(PreviousTerm? previous, TermChange? change, Language language)
    {
        if (previous is null || change is not { } c)
        {
            return string.Empty;
        }

        bool vi = language == Language.Vietnamese;
        string term = previous.Name is { } name ? (vi ? $"nhiệm kỳ {name}" : $"term {name}") : (vi ? "nhiệm kỳ trước" : "the previous term");
        return vi
            ? $"; so với {term} ({TextTable.Integer(c.Previous.Count)}/{TextTable.Integer(c.Previous.Total)} = {c.Previous.Format(language)}): {c.FormatPoints(language)}, tương đối {c.FormatRelative(language)}"
            : $"; against {term} ({TextTable.Integer(c.Previous.Count)}/{TextTable.Integer(c.Previous.Total)} = {c.Previous.Format(language)}): {c.FormatPoints(language)}, relative {c.FormatRelative(language)}";
    }

    /// <summary>One measure: count/total = percentage, the target, met or not, and the shortfall in members.</summary>
    private static string Line(string label, CompositionShare share, Share? target, Language language)
    {
        bool vi = language == Language.Vietnamese;
        string text = $"{label}: {TextTable.Integer(share.Count)}/{TextTable.Integer(share.Total)} = {share.Format(language)}";
        if (target is not { } t)
        {
            return text + (vi ? ", chưa đặt chỉ tiêu" : ", no target");
        }

        long shortfall = CompositionTargets.Shortfall(share, t);
        string met = share.Reaches(t)
            ? Vocabulary.Met(true, language)
            : Vocabulary.Met(false, language) + (vi ? $", còn thiếu {TextTable.Integer(shortfall)} người" : $", {TextTable.Integer(shortfall)} short");
        return text + (vi ? $", chỉ tiêu từ {t.FormatPercent(language)}: {met}" : $", target at least {t.FormatPercent(language)}: {met}");
    }

    public static void WriteJson(TextWriter output, BodyMembership body, BodyComposition composition, Language language) =>
        FindingJson.Write(output, json => CadreResultJson.WriteComposition(json, body, composition, language));
}
