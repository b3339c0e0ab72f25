using System;
using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using CadreRules.Localization;
using CadreRules.Rules;

namespace CadreRules.Server.Results;

/// <summary>Writes a result document with <see cref="Utf8JsonWriter"/> (no reflection: native AOT) in the form of the
/// CLI's <c>--format json</c> output: two-space indentation, <c>\n</c> line ends, letters unescaped, a final line end.</summary>
internal static class ResultJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };

    public static ReadOnlyMemory<byte> Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            body(json);
        }

        buffer.Write("\n"u8);
        return buffer.WrittenMemory;
    }

    /// <summary>An enum's name in camelCase, as the documents write enums.</summary>
    public static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    /// <summary>A finding: code, status, severity, its sentence for that status (from <paramref name="render"/>) and
    /// its clause.</summary>
    public static void WriteFinding(Utf8JsonWriter json, Finding finding, FindingRenderer render)
    {
        json.WriteStartObject();
        json.WriteString("code", finding.Code.Value);
        json.WriteString("status", Camel(finding.Status.ToString()));
        json.WriteString("severity", Camel(finding.Severity.ToString()));
        json.WriteString("text", render.Text(finding));
        if (finding.Citation is { } citation)
        {
            json.WriteString("citation", citation.Format(render.Language));
        }

        json.WriteEndObject();
    }

    /// <summary>A finding with the plain renderer of the language.</summary>
    public static void WriteFinding(Utf8JsonWriter json, Finding finding, Language language) =>
        WriteFinding(json, finding, new FindingRenderer(language));

    /// <summary>An exact share: <c>{"numerator": n, "denominator": d}</c>.</summary>
    public static void WriteShare(Utf8JsonWriter json, string name, Share share)
    {
        json.WriteStartObject(name);
        json.WriteNumber("numerator", share.Numerator);
        json.WriteNumber("denominator", share.Denominator);
        json.WriteEndObject();
    }

    public static string Date(NodaTime.LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    public static string Month(NodaTime.YearMonth month) => NodaTime.Text.YearMonthPattern.Iso.Format(month);
}
