using System.Text.RegularExpressions;
using CadreRules.Rules;

namespace CadreRules.Cli.Localization;

/// <summary>
/// A difference the case runner reports (<c>CaseResult.Failures</c>, English sentences of five shapes) in the output's
/// language. The field named first is the case file's own key (<c>violations</c>, <c>status of bch</c>, <c>months
/// left</c>) and the values are written as in the case file, so only the frame is translated.
/// </summary>
internal static partial class CaseText
{
    /// <summary>The difference in a language; a sentence of another shape is left as it is.</summary>
    /// <param name="failure">The runner's sentence.</param>
    /// <param name="language">The output's language.</param>
    /// <returns>The sentence.</returns>
    public static string Failure(string failure, Language language)
    {
        if (language != Language.Vietnamese)
        {
            return failure;
        }

        Match m;
        if ((m = ErrorNotRaised().Match(failure)).Success)
        {
            return $"mong đợi lỗi {m.Groups[1].Value.Replace(" at $", " tại $", System.StringComparison.Ordinal)}; dữ liệu được đọc mà không có lỗi";
        }

        if ((m = OtherError().Match(failure)).Success)
        {
            return $"mong đợi lỗi {m.Groups[1].Value.Replace(" at $", " tại $", System.StringComparison.Ordinal)}; thực tế {m.Groups[2].Value.Replace(" at $", " tại $", System.StringComparison.Ordinal)}";
        }

        if ((m = ExpectedActual().Match(failure)).Success)
        {
            return $"{Field(m.Groups[1].Value)}: mong đợi {Value(m.Groups[2].Value)}, thực tế {Value(m.Groups[3].Value)}";
        }

        if ((m = CodeMissing().Match(failure)).Success)
        {
            return $"mã căn cứ {m.Groups[1].Value} không có trong phần giải thích";
        }

        if ((m = NotCited().Match(failure)).Success)
        {
            return $"không có phát hiện nào viện dẫn {m.Groups[1].Value}";
        }

        return failure;
    }

    /// <summary>A field the runner names, in Vietnamese: the case file's keys and ids (<c>bch</c>, <c>MKT-001</c>, a date)
    /// are kept, the words around them translated (<c>status of bch</c> → <c>trạng thái của bch</c>); a field of another
    /// shape is kept as it is.</summary>
    public static string Field(string field)
    {
        foreach ((Regex pattern, string vietnamese) in Fields)
        {
            Match m = pattern.Match(field);
            if (m.Success)
            {
                string text = vietnamese;
                for (int i = m.Groups.Count - 1; i >= 1; i--)
                {
                    text = text.Replace("$" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Group(m.Groups[i].Value), System.StringComparison.Ordinal);
                }

                return text;
            }
        }

        return field;
    }

    /// <summary>A value as the runner writes it: the case file's own (<c>excellent</c>, <c>true</c>, ISO dates) are kept;
    /// only <c>none</c>, the runner's word for no value, is translated.</summary>
    private static string Value(string value) => value == "none" ? "không có" : value;

    private static string Group(string group) => group switch
    {
        "women" => "nữ",
        "young" => "trẻ",
        "ethnic minority" => "dân tộc thiểu số",
        "first time" => "tham gia lần đầu",
        "secretary" => "bí thư",
        "chair" => "chủ tịch",
        "provincial" => "cấp tỉnh",
        "commune" => "cấp xã",
        "district" => "cấp huyện",
        "re-elected" => "tái cử",
        "university or higher" => "có trình độ chuyên môn đại học trở lên",
        "political theory advanced" => "có lý luận chính trị cao cấp, cử nhân",
        "political theory intermediate or higher" => "có lý luận chính trị trung cấp trở lên",
        "kept" => "giữ lại",
        "removed" => "đưa ra khỏi quy hoạch",
        "added" => "bổ sung",
        "refused" => "không bổ sung",
        _ => group,
    };

