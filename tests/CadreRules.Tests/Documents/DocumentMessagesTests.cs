using System;
using System.IO;
using System.Text;
using CadreRules.Documents;
using CadreRules.Rules;
using CadreRules.Tests.Cli;

namespace CadreRules.Tests.Documents;

/// <summary>Document errors carry a stable code and their values, and are written in Vietnamese or English with the
/// path kept (issue 17, "in the output's language"). The wording is asserted once per family.</summary>
public class DocumentMessagesTests
{
    private static readonly string Samples = Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples");

    private static string Roster(string cadre) => $$"""{"schemaVersion":1,"cadres":[{{cadre}}]}""";

    private static DocumentException Fails(Action read) => Assert.Throws<DocumentException>(read);

    private static DocumentException ReadRoster(string json) => Fails(() => CadreDocuments.ReadRoster(json));

    private static void AssertVietnamese(DocumentException e, string code, string[] arguments, string vietnamese)
    {
        Assert.Equal(code, e.Code);
        Assert.Equal(arguments, e.Arguments);
        Assert.Equal(e.Message, DocumentMessages.Format(e, Language.English));
        Assert.Equal(vietnamese, DocumentMessages.Format(e, Language.Vietnamese));
    }

    [Fact]
    public void UnknownProperty_HasItsCodeAndVietnamese() =>
        AssertVietnamese(
            ReadRoster(Roster("""{"id":"A1","sex":"male","birthDate":"1960","foo":1}""")),
            DocumentErrorCodes.UnknownProperty,
            ["foo"],
            "$.cadres[0].foo: không có thuộc tính 'foo' trong loại tài liệu này. (dòng 1, byte 79)");

    [Fact]
    public void MissingField_HasItsCodeAndVietnamese() =>
        AssertVietnamese(
            ReadRoster(Roster("""{"id":"A1","birthDate":"1960"}""")),
            DocumentErrorCodes.MissingField,
            [],
            "$.cadres[0].sex: thiếu trường bắt buộc.");

    [Fact]
    public void WrongType_HasItsCodeAndVietnamese()
    {
        DocumentException number = ReadRoster("""{"schemaVersion":"1","cadres":[]}""");
        AssertVietnamese(number, DocumentErrorCodes.WrongType, ["integer"], "$.schemaVersion: cần một số nguyên. (dòng 1, byte 21)");
        DocumentException choice = ReadRoster(Roster("""{"id":"A1","sex":"other","birthDate":"1960"}"""));
        Assert.Equal(DocumentErrorCodes.WrongType, choice.Code);
        Assert.Equal(["oneOf", "male, female"], choice.Arguments);
        Assert.StartsWith("$.cadres[0].sex: cần một trong các giá trị male, female. (dòng 1, byte ", DocumentMessages.Format(choice, Language.Vietnamese), StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatedProperty_HasItsCodeAndVietnamese() =>
        AssertVietnamese(
            ReadRoster(Roster("""{"id":"A1","sex":"male","sex":"female","birthDate":"1960"}""")),
            DocumentErrorCodes.RepeatedProperty,
            ["sex"],
            "$.cadres[0].sex: thuộc tính 'sex' được ghi hai lần; mỗi thuộc tính chỉ được ghi một lần. (dòng 1, byte 68)");

    [Fact]
    public void NotUtf8_HasItsCodeAndVietnamese()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("""{"schemaVersion":1,"cadres":[{"id":"A"""), 0xFF, .. Encoding.UTF8.GetBytes("""1","sex":"male","birthDate":"1960"}]}""")];
        AssertVietnamese(
            Fails(() => CadreDocuments.ReadRoster(new MemoryStream(bytes))),
            DocumentErrorCodes.NotUtf8,
            ["FF", "37"],
            "$: tài liệu không phải UTF-8: byte 0xFF ở vị trí 37 (đếm từ 0) không mở đầu hay nối tiếp một ký tự nào. (dòng 1, byte 38)");
        DocumentException made = DocumentException.ForInvalidUtf8(0xC0, 12);
        Assert.Equal(["C0", "12"], made.Arguments);
        Assert.Equal("$: the document is not UTF-8: byte 0xC0 at offset 12 (counted from 0) cannot start or continue a character.", made.Message);
    }

