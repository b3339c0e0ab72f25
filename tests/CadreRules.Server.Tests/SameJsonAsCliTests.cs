using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;

namespace CadreRules.Server.Tests;

/// <summary>One document format for both: every endpoint answers, byte for byte, what the CLI's <c>--format json</c>
/// writes for the same document (the CLI's outputs are checked against docs/schemas/cli by the main test project), in
/// both languages, with the national catalogue and with a province's variants (the CLI's <c>--overrides</c>). Both write
/// with <c>CadreRules.Documents.CadreResultJson</c>; what this holds is the rest: reading, the regulation chosen, the
/// roster, the language and the framing of the bytes.</summary>
public sealed class SameJsonAsCliTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    /// <summary>Every family in Vietnamese (the default), and in English those whose texts differ most (findings with
    /// names, shares, the request reasons); each case starts the CLI once, so the English set is kept small.</summary>
    public static IEnumerable<object?[]> Cases()
    {
        yield return ["/evaluation-round", "evaluate", "demo-evaluations.json", false, null, null];
        yield return ["/provinces/hoa-son/evaluation-round", "evaluate", "demo-evaluations.json", false, "demo-variant-evaluation.json", null];
        yield return ["/planning-list", "plan", "demo-planning.json", true, null, null];
        yield return ["/provinces/minh-khe/planning-list", "plan", "demo-planning.json", true, "demo-variant-planning.json", "en"];
        yield return ["/planning-review", "review", "demo-review.json", true, null, null];
        yield return ["/rotation", "rotation", "demo-rotations.json", true, null, null];
        yield return ["/appointment", "appointment", "demo-appointments.json", true, null, "en"];
        yield return ["/committee", "committee", "demo-committee.json", true, null, null];
        yield return ["/composition", "composition", "demo-body.json", true, null, "en"];
        yield return ["/position-change", "position-change", "demo-position-changes.json", true, null, null];
        yield return ["/non-local", "non-local", "key-posts-thanh-tri-2023-07.json", false, null, null];
        yield return ["/non-local", "non-local", "key-posts-thanh-tri-2023-07.json", false, null, "en"];
        yield return ["/provinces/hoa-son/impact/evaluation-round", "diff", "demo-evaluations.json", false, "demo-variant-evaluation.json", null];
        yield return ["/standards", "standards", "demo-standards.json", false, null, null];
        yield return ["/standards", "standards", "demo-standards.json", false, null, "en"];
        yield return ["/movements", "movements", "demo-movements.json", true, null, null];
        yield return ["/history", "history", "demo-history.json", false, null, "en"];

        // explain=true is the CLI's --explain: each answer's whole explanation tree.
        yield return ["/rotation?explain=true", "rotation", "demo-rotations.json", true, null, null];
        yield return ["/appointment?explain=true", "appointment", "demo-appointments.json", true, null, "en"];
        yield return ["/position-change?explain=true", "position-change", "demo-position-changes.json", true, null, null];
        yield return ["/movements?explain=true", "movements", "demo-movements.json", true, null, "en"];
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Endpoint_OnASample_AnswersWhatTheCliWrites(string path, string command, string sample, bool roster, string? variant, string? language)
    {
        byte[] document = Requests.Sample(sample);
        using HttpRequestMessage request = roster
            ? Requests.WithRoster(path, document, Requests.Sample("demo-roster.json"), language)
            : Requests.Json(path, document, language);
        using HttpResponseMessage response = await server.Client.SendAsync(request);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);

        var args = new List<string> { command, ServerHost.Sample(sample), "--format", "json", "--lang", language ?? "vi" };
        if (roster)
        {
            args.AddRange(["--roster", ServerHost.Sample("demo-roster.json")]);
        }

        if (variant is not null)
        {
            args.AddRange(["--overrides", ServerHost.Sample(variant)]);
        }

        if (path.EndsWith("?explain=true", System.StringComparison.Ordinal))
        {
            args.Add("--explain");
            Assert.Contains("\"explanation\"", body, System.StringComparison.Ordinal);
        }

        Assert.Equal(await CliRunner.OutputAsync([.. args]), body);
    }

    [Theory]
    [InlineData("/catalogue", null, null)]
    [InlineData("/provinces/hoa-son/catalogue", "demo-variant-evaluation.json", "en")]
    public async Task Catalogue_AnswersWhatTheCliWrites(string path, string? variant, string? language)
    {
        using HttpRequestMessage request = Requests.Get(path, language);
        using HttpResponseMessage response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string[] args = variant is null
            ? ["regulations", "--format", "json", "--lang", language ?? "vi"]
            : ["regulations", "--format", "json", "--lang", language ?? "vi", "--overrides", ServerHost.Sample(variant)];
        Assert.Equal(await CliRunner.OutputAsync(args), await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/rotation?explain=yes", "demo-rotations.json")]
    [InlineData("/position-change?explain=1", "demo-position-changes.json")]
    public async Task Explain_OtherThanTrueOrFalse_IsABadParameter(string path, string sample)
    {
        using HttpResponseMessage response = await server.Client.SendAsync(Requests.WithRoster(path, Requests.Sample(sample), Requests.Sample("demo-roster.json"), "en"));
        string body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("explain", body, System.StringComparison.Ordinal);
        Assert.Contains("is neither true nor false", body, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/rotation", "demo-rotations.json")]
    [InlineData("/rotation?explain=false", "demo-rotations.json")]
    public async Task Explain_AbsentOrFalse_WritesNoTree(string path, string sample)
    {
        using HttpResponseMessage response = await server.Client.SendAsync(Requests.WithRoster(path, Requests.Sample(sample), Requests.Sample("demo-roster.json"), null));
        string body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("\"explanation\"", body, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retirement_AnswersWhatTheCliWrites()
    {
        using HttpResponseMessage response = await server.Client.SendAsync(Requests.Json("/retirement?asOf=01/01/2026", Requests.Sample("demo-roster.json")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            await CliRunner.OutputAsync("retirement", ServerHost.Sample("demo-roster.json"), "--as-of", "2026-01-01", "--format", "json"),
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Statistics_AnswersWhatTheCliWrites()
    {
        using HttpResponseMessage response = await server.Client.SendAsync(Requests.Json("/statistics?asOf=01/01/2026&youngAge=35", Requests.Sample("demo-roster.json"), "en"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            await CliRunner.OutputAsync("statistics", ServerHost.Sample("demo-roster.json"), "--as-of", "2026-01-01", "--young-age", "35", "--format", "json", "--lang", "en"),
            await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/titles?on=2025-09-08", "--on 2025-09-08", "en")]
    [InlineData("/titles?on=07/09/2025", "--on 2025-09-07", null)]
    [InlineData("/titles?on=2025-10-01&title=partySecretary&other=committeeChair&otherTier=hanoiOrHoChiMinhCity", "--on 2025-10-01 --title partySecretary --other committeeChair --other-tier hanoiOrHoChiMinhCity", null)]
    [InlineData("/provinces/hoa-son/titles?on=2025-10-01&title=organisationDeputy&tier=hanoiOrHoChiMinhCity&other=partySecretary", "--on 2025-10-01 --title organisationDeputy --tier hanoiOrHoChiMinhCity --other partySecretary", "en")]
    public async Task Titles_AnswersWhatTheCliWrites(string path, string arguments, string? language)
    {
        using HttpRequestMessage request = Requests.Get(path, language);
        using HttpResponseMessage response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            await CliRunner.OutputAsync(["titles", .. arguments.Split(' '), "--format", "json", "--lang", language ?? "vi"]),
            await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/titles", "on")]
    [InlineData("/titles?on=2025-13-01", "on")]
    [InlineData("/titles?on=2025-10-01&title=partySecretary", "other")]
    [InlineData("/titles?on=2025-10-01&title=mayor&other=partySecretary", "title")]
    [InlineData("/titles?on=2025-10-01&title=partySecretary&other=committeeChair&otherTier=hanoi", "otherTier")]
    public async Task Titles_AMissingOrWrongParameter_IsABadRequestNamingIt(string path, string parameter)
    {
        using HttpRequestMessage request = Requests.Get(path, "en");
        using HttpResponseMessage response = await server.Client.SendAsync(request);
        string body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"" + parameter + "\"", body, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/statistics?youngAge=35", "asOf")]
    [InlineData("/statistics?asOf=2026-01-01", "youngAge")]
    [InlineData("/statistics?asOf=2026-01-01&youngAge=0", "youngAge")]
    [InlineData("/statistics?asOf=2026-13-01&youngAge=35", "asOf")]
    [InlineData("/history?denominator=everyone", "denominator")]
    public async Task AMissingOrWrongParameter_IsABadRequestNamingIt(string path, string parameter)
    {
        byte[] sample = Requests.Sample(path.StartsWith("/history", System.StringComparison.Ordinal) ? "demo-history.json" : "demo-roster.json");
        using HttpResponseMessage response = await server.Client.SendAsync(Requests.Json(path, sample, "en"));
        string body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(parameter, body, System.StringComparison.Ordinal);
    }
}
