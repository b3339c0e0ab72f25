using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using CadreRules.Cli;
using CadreRules.Documents;
using CadreRules.Documents.Reports;
using CadreRules.Evaluation;
using CadreRules.Rules;
using CadreRules.Tests.Cli;

namespace CadreRules.Tests.Reports;

/// <summary>The HTML reports without a browser: what they say, what they escape, what they never reference.</summary>
public partial class HtmlReportsTests
{
    /// <summary>Labels the reports write in Vietnamese, none of which may appear in an English report.</summary>
    private static readonly string[] VietnameseLabels =
    [
        "Cơ quan, tổ chức", "Văn bản áp dụng", "Tệp dữ liệu", "Số người", "Căn cứ được trích dẫn", "Trước tỷ lệ", "Sau tỷ lệ",
        "Kết quả theo đơn vị", "Người được chuyển và lý do", "Trường hợp chưa xác định", "Ma trận chuyển mức", "Lý do",
        "Đưa ra khỏi quy hoạch", "Đề nghị bổ sung", "Cơ cấu", "Tình trạng", "VI PHẠM", "LƯU Ý", "Chú giải", "chưa xác định",
    ];

    /// <summary>Labels the reports write in English, none of which may appear in a Vietnamese report.</summary>
    private static readonly string[] EnglishLabels =
    [
        "Organisation", "Regulation", "Data file", "People", "Clauses cited", "Before the quota", "After the quota", "Per unit",
        "People moved", "Undetermined cases", "Transition matrix", "Reason", "Removed from the plan", "Proposed additions",
        "Structure", "Status", "VIOLATION", "WARNING", "Legend", "undetermined",
    ];

    [Fact]
    public void WriteEvaluationRound_Sample_HoldsTheCountsBeforeAndAfterTheQuotaAndTheMoves()
    {
        string html = SampleReports.Html("evaluation");

        Assert.Contains("<title>Báo cáo kết quả đánh giá, xếp loại chất lượng năm 2025</title>", html);
        Assert.Contains("Đảng bộ xã Minh Khê Thượng (hư cấu)", html);
        Assert.Contains("demo-evaluations.json", html);
        Assert.Contains("QĐ 366-QĐ/TW (Bộ Chính trị, 30/08/2025)", html);
        Assert.Contains(Row("Hoàn thành xuất sắc nhiệm vụ (HTXS)", "9", "5", "−4"), html);
        Assert.Contains(Row("Hoàn thành tốt nhiệm vụ (HTT)", "33", "37", "+4"), html);
        Assert.Contains(Row("Chưa xác định", "1", "1", "0"), html);
        Assert.Contains("<svg viewBox=", html);
        foreach (string moved in new[] { "Huỳnh Hữu P16 (MKT-016)", "Huỳnh Văn R18 (MKT-018)", "Phạm Hữu V22 (MKT-022)", "Dương Thị A27 (MKT-027)" })
        {
            Assert.Contains(moved, html);
        }

        Assert.Contains("Đỗ Văn E31 (MKT-031)", html); // the one undetermined case
        Assert.Contains("QD366.Gap.NoLevel", html);
        Assert.Contains("Đơn vị có 4 người đủ điều kiện HTXS, chỉ được giữ 1; xếp thứ 4 nên chuyển xuống HTT", html);
    }

    [Fact]
    public void WriteEvaluationImpact_Sample_HoldsTheTransitionMatrixAndWhoChanges()
    {
        string html = SampleReports.Html("impact");

        Assert.Contains("party-eval-qd366-minh-khe", html);
        Assert.Contains("Đỗ Văn E31 (MKT-031)", html);
        Assert.Contains("Dương Thị J36 (MKT-036)", html);
        // The matrix row HTXS: 4 keep it, 1 moves to HTT.
        Assert.Matches(new Regex("<tr><td>HTXS</td><td class=\"n same\">4</td><td class=\"n diff\">1</td>"), html);
        Assert.Contains("QD366.HTT", html);
        Assert.Contains("1 trên 3 đơn vị có người thay đổi kết quả.", html);
    }

