namespace CadreRules.Rules;

/// <summary>A rule's text for one status other than satisfied (whose text is the rule's template).</summary>
/// <param name="Code">The rule's code.</param>
/// <param name="Status">The status: not satisfied or not applicable.</param>
/// <param name="Text">The text, a template that may name the finding's values.</param>
internal readonly record struct StatusText(RuleCode Code, FindingStatus Status, LocalizedText Text);
