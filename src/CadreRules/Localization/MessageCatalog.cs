using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.Rules;

namespace CadreRules.Localization;

/// <summary>
/// Message templates by stable rule code, in Vietnamese and English. Every shipped rule takes its text from
/// <see cref="Default"/>, so a code without a template fails when the rule is built (and in the test suite), never as a
/// blank at run time.
/// </summary>
/// <remarks>
/// Templates name values in braces (<c>{score}</c>), filled from a finding's values when rendered. Applications may
/// replace or add templates with <see cref="With(RuleCode, LocalizedText)"/>. Immutable and thread-safe.
/// </remarks>
public sealed class MessageCatalog
{
    private readonly ImmutableSortedDictionary<RuleCode, LocalizedText> _templates;

    private MessageCatalog(ImmutableSortedDictionary<RuleCode, LocalizedText> templates) => _templates = templates;

    /// <summary>Gets the templates of every shipped rule.</summary>
    public static MessageCatalog Default { get; } = Create(ShippedMessages.All());

    /// <summary>Gets every code that has a template, in order.</summary>
    public IEnumerable<RuleCode> Codes => _templates.Keys;

    /// <summary>Gets the number of templates.</summary>
    public int Count => _templates.Count;

    /// <summary>Creates a catalogue from templates.</summary>
    /// <param name="templates">The templates by code.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="templates"/> or a text is null.</exception>
    /// <exception cref="ArgumentException">A code appears twice or is empty.</exception>
    public static MessageCatalog Create(IEnumerable<KeyValuePair<RuleCode, LocalizedText>> templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        var builder = ImmutableSortedDictionary.CreateBuilder<RuleCode, LocalizedText>();
        foreach ((RuleCode code, LocalizedText text) in templates)
        {
            if (code.IsEmpty)
            {
                throw new InvalidInputException("A template needs a rule code.", nameof(templates));
            }

            ArgumentNullException.ThrowIfNull(text, nameof(templates));
            if (!builder.TryAdd(code, text))
            {
                throw new InvalidInputException($"The rule code '{code}' has two templates.", nameof(templates));
            }
        }

        return new MessageCatalog(builder.ToImmutable());
    }

    /// <summary>Gets the template of a code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The template.</returns>
    /// <exception cref="KeyNotFoundException">The code has no template.</exception>
    public LocalizedText Get(RuleCode code) =>
        _templates.TryGetValue(code, out LocalizedText? text) ? text : throw new KeyNotFoundException($"The rule code '{code}' has no message template.");

    /// <summary>Gets the template of a code, or <see langword="null"/>.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The template, or <see langword="null"/>.</returns>
    public LocalizedText? Find(RuleCode code) => _templates.GetValueOrDefault(code);

    /// <summary>Returns a catalogue with a template added or replaced.</summary>
    /// <param name="code">The code.</param>
    /// <param name="text">The template.</param>
    /// <returns>The new catalogue.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public MessageCatalog With(RuleCode code, LocalizedText text)
    {
        if (code.IsEmpty)
        {
            throw new InvalidInputException("A template needs a rule code.", nameof(code));
        }

        ArgumentNullException.ThrowIfNull(text);
        return new MessageCatalog(_templates.SetItem(code, text));
    }

    /// <summary>Renders a finding's own text (not its children) with this catalogue's template for its code, falling
    /// back to the finding's own text when the catalogue has none.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public string Render(Finding finding, Language language)
    {
        ArgumentNullException.ThrowIfNull(finding);
        LocalizedText? text = Find(finding.Code);
        return text is null || text == finding.Text
            ? finding.Render(language)
            : new Finding(finding.Code, text, finding.Citation, finding.Status, finding.Severity, finding.Values, []).Render(language);
    }

    /// <summary>Builds the descriptor of a shipped rule, taking its text from <see cref="Default"/>.</summary>
    /// <param name="code">The code.</param>
    /// <param name="citation">The clause.</param>
    /// <param name="severity">The severity when not satisfied.</param>
    /// <param name="confidence">How firmly the clause is confirmed.</param>
    /// <returns>The descriptor.</returns>
    /// <exception cref="KeyNotFoundException">The code has no template.</exception>
    internal static RuleDescriptor Describe(RuleCode code, Citation? citation, Severity severity = Severity.Violation, Confidence confidence = Confidence.Confirmed) =>
        new(code, Default.Get(code), citation, severity, confidence);

    /// <summary>Gets the codes that have a template in this catalogue but lack one of the two languages' real text
    /// (identical Vietnamese and English, a sign of a copy left untranslated).</summary>
    /// <returns>The suspicious codes.</returns>
    public IEnumerable<RuleCode> UntranslatedCodes() =>
        _templates.Where(t => string.Equals(t.Value.Vietnamese, t.Value.English, StringComparison.Ordinal)).Select(t => t.Key);
}
