using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CadreRules.Rules;

namespace CadreRules.Localization;

/// <summary>
/// Writes a regulation catalogue as a Markdown reference: every regulation with its citation, kinds of subject and
/// dates, its parameters with defaults, bounds and confidence, and every rule with its code, its Vietnamese and English
/// text (what holds) and failure text (what is wrong when it does not hold), citation and confidence. The repository's <c>docs/rules.md</c> is generated with it.
/// </summary>
/// <remarks>The output depends only on the catalogue (no clock, no culture), so it can be compared byte for byte.</remarks>
public static class CatalogDocumentation
{
    /// <summary>Writes the Markdown reference of a catalogue.</summary>
    /// <param name="catalog">The catalogue.</param>
    /// <param name="title">The page title.</param>
    /// <returns>The Markdown text, with '\n' line ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is blank.</exception>
    public static string ToMarkdown(RegulationCatalog catalog, string title = "Rule catalogue")
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentBounds.NotBlank(title, nameof(title));
        var md = new StringBuilder();
        md.Append("# ").Append(title).Append("\n\n");
        md.Append("Generated from the shipped catalogue; do not edit by hand. Confidence: **C** confirmed from the text, ")
          .Append("**N** confirmed only through news summaries, **U** unconfirmed (a documented default to check and override).\n\n");
        foreach (IGrouping<RegulationTopic, Regulation> topic in catalog.Regulations.GroupBy(r => r.Topic))
        {
            md.Append("## ").Append(topic.Key).Append("\n\n");
            foreach (Regulation regulation in topic)
            {
                AppendRegulation(md, regulation);
            }
        }

        return md.ToString();
    }

    private static void AppendRegulation(StringBuilder md, Regulation regulation)
    {
        RegulationReference reference = regulation.Reference;
        md.Append("### ").Append(reference.Title.English).Append(" (`").Append(reference.Id.Value).Append("`)\n\n");
        md.Append("- Vietnamese: ").Append(reference.Title.Vietnamese).Append('\n');
        md.Append("- Citation: ").Append(reference.Citation.Format(Language.Vietnamese)).Append('\n');
        if (reference.DerivedFrom is { } derivedFrom)
        {
            md.Append("- Derived from: `").Append(derivedFrom.Value).Append("`\n");
        }

        foreach (RegulationScope scope in reference.Scopes)
        {
            md.Append("- Applies to ").Append(scope.SubjectKind).Append(": ").Append(scope.Period).Append('\n');
        }

        md.Append('\n');
        if (!regulation.Parameters.Schema.IsEmpty)
        {
            md.Append("| parameter | default | bounds | confidence | meaning |\n|---|---|---|---|---|\n");
            foreach (ParameterDefinition parameter in regulation.Parameters.Schema)
            {
                string bounds = parameter.Kind == ParameterKind.Choice ? string.Join(" / ", parameter.Choices) : parameter.RangeDescription ?? "";
                md.Append("| `").Append(parameter.Key).Append("` | ").Append(Cell(regulation.Parameters[parameter.Key].ToString()))
                  .Append(" | ").Append(Cell(bounds)).Append(" | ").Append(Mark(parameter.Confidence))
                  .Append(" | ").Append(Cell(parameter.Description.English)).Append(" / ").Append(Cell(parameter.Description.Vietnamese)).Append(" |\n");
            }

            md.Append('\n');
            if (!regulation.Parameters.Constraints.IsEmpty)
            {
                md.Append("Constraints a variant must keep: ")
                  .AppendJoin("; ", regulation.Parameters.Constraints.Select(c => "`" + c.Description.English + "`"))
                  .Append(".\n\n");
            }
        }

        md.Append("| rule | English | Vietnamese | when not met | khi không đạt | citation | confidence |\n|---|---|---|---|---|---|---|\n");
        var seen = new HashSet<RuleCode>();
        foreach (RuleDescriptor rule in regulation.Rules)
        {
            if (!seen.Add(rule.Code))
            {
                continue;
            }

            MessageCatalog messages = MessageCatalog.Default;
            LocalizedText? failure = messages.Find(rule.Code) == rule.Text ? messages.Find(rule.Code, FindingStatus.NotSatisfied) : null;
            md.Append("| `").Append(rule.Code.Value).Append("` | ").Append(Cell(rule.Text.English)).Append(" | ").Append(Cell(rule.Text.Vietnamese))
              .Append(" | ").Append(Cell(failure?.English ?? "")).Append(" | ").Append(Cell(failure?.Vietnamese ?? ""))
              .Append(" | ").Append(Cell(rule.Citation?.Format(Language.Vietnamese) ?? "")).Append(" | ").Append(Mark(rule.Confidence)).Append(" |\n");
        }

        md.Append('\n');
    }

    private static string Mark(Confidence confidence) => confidence switch
    {
        Confidence.Confirmed => "C",
        Confidence.News => "N",
        _ => "**U**",
    };

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
