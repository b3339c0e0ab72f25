using System.Globalization;
using System.Linq;
using CadreRules.Rules;

namespace CadreRules.Spreadsheets;

/// <summary>The spreadsheet readers' own sentences, in Vietnamese and English, and the location they start with.</summary>
internal static class SheetMessages
{
    /// <summary>"trang 'X', dòng 5, cột 'Y'" / "sheet 'X', row 5, column 'Y'" (no sheet for a CSV file, no column for a whole row).</summary>
    public static string Where(string? sheet, int row, string? header, Language language)
    {
        bool vi = language == Language.Vietnamese;
        string text = sheet is null ? string.Empty : (vi ? $"trang '{sheet}', " : $"sheet '{sheet}', ");
        text += (vi ? "dòng " : "row ") + row.ToString(CultureInfo.InvariantCulture);
        if (header is not null)
        {
            text += vi ? $", cột '{header}'" : $", column '{header}'";
        }

        return text;
    }

    public static string NotWorkbook(Language language) => language == Language.Vietnamese
        ? "tệp không phải là bảng tính .xlsx đọc được."
        : "the file is not a readable .xlsx workbook.";

    public static string NotUtf8(Language language) => language == Language.Vietnamese
        ? "tệp CSV không phải văn bản UTF-8; hãy lưu lại dạng \"CSV UTF-8\"."
        : "the CSV file is not UTF-8 text; save it again as \"CSV UTF-8\".";

    public static string OpenQuote(int line, Language language) => language == Language.Vietnamese
        ? string.Create(CultureInfo.InvariantCulture, $"dấu ngoặc kép mở ở dòng văn bản {line} không được đóng.")
        : string.Create(CultureInfo.InvariantCulture, $"a quote opened on text line {line} is never closed.");

    public static string NoHeader(Language language) => language == Language.Vietnamese
        ? "bảng tính trống: dòng đầu tiên phải là tên các cột (xem 'cadre-rules template')."
        : "the sheet is empty: its first row must name the columns (see 'cadre-rules template').";

    public static string UnknownLayout(Language language) => language == Language.Vietnamese
        ? "tên các cột không khớp mẫu nào (danh sách cán bộ, đánh giá, quy hoạch, luân chuyển, bổ nhiệm); lấy mẫu bằng 'cadre-rules template'."
        : "the column headers match no template (roster, evaluation sheet, planning list, rotation, appointment); get one with 'cadre-rules template'.";

    public static string UnknownColumn(SheetLayout layout, Language language) => language == Language.Vietnamese
        ? $"không có cột này trong mẫu '{layout.SheetName}'; các cột là: {string.Join(", ", layout.Columns.Select(c => c.Header))}."
        : $"the template '{layout.SheetName}' has no such column; its columns are: {string.Join(", ", layout.Columns.Select(c => c.Header))}.";

    public static string RepeatedColumn(Language language) => language == Language.Vietnamese
        ? "cột này có hai lần; mỗi cột chỉ được có một lần."
        : "this column is given twice; give each column once.";

    public static string MissingColumn(Language language) => language == Language.Vietnamese
        ? "thiếu cột bắt buộc này."
        : "this required column is missing.";

    public static string DocumentValueDiffers(string text, int firstRow, Language language) => language == Language.Vietnamese
        ? string.Create(CultureInfo.InvariantCulture, $"'{text}' khác giá trị ở dòng {firstRow}; cột này phải giống nhau trên mọi dòng (hoặc để trống).")
        : string.Create(CultureInfo.InvariantCulture, $"'{text}' differs from row {firstRow}; this column is the same on every row (or blank).");

    public static string ItemValueDiffers(int firstRow, Language language) => language == Language.Vietnamese
        ? string.Create(CultureInfo.InvariantCulture, $"dòng này lặp lại mã của dòng {firstRow} để thêm vào danh sách (chức vụ, kỷ luật, xếp loại); cột này phải để trống hoặc giống dòng {firstRow}.")
        : string.Create(CultureInfo.InvariantCulture, $"this row repeats the id of row {firstRow} to add to a list (position, discipline, evaluation); this column must be blank or as on row {firstRow}.");

    public static string PlanningValueDiffers(string what, int firstRow, Language language) => language == Language.Vietnamese
        ? string.Create(CultureInfo.InvariantCulture, $"khác với {what} đã ghi ở dòng {firstRow}; để trống hoặc ghi giống nhau.")
        : string.Create(CultureInfo.InvariantCulture, $"differs from the {what} given on row {firstRow}; leave it blank or give the same.");

    public static string AdditionNeedsBoth(Language language) => language == Language.Vietnamese
        ? "dòng đề xuất bổ sung phải ghi cả mã chức danh và mã cán bộ."
        : "a proposed addition's row gives both the title id and the cadre id.";
}
