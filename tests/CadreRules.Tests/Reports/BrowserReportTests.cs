using System;
using System.IO;
using System.Linq;

namespace CadreRules.Tests.Reports;

/// <summary>Each sample report rendered by headless Chromium: the DOM holds the expected counts and names, the PDF has
/// the expected number of A4 pages, the PNG is drawn, and the page asks the network for nothing.</summary>
public sealed class BrowserReportTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("cadre-rules-browser-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [BrowserFact]
    public void Evaluation_InChromium_ShowsCountsAndMovesOnTwoPages() => Check(
        "evaluation",
        pages: 2,
        "Báo cáo kết quả đánh giá, xếp loại chất lượng năm 2025",
        "Hoàn thành xuất sắc nhiệm vụ (HTXS)</td><td class=\"n\">9</td><td class=\"n\">5</td>",
        "Huỳnh Hữu P16 (MKT-016)",
        "Dương Thị A27 (MKT-027)",
        "Đỗ Văn E31 (MKT-031)");

    [BrowserFact]
    public void Impact_InChromium_ShowsTheMatrixAndWhoChangesOnTwoPages() => Check(
        "impact",
        pages: 2,
        "Ma trận chuyển mức",
        "<td>HTXS</td><td class=\"n same\">4</td><td class=\"n diff\">1</td>",
        "Dương Thị J36 (MKT-036)",
        "Đỗ Văn E31 (MKT-031)");

    [BrowserFact]
    public void Review_InChromium_ShowsWhoLeavesAndTheStructureOnFourPages() => Check(
        "review",
        pages: 4,
        "<td>Đưa ra khỏi quy hoạch</td><td class=\"n diff\">19</td>",
        "Nguyễn Văn A01 (MKT-001)",
        "Đặng Hữu Z52 (MKT-052)",
        "39,3%");

    [BrowserFact]
    public void Plan_InChromium_ShowsTheTitlesOnThreePages() => Check(
        "plan",
        pages: 3,
        "thừa người",
        "41 cán bộ, 5 chức danh; 20 vi phạm, 13 lưu ý",
        "Phan Văn D04 (MKT-004)");

    [BrowserFact]
    public void NetLog_PageWithoutThePolicy_ShowsItsRequests()
    {
        // The network check must be able to fail: a page without the reports' Content-Security-Policy that links an
        // image and a style sheet is seen asking for both.
        string page = Path.Combine(_work, "control.html");
        File.WriteAllText(page, "<!DOCTYPE html><html><body><img src=\"http://example.invalid/a.png\"><link rel=\"stylesheet\" href=\"https://example.invalid/x.css\"></body></html>");
        string netLog = Path.Combine(_work, "control-net.json");

        Chromium.Run(page, _work, "--dump-dom", "--log-net-log=" + netLog);

        Assert.Equal(["http://example.invalid/a.png", "https://example.invalid/x.css"], Chromium.PageRequests(netLog).Order());
    }

    private void Check(string kind, int pages, params string[] expected)
    {
        string html = SampleReports.Write(kind, _work);
        string netLog = Path.Combine(_work, kind + "-net.json");
        string pdf = Path.Combine(_work, kind + ".pdf");
        string png = Path.Combine(_work, kind + ".png");

        string dom = Chromium.Run(html, _work, "--dump-dom", "--log-net-log=" + netLog);
        Chromium.Run(html, _work, "--no-pdf-header-footer", "--print-to-pdf=" + pdf);
        Chromium.Run(html, _work, "--window-size=1000,1400", "--screenshot=" + png);

        Assert.All(expected, text => Assert.Contains(text, dom));
        Assert.Empty(Chromium.PageRequests(netLog));
        Assert.Empty(HtmlReportsTests.ExternalReferences(File.ReadAllText(html)));
        Assert.Equal(pages, Chromium.PageCount(pdf));
        Assert.True(new FileInfo(png).Length > 20_000, $"{png} is {new FileInfo(png).Length} bytes: nothing drawn?");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(png)[..4]);
        if (Environment.GetEnvironmentVariable("CADRERULES_UPDATE_DOCS") == "1")
        {
            // docs/reports/KIND.png: the screenshots docs/reports.md shows, refreshed like docs/rules.md.
            File.Copy(png, Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "docs", "reports", kind + ".png"), overwrite: true);
        }
    }
}
