using System;
using System.Collections.Generic;
using System.Globalization;
using CadreRules.Rules;

namespace CadreRules.Documents;

/// <summary>
/// Writes a <see cref="DocumentException"/> in Vietnamese or English from its <see cref="DocumentException.Code"/>
/// and <see cref="DocumentException.Arguments"/>, the JSON path first, as the exception's own message does.
/// </summary>
/// <remarks>
/// English is the exception's <see cref="Exception.Message"/>. In Vietnamese, the codes of
/// <see cref="DocumentErrorCodes"/> other than <see cref="DocumentErrorCodes.Invalid"/> have their own sentence (those
/// whose wording their arguments fix, from one table of both languages); an error without one (a check of the domain
/// worded in English only) is written in English. Numbers and dates are written culture-invariantly, whatever the machine's
/// culture. Thread-safe.
/// </remarks>
public static class DocumentMessages
{
    /// <summary>Writes an error in a language: <c>path: sentence</c>, with the line and byte when the reader knows
    /// them and, for an exception standing for several errors, how many more there are.</summary>
    /// <param name="error">The error.</param>
    /// <param name="language">The language.</param>
    /// <returns>The message, on one line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public static string Format(DocumentException error, Language language)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (language != Language.Vietnamese || Vietnamese(error.Code, error.Arguments) is not { } sentence)
        {
            return error.Message;
        }

