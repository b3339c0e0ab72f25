using System.Collections.Frozen;
using System.Collections.Generic;

namespace CadreRules.Rules;

/// <summary>
/// The templates of one rule family, by code: each family owns its table and builds its rules' descriptors from it, so
/// a code without a template fails when the family's rules are built (and in the test suite), never as a blank at run
/// time. <c>Localization.MessageCatalog.Default</c> gathers every family's table for rendering.
/// </summary>
internal sealed class MessageTable
{
    private readonly FrozenDictionary<RuleCode, LocalizedText> _texts;

    /// <summary>Creates a table from templates.</summary>
    /// <param name="entries">The templates by code; a code appears once.</param>
    public MessageTable(IEnumerable<KeyValuePair<RuleCode, LocalizedText>> entries)
    {
        var texts = new Dictionary<RuleCode, LocalizedText>();
        foreach ((RuleCode code, LocalizedText text) in entries)
        {
            if (!texts.TryAdd(code, text))
            {
                throw new InvalidInputException($"The rule code '{code}' has two templates.", nameof(entries));
            }
        }

        _texts = texts.ToFrozenDictionary();
    }

    /// <summary>Gets the template of a code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The template.</returns>
    /// <exception cref="KeyNotFoundException">The code has no template in this table.</exception>
    public LocalizedText Get(RuleCode code) =>
        _texts.TryGetValue(code, out LocalizedText? text) ? text : throw new KeyNotFoundException($"The rule code '{code}' has no message template.");

    /// <summary>Builds the descriptor of a rule, taking its text from this table.</summary>
    /// <param name="code">The code.</param>
    /// <param name="citation">The clause.</param>
    /// <param name="severity">The severity when not satisfied.</param>
    /// <param name="confidence">How firmly the clause is confirmed.</param>
    /// <returns>The descriptor.</returns>
    /// <exception cref="KeyNotFoundException">The code has no template in this table.</exception>
    public RuleDescriptor Describe(RuleCode code, Citation? citation, Severity severity = Severity.Violation, Confidence confidence = Confidence.Confirmed) =>
        new(code, Get(code), citation, severity, confidence);
}
