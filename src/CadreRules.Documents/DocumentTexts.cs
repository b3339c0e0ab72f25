using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using CadreRules.Rules;

namespace CadreRules.Documents;

/// <summary>
/// The sentences of the document errors whose wording their arguments fix, in Vietnamese and English, keyed by their
/// code (<see cref="DocumentErrorCodes"/>): one table, so that every such error is written in the output's language
/// and a new code cannot ship with one language only (a test renders each). <c>{0}</c>, <c>{1}</c>… are the error's
/// <see cref="DocumentException.Arguments"/>; a regulation topic, a subject kind and a date are put into words.
/// </summary>
/// <remarks>The English sentence is the exception's message (<see cref="DocumentException.Of"/>). Thread-safe
/// (immutable).</remarks>
internal static class DocumentTexts
{
    private static readonly FrozenDictionary<string, LocalizedText> Sentences = new Dictionary<string, LocalizedText>(StringComparer.Ordinal)
    {
        [DocumentErrorCodes.Syntax] = new(
            "văn bản không đúng cú pháp JSON ({0}).",
            "{0}."),
        [DocumentErrorCodes.SchemaVersion] = new(
            "phiên bản lược đồ {0} không được hỗ trợ; thư viện này đọc phiên bản {1}.",
            "schema version {0} is not supported; this library reads version {1}."),
        [DocumentErrorCodes.WrongTopic] = new(
            "'{0}' là quy định về {1}; tình huống loại '{2}' không áp dụng được quy định này: hãy ghi một quy định đúng loại (lệnh regulations liệt kê các quy định) hoặc \"in force on yyyy-MM-dd\".",
            "'{0}' is a regulation on {1}; a case of kind '{2}' cannot apply it: name a regulation of its kind (the regulations command lists them) or write \"in force on yyyy-MM-dd\"."),
        [DocumentErrorCodes.NoRegulationInForce] = new(
            "không có quy định về {0} cho {1} có hiệu lực vào {2} trong danh mục này.",
            "no regulation on {0} for {1} is in force on {2} in this catalogue."),
        [DocumentErrorCodes.NothingExpected] = new(
            "tình huống không mong đợi kết quả nào: hãy ghi ít nhất một trong các trường {0}.",
            "the case expects at least one of {0}."),
        [DocumentErrorCodes.ExactlyOne] = new(
            "hãy ghi đúng một trong các trường {0}.",
            "give exactly one of {0}."),
        [DocumentErrorCodes.NeedsField] = new(
            "đã ghi '{0}' thì phải ghi cả '{1}'.",
            "'{0}' is given, so '{1}' is needed too."),
        [DocumentErrorCodes.NeedsField + "/or"] = new(
            "đã ghi '{0}' thì phải ghi cả '{1}' (hoặc {2}).",
            "'{0}' is given, so '{1}' is needed too (or {2})."),
        [DocumentErrorCodes.NotApplicable] = new(
            "trường '{0}' không dùng cho loại tình huống này; hãy bỏ đi.",
            "'{0}' does not apply to this kind of case; leave it out."),
        [DocumentErrorCodes.EmptyList] = new(
            "danh sách này cần ít nhất một mục.",
            "the list needs at least one item."),
        [DocumentErrorCodes.Empty] = new(
            "tài liệu trống.",
            "the document is empty."),
        [DocumentErrorCodes.TrailingContent] = new(
            "có nội dung thừa sau chỗ tài liệu kết thúc.",
            "unexpected content after the end of the document."),
        [DocumentErrorCodes.TooManyPeople] = new(
            "tài liệu có hơn {0} người, quá giới hạn; nâng giới hạn (DocumentLimits.MaxPeople; trên dòng lệnh: --max-people) để đọc.",
            "the document has more than {0} people, the limit; raise the limit to read it."),
        [DocumentErrorCodes.Unreadable] = new(
            "không đọc được tài liệu: {0}",
            "the document could not be read: {0}"),
        [DocumentErrorCodes.Overflow] = new(
            "có giá trị quá lớn, không tính toán được.",
            "a value is too large to compute with."),
        [DocumentErrorCodes.NotUnicode] = new(
            "văn bản có một nửa cặp thay thế UTF-16 đứng lẻ ở ký tự {0}: đây không phải văn bản Unicode.",
            "the text holds a lone UTF-16 surrogate at character {0}: it is not Unicode text."),
        [DocumentErrorCodes.ParameterOutOfRange] = new(
            "tham số '{0}' phải nằm trong khoảng {2}; {1} nằm ngoài khoảng đó.",
            "parameter '{0}' must be in {2}; {1} is not."),
        [DocumentErrorCodes.NotInSheet] = new(
            "bảng tính không có cột cho '{0}' (hãy ghi cán bộ vào danh sách cán bộ và dẫn tới bằng mã, cadreRef).",
            "a sheet has no column for '{0}' (write the cadre in a roster and refer to it by id)."),
        [DocumentErrorCodes.NoSheetLayout] = new(
            "tài liệu này không phải danh sách cán bộ, bảng đánh giá, xếp loại, danh sách quy hoạch, hồ sơ rà soát quy hoạch, đề nghị luân chuyển hay bổ nhiệm, danh sách chuyển đổi vị trí công tác, danh sách giới thiệu tham gia cấp ủy, danh sách cán bộ chủ chốt cấp xã hay danh sách thành viên một tập thể.",
            "the document is not a roster, an evaluation sheet, a planning list, a planning review, rotation or appointment requests, position changes, committee candidacies, key posts or a body's members."),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Gets the entries of the table: each code, and <c>code/or</c> for the form with an alternative.</summary>
    public static IEnumerable<string> Keys => Sentences.Keys;

    /// <summary>Whether the table words a code.</summary>
    public static bool Has(string code) => !code.Contains('/', StringComparison.Ordinal) && Sentences.ContainsKey(code);

    /// <summary>The sentence of an error in a language, its holes filled, or null for a code the table does not word.</summary>
    /// <param name="code">The error's code.</param>
    /// <param name="arguments">The error's arguments.</param>
    /// <param name="language">The language.</param>
    public static string? Say(string code, IReadOnlyList<string> arguments, Language language)
    {
        string key = code == DocumentErrorCodes.NeedsField && arguments.Count == 3 ? code + "/or" : code;
        if (!Sentences.TryGetValue(key, out LocalizedText? sentence))
        {
            return null;
        }

        string text = sentence.Get(language);
        for (int i = 0; i < arguments.Count; i++)
        {
            text = text.Replace("{" + i.ToString(CultureInfo.InvariantCulture) + "}", Words(code, i, arguments[i], language), StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>An argument as the sentence writes it: a topic or a subject kind in words, a date as dd/MM/yyyy.</summary>
    private static string Words(string code, int index, string argument, Language language) => (code, index) switch
    {
        (DocumentErrorCodes.WrongTopic, 1) or (DocumentErrorCodes.NoRegulationInForce, 0) => Term(typeof(RegulationTopic), argument, language),
        (DocumentErrorCodes.NoRegulationInForce, 1) => Term(typeof(SubjectKind), argument, language),
        (DocumentErrorCodes.NoRegulationInForce, 2) when NodaTime.Text.LocalDatePattern.Iso.Parse(argument) is { Success: true } date
            => date.Value.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        _ => argument,
    };

    private static string Term(Type enumType, string name, Language language) =>
        Localization.Terms.Find(enumType, name)?.Get(language) ?? name;
}
