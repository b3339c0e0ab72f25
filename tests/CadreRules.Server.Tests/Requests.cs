using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Tasks;

namespace CadreRules.Server.Tests;

/// <summary>Requests to the server: a JSON body or a multipart body with a roster, in a language.</summary>
internal static class Requests
{
    public static HttpRequestMessage Json(string path, byte[] body, string? language = null, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return request;
    }

    /// <summary>A GET of a path (the catalogue, the titles), in a language or the default one.</summary>
    public static HttpRequestMessage Get(string path, string? language = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return request;
    }

    public static HttpRequestMessage Json(string path, string body, string? language = null) => Json(path, System.Text.Encoding.UTF8.GetBytes(body), language);

    public static HttpRequestMessage WithRoster(string path, byte[] document, byte[] roster, string? language = null)
    {
        var content = new MultipartFormDataContent
        {
            { new ByteArrayContent(document), "document", "document.json" },
            { new ByteArrayContent(roster), "roster", "roster.json" },
        };
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return request;
    }

    public static byte[] Sample(string name) => File.ReadAllBytes(ServerHost.Sample(name));

    /// <summary>Asserts a problem details response and returns its JSON.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, int status)
    {
        string text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        JsonElement problem = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        return problem;
    }
}
