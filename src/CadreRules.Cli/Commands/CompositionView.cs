using System.Linq;
using System.IO;
using CadreRules.Cli.Localization;
using CadreRules.Composition;
using CadreRules.Documents;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Cli.Commands;

/// <summary>Prints a body's structure against its targets (used by <c>body</c> and <c>demo</c>) and a roster's
/// statistics (<c>statistics</c>).</summary>
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
        string members = CadreResultJson.MembersText(composition.Total, language);
        if (body.FirstTimeMembers is { } firstTime && body.ReElectedMembers is { } reElected)
        {
            output.WriteLine(Counted(vi ? "Tham gia lần đầu" : "First elected", firstTime, members, language));
            output.WriteLine(Counted(vi ? "Tái cử" : "Re-elected", reElected, members, language));
        }

        WriteQualifications(output, body.MeasureQualifications(), members, language);
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

    /// <summary>A roster's statistics: the composition and the qualification shares, each over every cadre on it.</summary>
    public static void WriteStatistics(TextWriter output, Roster roster, BodyComposition composition, QualificationShares qualifications, Language language)
    {
        bool vi = language == Language.Vietnamese;
        string cadres = CadreResultJson.RosterText(composition.Total, language);
        output.WriteLine((vi ? "Thống kê " : "Statistics of ") + (roster.Organisation ?? (vi ? "danh sách cán bộ" : "the roster"))
            + (vi ? $" ngày {TextTable.Date(composition.AsOf)}: {cadres}" : $" as of {TextTable.Date(composition.AsOf)}: {cadres}"));
        output.WriteLine(Counted(vi ? "Nữ" : "Women", composition.Women, cadres, language));
        output.WriteLine(Counted(vi ? $"Trẻ (dưới {TextTable.Integer(composition.YoungAgeLimit)} tuổi)" : $"Young (under {TextTable.Integer(composition.YoungAgeLimit)})", composition.Young, cadres, language));
        output.WriteLine(Counted(vi ? "Dân tộc thiểu số" : "Ethnic minority", composition.EthnicMinority, cadres, language));
        WriteQualifications(output, qualifications, cadres, language);
        output.WriteLine(vi
            ? "Tỷ lệ là phân số đúng trên toàn bộ cán bộ trong danh sách, làm tròn một lần khi in."
            : "Shares are exact fractions of every cadre on the roster, rounded once for printing.");
    }

    /// <summary>The education and political theory shares, with the cadres whose level is not recorded.</summary>
    private static void WriteQualifications(TextWriter output, QualificationShares shares, string denominator, Language language)
    {
        bool vi = language == Language.Vietnamese;
        output.WriteLine(Counted(vi ? "Chuyên môn đại học trở lên" : "University degree or higher", shares.UniversityOrHigher, denominator, language)
            + Unrecorded(shares.EducationUnrecorded, language));
        output.WriteLine(Counted(vi ? "Lý luận chính trị cao cấp, cử nhân" : "Political theory advanced or bachelor's", shares.PoliticalTheoryAdvanced, denominator, language)
            + Unrecorded(shares.PoliticalTheoryUnrecorded, language));
        output.WriteLine(Counted(vi ? "Lý luận chính trị trung cấp trở lên" : "Political theory intermediate or higher", shares.PoliticalTheoryIntermediateOrHigher, denominator, language)
            + Unrecorded(shares.PoliticalTheoryUnrecorded, language));
    }

    private static string Unrecorded(int count, Language language) => count == 0
        ? string.Empty
        : language == Language.Vietnamese
            ? $" ({TextTable.Integer(count)} người chưa ghi trình độ, tính vào mẫu số)"
            : $" ({TextTable.Integer(count)} with no level recorded, counted in the denominator)";

    /// <summary>"label: count/total = percent (trên D)" with the denominator named.</summary>
    private static string Counted(string label, CompositionShare share, string denominator, Language language) => language == Language.Vietnamese
        ? $"{label}: {TextTable.Integer(share.Count)}/{TextTable.Integer(share.Total)} = {share.Format(language)} (trên {denominator})"
        : $"{label}: {TextTable.Integer(share.Count)}/{TextTable.Integer(share.Total)} = {share.Format(language)} (of {denominator})";

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
        string text = $"{label}: {TextTable.Integer(share.Count)}/{TextTable.Integer(share.Total)} = {share.Format(language)}"
            + (vi ? $" (trên {CadreResultJson.MembersText(share.Total, language)})" : $" (of {CadreResultJson.MembersText(share.Total, language)})");
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
        WriteJson(output, body, composition, null, language);

    public static void WriteJson(TextWriter output, BodyMembership body, BodyComposition composition, StructureTargetsRegulation? directive, Language language) =>
        FindingJson.Write(output, json => CadreResultJson.WriteComposition(json, body, composition, directive, language));

    /// <summary>The directive's targets: one line per target with the people required and the shortfall, and the rounding.</summary>
    public static void WriteDirective(TextWriter output, BodyMembership body, StructureTargetsRegulation directive, Language language)
    {
        bool vi = language == Language.Vietnamese;
        BodyComposition measured = BodyComposition.Of(body.Members, directive.YoungCountedOn(body), directive.YoungAgeBelow);
        output.WriteLine();
        output.WriteLine((vi ? "Chỉ tiêu cơ cấu cấp ủy: " : "Committee structure targets: ") + directive.Reference.Title.Get(language) + $" [{directive.Id.Value}]");
        if (directive.Women is { } women)
        {
            output.WriteLine(DirectiveLine(vi ? "Nữ" : "Women", measured.Women, women, directive.Rounding, language));
        }

        output.WriteLine(DirectiveLine(vi ? $"Dưới {TextTable.Integer(directive.YoungAgeBelow)} tuổi" : $"Under {TextTable.Integer(directive.YoungAgeBelow)}", measured.Young, directive.Young, directive.Rounding, language));
        Verdict<bool?> verdict = directive.Check(body);
        foreach (Finding f in verdict.Explanation.Children.Where(c => c.Code.Value is "Structure.StandingCommitteeWomen" or "Structure.Renewal"))
        {
            string label = f.Code.Value == "Structure.Renewal" ? (vi ? "Đổi mới (tham gia lần đầu)" : "Renewal (first elected)") : (vi ? "Nữ trong ban thường vụ" : "Women in the standing committee");
            string status = CadreResultJson.DirectiveStatus(f) switch
            {
                "met" => Vocabulary.Met(true, language),
                "notMet" => Vocabulary.Met(false, language) + (vi ? $", còn thiếu {f.Values.First(v => v.Name == "shortfall").Value} người" : $", {f.Values.First(v => v.Name == "shortfall").Value} short"),
                "exempt" => vi ? "không áp dụng (tổ chức hợp nhất, sáp nhập)" : "not applicable (merged organisation)",
                _ => vi ? "chưa xác định (hồ sơ chưa ghi đủ)" : "undetermined (not given in the document)",
            };
            long? Value(string name) => f.Values.Where(v => v.Name == name).Select(v => v.Value).FirstOrDefault() is System.IConvertible n ? System.Convert.ToInt64(n, System.Globalization.CultureInfo.InvariantCulture) : null;
            string figures = f.Code.Value == "Structure.Renewal"
                ? (Value("count") is { } count
                    ? $"{TextTable.Integer(count)}/{TextTable.Integer(Value("total") ?? 0)} = {new CompositionShare((int)count, (int)(Value("total") ?? 0)).Format(language)}, "
                    : string.Empty) + (vi ? $"chỉ tiêu từ {directive.Renewal!.Value.FormatPercent(language)}" : $"target at least {directive.Renewal!.Value.FormatPercent(language)}")
                    + (Value("required") is { } required ? (vi ? $" (cần {TextTable.Integer(required)} người)" : $" ({TextTable.Integer(required)} needed)") : string.Empty)
                : (Value("count") is { } standingWomen && CadreResultJson.DirectiveStatus(f) != "undetermined" ? $"{TextTable.Integer(standingWomen)}, " : string.Empty)
                    + (vi ? $"tối thiểu {TextTable.Integer(Value("required") ?? 0)}" : $"at least {TextTable.Integer(Value("required") ?? 0)}");
            output.WriteLine($"{label}: {figures}: {status}");
        }

        output.WriteLine(directive.Rounding == TargetRounding.Exact
            ? (vi ? "Quy ra người: so tỷ lệ đúng với chỉ tiêu, tức cần ⌈chỉ tiêu × số cấp ủy viên⌉ người (văn bản không quy định cách làm tròn; tham số targets.rounding)."
                  : "People required: the exact share against the target, i.e. ⌈target × members⌉ people (the text does not say how to round; parameter targets.rounding).")
            : (vi ? "Quy ra người: chỉ tiêu × số cấp ủy viên làm tròn đến người gần nhất, nửa làm tròn lên (tham số targets.rounding)."
                  : "People required: target × members rounded to the nearest person, halves up (parameter targets.rounding)."));
        LocalDate youngOn = directive.YoungCountedOn(body);
        output.WriteLine(directive.YoungMeasuredOn == YoungAgeDate.TermReferenceMonth
            ? (body.TermReferenceMonth is { } month
                ? (vi ? $"Tuổi trẻ tính tại ngày {TextTable.Date(youngOn)}, cuối tháng tính tuổi của nhiệm kỳ ({month.Month:00}/{month.Year}): người trẻ khi đó được tính cả nhiệm kỳ (chỉ thị không nói ngày; tham số young.measuredOn, chưa xác nhận)."
                      : $"Young measured on {TextTable.Date(youngOn)}, the last day of the term's age-reference month ({month.Month:00}/{month.Year}): a member young then counts for the whole term (the directive names no day; parameter young.measuredOn, unconfirmed).")
                : (vi ? $"Tuổi trẻ tính tại ngày của hồ sơ {TextTable.Date(youngOn)}: hồ sơ không ghi tháng tính tuổi của nhiệm kỳ (termReferenceMonth)."
                      : $"Young measured on the document's date {TextTable.Date(youngOn)}: the document gives no term age-reference month (termReferenceMonth)."))
            : (vi ? $"Tuổi trẻ tính tại ngày của hồ sơ {TextTable.Date(youngOn)} (tham số young.measuredOn)." : $"Young measured on the document's date {TextTable.Date(youngOn)} (parameter young.measuredOn)."));
        if (verdict.Explanation.Children.FirstOrDefault(c => c.Code.Value == "Structure.AgeBands") is { } bands)
        {
            long Band(string name) => bands.Values.Where(v => v.Name == name).Select(v => v.Value).FirstOrDefault() is System.IConvertible n ? System.Convert.ToInt64(n, System.Globalization.CultureInfo.InvariantCulture) : 0;
            output.WriteLine(CadreResultJson.AgeBandsStatus(bands) == "notSet"
                ? (vi ? "Ba độ tuổi: chỉ thị không cho giới hạn các độ tuổi nên chưa xét (tham số ageBands.youngestBelow, ageBands.oldestFrom, chưa đặt)."
                      : "Three age bands: the directive gives no band limits, so they are not checked (parameters ageBands.youngestBelow, ageBands.oldestFrom, not set).")
                : (vi ? $"Ba độ tuổi: dưới {Band("youngestBelow")}: {Band("youngest")}, từ {Band("youngestBelow")} đến dưới {Band("oldestFrom")}: {Band("middle")}, từ {Band("oldestFrom")}: {Band("oldest")} người: {Vocabulary.Met(bands.Status == FindingStatus.Satisfied, language)}"
                      : $"Three age bands: under {Band("youngestBelow")}: {Band("youngest")}, {Band("youngestBelow")} to under {Band("oldestFrom")}: {Band("middle")}, {Band("oldestFrom")} and over: {Band("oldest")}: {Vocabulary.Met(bands.Status == FindingStatus.Satisfied, language)}"));
        }
    }

    private static string DirectiveLine(string label, CompositionShare share, Share target, TargetRounding rounding, Language language)
    {
        bool vi = language == Language.Vietnamese;
        TargetMeasure m = TargetMeasure.Of(share, target, rounding);
        string met = m.Met
            ? Vocabulary.Met(true, language)
            : Vocabulary.Met(false, language) + (vi ? $", còn thiếu {TextTable.Integer(m.Shortfall)} người" : $", {TextTable.Integer(m.Shortfall)} short");
        return vi
            ? $"{label}: {TextTable.Integer(share.Count)}/{TextTable.Integer(share.Total)} = {share.Format(language)}, chỉ tiêu từ {target.FormatPercent(language)} (cần {TextTable.Integer(m.Required)} người): {met}"
            : $"{label}: {TextTable.Integer(share.Count)}/{TextTable.Integer(share.Total)} = {share.Format(language)}, target at least {target.FormatPercent(language)} ({TextTable.Integer(m.Required)} needed): {met}";
    }
}