    [Fact]
    public void TooLarge_HasItsCodeAndVietnamese() =>
        AssertVietnamese(
            Fails(() => CadreDocuments.ReadRoster(new MemoryStream(Encoding.UTF8.GetBytes(Roster("""{"id":"A1","sex":"male","birthDate":"1960"}"""))), new DocumentLimits { MaxBytes = 10 })),
            DocumentErrorCodes.TooLarge,
            ["10"],
            "$: tài liệu lớn hơn giới hạn 10 byte; việc đọc dừng tại đó. Nâng giới hạn bằng DocumentLimits.MaxBytes (trên dòng lệnh: --max-bytes) để đọc.");

    [Fact]
    public void WrongKind_HasItsCodeAndVietnamese() =>
        AssertVietnamese(
            Fails(() => CadreDocuments.ReadPlanningList(File.ReadAllText(Path.Combine(Samples, "demo-evaluations.json")))),
            DocumentErrorCodes.WrongKind,
            ["EvaluationSheet", "PlanningList"],
            "$: đây là bảng đánh giá, xếp loại, không phải danh sách quy hoạch.");

    [Fact]
    public void DuplicateId_HasItsCodeAndVietnamese() =>
        AssertVietnamese(
            ReadRoster("""{"schemaVersion":1,"cadres":[{"id":"A1","sex":"male","birthDate":"1960"},{"id":" a1","sex":"male","birthDate":"1960"}]}"""),
            DocumentErrorCodes.DuplicateId,
            ["a1", "$.cadres[0]"],
            "$.cadres[1].id: mã 'a1' đã được dùng tại $.cadres[0] (mã được so sánh sau khi bỏ khoảng trắng hai đầu, không phân biệt chữ hoa, chữ thường).");

    [Fact]
    public void DateOutOfRange_HasItsCodeAndVietnamese() =>
        AssertVietnamese(
            ReadRoster(Roster("""{"id":"A1","sex":"male","birthDate":"9938-01-01"}""")),
            DocumentErrorCodes.OutOfRange,
            ["9938-01-01", "1900-01-01", "2200-12-31"],
            "$.cadres[0].birthDate: giá trị 9938-01-01 nằm ngoài khoảng thư viện chấp nhận, từ 1900-01-01 đến 2200-12-31.");

    [Fact]
    public void CountOutOfRange_HasItsCodeAndVietnamese()
    {
        string json = File.ReadAllText(Path.Combine(Samples, "demo-planning.json")).Replace("\"rank\": 5", "\"rank\": 5, \"seats\": 715827883", StringComparison.Ordinal);
        AssertVietnamese(
            Fails(() => CadreDocuments.ReadPlanningList(json, CadreDocuments.ReadRoster(File.ReadAllText(Path.Combine(Samples, "demo-roster.json"))))),
            DocumentErrorCodes.OutOfRange,
            ["715827883", "1", "1000"],
            "$.titles[0].seats: giá trị 715827883 nằm ngoài khoảng thư viện chấp nhận, từ 1 đến 1000.");
    }

