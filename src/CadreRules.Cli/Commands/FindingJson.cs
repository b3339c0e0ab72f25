using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CadreRules.Rules;

namespace CadreRules.Cli.Commands;

/// <summary>Small JSON helpers for the command reports (written with <see cref="Utf8JsonWriter"/>: no reflection).</summary>
internal static class FindingJson
{
    public static void Write(TextWriter output, System.Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" }))
        {
            body(json);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>Writes a finding: its code, status, severity, its text for that status (what holds, what is wrong, or
    /// why it does not apply, with names and plain numbers) and its clause.</summary>
    public static void WriteFinding(Utf8JsonWriter json, Finding finding, global::CadreRules.Localization.FindingRenderer render)
    {
        Language language = render.Language;
        json.WriteStartObject();
        json.WriteString("code", finding.Code.Value);
        json.WriteString("status", JsonNamingPolicy.CamelCase.ConvertName(finding.Status.ToString()));
        json.WriteString("severity", JsonNamingPolicy.CamelCase.ConvertName(finding.Severity.ToString()));
        json.WriteString("text", render.Text(finding));
        if (finding.Citation is { } citation)
        {
            json.WriteString("citation", citation.Format(language));
        }

        json.WriteEndObject();
    }

    public static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    /// <summary>An exact share as the documents write it: <c>{"numerator": n, "denominator": d}</c>.</summary>
    public static void WriteShare(Utf8JsonWriter json, string name, Share share)
    {
        json.WriteStartObject(name);
        json.WriteNumber("numerator", share.Numerator);
        json.WriteNumber("denominator", share.Denominator);
        json.WriteEndObject();
    }
}
