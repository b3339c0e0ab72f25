using System;
using System.Collections.Immutable;
using System.Text;

namespace CadreRules.Rules;

/// <summary>
/// The result of one rule on one set of facts, with the rule's code, text, citation, the values it looked at and,
/// for composite rules, the findings of its parts. A tree of findings is the explanation of a verdict.
/// </summary>
/// <remarks>Immutable and thread-safe. A finding is data; text is rendered late, by language: one node's sentence with
/// <see cref="Render(Language)"/>, the whole tree with <c>Localization.LocalizationExtensions.ToText</c>.</remarks>
public sealed class Finding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="code">The rule's code.</param>
    /// <param name="text">The rule's text (a template that may name values).</param>
    /// <param name="citation">The clause the rule rests on, or <see langword="null"/> for a structural node.</param>
    /// <param name="status">The result.</param>
    /// <param name="severity">The severity of the rule when it is not satisfied.</param>
    /// <param name="values">The named values the rule looked at.</param>
    /// <param name="children">The findings of the rule's parts.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty, <paramref name="values"/> holds a default
    /// (unnamed) value, or <paramref name="children"/> holds null.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public Finding(
        RuleCode code,
        LocalizedText text,
        Citation? citation,
        FindingStatus status,
        Severity severity,
        ImmutableArray<FactValue> values,
        ImmutableArray<Finding> children)
    {
        if (code.IsEmpty)
        {
            throw new InvalidInputException("A finding needs a rule code.", nameof(code));
        }

        ArgumentNullException.ThrowIfNull(text);
        values = values.IsDefault ? ImmutableArray<FactValue>.Empty : values;
        children = children.IsDefault ? ImmutableArray<Finding>.Empty : children;
        foreach (FactValue value in values)
        {
            // A default FactValue has no name: it would be written as a nameless fact that no reader accepts back.
            if (value.Name is null)
            {
                throw new InvalidInputException("A finding's value needs a name; a default FactValue has none.", nameof(values));
            }
        }

        foreach (Finding child in children)
        {
            if (child is null)
            {
                throw new InvalidInputException("A finding's children cannot hold null.", nameof(children));
            }
        }

        Code = code;
        Text = text;
        Citation = citation;
        Status = status;
        Severity = severity;
        Values = values;
        Children = children;
    }

    /// <summary>Gets the rule's stable code.</summary>
    public RuleCode Code { get; }

    /// <summary>Gets the rule's text template.</summary>
    public LocalizedText Text { get; }

    /// <summary>Gets the clause the rule rests on, if any.</summary>
    public Citation? Citation { get; }

    /// <summary>Gets the result.</summary>
    public FindingStatus Status { get; }

    /// <summary>Gets the severity of the rule when it is not satisfied.</summary>
    public Severity Severity { get; }

    /// <summary>Gets the named values the rule looked at.</summary>
    public ImmutableArray<FactValue> Values { get; }

    /// <summary>Gets the findings of the rule's parts (empty for a leaf rule).</summary>
    public ImmutableArray<Finding> Children { get; }

    /// <summary>Gets whether the finding is a condition to meet (the default) or a ground whose presence decides (a
    /// ladder's exclusions, forcing grounds and caps); renderers label the two differently.</summary>
    /// <exception cref="InputOutOfRangeException">Set to a value that is not a role.</exception>
    public FindingRole Role
    {
        get;
        init => field = System.Enum.IsDefined(value) ? value : throw new InputOutOfRangeException(nameof(Role), value, "Unknown finding role.");
    }

    /// <summary>Gets a copy with another status (used by ladders and exceptions to record how a finding was used).</summary>
    /// <param name="status">The new status.</param>
    /// <returns>The copy.</returns>
    public Finding WithStatus(FindingStatus status) => new(Code, Text, Citation, status, Severity, Values, Children) { Role = Role };

    /// <summary>Gets a copy with another role (used by ladders to mark the findings of their grounds).</summary>
    /// <param name="role">The role.</param>
    /// <returns>The copy, or this finding when the role is the same.</returns>
    /// <exception cref="InputOutOfRangeException"><paramref name="role"/> is not a role.</exception>
    public Finding WithRole(FindingRole role) => role == Role ? this : new(Code, Text, Citation, Status, Severity, Values, Children) { Role = role };

    /// <summary>Gets a copy with more children.</summary>
    /// <param name="children">The children to add.</param>
    /// <returns>The copy.</returns>
    public Finding WithChildren(ImmutableArray<Finding> children) => new(Code, Text, Citation, Status, Severity, Values, Children.AddRange(children)) { Role = Role };

    /// <summary>Finds the first finding in this tree (depth first, this node included) with a code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The finding, or <see langword="null"/>.</returns>
    public Finding? Find(RuleCode code)
    {
        if (Code == code)
        {
            return this;
        }

        foreach (Finding child in Children)
        {
            if (child.Find(code) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>Renders this node's template (<see cref="Text"/>: what the rule says when it holds) in a language, filling
    /// <c>{name}</c> placeholders from <see cref="Values"/>, whatever the status. For the text that matches the status,
    /// use <c>Localization.LocalizationExtensions.RenderForStatus</c>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text; a placeholder with no value is left as written.</returns>
    public string Render(Language language) => Fill(Text.Get(language), language);

    /// <summary>Fills a template's <c>{name}</c> placeholders from <see cref="Values"/>.</summary>
    internal string Fill(string template, Language language)
    {
        ArgumentNullException.ThrowIfNull(template);
        if (template.IndexOf('{', StringComparison.Ordinal) < 0)
        {
            return template;
        }

        var text = new StringBuilder(template);
        foreach (FactValue value in Values)
        {
            text.Replace("{" + value.Name + "}", value.Format(language));
        }

        return text.ToString();
    }

    /// <summary>Names the finding for debugging: its code, status and number of parts. For text a person reads, render
    /// it with <c>Localization.LocalizationExtensions.ToText</c>.</summary>
    /// <returns>The code, status and number of parts.</returns>
    public override string ToString() => $"{Code.Value}: {Status} ({Children.Length} parts)";
}
