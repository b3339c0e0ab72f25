using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Text;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rotation;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Localization;

/// <summary>
/// Writes findings for a person to read: each line says what holds, what is wrong (with the person's name and the
/// numbers) or why a rule is not considered, labelled ĐẠT / KHÔNG ĐẠT / KHÔNG ÁP DỤNG (conditions) or VI PHẠM / LƯU Ý
/// (findings of a list, by severity), with no enum name or English word in Vietnamese.
/// </summary>
/// <remarks>
/// <para>Values are written plainly (<see cref="Value(FactValue)"/>): counts with thousands separators, percentages,
/// dates, yes/no, the library's enum names as words (<see cref="Terms"/>), and identifiers of people and titles with the
/// names the caller knows (<c>Nguyễn Văn A (MKT-001)</c>). Raw values and rule codes are written only when asked
/// (<c>explain</c>). The legends (<see cref="Terms.ConditionLegend"/>, <see cref="Terms.FindingLegend"/>) say what the
/// labels mean; print one once above the lines. Immutable and thread-safe when the name lookup is.</para>
/// </remarks>
public sealed class FindingRenderer
{
    // Values whose text is an enum member's name, by the value's name in the findings.
    private static readonly FrozenDictionary<string, Type[]> Vocabulary = new Dictionary<string, Type[]>(StringComparer.Ordinal)
    {
        ["stateLevel"] = [typeof(EvaluationLevel)],
        ["unitLevel"] = [typeof(EvaluationLevel)],
        ["level"] = [typeof(EvaluationLevel), typeof(OrganisationalLevel)],
        ["general"] = [typeof(CriterionGrade)],
        ["results"] = [typeof(CriterionGrade)],
        ["comparison"] = [typeof(PostComparison)],
        ["form"] = [typeof(DisciplineForm)],
        ["denominator"] = [typeof(QuotaDenominator)],
        ["rounding"] = [typeof(QuotaRounding)],
        ["ordering"] = [typeof(QuotaOrdering)],
        ["sex"] = [typeof(Sex)],
        ["role"] = [typeof(EvaluationRole)],
        ["kind"] = [typeof(ConsequenceKind)],
        ["purpose"] = [typeof(RotationPurpose)],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly Func<string, string, string?>? _names;
    private readonly int _conditionWidth;
    private readonly int _severityWidth;

    /// <summary>Creates a renderer.</summary>
    /// <param name="language">The language.</param>
    /// <param name="catalog">The message catalogue (default <see cref="MessageCatalog.Default"/>).</param>
    /// <param name="names">Gives the name shown with an identifier, from the value's name (<c>cadre</c>, <c>title</c>,
    /// <c>id</c>) and the identifier; <see langword="null"/> (or a null answer) writes the identifier alone.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not defined.</exception>
    public FindingRenderer(Language language, MessageCatalog? catalog = null, Func<string, string, string?>? names = null)
    {
        if (!Enum.IsDefined(language))
        {
            throw new InputOutOfRangeException(nameof(language), language, "Unknown language.");
        }

        Language = language;
        Catalog = catalog ?? MessageCatalog.Default;
        _names = names;
        _conditionWidth = Math.Max(Terms.Label(FindingStatus.Satisfied, language).Length, Math.Max(Terms.Label(FindingStatus.NotSatisfied, language).Length, Terms.Label(FindingStatus.NotApplicable, language).Length));
        _conditionWidth = Math.Max(_conditionWidth, Math.Max(Terms.GroundLabel(true, language).Length, Terms.GroundLabel(false, language).Length));
        _severityWidth = Math.Max(Terms.Label(Severity.Violation, language).Length, Terms.Label(Severity.Advisory, language).Length);
    }

    /// <summary>Gets the language.</summary>
    public Language Language { get; }

    /// <summary>Gets the message catalogue.</summary>
    public MessageCatalog Catalog { get; }

    /// <summary>Writes a finding's own text for its status (<see cref="MessageCatalog.TextFor(Finding)"/>), values
    /// written plainly.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The text, without label, code or citation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public string Text(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        string template = Catalog.TextFor(finding).Get(Language);
        if (template.IndexOf('{', StringComparison.Ordinal) < 0)
        {
            return template;
        }

        var text = new StringBuilder(template);
        foreach (FactValue value in finding.Values)
        {
            text.Replace("{" + value.Name + "}", Value(value));
        }

        return text.ToString();
    }

    /// <summary>Writes a value plainly: a count with thousands separators (a year without), a number with a decimal
    /// comma in Vietnamese, a percentage, a date, yes/no, an enum name as its word, an identifier with its name.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public string Value(FactValue value) => value.Value switch
    {
        long l => IsYear(value.Name) ? DisplayFormat.Integer(l) : DisplayFormat.Count(l, Language),
        decimal d => DisplayFormat.Number(d, Language),
        Share s => DisplayFormat.Percent(s, Language),
        LocalDate date => DisplayFormat.Date(date),
        YearMonth month => DisplayFormat.Month(month),
        bool b => Terms.Of(b).Get(Language),
        string text => Identify(value.Name, text) ?? Word(value.Name, text) ?? text,
        LocalizedText localized => localized.Get(Language),
        _ => value.Format(Language),
    };