    /// <summary>The runner's field names (<c>CaseResult.Failures</c>) and their Vietnamese, <c>$1</c>, <c>$2</c> standing
    /// for what the pattern captures (a group word is translated, an id or a date kept).</summary>
    private static readonly (Regex Pattern, string Vietnamese)[] Fields =
    [
        (new(@"^retirement age$"), "tuổi nghỉ hưu"),
        (new(@"^age reached in$"), "tháng đủ tuổi nghỉ hưu"),
        (new(@"^retirement date$"), "ngày nghỉ hưu"),
        (new(@"^months left at (\S+)$"), "số tháng công tác còn lại tính đến $1"),
        (new(@"^months left$"), "số tháng công tác còn lại"),
        (new(@"^outcome$"), "kết quả"),
        (new(@"^regulation$"), "văn bản áp dụng"),
        (new(@"^allowance kept until$"), "bảo lưu phụ cấp đến ngày"),
        (new(@"^pooled (HTXS|HTT|HTNV|KHT)$"), "tỷ lệ $1 cộng dồn các năm"),
        (new(@"^mean of yearly shares (HTXS|HTT|HTNV|KHT)$"), "bình quân tỷ lệ $1 hằng năm"),
        (new(@"^consequences$"), "số hệ quả"),
        (new(@"^comparison$"), "kết quả so sánh chức danh"),
        (new(@"^rank$"), "bậc của chức danh"),
        (new(@"^other rank$"), "bậc của chức danh so sánh"),
        (new(@"^consequence (\d+) kind$"), "loại hệ quả thứ $1"),
        (new(@"^consequence (\d+) status$"), "tình trạng hệ quả thứ $1"),
        (new(@"^consequence (\d+) deciding years$"), "các năm quyết định hệ quả thứ $1"),
        (new(@"^consequence (\d+) months$"), "số tháng của hệ quả thứ $1"),
        (new(@"^latest end$"), "ngày kết thúc muộn nhất"),
        (new(@"^evaluation years$"), "số năm nơi đến đánh giá"),
        (new(@"^minimum months$"), "số tháng tối thiểu"),
        (new(@"^age month$"), "tháng tính tuổi"),
        (new(@"^total$"), "tổng số"),
        (new(@"^non-local$"), "số người không phải người địa phương"),
        (new(@"^share$"), "tỷ lệ"),
        (new(@"^gap$"), "chênh lệch so với chỉ tiêu"),
        (new(@"^meets target$"), "đạt chỉ tiêu"),
        (new(@"^progress$"), "tiến độ so với thời hạn"),
        (new(@"^secretaries due to move$"), "số bí thư cần bố trí sang nơi khác"),
        (new(@"^directive regulation$"), "chỉ thị áp dụng"),
        (new(@"^directive young counted on$"), "ngày tính tuổi trẻ theo chỉ thị"),
        (new(@"^directive age bands$"), "kết quả ba độ tuổi theo chỉ thị"),
        (new(@"^directive met$"), "đạt mọi chỉ tiêu cơ cấu của chỉ thị"),
        (new(@"^directive outcome$"), "kết quả chỉ tiêu cơ cấu của chỉ thị"),
        (new(@"^directive women status$"), "trạng thái chỉ tiêu nữ theo chỉ thị"),
        (new(@"^directive young status$"), "trạng thái chỉ tiêu trẻ theo chỉ thị"),
        (new(@"^directive standing committee women status$"), "trạng thái chỉ tiêu nữ trong ban thường vụ theo chỉ thị"),
        (new(@"^directive standing committee women meets target$"), "đạt chỉ tiêu nữ trong ban thường vụ theo chỉ thị"),
        (new(@"^directive standing committee women count$"), "số người nữ trong ban thường vụ theo chỉ thị"),
        (new(@"^directive standing committee women required$"), "số người cần có nữ trong ban thường vụ theo chỉ thị"),
        (new(@"^directive standing committee women shortfall$"), "số người còn thiếu nữ trong ban thường vụ theo chỉ thị"),
        (new(@"^directive renewal status$"), "trạng thái chỉ tiêu tham gia lần đầu (đổi mới) theo chỉ thị"),
        (new(@"^directive renewal meets target$"), "đạt chỉ tiêu tham gia lần đầu (đổi mới) theo chỉ thị"),
        (new(@"^directive renewal count$"), "số người tham gia lần đầu (đổi mới) theo chỉ thị"),
        (new(@"^directive renewal required$"), "số người cần có tham gia lần đầu (đổi mới) theo chỉ thị"),
        (new(@"^directive renewal shortfall$"), "số người còn thiếu tham gia lần đầu (đổi mới) theo chỉ thị"),
        (new(@"^directive women count$"), "số người nữ theo chỉ thị"),
        (new(@"^directive women share$"), "tỷ lệ nữ theo chỉ thị"),
        (new(@"^directive women required$"), "số người cần có nữ theo chỉ thị"),
        (new(@"^directive women meets target$"), "đạt chỉ tiêu tỷ lệ nữ theo chỉ thị"),
        (new(@"^directive women shortfall$"), "số người còn thiếu nữ theo chỉ thị"),
        (new(@"^directive young count$"), "số người trẻ theo chỉ thị"),
        (new(@"^directive young share$"), "tỷ lệ trẻ theo chỉ thị"),
        (new(@"^directive young required$"), "số người cần có trẻ theo chỉ thị"),
        (new(@"^directive young meets target$"), "đạt chỉ tiêu tỷ lệ trẻ theo chỉ thị"),
        (new(@"^directive young shortfall$"), "số người còn thiếu trẻ theo chỉ thị"),
        (new(@"^(first time|re-elected|university or higher|political theory advanced|political theory intermediate or higher) count$"), "số người $1"),
        (new(@"^(first time|re-elected|university or higher|political theory advanced|political theory intermediate or higher) share$"), "tỷ lệ người $1"),
        (new(@"^education unrecorded$"), "số người chưa ghi trình độ chuyên môn"),
        (new(@"^political theory unrecorded$"), "số người chưa ghi trình độ lý luận chính trị"),
        (new(@"^(women|young|ethnic minority) count$"), "số người $1"),
        (new(@"^(women|young|ethnic minority) share$"), "tỷ lệ $1"),
        (new(@"^(women|young|ethnic minority) meets target$"), "tỷ lệ $1 đạt chỉ tiêu"),
        (new(@"^(women|young|ethnic minority) shortfall$"), "số người $1 còn thiếu"),
        (new(@"^(women|young|ethnic minority) share of (.+)$"), "tỷ lệ $1 của $2"),
        (new(@"^(women|young|ethnic minority) points change$"), "thay đổi tỷ lệ $1 so với nhiệm kỳ trước (điểm phần trăm)"),
        (new(@"^(women|young|ethnic minority) relative change$"), "thay đổi tương đối tỷ lệ $1 so với nhiệm kỳ trước"),
        (new(@"^count of (\S+)$"), "số người xếp loại $1"),
        (new(@"^(.+) after the quota$"), "$1 sau khi áp tỷ lệ"),
        (new(@"^(.+) before the quota$"), "$1 trước khi áp tỷ lệ"),
        (new(@"^violations$"), "số vi phạm"),
        (new(@"^status of (.+)$"), "trạng thái của $1"),
        (new(@"^advised minimum of (.+)$"), "số người tối thiểu nên quy hoạch cho $1"),
        (new(@"^eligible candidates of (.+)$"), "số người đủ điều kiện cho $1"),
        (new(@"^(provincial|district|commune)/(secretary|chair)$"), "số $2 $1 không phải người địa phương"),
        (new(@"^(provincial|district|commune)/(secretary|chair) meets target$"), "$2 $1 đạt chỉ tiêu không phải người địa phương"),
        (new(@"^(provincial|district|commune)/(secretary|chair) shortfall$"), "số $2 $1 không phải người địa phương còn thiếu"),
        (new(@"^(provincial|district|commune)/(secretary|chair) progress$"), "tiến độ của $2 $1 so với thời hạn"),
        (new(@"^(provincial|district|commune)/(secretary|chair) no target$"), "lý do $2 $1 không có chỉ tiêu"),
        (new(@"^(.+) eligible$"), "$1 đủ điều kiện"),
        (new(@"^status$"), "trạng thái"),
        (new(@"^period months$"), "số tháng của định kỳ"),
        (new(@"^months in post$"), "số tháng ở vị trí"),
        (new(@"^months to retirement$"), "số tháng đến khi nghỉ hưu"),
        (new(@"^due on$"), "ngày đến hạn"),
        (new(@"^exempt from$"), "được miễn từ ngày"),
        (new(@"^deferred until$"), "được hoãn đến ngày"),
        (new(@"^(kept|removed|added|refused)$"), "số người $1"),
        (new(@"^requirements not met$"), "các yêu cầu không đạt"),
    ];

    [GeneratedRegex(@"^(.*): expected (.*), actual (.*)$", RegexOptions.Singleline)]
    private static partial Regex ExpectedActual();

    [GeneratedRegex(@"^expected the error (.*); the input was read without an error$", RegexOptions.Singleline)]
    private static partial Regex ErrorNotRaised();

    [GeneratedRegex(@"^expected the error (.*); actual (.*)$", RegexOptions.Singleline)]
    private static partial Regex OtherError();

    [GeneratedRegex(@"^rule code (\S+) is not in the explanation$")]
    private static partial Regex CodeMissing();

    [GeneratedRegex(@"^no finding cites (.*)$", RegexOptions.Singleline)]
    private static partial Regex NotCited();
}
