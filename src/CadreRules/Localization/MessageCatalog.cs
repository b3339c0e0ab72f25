using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.Rules;

namespace CadreRules.Localization;

/// <summary>
/// Message templates by stable rule code, in Vietnamese and English. Each rule family owns the table its rules take
/// their text from (a code without a template fails when the rule is built, and in the test suite, never as a blank at
/// run time); <see cref="Default"/> gathers every family's table with the failure and not-applicable texts.
/// </summary>
/// <remarks>
/// <para>A rule has a text for each result: its template (<see cref="Get(RuleCode)"/>) says what holds when it holds;
/// a failure text says what is wrong when it does not hold (with the person and the numbers); a not-applicable text says
/// why it is not considered. <see cref="Find(RuleCode, FindingStatus)"/> gives each, <see cref="TextFor(Finding)"/> the
/// one a finding's status calls for, and <see cref="Describe(Finding, Language)"/> writes it. A rule without a
/// not-applicable text of its own reads "Không xét cho trường hợp này: …" before its template.</para>
/// <para>Templates name values in braces (<c>{score}</c>), filled from a finding's values when rendered. Applications may
/// replace or add templates with <see cref="With(RuleCode, LocalizedText)"/> and
/// <see cref="With(RuleCode, FindingStatus, LocalizedText)"/>. Immutable and thread-safe.</para>
/// </remarks>
public sealed class MessageCatalog
{
    private readonly ImmutableSortedDictionary<RuleCode, LocalizedText> _templates;
    private readonly ImmutableDictionary<(RuleCode Code, FindingStatus Status), LocalizedText> _statusTexts;

    private MessageCatalog(ImmutableSortedDictionary<RuleCode, LocalizedText> templates, ImmutableDictionary<(RuleCode, FindingStatus), LocalizedText> statusTexts)
    {
        _templates = templates;
        _statusTexts = statusTexts;
    }

    /// <summary>Gets the templates of every shipped rule, with their failure and not-applicable texts.</summary>
    public static MessageCatalog Default { get; } = Create(ShippedMessages.All()).WithStatusTexts(ShippedMessages.StatusTexts());

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

        return new MessageCatalog(builder.ToImmutable(), ImmutableDictionary<(RuleCode, FindingStatus), LocalizedText>.Empty);
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
        return new MessageCatalog(_templates.SetItem(code, text), _statusTexts);
    }

    /// <summary>Returns a catalogue with the text of a rule for one result added or replaced: for
    /// <see cref="FindingStatus.Satisfied"/> the template itself, for <see cref="FindingStatus.NotSatisfied"/> the
    /// failure text, for <see cref="FindingStatus.NotApplicable"/> the not-applicable text.</summary>
    /// <param name="code">The code.</param>
    /// <param name="status">The result the text is for.</param>
    /// <param name="text">The text (a template that may name the finding's values).</param>
    /// <returns>The new catalogue.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    public MessageCatalog With(RuleCode code, FindingStatus status, LocalizedText text)
    {
        if (!Enum.IsDefined(status))
        {
            throw new InputOutOfRangeException(nameof(status), status, "Unknown finding status.");
        }

        if (status == FindingStatus.Satisfied)
        {
            return With(code, text);
        }

        if (code.IsEmpty)
        {
            throw new InvalidInputException("A template needs a rule code.", nameof(code));
        }

        ArgumentNullException.ThrowIfNull(text);
        return new MessageCatalog(_templates, _statusTexts.SetItem((code, status), text));
    }

    /// <summary>Gets the text of a rule for one result: the template for <see cref="FindingStatus.Satisfied"/>, the
    /// rule's own failure or not-applicable text otherwise, or <see langword="null"/> when the catalogue has none.</summary>
    /// <param name="code">The code.</param>
    /// <param name="status">The result.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public LocalizedText? Find(RuleCode code, FindingStatus status) =>
        status == FindingStatus.Satisfied ? Find(code) : _statusTexts.GetValueOrDefault((code, status));

    /// <summary>Gets the text a finding's status calls for: what holds, what is wrong, or why the rule is not considered.
    /// A finding whose code has no template here, or whose text is not the shipped template of its code (a rule a
    /// variant replaced), keeps its own text; a failure without a failure text keeps the
    /// template; a not-applicable finding without its own text reads "Không xét cho trường hợp này: " before the
    /// template.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The text (a template naming the finding's values).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public LocalizedText TextFor(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        // A finding whose text is not the shipped one for its code (a rule a variant replaced, a data rule saying what
        // failed) keeps its own text: the catalogue's templates name values such a finding does not have.
        if (Find(finding.Code) is not { } template || (Default.Find(finding.Code) is { } shipped && finding.Text != shipped))
        {
            return finding.Text;
        }

        return finding.Status switch
        {
            FindingStatus.NotSatisfied => Find(finding.Code, FindingStatus.NotSatisfied) ?? template,
            FindingStatus.NotApplicable => Find(finding.Code, FindingStatus.NotApplicable)
                ?? new LocalizedText("Không xét cho trường hợp này: " + template.Vietnamese, "Not considered for this case: " + template.English),
            _ => template,
        };
    }

    /// <summary>Writes a finding's own text (not its children) for its status (<see cref="TextFor(Finding)"/>), its
    /// values written plainly: counts with thousands separators, percentages, dd/MM/yyyy dates, yes/no and the
    /// library's enum names as words, in Vietnamese or English conventions whatever the machine's culture.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public string Describe(Finding finding, Language language) => new FindingRenderer(language, this).Text(finding);

    /// <summary>Gets the codes that have a template but no failure text of their own.</summary>
    /// <returns>The codes, in order.</returns>
    public IEnumerable<RuleCode> CodesWithoutFailureText() =>
        _templates.Keys.Where(c => !_statusTexts.ContainsKey((c, FindingStatus.NotSatisfied)));

    /// <summary>Adds the shipped failure and not-applicable texts (each code and status once).</summary>
    internal MessageCatalog WithStatusTexts(IEnumerable<StatusText> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var builder = ImmutableDictionary.CreateBuilder<(RuleCode, FindingStatus), LocalizedText>();
        builder.AddRange(_statusTexts);
        foreach (StatusText text in texts)
        {
            if (!_templates.ContainsKey(text.Code))
            {
                throw new InvalidInputException($"The rule code '{text.Code}' has a {text.Status} text but no template.", nameof(texts));
            }

            if (!builder.TryAdd((text.Code, text.Status), text.Text))
            {
                throw new InvalidInputException($"The rule code '{text.Code}' has two {text.Status} texts.", nameof(texts));
            }
        }

        return new MessageCatalog(_templates, builder.ToImmutable());
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

    /// <summary>Gets the codes that have a template in this catalogue but lack one of the two languages' real text
    /// (identical Vietnamese and English, a sign of a copy left untranslated).</summary>
    /// <returns>The suspicious codes.</returns>
    public IEnumerable<RuleCode> UntranslatedCodes() =>
        _templates.Where(t => string.Equals(t.Value.Vietnamese, t.Value.English, StringComparison.Ordinal)).Select(t => t.Key);
}