    [Fact]
    public void WritePlanningReview_Sample_ListsWhoMustLeaveTheTitlesAndTheStructure()
    {
        string html = SampleReports.Html("review");

        Assert.Contains("<td>Đưa ra khỏi quy hoạch</td><td class=\"n diff\">19</td>", html);
        Assert.Contains(Row("Bổ sung quy hoạch", "2"), html);
        Assert.Contains("Nguyễn Văn A01 (MKT-001)", html);
        Assert.Contains("Đặng Hữu Z52 (MKT-052)", html);
        Assert.Contains("<span class=\"bad\">VI PHẠM</span>", html);
        Assert.Contains("Chú giải: VI PHẠM", html);
        Assert.Contains("<td class=\"n\">11/28</td><td class=\"n\">39,3%</td>", html); // women after the review
        Assert.Contains("aria-label=\"Cơ cấu: Cấp xã\"", html);
    }

    [Fact]
    public void WritePlanningReview_RegulationWithTargets_MarksEachShareAgainstItsTarget()
    {
        CliRun run = CliRun.Of([.. SampleReports.Arguments("review"), "--regulation", "planning-qd50"]);

        Assert.Contains("<td>Nữ</td><td class=\"n\">11/28</td><td class=\"n\">39,3%</td><td class=\"n\">25%</td><td class=\"ok\">ĐẠT</td>", run.Output);
        Assert.Contains("<td>Trẻ (dưới 40 tuổi)</td><td class=\"n\">9/28</td><td class=\"n\">32,1%</td><td class=\"n\">15%</td><td class=\"ok\">ĐẠT</td>", run.Output);
        Assert.Contains("39,3% (mục tiêu 25%)", run.Output); // the chart's label
        Assert.Contains("stroke-dasharray", run.Output); // the target's mark
    }

    [Fact]
    public void WritePlanningList_Sample_FlagsTheTitleWithTooManyCandidates()
    {
        string html = SampleReports.Html("plan");

        Assert.Contains("0 chức danh thiếu người đủ điều kiện, 1 chức danh vượt số người tối đa.", html);
        Assert.Contains("<td class=\"bad\">thừa người</td>", html);
        Assert.Contains("41 cán bộ, 5 chức danh; 20 vi phạm, 13 lưu ý", html);
    }

