using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using CadreRules.Documents;
using CadreRules.Rules;

namespace CadreRules.Spreadsheets;

/// <summary>
/// Fill-in templates and sheets of the documents a person fills in: rosters, evaluation sheets, planning lists,
/// planning reviews, rotation requests, appointment dossiers, position changes, committee candidacies, key posts and a body's members. Read them back with <see cref="SpreadsheetSource"/>.
/// </summary>
/// <remarks>Column headers are Vietnamese (English headers are read too). A workbook template has the document's
/// sheet (headers only) and a second sheet, "Hướng dẫn", giving each column's meaning, whether it is required, the
/// values accepted and an example; a CSV template has the header row and one example row. All members are thread-safe.</remarks>
public static class SpreadsheetDocuments
{
    /// <summary>Gets the kinds of document that have a sheet layout.</summary>
    public static IReadOnlyList<DocumentKind> Kinds { get; } = [.. SheetLayouts.All.Select(l => l.Kind)];

    /// <summary>Writes a fill-in template.</summary>
    /// <param name="kind">One of <see cref="Kinds"/>.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">The stream (a workbook needs one that can seek); not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="kind"/> has no sheet layout.</exception>
    public static void WriteTemplate(DocumentKind kind, SpreadsheetFormat format, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        SheetLayout layout = SheetLayouts.ForKind(kind) ?? throw new ArgumentException($"No sheet layout for {kind}.", nameof(kind));
        using var writer = new SpreadsheetWriter(output, format);
        writer.StartSheet(layout.SheetName, [.. layout.Columns.Select(c => c.Header)]);
        if (format == SpreadsheetFormat.Csv)
        {
            writer.WriteRow([.. layout.Columns.Select(c => c.Example)]);
            return;
        }

        writer.StartSheet(SheetLayouts.GuideSheet, ["Cột", "Bắt buộc", "Ý nghĩa", "Giá trị được nhận", "Ví dụ", "Column (English)", "Meaning", "Values accepted"]);
        foreach (SheetColumn column in layout.Columns)
        {
            writer.WriteRow(
            [
                column.Header,
                column.Required ? (column.Group is null ? "có" : "có, khi có dòng thuộc danh sách này") : "không",
                column.Note.Vietnamese,
                column.Forms.Vietnamese,
                column.Example,
                column.EnglishHeader,
                column.Note.English,
                column.Forms.English,
            ]);
        }

        writer.WriteRow([]);
        writer.WriteRow([Guide(layout).Vietnamese, string.Empty, string.Empty, string.Empty, string.Empty, Guide(layout).English]);
    }

    /// <summary>Writes a JSON document (of one of <see cref="Kinds"/>) as a sheet: each item on a row, its lists on the
    /// rows below repeating its key. The document is read item by item (its bytes are held, not its objects).</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">The stream (a workbook needs one that can seek); not closed.</param>
    /// <returns>The kind of document written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DocumentException">The document is not JSON, is of a kind without a sheet layout, or holds what
    /// a sheet cannot (a request or candidate with the cadre in full rather than <c>cadreRef</c>, equivalent posts, a
    /// planning review's current facts other than those of its proposed persons who are not on the list, by reference).</exception>
    public static DocumentKind WriteDocument(Stream utf8Json, SpreadsheetFormat format, Stream output)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(output);
        using var bytes = new MemoryStream();
        utf8Json.CopyTo(bytes);
        ReadOnlyMemory<byte> json = bytes.GetBuffer().AsMemory(0, (int)bytes.Length);
        Dictionary<string, JsonElement> header;
        try
        {
            header = Header(json.Span);
        }
        catch (JsonException e)
        {
            int cut = e.Message.IndexOf(" Path: ", StringComparison.Ordinal);
            throw DocumentException.Create("$", DocumentErrorCodes.Syntax, (cut < 0 ? e.Message : e.Message[..cut]).TrimEnd('.'));
        }

        SheetLayout layout = Recognise(header);
        using var writer = new SpreadsheetWriter(output, format);
        writer.StartSheet(layout.SheetName, [.. layout.Columns.Select(c => c.Header)]);
        var rows = new SheetRows(layout);
        if (layout.Collection is null)
        {
            foreach (string?[] row in layout.Kind == DocumentKind.PlanningReview ? rows.Review(header) : rows.Planning(header))
            {
                writer.WriteRow(row);
            }

            return layout.Kind;
        }

