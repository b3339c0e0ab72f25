using System;
using System.Globalization;
using System.IO;
using CadreRules.Rules;

namespace CadreRules.Cli.Localization;

/// <summary>
/// The command line's own error sentences in both languages, with <c>{name}</c> holes filled by <see cref="Say"/>
/// (the library's and the documents' errors have their own catalogues; System.CommandLine's are in
/// <see cref="CommandLineText"/>).
/// </summary>
internal static class CliMessages
{
    public static readonly LocalizedText FileNotFound = new("không tìm thấy tệp.", "no such file.");

    public static readonly LocalizedText FolderNotFound = new("không tìm thấy thư mục chứa tệp.", "no such folder.");

    public static readonly LocalizedText FileDenied = new("không có quyền đọc tệp.", "not allowed to read the file.");

    public static readonly LocalizedText FileUnreadable = new("không đọc được tệp: {reason}", "cannot read the file: {reason}");

    public static readonly LocalizedText TooLarge = new(
        "$: tài liệu lớn hơn giới hạn {max} byte; đã dừng đọc tại đó. Tăng giới hạn bằng --max-bytes.",
        "$: the document is larger than the limit of {max} bytes; reading stopped there. Raise it with --max-bytes.");

    public static readonly LocalizedText NotUtf8 = new(
        "$: tài liệu không phải UTF-8: byte ở vị trí {offset} (đếm từ 0) không mở đầu hay tiếp nối được một ký tự.",
        "$: the document is not UTF-8: the byte at offset {offset} (counted from 0) cannot start or continue a character.");

    public static readonly LocalizedText NoRegulation = new(
        "không có quy định '{id}' trong danh mục. Các mã có: {known}.",
        "no regulation '{id}' in the catalogue. Known: {known}.");

    public static readonly LocalizedText OtherTopic = new(
        "'{id}' là quy định về {topic}, không phải về {asked}.",
        "'{id}' is a regulation on {topic}, not on {asked}.");

    public static readonly LocalizedText NoneInForce = new(
        "không có quy định về {topic} cho {subject} có hiệu lực vào {date} trong danh mục.",
        "no regulation on {topic} for {subject} is in force on {date} in the catalogue.");

    public static readonly LocalizedText NothingToCompare = new(
        "diff cần hai vế để so sánh: --against QUY_ĐỊNH, --overrides TỆP, hoặc cả hai.",
        "diff needs something to compare: --against REGULATION, --overrides FILE, or both.");

    public static readonly LocalizedText UndecidedRequests = new(
        "$.requests: không phân biệt được đề nghị luân chuyển hay bổ nhiệm (đề nghị đầu tiên không có start/toLevel cũng không có kind/dossierReceivedOn); dùng --kind rotation hoặc --kind appointment.",
        "$.requests: cannot tell rotation requests from appointment requests (the first request has neither start/toLevel nor kind/dossierReceivedOn); use --kind rotation or --kind appointment.");

    public static readonly LocalizedText BodyHasNoRegulation = new(
        "cơ cấu của một tập thể không phụ thuộc quy định nào trong danh mục: các chỉ tiêu nằm ngay trong tài liệu, nên không có gì để so sánh giữa hai quy định. Hãy sửa 'targets' hoặc 'youngAge' trong một bản sao và chạy lệnh composition trên từng bản.",
        "the composition of a body depends on no regulation of the catalogue: its targets are in the document itself, so two regulations cannot give two outcomes. Change 'targets' or 'youngAge' in a copy and run composition on each.");

    public static readonly LocalizedText NoCaseFiles = new("thư mục không có tệp tình huống *.json nào.", "the folder has no *.json case files.");

    public static readonly LocalizedText OutWithoutFile = new(
        "--out: chỉ dùng với --format html, xlsx hoặc csv.",
        "--out: only with --format html, xlsx or csv.");

    public static readonly LocalizedText CaseFailed = new("KHÔNG ĐẠT {file}: {name}: {differences}", "FAIL {file}: {name}: {differences}");

    public static readonly LocalizedText CasesSummary = new("{passed} đạt, {failed} không đạt", "{passed} passed, {failed} failed");

    public static readonly LocalizedText CasesUnreadable = new("{count} tệp tình huống không đọc được.", "{count} case file(s) could not be read.");

    public static readonly LocalizedText GiveRoster = new(
        "{count} mục cadreRef trỏ tới danh sách cán bộ: đưa danh sách vào bằng --roster TỆP.",
        "{count} cadreRef entries refer to a roster: give it with --roster FILE.");

    public static readonly LocalizedText GiveCaseRoster = new(
        "{count} mục cadreRef trỏ tới danh sách cán bộ: đưa danh sách vào trường 'roster' của tệp tình huống.",
        "{count} cadreRef entries refer to a roster: give it in the case file's 'roster' field.");

    public static readonly LocalizedText NoSuchPath = new("không có tệp hay thư mục này.", "no such file or folder.");

    /// <summary>Fills a template's <c>{name}</c> holes (values formatted in the invariant culture) in a language.</summary>
    /// <param name="template">The template.</param>
    /// <param name="language">The language.</param>
    /// <param name="args">The names and values of the holes.</param>
    /// <returns>The sentence.</returns>
    public static string Say(LocalizedText template, Language language, params (string Name, object Value)[] args)
    {
        string text = template.Get(language);
        foreach ((string name, object value) in args)
        {
            text = text.Replace("{" + name + "}", Convert.ToString(value, CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>Why a file could not be opened or read, in a language: the kind of failure in words, and the system's
    /// own text only for failures without a sentence here.</summary>
    /// <param name="e">The failure.</param>
    /// <param name="language">The language.</param>
    /// <returns>The reason.</returns>
    public static string Unreadable(Exception e, Language language) => e switch
    {
        FileNotFoundException => FileNotFound.Get(language),
        DirectoryNotFoundException => FolderNotFound.Get(language),
        UnauthorizedAccessException => FileDenied.Get(language),
        _ => Say(FileUnreadable, language, ("reason", e.Message)),
    };
}
