using System.IO;
using System.Text;
using System.Text.Json;
using CadreRules.Documents;
using CadreRules.Rules;

namespace CadreRules.Cli.Commands;

/// <summary>Small JSON helpers for the command reports (written with <see cref="Utf8JsonWriter"/>: no reflection); the
/// result documents themselves are written by <see cref="CadreResultJson"/>.</summary>
internal static class FindingJson
{
    public static void Write(TextWriter output, System.Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, CadreResultJson.WriterOptions))
        {
            body(json);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
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