        var reader = new Utf8JsonReader(json.Span);
        int index = 0;
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool items = reader.ValueTextEquals(layout.Collection);
            reader.Read();
            if (!items)
            {
                reader.Skip();
                continue;
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                using JsonDocument item = JsonDocument.ParseValue(ref reader);
                foreach (string?[] row in rows.Item(header, item.RootElement, "$." + layout.Collection + "[" + index.ToString(CultureInfo.InvariantCulture) + "]"))
                {
                    writer.WriteRow(row);
                }

                index++;
            }
        }

        return layout.Kind;
    }

    private static LocalizedText Guide(SheetLayout layout) => layout.Kind switch
    {
        DocumentKind.PlanningList => new LocalizedText(
            "Mỗi dòng là một người được quy hoạch vào một chức danh (ghi cả mã chức danh và mã cán bộ). Thông tin chức danh và ứng viên ghi ở dòng đầu tiên của chức danh, của người đó. Dòng chỉ có chức danh khai báo chức danh chưa có người; dòng chỉ có mã cán bộ khai báo ứng viên. Các cột ngày phê duyệt, nhiệm kỳ giống nhau trên mọi dòng.",
            "Each row plans one person for one title (give both the title id and the cadre id). A title's and a candidate's details go on their first row. A row with a title alone declares a title nobody is planned for; a row with a cadre id alone declares a candidate. The date and term columns are the same on every row."),
        DocumentKind.PlanningReview => new LocalizedText(
            "Danh sách quy hoạch đang có ghi như mẫu quy hoạch: mỗi dòng là một người được quy hoạch vào một chức danh (ghi cả mã chức danh và mã cán bộ), thông tin chức danh và ứng viên ghi ở dòng đầu tiên của chức danh, của người đó. Mỗi đề xuất bổ sung là một dòng ghi mã chức danh, mã cán bộ và 'có' ở cột Đề xuất bổ sung. Người được đề xuất chưa là ứng viên của danh sách được xét theo thông tin hiện tại trong danh sách cán bộ (--roster). Ngày rà soát, ngày phê duyệt và nhiệm kỳ giống nhau trên mọi dòng.",
            "The list as it stands is written as in the planning template: each row plans one person for one title (give both the title id and the cadre id), a title's and a candidate's details on their first row. Each proposed addition is a row with the title id, the cadre id and 'yes' in the Proposed addition column. A person proposed who is not a candidate of the list is judged on their current facts in the roster (--roster). The review date, the list's date and the term are the same on every row."),
        DocumentKind.PositionChanges => new LocalizedText(
            "Mỗi dòng là một người đang giữ vị trí phải định kỳ chuyển đổi, ghi bằng mã trong danh sách cán bộ (--roster). Để thêm một lần tạm hoãn, ghi thêm dòng ngay bên dưới lặp lại mã và chỉ điền các cột tạm hoãn. Ngày xét chung chỉ cần ghi ở dòng đầu. Dòng trống được bỏ qua.",
            "Each row is one person in a post under the periodic position change, named by id in the roster (--roster). To add a deferral, add a row just below repeating the id and fill only the deferral columns. The common date need only be given on the first row. Blank rows are skipped."),
        DocumentKind.CommitteeCandidacies => new LocalizedText(
            "Mỗi dòng là một người được giới thiệu tham gia cấp ủy, ghi bằng mã trong danh sách cán bộ (--roster). Dòng trống được bỏ qua.",
            "Each row is one person proposed for a party committee, named by id in the roster (--roster). Blank rows are skipped."),
        DocumentKind.KeyPosts => new LocalizedText(
            "Mỗi dòng là một người giữ chức bí thư hoặc chủ tịch ở một xã; không cần danh sách cán bộ. Ngày số liệu và địa bàn chỉ cần ghi ở dòng đầu. Dòng trống được bỏ qua.",
            "Each row is one holder of a commune's secretary or chair post; no roster is needed. The date and area need only be given on the first row. Blank rows are skipped."),
        DocumentKind.Body => new LocalizedText(
            "Mỗi dòng là một thành viên của tập thể, ghi bằng mã trong danh sách cán bộ (--roster). Tên tập thể, ngày xét, tuổi trẻ và các chỉ tiêu (tỷ lệ: 15%, 12,5%, 0,15 hoặc 3/20) chỉ cần ghi ở dòng đầu. Dòng trống được bỏ qua.",
            "Each row is one member of the body, named by id in the roster (--roster). The body's name, date, young age and targets (shares: 15%, 12.5%, 0.15 or 3/20) need only be given on the first row. Blank rows are skipped."),
        _ when layout.Key is not null => new LocalizedText(
            "Mỗi dòng là một người. Để thêm chức vụ, kỷ luật hay kết quả xếp loại các năm, ghi thêm dòng ngay bên dưới lặp lại mã và chỉ điền các cột của danh sách đó. Dòng trống được bỏ qua. Cột có dấu 'giống nhau trên mọi dòng' chỉ cần ghi ở dòng đầu.",
            "Each row is one person. To add a position, discipline or a year's evaluation, add a row just below repeating the id and fill only that list's columns. Blank rows are skipped. Columns 'the same on every row' need only be given on the first row."),
        _ => new LocalizedText(
            "Mỗi dòng là một hồ sơ; người được đề nghị ghi bằng mã trong danh sách cán bộ (--roster). Dòng trống được bỏ qua.",
            "Each row is one request; the person is named by id in the roster (--roster). Blank rows are skipped."),
    };

    /// <summary>The document's top-level members other than its list (the list is skipped, not parsed).</summary>
    private static Dictionary<string, JsonElement> Header(ReadOnlySpan<byte> json)
    {
        var header = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw DocumentException.Create("$", DocumentErrorCodes.NoSheetLayout);
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = reader.GetString()!;
            reader.Read();
            if (reader.TokenType == JsonTokenType.StartArray && name is "people" or "cadres" or "requests" or "incumbents" or "candidacies" or "holders" or "members")
            {
                header[name] = default;
                Utf8JsonReader peek = reader;
                if (name == "requests" && peek.Read() && peek.TokenType == JsonTokenType.StartObject)
                {
                    using JsonDocument first = JsonDocument.ParseValue(ref peek);
                    header["$kind"] = JsonDocument.Parse(first.RootElement.TryGetProperty("dossierReceivedOn", out _) ? "\"appointment\"" : "\"rotation\"").RootElement.Clone();
                }

                reader.Skip();
                continue;
            }

            using JsonDocument value = JsonDocument.ParseValue(ref reader);
            header[name] = value.RootElement.Clone();
        }

        return header;
    }

    private static SheetLayout Recognise(Dictionary<string, JsonElement> header)
    {
        if (header.ContainsKey("people"))
        {
            return SheetLayouts.Evaluations;
        }

        if (header.ContainsKey("cadres"))
        {
            return SheetLayouts.Roster;
        }

        if (header.ContainsKey("reviewDate") || header.ContainsKey("plan") || header.ContainsKey("proposedAdditions"))
        {
            return SheetLayouts.Review;
        }

        if (header.ContainsKey("titles") || header.ContainsKey("entries"))
        {
            return SheetLayouts.Planning;
        }

        if (header.ContainsKey("incumbents"))
        {
            return FamilySheetLayouts.PositionChanges;
        }

        if (header.ContainsKey("candidacies"))
        {
            return FamilySheetLayouts.CommitteeCandidacies;
        }

        if (header.ContainsKey("holders"))
        {
            return FamilySheetLayouts.KeyPosts;
        }

        if (header.ContainsKey("members"))
        {
            return FamilySheetLayouts.Body;
        }

        return header.ContainsKey("requests") ? RequestsLayout(header) : throw DocumentException.Create("$", DocumentErrorCodes.NoSheetLayout);
    }

    /// <summary>Rotation or appointment requests, told apart by their first request's members.</summary>
    private static SheetLayout RequestsLayout(Dictionary<string, JsonElement> header) =>
        header.TryGetValue("$kind", out JsonElement kind) && kind.GetString() == "appointment" ? SheetLayouts.Appointments : SheetLayouts.Rotations;
}
