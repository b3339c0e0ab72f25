using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace CadreRules.Tests.Cli;

/// <summary><c>appointment --explain</c>: every request's whole explanation, met or not, in words and in JSON.</summary>
public sealed class AppointmentExplainTests : IDisposable
{
    private const string Requests = """
        { "schemaVersion": 1, "requests": [
          { "cadre": { "id": "aug", "name": "Người A", "sex": "male", "birthDate": "1965-02" }, "kind": "first", "dossierReceivedOn": "2021-08-16", "isPlanned": true },
          { "cadre": { "id": "barred", "sex": "male", "birthDate": "1985-02", "discipline": [ { "form": "reprimand", "track": "party", "decidedOn": "2022-03-01" } ] }, "kind": "first", "dossierReceivedOn": "2022-09-15", "isPlanned": true } ] }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("cadre-rules-explain-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string File()
    {
        string path = Path.Combine(_folder, "a.json");
        System.IO.File.WriteAllText(path, Requests);
        return path;
    }

    private static string Explanations(string output, string heading) => output[output.IndexOf(heading, StringComparison.Ordinal)..];

    [Fact]
    public void Explain_English_ListsEveryConditionOfEveryRequest_EligibleIncluded()
    {
        CliRun run = CliRun.Of("appointment", File(), "--regulation", "appointment-qd80", "--explain", "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        string explained = Explanations(run.Output, "Explanation of each request");
        Assert.Contains("aug (first, 16/08/2021):", explained, StringComparison.Ordinal);
        Assert.Contains("  [met] ", explained, StringComparison.Ordinal);
        Assert.Contains("60 months; at least 60 needed", explained, StringComparison.Ordinal);
        Assert.Contains("[not met]", explained, StringComparison.Ordinal);
        Assert.Contains("[not applicable]", explained, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Vietnamese_InWordsWithoutEnglish()
    {
        CliRun run = CliRun.Of("appointment", File(), "--regulation", "appointment-qd80", "--explain");

        string explained = Explanations(run.Output, "Giải thích từng đề nghị");
        Assert.Contains("[ĐẠT] Tuổi nghỉ hưu trừ tuổi tại tháng nhận hồ sơ 08/2021 còn 60 tháng, cần ít nhất 60 tháng", explained, StringComparison.Ordinal);
        Assert.Contains("[KHÔNG ĐẠT] Đang trong thời hạn chưa được bổ nhiệm do bị kỷ luật", explained, StringComparison.Ordinal);
        VietnameseOutput.AssertNoEnglish(explained);
    }

    [Fact]
    public void Explain_Json_GivesEachRequestsTree_WithoutItNone()
    {
        CliRun explained = CliRun.Of("appointment", File(), "--regulation", "appointment-qd80", "--explain", "--format", "json");
        CliRun plain = CliRun.Of("appointment", File(), "--regulation", "appointment-qd80", "--format", "json");

        using JsonDocument document = JsonDocument.Parse(explained.Output);
        JsonElement aug = document.RootElement.GetProperty("requests")[0];
        Assert.Empty(aug.GetProperty("reasons").EnumerateArray());
        JsonElement tree = aug.GetProperty("explanation");
        Assert.Equal("satisfied", tree.GetProperty("status").GetString());
        Assert.Contains(tree.GetProperty("children").EnumerateArray(), c => c.GetProperty("code").GetString() == "Appointment.Planned");
        using JsonDocument compact = JsonDocument.Parse(plain.Output);
        Assert.False(compact.RootElement.GetProperty("requests")[0].TryGetProperty("explanation", out _));
    }
}
