namespace CadreRules.Documents.Reports;

/// <summary>A table cell: its HTML (already escaped), whether it is a number (right-aligned), and an optional class.</summary>
internal readonly record struct Cell(string Html, bool Numeric = false, string? Class = null)
{
    public static Cell Text(string? text, string? cssClass = null) => new(HtmlPage.Escape(text), false, cssClass);

    public static Cell Number(string text, string? cssClass = null) => new(HtmlPage.Escape(text), true, cssClass);

    public static Cell Markup(string html) => new(html);
}
