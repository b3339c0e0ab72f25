using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rules;

namespace CadreRules.Localization;

/// <summary>
/// The steps that turn the engine's values into words a person reads, and back: a finding's text for its status, a
/// parameter's value written or read in the words of <see cref="Terms"/>. They live here, above the rule families, because
/// the words name the families' enums; the engine (<c>CadreRules.Rules</c>) itself renders nothing in those words.
/// </summary>
public static class LocalizationExtensions
{
    /// <summary>Renders a finding's text for its status, filling <c>{name}</c> placeholders from its values: what holds
    /// when the rule is satisfied, what is wrong when it is not, why it is not considered when it does not apply
    /// (<see cref="MessageCatalog.TextFor(Finding)"/> of <see cref="MessageCatalog.Default"/>). A finding of a rule the
    /// catalogue does not know reads its own text.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text; a placeholder with no value is left as written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public static string RenderForStatus(this Finding finding, Language language)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Fill(MessageCatalog.Default.TextFor(finding).Get(language), language);
    }

    /// <summary>Renders a finding's whole tree as indented lines: a mark for the status (<c>[x]</c> satisfied, <c>[ ]</c>
    /// not satisfied, <c>[-]</c> not applicable), the text for that status (<see cref="RenderForStatus(Finding, Language)"/>),
    /// the code, the values and the citation.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="language">The language.</param>
    /// <returns>The multi-line explanation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public static string ToText(this Finding finding, Language language)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var text = new StringBuilder();
        Append(text, finding, language, 0);
        return text.ToString();
    }

    /// <summary>Renders a verdict as text: the regulation applied, then the finding tree
    /// (<see cref="ToText(Finding, Language)"/>).</summary>
    /// <typeparam name="TOutcome">The outcome's type.</typeparam>
    /// <param name="verdict">The verdict.</param>
    /// <param name="language">The language.</param>
    /// <returns>The multi-line text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="verdict"/> is null.</exception>
    public static string ToText<TOutcome>(this Verdict<TOutcome> verdict, Language language)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var text = new StringBuilder();
        if (verdict.Regulation is { } regulation)
        {
            text.Append(language == Language.Vietnamese ? "Văn bản áp dụng: " : "Regulation applied: ")
                .Append(regulation.Title.Get(language)).Append(" [").Append(regulation.Id.Value).Append("] — ")
                .Append(regulation.Citation.Format(language)).Append('\n');
        }

        text.Append(verdict.Explanation.ToText(language));
        return text.ToString();
    }

    /// <summary>Renders a planning report as text: the regulation, then each title, candidate and structure group with its
    /// findings.</summary>
    /// <param name="report">The report.</param>
    /// <param name="language">The language.</param>
    /// <returns>The multi-line text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string ToText(this PlanningReport report, Language language)
    {
        ArgumentNullException.ThrowIfNull(report);
        bool vi = language == Language.Vietnamese;
        var text = new StringBuilder();
        text.Append(vi ? "Văn bản áp dụng: " : "Regulation applied: ").Append(report.Regulation.Title.Get(language))
            .Append(" [").Append(report.Regulation.Id.Value).Append("]\n");
        foreach (TitlePlanningReport title in report.Titles)
        {
            text.Append(vi ? "Chức danh " : "Title ").Append(title.Title.Name).Append(" (").Append(title.Title.Id).Append("): ")
                .Append(string.Join(", ", title.Candidates.Select(c => c.Value))).Append('\n');
            AppendFindings(text, title.Findings, language);
        }

        foreach (CandidatePlanningReport candidate in report.Candidates.Where(c => !c.Findings.IsEmpty))
        {
            text.Append(vi ? "Cán bộ " : "Cadre ").Append(candidate.CadreId.Value).Append('\n');
            AppendFindings(text, candidate.Findings, language);
        }

        foreach (StructureReport group in report.Structure)
        {
            text.Append(vi ? "Cơ cấu " : "Structure ").Append(LevelName(group.Level, language)).Append(group.Group.Length == 0 ? string.Empty : " / " + group.Group)
                .Append(vi ? ": nữ " : ": women ").Append(group.Composition.Women.Format(language))
                .Append(vi ? ", trẻ " : ", young ").Append(group.Composition.Young.Format(language))
                .Append(vi ? ", dân tộc thiểu số " : ", ethnic minority ").Append(group.Composition.EthnicMinority.Format(language)).Append('\n');
            AppendFindings(text, group.Findings, language);
        }

        return text.ToString();
    }

    private static string LevelName(OrganisationalLevel level, Language language) => (level, language == Language.Vietnamese) switch
    {
        (OrganisationalLevel.Central, true) => "cấp Trung ương",
        (OrganisationalLevel.Provincial, true) => "cấp tỉnh",
        (OrganisationalLevel.District, true) => "cấp huyện",
        (OrganisationalLevel.Commune, true) => "cấp xã",
        (OrganisationalLevel.Grassroots, true) => "cấp cơ sở",
        (OrganisationalLevel.Central, false) => "central level",
        (OrganisationalLevel.Provincial, false) => "provincial level",
        (OrganisationalLevel.District, false) => "district level",
        (OrganisationalLevel.Commune, false) => "commune level",
        _ => "grassroots level",
    };

    private static void AppendFindings(StringBuilder text, ImmutableArray<Finding> findings, Language language)
    {
        foreach (Finding finding in findings)
        {
            text.Append("  ").Append(finding.ToText(language));
        }
    }

    /// <summary>Writes a value of a parameter for a person to read: a count, a percentage (<c>25,5%</c>), có/không
    /// (yes/no), or a choice's word (<see cref="Terms"/>), whatever the machine's culture.</summary>
    /// <param name="definition">The parameter.</param>
    /// <param name="value">The value.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public static string FormatValue(this ParameterDefinition definition, ParameterValue value, Language language)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return value.Kind switch
        {
            ParameterKind.Integer => DisplayFormat.Count(value.Integer, language),
            ParameterKind.Share => DisplayFormat.Percent(value.Share, language),
            ParameterKind.Boolean => Terms.Of(value.Boolean).Get(language),
            _ => (definition.ChoiceType is { } type && value.Choice is { } name ? Terms.Find(type, name)?.Get(language) : null) ?? value.Choice ?? string.Empty,
        };
    }

    /// <summary>Reads a value of a parameter as a person types it: a whole number; a share as <c>25%</c>,
    /// <c>25,5%</c>, <c>0.25</c> or <c>1/4</c>; a boolean as true/false, yes/no or có/không; a choice by its name in any
    /// case or its word (<see cref="Terms"/>). The value is not checked against the bounds: see
    /// <see cref="ParameterDefinition.Validate(ParameterValue)"/>.</summary>
    /// <param name="definition">The parameter.</param>
    /// <param name="text">The text.</param>
    /// <param name="value">The value read.</param>
    /// <returns>Whether the text is a value of the parameter's kind (and, for a choice, one of its names).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public static bool TryParseValue(this ParameterDefinition definition, string? text, out ParameterValue value)
    {
        ArgumentNullException.ThrowIfNull(definition);
        value = default;
        string trimmed = (text ?? string.Empty).Trim();
        switch (definition.Kind)
        {
            case ParameterKind.Integer:
                if (long.TryParse(trimmed, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out long integer))
                {
                    value = ParameterValue.FromInteger(integer);
                    return true;
                }

                return false;
            case ParameterKind.Share:
                if (ValueParsing.TryParseShare(trimmed, out Share share))
                {
                    value = ParameterValue.FromShare(share);
                    return true;
                }

                return false;
            case ParameterKind.Boolean:
                bool? flag = trimmed.ToLowerInvariant() switch
                {
                    "true" or "yes" or "có" => true,
                    "false" or "no" or "không" => false,
                    _ => null,
                };
                if (flag is { } b)
                {
                    value = ParameterValue.FromBoolean(b);
                    return true;
                }

                return false;
            default:
                if (ChoiceWords.TryParse(trimmed, definition.Choices, out string choice))
                {
                    value = ParameterValue.FromChoice(choice);
                    return true;
                }

                return false;
        }
    }

    private static void Append(StringBuilder text, Finding finding, Language language, int depth)
    {
        text.Append(' ', depth * 2);
        text.Append(finding.Status switch
        {
            FindingStatus.Satisfied => "[x] ",
            FindingStatus.NotSatisfied => "[ ] ",
            _ => "[-] ",
        });
        text.Append(finding.RenderForStatus(language)).Append(" <").Append(finding.Code.Value).Append('>');
        if (!finding.Values.IsEmpty)
        {
            text.Append(" (");
            for (int i = 0; i < finding.Values.Length; i++)
            {
                if (i > 0)
                {
                    text.Append(", ");
                }

                text.Append(finding.Values[i].Name).Append(" = ").Append(finding.Values[i].Format(language));
            }

            text.Append(')');
        }

        if (finding.Citation is not null)
        {
            text.Append(" — ").Append(finding.Citation.Format(language));
        }

        text.Append('\n');
        foreach (Finding child in finding.Children)
        {
            Append(text, child, language, depth + 1);
        }
    }
}
