using System;
using System.IO;
using System.Text.Json;

namespace CadreRules.Tests.Cli;

/// <summary><c>rotation --explain</c>: every request's whole explanation, met or not, in words and in JSON (as
/// <c>appointment --explain</c>).</summary>
public sealed class RotationExplainTests
{
    private static string Sample(string name) =>
        Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples", name);

    [Fact]
    public void Explain_ListsEveryConditionOfEveryRequest_EligibleIncluded()
    {
        string[] args = ["rotation", Sample("demo-rotations.json"), "--roster", Sample("demo-roster.json")];
        CliRun plain = CliRun.Of(args);
        CliRun explained = CliRun.Of([.. args, "--explain"]);

        Assert.Equal(plain.ExitCode, explained.ExitCode);
        Assert.DoesNotContain("Giải thích từng đề nghị", plain.Output, StringComparison.Ordinal);
        string part = explained.Output[explained.Output.IndexOf("Giải thích từng đề nghị", StringComparison.Ordinal)..];
        Assert.Contains("MKT-017 (xã → cơ sở, 01/03/2026–28/02/2029 (36 tháng)):", part, StringComparison.Ordinal);
        Assert.Contains("[ĐẠT] Còn 376 tháng công tác tính từ ngày luân chuyển 01/03/2026, cần ít nhất 120 tháng", part, StringComparison.Ordinal);
        Assert.Contains("[KHÔNG ÁP DỤNG]", part, StringComparison.Ordinal);
        VietnameseOutput.AssertNoEnglish(part);
    }

    [Fact]
    public void Explain_Json_GivesEachRequestsTree_WithoutItNone()
    {
        string[] args = ["rotation", Sample("demo-rotations.json"), "--roster", Sample("demo-roster.json"), "--format", "json"];
        using JsonDocument plain = JsonDocument.Parse(CliRun.Of(args).Output);
        using JsonDocument explained = JsonDocument.Parse(CliRun.Of([.. args, "--explain"]).Output);

        Assert.All(plain.RootElement.GetProperty("requests").EnumerateArray(), r => Assert.False(r.TryGetProperty("explanation", out _)));
        Assert.All(explained.RootElement.GetProperty("requests").EnumerateArray(), r => Assert.Equal("Rotation.Eligibility", r.GetProperty("explanation").GetProperty("code").GetString()));
    }
}