    [Theory]
    [InlineData("evaluation")]
    [InlineData("impact")]
    [InlineData("review")]
    [InlineData("plan")]
    public void Reports_EverySample_AreSelfContainedPrintablePages(string kind)
    {
        string html = SampleReports.Html(kind);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"vi\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", html);
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">", html);
        Assert.Contains("@page { size: A4;", html);
        Assert.Contains("thead { display: table-header-group; }", html);
        Assert.Contains("break-inside: avoid", html);
        Assert.Empty(ExternalReferences(html));
        Assert.Contains("Căn cứ được trích dẫn", html);
        Assert.Matches(new Regex("<ol class=\"notes\">\n<li>"), html); // at least one clause cited
    }

    [Fact]
    public void ExternalReferences_PageWithLinks_FindsEachKind()
    {
        // The static check itself must be able to fail.
        string page = "<img src=\"a.png\"><link href='x.css'><style>b { background: url(x.png) }</style><script>1</script><a href=\"https://x\">x</a>";

        Assert.Equal(7, ExternalReferences(page).Count());
    }

    [Theory]
    [InlineData("evaluation")]
    [InlineData("impact")]
    [InlineData("review")]
    [InlineData("plan")]
    public void Reports_English_HaveNoVietnameseLabels_AndVietnameseNoEnglishLabels(string kind)
    {
        string english = SampleReports.Html(kind, "en");
        string vietnamese = SampleReports.Html(kind, "vi");

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.All(VietnameseLabels, label => Assert.DoesNotContain(">" + label, english));
        Assert.All(EnglishLabels, label => Assert.DoesNotContain(">" + label, vietnamese));
        Assert.Contains(">Clauses cited<", english);
        Assert.Contains(">Căn cứ được trích dẫn<", vietnamese);
    }

    [Fact]
    public void WriteEvaluationRound_NamesWithMarkup_AreEscaped()
    {
        string sheet = File.ReadAllText(SampleReports.Sample("demo-evaluations.json"))
            .Replace("Huỳnh Hữu P16", "<script>alert(1)</script> Trần & Lê", StringComparison.Ordinal)
            .Replace("Chi bộ cơ quan Đảng - Mặt trận", "Chi bộ <b>A</b> & 'B'", StringComparison.Ordinal)
            .Replace("Đảng bộ xã Minh Khê Thượng (hư cấu)", "Đảng bộ <i>X</i> & Y", StringComparison.Ordinal);
        string path = Path.Combine(Path.GetTempPath(), "cadre-rules-escape-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, sheet);
        try
        {
            CliRun run = CliRun.Of("evaluate", path, "--format", "html");

            Assert.DoesNotContain("<script", run.Output, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<b>A</b>", run.Output);
            Assert.DoesNotContain("<i>X</i>", run.Output);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Trần &amp; Lê (MKT-016)", run.Output);
            Assert.Contains("Chi bộ &lt;b&gt;A&lt;/b&gt; &amp; &#39;B&#39;", run.Output);
            Assert.Contains("Đảng bộ &lt;i&gt;X&lt;/i&gt; &amp; Y", run.Output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void WriteEvaluationRound_LimitsOfOne_ListOnePersonAndCountTheRest()
    {
        EvaluationRoundResult result = Round();
        var output = new StringWriter();

        HtmlReports.WriteEvaluationRound(output, result, 2025, new HtmlReportOptions { MaxPeopleListed = 1, MaxGroupsListed = 1 });

        string html = output.ToString();
        Assert.Contains("Huỳnh Hữu P16 (MKT-016)", html); // the first person moved, in input order
        Assert.DoesNotContain("Huỳnh Văn R18 (MKT-018)", html);
        Assert.Contains("… và 3 trường hợp khác không liệt kê", html);
        Assert.Contains("2 đơn vị khác (cộng gộp)", html); // 3 units, 1 listed
        Assert.Contains(Row("Hoàn thành xuất sắc nhiệm vụ (HTXS)", "9", "5", "−4"), html); // the counts still cover everyone
    }

    [Fact]
    public void WriteEvaluationRound_GeneratedProvince_ListsAtMostTheLimitsAndCountsEveryone()
    {
        using var sheet = new MemoryStream();
        CadreRules.Province.ProvinceGenerator.WriteEvaluations(sheet, 30_000, seed: 19);
        sheet.Position = 0;
        using EvaluationSheetReader reader = EvaluationSheetReader.Open(sheet);
        EvaluationRoundResult result = new EvaluationRound(ShippedRegulations.Catalog, RegulationSelector.InForce).Run(reader.ReadPeople());
        var output = new StringWriter();
        var options = new HtmlReportOptions { MaxPeopleListed = 200, MaxGroupsListed = 50 };

        HtmlReports.WriteEvaluationRound(output, result, 2025, options);

        string html = output.ToString();
        int units = result.People.Select(p => p.Unit).Distinct().Count();
        Assert.True(result.MovedCount > options.MaxPeopleListed, $"the generated province moves only {result.MovedCount}");
        Assert.True(units > options.MaxGroupsListed, $"the generated province has only {units} units");
        Assert.Contains($"… và {CadreRules.Localization.DisplayFormat.Count(result.MovedCount - 200, Language.Vietnamese)} trường hợp khác", html);
        Assert.Contains($"{CadreRules.Localization.DisplayFormat.Count(units - 50, Language.Vietnamese)} đơn vị khác (cộng gộp)", html);
        Assert.Contains($"<td>Tổng số</td><td class=\"n\">{CadreRules.Localization.DisplayFormat.Count(30_000, Language.Vietnamese)}</td>", html);
        // Rows: the counts (≤ 8), the units (≤ 51), the quota groups (≤ 50), the people moved (≤ 200), the undetermined (≤ 200).
        int rows = Regex.Count(html, "<tr[ >]");
        Assert.InRange(rows, 1, 8 + 51 + 50 + 200 + 200 + 5);
    }

    [Fact]
    public void WriteEvaluationRound_NoOrganisation_NamesTheDataFileOrADash()
    {
        EvaluationRoundResult result = Round();
        var named = new StringWriter();
        var bare = new StringWriter();

        HtmlReports.WriteEvaluationRound(named, result, 2025, new HtmlReportOptions { DataFile = "so-lieu.json", Language = Language.English });
        HtmlReports.WriteEvaluationRound(bare, result, 2025);

        Assert.Contains("<dt>Organisation</dt><dd>so-lieu.json</dd>", named.ToString());
        Assert.Contains("<dt>Cơ quan, tổ chức</dt><dd>—</dd>", bare.ToString());
    }

    [Theory]
    [InlineData(true, null, null)]
    [InlineData(true, "true", null)]
    [InlineData(false, "true", null)]
    [InlineData(false, "TRUE", null)]
    [InlineData(false, null, BrowserFactAttribute.SkipMessage)]
    [InlineData(false, "false", BrowserFactAttribute.SkipMessage)]
    public void BrowserFact_SkipsOnlyWithoutTheBrowserOutsideCi(bool browserFound, string? ci, string? expected) =>
        Assert.Equal(expected, BrowserFactAttribute.SkipReason(browserFound, ci));

    [Fact]
    public void BrowserFact_SkipMessage_SaysWhereTheBrowserIsLookedForAndWhatInstallsIt() =>
        Assert.Equal("Chromium not found at /usr/bin/chromium; .ci/run installs it", BrowserFactAttribute.SkipMessage);

    [Fact]
    public void HtmlReports_BadArguments_AreRefusedByName()
    {
        EvaluationRoundResult result = Round();

        Assert.Equal("output", Assert.Throws<ArgumentNullException>(() => HtmlReports.WriteEvaluationRound(null!, result, 2025)).ParamName);
        Assert.Equal("result", Assert.Throws<ArgumentNullException>(() => HtmlReports.WriteEvaluationRound(TextWriter.Null, null!, 2025)).ParamName);
        Assert.Equal("after", Assert.Throws<ArgumentNullException>(() => HtmlReports.WriteEvaluationImpact(TextWriter.Null, result, null!, 2025)).ParamName);
        Assert.Equal("MaxPeopleListed", Assert.Throws<ArgumentOutOfRangeException>(() => new HtmlReportOptions { MaxPeopleListed = -1 }).ParamName);
        Assert.Equal("MaxGroupsListed", Assert.Throws<ArgumentOutOfRangeException>(() => new HtmlReportOptions { MaxGroupsListed = -1 }).ParamName);
    }

    [Fact]
    public void Cli_OutWithoutHtml_IsRefusedInTheOutputLanguage()
    {
        CliRun vi = CliRun.Of("evaluate", SampleReports.Sample("demo-evaluations.json"), "--out", "x.html");
        CliRun en = CliRun.Of("evaluate", SampleReports.Sample("demo-evaluations.json"), "--out", "x.html", "--lang", "en");

        Assert.Equal(ExitCodes.BadInput, vi.ExitCode);
        Assert.Contains("--out: chỉ dùng với --format html, xlsx hoặc csv.", vi.Error);
        Assert.Contains("--out: only with --format html, xlsx or csv.", en.Error);
        Assert.False(File.Exists("x.html"));
    }

    [Fact]
    public void Cli_DiffHtmlOfAPlanningList_IsRefused()
    {
        CliRun run = CliRun.Of("diff", SampleReports.Sample("demo-planning.json"), "--roster", SampleReports.Sample("demo-roster.json"), "--against", "planning-qd377", "--format", "html", "--lang", "en");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("diff's HTML report covers evaluation sheets only", run.Error);
    }

    [Fact]
    public void Cli_Out_WritesTheReportAsUtf8WithoutAByteOrderMark()
    {
        string directory = Directory.CreateTempSubdirectory("cadre-rules-out-").FullName;
        try
        {
            string path = SampleReports.Write("evaluation", directory);

            byte[] bytes = File.ReadAllBytes(path);
            Assert.Equal((byte)'<', bytes[0]);
            Assert.Equal(SampleReports.Html("evaluation"), Encoding.UTF8.GetString(bytes));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Every attribute or CSS reference that would make a browser fetch something, and every script.</summary>
    internal static System.Collections.Generic.IEnumerable<string> ExternalReferences(string html) =>
        ReferencePattern().Matches(html).Select(m => m.Value);

    [GeneratedRegex(@"\b(?:src|href|srcset|action|poster|data)\s*=|url\s*\(|@import|<script|<link|<iframe|<object|<embed|https?:|wss?:", RegexOptions.IgnoreCase)]
    private static partial Regex ReferencePattern();

    private static string Row(string label, params string[] numbers) =>
        "<td>" + label + "</td>" + string.Concat(numbers.Select(n => "<td class=\"n" + (n is "0" ? " same" : n.StartsWith('+') || n.StartsWith('−') ? " diff" : string.Empty) + "\">" + n + "</td>"));

    private static EvaluationRoundResult Round()
    {
        using Stream stream = File.OpenRead(SampleReports.Sample("demo-evaluations.json"));
        using EvaluationSheetReader reader = EvaluationSheetReader.Open(stream);
        return new EvaluationRound(ShippedRegulations.Catalog, RegulationSelector.InForce).Run(reader.ReadPeople());
    }
}
