using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CadreRules.Localization;
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

    public static readonly LocalizedText FileUnwritable = new("không ghi được tệp: {reason}", "cannot write the file: {reason}");

    public static readonly LocalizedText WriteDenied = new("không có quyền ghi tệp.", "not allowed to write the file.");

    public static readonly LocalizedText MaxPeople = new(
        "--max-people: {value} không phải là một số người; hãy ghi từ 1 trở lên.",
        "--max-people: {value} is not a number of people; give 1 or more.");

    public static readonly LocalizedText MaxBytes = new(
        "--max-bytes: {value} không phải là một kích thước; hãy ghi số byte, từ 1 trở lên.",
        "--max-bytes: {value} is not a size; give a number of bytes, 1 or more.");

    public static readonly LocalizedText NotForCommand = new(
        "'{id}' không phải là quy định mà lệnh {command} áp dụng được.",
        "'{id}' is not a regulation the {command} command applies.");

    public static readonly LocalizedText DiffHtmlEvaluationOnly = new(
        "--format html: báo cáo HTML của diff hiện chỉ có cho phiếu đánh giá, xếp loại; với loại văn bản này hãy dùng table hoặc json.",
        "--format html: diff's HTML report covers evaluation sheets only; use table or json for this kind of document.");

    public static readonly LocalizedText VariantIdTaken = new(
        "mã '{id}' của biến thể địa phương đã có trong danh mục; hãy đặt một mã khác.",
        "the identifier '{id}' of the local variant is already in the catalogue.");

    public static readonly LocalizedText OtherKind = new("đây là {found}; `{command}` đọc {expected}.", "this is {found}; `{command}` reads {expected}.");

    public static readonly LocalizedText OneMoreError = new("và {count} lỗi khác.", "and {count} more error.");

    public static readonly LocalizedText MoreErrors = new("và {count} lỗi khác.", "and {count} more errors.");

    public static readonly LocalizedText UnitHeader = new("Đơn vị", "Unit");

    public static readonly LocalizedText LinkNotFollowed = new("không theo liên kết tượng trưng.", "symbolic link not followed.");

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

    /// <summary>Why a file could not be written, in a language: the kind of failure in words, and the system's own text
    /// only for failures without a sentence here.</summary>
    /// <param name="e">The failure.</param>
    /// <param name="language">The language.</param>
    /// <returns>The reason.</returns>
    public static string Unwritable(Exception e, Language language) => e switch
    {
        DirectoryNotFoundException => FolderNotFound.Get(language),
        UnauthorizedAccessException => WriteDenied.Get(language),
        _ => Say(FileUnwritable, language, ("reason", e.Message)),
    };

    /// <summary>Why the library found no regulation for a side of <c>diff</c>, in a language: the library's sentence
    /// (English, of four shapes: an unknown id, an id on another topic or of another type, none in force on a subject's
    /// date) said with this catalogue's templates; a sentence of another shape is kept as it is.</summary>
    /// <param name="e">The library's exception.</param>
    /// <param name="language">The output's language.</param>
    /// <param name="catalog">The catalogue, for the ids known.</param>
    /// <returns>The sentence.</returns>
    public static string RegulationNotFound(RegulationNotFoundException e, Language language, RegulationCatalog catalog)
    {
        Match m = RegulationShapes.NotFound().Match(e.Message);
        if (!m.Success)
        {
            return e.Message;
        }

        string where = m.Groups["where"].Value;
        if (m.Groups["unknown"].Success)
        {
            return where + Say(NoRegulation, language, ("id", m.Groups["unknown"].Value), ("known", string.Join(", ", catalog.Regulations.Select(r => r.Id.Value))));
        }

        if (m.Groups["other"].Success
            && Enum.TryParse(m.Groups["topic"].Value, out RegulationTopic topic) && Enum.TryParse(m.Groups["asked"].Value, out RegulationTopic asked))
        {
            return where + Say(OtherTopic, language, ("id", m.Groups["other"].Value), ("topic", Terms.Of(topic).Get(language)), ("asked", Terms.Of(asked).Get(language)));
        }

        if (m.Groups["type"].Success)
        {
            return where + Say(NotForCommand, language, ("id", m.Groups["type"].Value), ("command", "diff"));
        }

        if (Enum.TryParse(m.Groups["topic"].Value, out topic) && Enum.TryParse(m.Groups["kind"].Value, out SubjectKind kind))
        {
            return where + Say(NoneInForce, language, ("topic", Terms.Of(topic).Get(language)), ("subject", Terms.Of(kind).Get(language)), ("date", m.Groups["date"].Value));
        }

        return e.Message;
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