        string text = (error.Path ?? "$") + ": " + sentence;
        if (error.Location is { } location)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" (dòng {location.Line}, byte {location.Byte})");
        }

        if (error.ErrorCount > 1)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" (và {error.ErrorCount - 1} lỗi khác)");
        }

        return text;
    }

    private static string? Vietnamese(string code, IReadOnlyList<string> a) => code switch
    {
        DocumentErrorCodes.UnknownProperty when a.Count == 1 => $"không có thuộc tính '{a[0]}' trong loại tài liệu này.",
        DocumentErrorCodes.MissingField when a.Count == 1 => $"thiếu trường bắt buộc (tài liệu cũng không ghi '{a[0]}' chung cho mọi mục).",
        DocumentErrorCodes.MissingField => "thiếu trường bắt buộc.",
        DocumentErrorCodes.Refused when a.Count == 1 => a[0],
        DocumentErrorCodes.RuleChange when a.Count == 1 => a[0],
        DocumentErrorCodes.WrongType when a.Count >= 1 && Expected(a) is { } expected => $"cần {expected}.",
        DocumentErrorCodes.RepeatedProperty when a.Count == 1 => a[0].Length == 0
            ? "thuộc tính này được ghi hai lần; mỗi thuộc tính chỉ được ghi một lần."
            : $"thuộc tính '{a[0]}' được ghi hai lần; mỗi thuộc tính chỉ được ghi một lần.",
        DocumentErrorCodes.NotUtf8 when a.Count == 2 => $"tài liệu không phải UTF-8: byte 0x{a[0]} ở vị trí {a[1]} (đếm từ 0) không mở đầu hay nối tiếp một ký tự nào.",
        DocumentErrorCodes.TooLarge when a.Count == 1 => $"tài liệu lớn hơn giới hạn {a[0]} byte; việc đọc dừng tại đó. Nâng giới hạn bằng DocumentLimits.MaxBytes (trên dòng lệnh: --max-bytes) để đọc.",
        DocumentErrorCodes.WrongKind when a.Count == 2 && Enum.TryParse(a[0], out DocumentKind found) && Enum.TryParse(a[1], out DocumentKind expected)
            => $"đây là {KindName(found)}, không phải {KindName(expected)}.",
        DocumentErrorCodes.DuplicateId when a.Count == 2 => $"mã '{a[0]}' đã được dùng tại {a[1]} (mã được so sánh sau khi bỏ khoảng trắng hai đầu, không phân biệt chữ hoa, chữ thường).",
        DocumentErrorCodes.NotUnderstood when a.Count >= 2 && InputForms.Of(a[0], a.Count > 2 ? a[2] : null) is { } forms => $"'{a[1]}' không đọc được; cần {forms.Vietnamese}.",
        DocumentErrorCodes.OutOfRange when a.Count == 3 => (a[1].Length > 0, a[2].Length > 0) switch
        {
            (true, true) => $"giá trị {a[0]} nằm ngoài khoảng thư viện chấp nhận, từ {a[1]} đến {a[2]}.",
            (true, false) => $"giá trị {a[0]} nhỏ hơn mức thấp nhất thư viện chấp nhận, {a[1]}.",
            (false, true) => $"giá trị {a[0]} lớn hơn mức cao nhất thư viện chấp nhận, {a[2]}.",
            _ => null,
        },
        DocumentErrorCodes.RosterMissing when a.Count == 1 => $"'{a[0]}' trỏ tới một danh sách cán bộ, nhưng không có danh sách nào được đưa vào.",
        DocumentErrorCodes.UnknownReference when a.Count == 3 && ReferenceName(a[1]) is { } what => a[2].Length == 0
            ? $"không có {what} '{a[0]}'."
            : $"không có {what} '{a[0]}'; có: {a[2]}.",
        _ => DocumentTexts.Say(code, a, Language.Vietnamese),
    };

    private static string? ReferenceName(string what) => what switch
    {
        "title" => "chức danh",
        "candidate" => "người nào trong danh sách với mã",
        "cadre" => "cán bộ nào trong danh sách cán bộ với mã",
        "post" => "chức vụ nào đang giữ vào ngày xem xét với tên",
        "sector" => "ngành, lĩnh vực",
        "regulation" => "quy định",
        "parameter" => "tham số",
        "caseKind" => "loại tình huống",
        "person" => "người nào trong phần dữ kiện với mã",
        "group" => "nhóm cơ cấu",
        _ => null,
    };

    private static string? Expected(IReadOnlyList<string> a) => a[0] switch
    {
        "integer" => "một số nguyên",
        "number" => "một số",
        "boolean" => "true hoặc false",
        "string" => "một chuỗi ký tự",
        "array" => "một mảng",
        "object" => "một đối tượng",
        "scalar" => "một số, một chuỗi ký tự (\"30%\", \"HTT\") hoặc true/false",
        "oneOf" when a.Count == 2 => "một trong các giá trị " + a[1],
        _ => null,
    };

    /// <summary>The Vietnamese name of a document kind.</summary>
    internal static string KindName(DocumentKind kind) => kind switch
    {
        DocumentKind.Roster => "danh sách cán bộ",
        DocumentKind.EvaluationSheet => "bảng đánh giá, xếp loại",
        DocumentKind.PlanningList => "danh sách quy hoạch",
        DocumentKind.RotationRequests => "đề nghị luân chuyển",
        DocumentKind.AppointmentRequests => "đề nghị bổ nhiệm",
        DocumentKind.LocalVariant => "biến thể địa phương",
        DocumentKind.CaseFile => "tệp tình huống",
        DocumentKind.Verdict => "kết luận kèm giải thích",
        DocumentKind.Catalogue => "danh mục quy định",
        DocumentKind.RetirementReport => "báo cáo nghỉ hưu",
        DocumentKind.PlanningReview => "hồ sơ rà soát quy hoạch",
        DocumentKind.KeyPosts => "danh sách cán bộ chủ chốt cấp xã",
        DocumentKind.PositionChanges => "danh sách chuyển đổi vị trí công tác",
        DocumentKind.CommitteeCandidacies => "danh sách giới thiệu tham gia cấp ủy",
        DocumentKind.Body => "danh sách thành viên một tập thể",
        DocumentKind.TitleStandards => "hồ sơ xét tiêu chuẩn chức danh",
        DocumentKind.Movements => "kế hoạch điều động, luân chuyển, biệt phái",
        DocumentKind.EvaluationHistory => "kết quả đánh giá qua các năm",
        _ => "tài liệu không rõ loại",
    };
}
