using System.IO;
using System.Linq;
using System.Text.Json;
using CadreRules.Cli.Localization;
using CadreRules.Rules;

namespace CadreRules.Cli.Commands;

/// <summary>Findings in words for the family commands: the rendered sentence with every enum name or key among its
/// values written in the output language (<see cref="Vocabulary.Translate"/>), the clause cited, and whole trees for
/// <c>--explain</c>; no rule code in the text (codes go to the JSON output only).</summary>
internal static class FindingText
{
    /// <summary>The finding's sentence for its status in a language (what holds, what is wrong, or why it is not
    /// considered), its values written as a person reads them: the library's <see cref="global::CadreRules.Localization.FindingRenderer"/>.</summary>
    public static string Render(Finding finding, Language language) =>
        new global::CadreRules.Localization.FindingRenderer(language).Text(finding);

    /// <summary>The sentence followed by the clause cited (<c>sentence — Điều 4, …</c>).</summary>
    public static string Line(Finding finding, Language language) =>
        Render(finding, language) + (finding.Citation is { } citation ? " — " + citation.Format(language) : string.Empty);

    /// <summary>The mark of a finding's status: <c>[ĐẠT]</c>, <c>[KHÔNG ĐẠT]</c>, <c>[KHÔNG ÁP DỤNG]</c> in Vietnamese.</summary>
    public static string Mark(FindingStatus status, Language language) => (status, language) switch
    {
        (FindingStatus.Satisfied, Language.Vietnamese) => "[ĐẠT]",
        (FindingStatus.NotSatisfied, Language.Vietnamese) => "[KHÔNG ĐẠT]",
        (_, Language.Vietnamese) => "[KHÔNG ÁP DỤNG]",
        (FindingStatus.Satisfied, _) => "[met]",
        (FindingStatus.NotSatisfied, _) => "[not met]",
        _ => "[not applicable]",
    };

    /// <summary>Writes a whole explanation, one finding a line, children indented.</summary>
    public static void WriteTree(TextWriter output, Finding finding, Language language, int depth)
    {
        output.WriteLine(new string(' ', depth * 2) + Mark(finding.Status, language) + " " + Line(finding, language));
        foreach (Finding child in finding.Children)
        {
            WriteTree(output, child, language, depth + 1);
        }
    }

    /// <summary>Writes a finding and its children as JSON: code, status, severity, text, citation, values (each
    /// formatted in the language, as <c>{name, value}</c> pairs: a name may repeat), children.</summary>
    public static void WriteJsonTree(Utf8JsonWriter json, Finding finding, Language language)
    {
        json.WriteStartObject();
        json.WriteString("code", finding.Code.Value);
        json.WriteString("status", FindingJson.Camel(finding.Status.ToString()));
        json.WriteString("severity", FindingJson.Camel(finding.Severity.ToString()));
        json.WriteString("text", Render(finding, language));
        if (finding.Citation is { } citation)
        {
            json.WriteString("citation", citation.Format(language));
        }

        if (!finding.Values.IsEmpty)
        {
            json.WriteStartArray("values");
            foreach (FactValue value in finding.Values)
            {
                json.WriteStartObject();
                json.WriteString("name", value.Name);
                json.WriteString("value", Vocabulary.Translate(value, language).Format(language));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (!finding.Children.IsEmpty)
        {
            json.WriteStartArray("children");
            foreach (Finding child in finding.Children)
            {
                WriteJsonTree(json, child, language);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>Writes a reason (a finding) as JSON with its sentence in words: code, status, severity, text, citation.</summary>
    public static void WriteJson(Utf8JsonWriter json, Finding finding, Language language)
    {
        json.WriteStartObject();
        json.WriteString("code", finding.Code.Value);
        json.WriteString("status", FindingJson.Camel(finding.Status.ToString()));
        json.WriteString("severity", FindingJson.Camel(finding.Severity.ToString()));
        json.WriteString("text", Render(finding, language));
        if (finding.Citation is { } citation)
        {
            json.WriteString("citation", citation.Format(language));
        }

        json.WriteEndObject();
    }
}
