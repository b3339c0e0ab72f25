using System.IO;
using System.Linq;
using CadreRules.Cli.Localization;
using CadreRules.Rules;

namespace CadreRules.Cli.Commands;

/// <summary>Findings in words for the family commands: the rendered sentence with every enum name or key among its
/// values written in the output language (<see cref="Vocabulary.Translate"/>), the clause cited, and whole trees for
/// <c>--explain</c> as text (the JSON trees are <see cref="CadreRules.Documents.CadreResultJson.WriteExplanation"/>); no
/// rule code in the text (codes go to the JSON output only).</summary>
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

    /// <summary>The mark of a finding: <see cref="Mark(FindingStatus, Language)"/> for a condition, <c>[CÓ]</c> /
    /// <c>[KHÔNG CÓ]</c> for a ground (<see cref="FindingRole.Ground"/>), so that an absent ground does not read as a failure.</summary>
    public static string Mark(Finding finding, Language language) =>
        finding.Role == FindingRole.Ground && finding.Status != FindingStatus.NotApplicable
            ? "[" + global::CadreRules.Localization.Terms.Label(finding, language) + "]"
            : Mark(finding.Status, language);

    /// <summary>Writes a whole explanation, one finding a line, children indented.</summary>
    public static void WriteTree(TextWriter output, Finding finding, Language language, int depth)
    {
        output.WriteLine(new string(' ', depth * 2) + Mark(finding, language) + " " + Line(finding, language));
        foreach (Finding child in finding.Children)
        {
            WriteTree(output, child, language, depth + 1);
        }
    }
}
