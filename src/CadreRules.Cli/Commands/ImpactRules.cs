using System;
using System.Collections.Generic;
using CadreRules.Rules;

namespace CadreRules.Cli.Commands;

/// <summary>The rules behind the two sides of a <c>diff</c>, by regulation and code, for the reasons of its sheet.</summary>
/// <param name="before">The catalogue of the side before.</param>
/// <param name="after">The catalogue of the side after (with <c>--overrides</c>' variant).</param>
internal sealed class ImpactRules(RegulationCatalog before, RegulationCatalog after)
{
    private readonly Dictionary<(bool After, RegulationId Id), Dictionary<RuleCode, RuleDescriptor>> _rules = [];

    /// <summary>The rule a regulation of one side has under a code, or null.</summary>
    public RuleDescriptor? Find(bool after, RegulationId regulation, RuleCode code)
    {
        if (!_rules.TryGetValue((after, regulation), out Dictionary<RuleCode, RuleDescriptor>? rules))
        {
            rules = [];
            foreach (RuleDescriptor rule in (after ? After : Before).Find(regulation)?.Rules ?? [])
            {
                rules.TryAdd(rule.Code, rule);
            }

            _rules[(after, regulation)] = rules;
        }

        return rules.GetValueOrDefault(code);
    }

    /// <summary>A rule in words: its text, or the catalogue's message for the code when it has no values to fill, or
    /// the code itself.</summary>
    public static string Text(RuleDescriptor? rule, RuleCode code, Language language)
    {
        if (rule is not null)
        {
            return rule.Text.Get(language);
        }

        LocalizedText? message = CadreRules.Localization.MessageCatalog.Default.Find(code);
        return message is not null && !message.Get(language).Contains('{', StringComparison.Ordinal) ? message.Get(language) : code.Value;
    }

    private RegulationCatalog Before { get; } = before;

    private RegulationCatalog After { get; } = after;
}