    /// <summary>Writes an identifier with the name the caller knows for it: <c>Nguyễn Văn A (MKT-001)</c>, or the
    /// identifier alone.</summary>
    /// <param name="kind">What the identifier names, as a finding's value is called (<c>cadre</c>, <c>title</c>).</param>
    /// <param name="id">The identifier.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string Name(string kind, string id)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(id);
        return Identify(kind, id) ?? id;
    }

    /// <summary>Writes the values a finding looked at, <c>name = value</c>, comma separated (for explanations).</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The text, empty when the finding has no values.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public string Values(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var text = new StringBuilder();
        foreach (FactValue value in finding.Values)
        {
            if (text.Length > 0)
            {
                text.Append(", ");
            }

            text.Append(value.Name).Append(" = ").Append(Value(value));
        }

        return text.ToString();
    }

    /// <summary>Gets a finding's label as a condition (ĐẠT / KHÔNG ĐẠT / KHÔNG ÁP DỤNG), or as a ground (CÓ / KHÔNG CÓ)
    /// for a finding whose <see cref="Finding.Role"/> is <see cref="FindingRole.Ground"/>, padded so that the texts after
    /// it line up.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The padded label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public string ConditionLabel(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return Terms.Label(finding, Language).PadRight(_conditionWidth);
    }

    /// <summary>Gets a finding's label as a finding of a list, by severity (VI PHẠM / LƯU Ý), padded so that the texts
    /// after it line up.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The padded label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public string SeverityLabel(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return Terms.Label(finding.Severity, Language).PadRight(_severityWidth);
    }

    /// <summary>Writes a finding of a list on one line: its severity label, its text and its clause; with
    /// <paramref name="explain"/>, its code and raw values too.</summary>
    /// <param name="finding">The finding (usually not satisfied).</param>
    /// <param name="explain">Whether to add the rule code and the values.</param>
    /// <returns>The line, without a line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public string FindingLine(Finding finding, bool explain = false) => SeverityLabel(finding) + "  " + Body(finding, explain);

    /// <summary>Writes a condition on one line: its status label, its text and its clause; with
    /// <paramref name="explain"/>, its code and raw values too.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="explain">Whether to add the rule code and the values.</param>
    /// <returns>The line, without a line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public string ConditionLine(Finding finding, bool explain = false) => ConditionLabel(finding) + "  " + Body(finding, explain);

    /// <summary>Writes a finding and its parts as indented condition lines (<see cref="ConditionLine(Finding, bool)"/>),
    /// one a line, each ending with a line break.</summary>
    /// <param name="finding">The root finding.</param>
    /// <param name="explain">Whether to add the rule codes and the values.</param>
    /// <param name="indent">The spaces before the root's line.</param>
    /// <returns>The lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="indent"/> is negative.</exception>
    public string Tree(Finding finding, bool explain = false, int indent = 0)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentBounds.NotNegative(indent, nameof(indent));
        var text = new StringBuilder();
        Append(text, finding, explain, indent);
        return text.ToString();
    }

    private void Append(StringBuilder text, Finding finding, bool explain, int indent)
    {
        text.Append(' ', indent).Append(ConditionLine(finding, explain)).Append('\n');
        foreach (Finding child in finding.Children)
        {
            Append(text, child, explain, indent + 2);
        }
    }

    private string Body(Finding finding, bool explain)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var text = new StringBuilder(Text(finding));
        if (explain)
        {
            text.Append(" <").Append(finding.Code.Value).Append('>');
            if (!finding.Values.IsEmpty)
            {
                text.Append(" (").Append(Values(finding)).Append(')');
            }
        }

        if (finding.Citation is { } citation)
        {
            text.Append(" — ").Append(citation.Format(Language));
        }

        return text.ToString();
    }

    private string? Identify(string kind, string id)
    {
        string? name = _names?.Invoke(kind, id);
        return string.IsNullOrWhiteSpace(name) || name == id ? null : name + " (" + id + ")";
    }

    private string? Word(string name, string text)
    {
        if (name == "sector")
        {
            return Terms.Sector(text).Get(Language);
        }

        if (Vocabulary.TryGetValue(name, out Type[]? types))
        {
            foreach (Type type in types)
            {
                if (Terms.Find(type, text) is { } term)
                {
                    return term.Get(Language);
                }
            }
        }

        return null;
    }

    private static bool IsYear(string name) =>
        name.EndsWith("year", StringComparison.OrdinalIgnoreCase) || name.EndsWith("years", StringComparison.OrdinalIgnoreCase);
}