    [Fact]
    public void Syntax_HasItsCode_AndTheLibrarysOwnRefusalsAreWordedInBothLanguages()
    {
        DocumentException syntax = ReadRoster("{\"schemaVersion\":1,\"cadres\":[}");
        Assert.Equal(DocumentErrorCodes.Syntax, syntax.Code);
        Assert.Contains(": văn bản không đúng cú pháp JSON (", DocumentMessages.Format(syntax, Language.Vietnamese), StringComparison.Ordinal);

        // A check of the core library (a post ending before it starts) carries its text in both languages.
        DocumentException post = ReadRoster(Roster("""{"id":"A1","sex":"male","birthDate":"1960","positions":[{"title":"x","unit":"u","level":"commune","start":"2020-01-01","end":"2019-01-01"}]}"""));
        Assert.Equal(DocumentErrorCodes.Refused, post.Code);
        Assert.Equal("$.cadres[0].positions[0].end: chức vụ 'x' kết thúc ngày 01/01/2019, trước ngày bắt đầu 01/01/2020.", DocumentMessages.Format(post, Language.Vietnamese));
        Assert.Contains("ends on", DocumentMessages.Format(post, Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void SeveralErrors_AreCountedInVietnamese()
    {
        DocumentException e = ReadRoster("""{"schemaVersion":1,"cadres":[{"id":"A1","sex":"male","birthDate":"9999"},{"id":"A2","sex":"male","birthDate":"9999"}]}""");
        Assert.Equal(2, e.ErrorCount);
        Assert.Equal("$.cadres[0].birthDate: giá trị 9999 nằm ngoài khoảng thư viện chấp nhận, từ 1900 đến 2200. (và 1 lỗi khác)", DocumentMessages.Format(e, Language.Vietnamese));
    }

    [Fact]
    public void Cli_UnderLangVi_WritesDocumentErrorsInVietnameseWithThePath()
    {
        string file = Path.Combine(Path.GetTempPath(), "cadre-rules-vi-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, Roster("""{"id":"A1","sex":"male","birthDate":"1960","foo":1}"""));
        try
        {
            CliRun vi = CliRun.Of("retirement", file, "--as-of", "2026-01-01", "--lang", "vi");
            Assert.Equal(2, vi.ExitCode);
            Assert.Equal($"error: {file}: $.cadres[0].foo: không có thuộc tính 'foo' trong loại tài liệu này. (dòng 1, byte 79)\n", vi.Error);
            CliRun en = CliRun.Of("retirement", file, "--as-of", "2026-01-01", "--lang", "en");
            Assert.Equal($"error: {file}: $.cadres[0].foo: unknown property 'foo'. (line 1, byte 79)\n", en.Error);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("diff")]
    public void Cli_EvaluateAndDiff_UnderLangVi_WriteSheetErrorsInVietnameseWithThePath(string command)
    {
        string file = Path.Combine(Path.GetTempPath(), "cadre-rules-vi-" + Guid.NewGuid().ToString("N") + ".json");
        string sheet = File.ReadAllText(Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples", "demo-evaluations.json"));
        int first = sheet.IndexOf("\"id\"", StringComparison.Ordinal);
        File.WriteAllText(file, sheet.Insert(first, "\"foo\": 1, "));
        string[] extra = command == "diff" ? ["--against", "in force"] : [];
        try
        {
            CliRun vi = CliRun.Of([command, file, .. extra, "--lang", "vi"]);
            Assert.Equal(2, vi.ExitCode);
            Assert.Contains($"{file}: $.people[0].foo: không có thuộc tính 'foo' trong loại tài liệu này.", vi.Error, StringComparison.Ordinal);
            CliRun en = CliRun.Of([command, file, .. extra, "--lang", "en"]);
            Assert.Contains($"{file}: $.people[0].foo: unknown property 'foo'.", en.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void SchemaVersion_HasItsCodeAndVietnamese() =>
        AssertVietnamese(
            ReadRoster("""{"schemaVersion":2,"cadres":[]}"""),
            DocumentErrorCodes.SchemaVersion,
            ["2", "1"],
            "$.schemaVersion: phiên bản lược đồ 2 không được hỗ trợ; thư viện này đọc phiên bản 1.");

    /// <summary>Each sentence of the table has both languages, and no hole is left once its arguments are given.</summary>
    [Fact]
    public void EveryTableSentence_IsWrittenInBothLanguages_WithItsHolesFilled()
    {
        Assert.NotEmpty(DocumentTexts.Keys);
        foreach (string key in DocumentTexts.Keys)
        {
            string code = key.Split('/')[0];
            string[] arguments = code switch
            {
                DocumentErrorCodes.WrongTopic => ["planning-qd377", "Planning", "rotation"],
                DocumentErrorCodes.NoRegulationInForce => ["Evaluation", "PartyMember", "2026-01-15"],
                DocumentErrorCodes.NeedsField when !key.EndsWith("/or", StringComparison.Ordinal) => ["a", "b"],
                _ => ["a", "b", "c"],
            };
            foreach (Language language in new[] { Language.Vietnamese, Language.English })
            {
                string text = DocumentTexts.Say(code, arguments, language)!;
                Assert.DoesNotMatch(@"\{\d\}", text);
                Assert.NotEqual(text, DocumentTexts.Say(code, arguments, language == Language.English ? Language.Vietnamese : Language.English));
            }
        }

        Assert.Equal(
            "$.regulation: không có quy định về đánh giá, xếp loại chất lượng cho đảng viên có hiệu lực vào 15/01/2026 trong danh mục này.",
            DocumentMessages.Format(DocumentException.Create("$.regulation", DocumentErrorCodes.NoRegulationInForce, "Evaluation", "PartyMember", "2026-01-15"), Language.Vietnamese));
        Assert.Throws<ArgumentException>(() => DocumentException.Create("$", DocumentErrorCodes.UnknownProperty, "x"));
    }

    /// <summary>A value the evaluation input refuses (issue 19, item 2) is written in the output's language at the path
    /// of its field: the library words it in both languages.</summary>
    [Fact]
    public void EvaluationInputRefusal_HasItsCodeAndVietnamese()
    {
        string sheet = File.ReadAllText(Path.Combine(Samples, "demo-evaluations.json"));
        int first = sheet.IndexOf("\"completed\": 10", StringComparison.Ordinal);
        DocumentException e = Fails(() => CadreDocuments.ReadEvaluations(sheet.Remove(first, "\"completed\": 10".Length).Insert(first, "\"completed\": 12")));
        AssertVietnamese(
            e,
            DocumentErrorCodes.Refused,
            ["số nhiệm vụ hoàn thành (12) không được vượt số nhiệm vụ được giao (10)."],
            "$.people[0].tasks.completed: số nhiệm vụ hoàn thành (12) không được vượt số nhiệm vụ được giao (10).");
        Assert.Equal("$.people[0].tasks.completed: Completed tasks (12) cannot exceed the tasks assigned (10).", e.Message);
    }

    [Fact]
    public void CaseFileErrors_AreWrittenInVietnamese()
    {
        string Case(string body) => $$"""{"schemaVersion":1,"kind":"retirement","name":"n",{{body}}}""";
        DocumentException kind = Fails(() => CaseRunner.Run(Case("\"kind\":\"x\",\"facts\":{},\"expected\":{}").Replace("\"kind\":\"retirement\",", string.Empty, StringComparison.Ordinal), "c.json", ShippedRegulations.Catalog));
        Assert.Equal(DocumentErrorCodes.UnknownReference, kind.Code);
        Assert.StartsWith("$.kind: không có loại tình huống 'x'; có: ", DocumentMessages.Format(kind, Language.Vietnamese), StringComparison.Ordinal);
        DocumentException regulation = Fails(() => CaseRunner.Run(Case("\"regulation\":\"in force on tomorrow\",\"facts\":{},\"expected\":{}"), "c.json", ShippedRegulations.Catalog));
        Assert.Equal(
            "$.regulation: 'in force on tomorrow' không đọc được; cần mã một quy định (lệnh regulations liệt kê các mã), \"in force\" hoặc \"in force on yyyy-MM-dd\".",
            DocumentMessages.Format(regulation, Language.Vietnamese));
    }
}
