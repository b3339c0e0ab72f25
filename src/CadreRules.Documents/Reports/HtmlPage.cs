using System;
using System.Collections.Generic;
using System.IO;
using CadreRules.Rules;

namespace CadreRules.Documents.Reports;

/// <summary>Writes one self-contained HTML page to a <see cref="TextWriter"/> as it goes: the head (charset, the
/// Content-Security-Policy that forbids every request, the inline print style), the header, sections, tables and the
/// footnote of cited clauses. Every text given as text is escaped here, once.</summary>
internal sealed class HtmlPage(TextWriter output, Language language)
{
    /// <summary>The Content-Security-Policy of every report: nothing is fetched, inline style only, images as data only.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    private const string Style = """
        @page { size: A4; margin: 14mm 12mm 16mm 12mm; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { font-family: "DejaVu Sans", "Noto Sans", "Segoe UI", Arial, sans-serif; font-size: 9.5pt; line-height: 1.35; color: #111; margin: 0 auto; max-width: 186mm; padding: 6mm 0; background: #fff; }
        h1 { font-size: 15pt; margin: 0 0 4pt; }
        h2 { font-size: 12pt; margin: 14pt 0 4pt; padding-bottom: 2pt; border-bottom: 1.5pt solid #1f4e79; color: #1f4e79; break-after: avoid; page-break-after: avoid; }
        h3 { font-size: 10.5pt; margin: 10pt 0 3pt; break-after: avoid; page-break-after: avoid; }
        p { margin: 3pt 0 6pt; }
        dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 1pt 10pt; margin: 6pt 0 8pt; padding: 5pt 8pt; border: 1pt solid #c8d3e0; background: #f3f6fa; }
        dl.meta dt { font-weight: bold; }
        dl.meta dd { margin: 0; }
        table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; }
        th, td { border: 0.75pt solid #9aa5b1; padding: 2pt 4pt; text-align: left; vertical-align: top; }
        th { background: #dde6f0; font-weight: bold; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
        td.n { white-space: nowrap; }
        th.n { min-width: 13mm; }
        td:first-child { min-width: 32mm; }
        td.same { color: #777; }
        td.diff { background: #fde9d9; font-weight: bold; }
        tr.total td { font-weight: bold; background: #f3f6fa; }
        thead { display: table-header-group; }
        tfoot { display: table-footer-group; }
        tr, figure, .keep { break-inside: avoid; page-break-inside: avoid; }
        figure { margin: 6pt 0 10pt; }
        figcaption { font-size: 8.5pt; color: #444; }
        svg { max-width: 100%; height: auto; display: block; }
        .bad { color: #a40000; font-weight: bold; }
        .warn { color: #8a5a00; font-weight: bold; }
        .ok { color: #1d6b2f; font-weight: bold; }
        span.bad, span.warn, span.ok { white-space: nowrap; }
        .ref { font-size: 7pt; vertical-align: super; color: #1f4e79; }
        .more { font-style: italic; color: #444; }
        .legend { font-size: 8.5pt; color: #333; }
        ol.notes { font-size: 8.5pt; padding-left: 16pt; }
        footer { margin-top: 12pt; border-top: 0.75pt solid #9aa5b1; padding-top: 4pt; }
        @media print { body { padding: 0; max-width: none; } h2 { break-before: auto; } }
        """;

    private readonly Dictionary<Citation, int> _citations = [];
    private readonly List<Citation> _notes = [];

    public Language Language { get; } = language;

    /// <summary>A text of <see cref="ReportText"/> in the report's language, its holes filled.</summary>
    public string Say(LocalizedText text, params (string Name, string Value)[] values) => ReportText.Say(text, Language, values);

    /// <summary>Escapes text for an element or an attribute value (<c>&amp; &lt; &gt; " '</c>).</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var escaped = new System.Text.StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }

        return escaped.ToString();
    }

    /// <summary>Writes the head and the header: the title, then each (label, text) pair of the header.</summary>
    public void Start(string title, IEnumerable<(string Label, string Html)> header)
    {
        output.Write("<!DOCTYPE html>\n<html lang=\"");
        output.Write(Language == Language.Vietnamese ? "vi" : "en");
        output.Write("\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"");
        output.Write(ContentSecurityPolicy);
        output.Write("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        output.Write(Escape(title));
        output.Write("</title>\n<style>\n");
        output.Write(Style);
        output.Write("\n</style>\n</head>\n<body>\n<header>\n<h1>");
        output.Write(Escape(title));
        output.Write("</h1>\n<dl class=\"meta\">\n");
        foreach ((string label, string html) in header)
        {
            output.Write("<dt>");
            output.Write(Escape(label));
            output.Write("</dt><dd>");
            output.Write(html);
            output.Write("</dd>\n");
        }

        output.Write("</dl>\n</header>\n<main>\n");
    }

    /// <summary>Writes a section heading.</summary>
    public void Heading(string text, int level = 2)
    {
        output.Write(level == 2 ? "<h2>" : "<h3>");
        output.Write(Escape(text));
        output.Write(level == 2 ? "</h2>\n" : "</h3>\n");
    }

    /// <summary>Writes a paragraph of text.</summary>
    public void Paragraph(string text, string? cssClass = null) => Raw(
        (cssClass is null ? "<p>" : "<p class=\"" + cssClass + "\">") + Escape(text) + "</p>\n");

    /// <summary>Writes HTML as given (built by this class or by the charts).</summary>
    public void Raw(string html) => output.Write(html);

    /// <summary>Opens a table and writes its header row (repeated on each printed page).</summary>
    public void BeginTable(params ReadOnlySpan<Cell> headers)
    {
        output.Write("<table>\n<thead><tr>");
        foreach (Cell header in headers)
        {
            output.Write(header.Numeric ? "<th class=\"n\">" : "<th>");
            output.Write(header.Html);
            output.Write("</th>");
        }

        output.Write("</tr></thead>\n<tbody>\n");
    }

    /// <summary>Writes a row of the open table.</summary>
    public void Row(params ReadOnlySpan<Cell> cells) => Row(null, cells);

    /// <summary>Writes a row of the open table, with a class on the row.</summary>
    public void Row(string? rowClass, params ReadOnlySpan<Cell> cells)
    {
        output.Write(rowClass is null ? "<tr>" : "<tr class=\"" + rowClass + "\">");
        foreach (Cell cell in cells)
        {
            string? css = cell.Numeric ? (cell.Class is null ? "n" : "n " + cell.Class) : cell.Class;
            output.Write(css is null ? "<td>" : "<td class=\"" + css + "\">");
            output.Write(cell.Html);
            output.Write("</td>");
        }

        output.Write("</tr>\n");
    }

    /// <summary>Closes the open table.</summary>
    public void EndTable() => output.Write("</tbody>\n</table>\n");

    /// <summary>Writes "… and N more" after a list cut at the limit, when it was cut.</summary>
    public void More(long more)
    {
        if (more > 0)
        {
            Paragraph(Say(ReportText.MoreNotListed, ("more", Localization.DisplayFormat.Count(more, Language))), "more");
        }
    }

    /// <summary>Gets the footnote mark of a cited clause (numbered in order of first use), or nothing.</summary>
    public string Cite(Citation? citation)
    {
        if (citation is null)
        {
            return string.Empty;
        }

        if (!_citations.TryGetValue(citation, out int number))
        {
            _notes.Add(citation);
            number = _notes.Count;
            _citations.Add(citation, number);
        }

        return "<span class=\"ref\">[" + Localization.DisplayFormat.Integer(number) + "]</span>";
    }

    /// <summary>Writes the footnote listing every clause cited, and closes the page.</summary>
    public void End()
    {
        output.Write("</main>\n<footer>\n");
        Heading(Say(ReportText.ClausesCited));
        if (_notes.Count == 0)
        {
            Paragraph(Say(ReportText.None));
        }
        else
        {
            output.Write("<ol class=\"notes\">\n");
            foreach (Citation citation in _notes)
            {
                output.Write("<li>");
                output.Write(Escape(citation.Format(Language)));
                output.Write("</li>\n");
            }

            output.Write("</ol>\n");
        }

        Paragraph(Say(ReportText.Colophon), "legend");
        output.Write("</footer>\n</body>\n</html>\n");
        output.Flush();
    }
}
