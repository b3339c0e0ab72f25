using System;
using System.Collections.Immutable;
using System.Text;

namespace CadreRules.Rules;

/// <summary>
/// The result of one rule on one set of facts, with the rule's code, text, citation, the values it looked at and,
/// for composite rules, the findings of its parts. A tree of findings is the explanation of a verdict.
/// </summary>
/// <remarks>Immutable and thread-safe. A finding is data; text is rendered late, by language: one node's sentence with
/// <see cref="Render(Language)"/>, the whole tree with <see cref="ToText(Language)"/>.</remarks>
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

    /// <summary>Gets a copy with another status (used by ladders and exceptions to record how a finding was used).</summary>
    /// <param name="status">The new status.</param>
    /// <returns>The copy.</returns>
    public Finding WithStatus(FindingStatus status) => new(Code, Text, Citation, status, Severity, Values, Children);

    /// <summary>Gets a copy with more children.</summary>
    /// <param name="children">The children to add.</param>
    /// <returns>The copy.</returns>
    public Finding WithChildren(ImmutableArray<Finding> children) => new(Code, Text, Citation, Status, Severity, Values, Children.AddRange(children));

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
    /// use <see cref="RenderForStatus(Language)"/>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text; a placeholder with no value is left as written.</returns>
    public string Render(Language language) => Fill(Text.Get(language), language);

    /// <summary>Renders this node's text for its status, filling <c>{name}</c> placeholders from <see cref="Values"/>:
    /// what holds when the rule is satisfied, what is wrong when it is not, why it is not considered when it does not
    /// apply (<see cref="Localization.MessageCatalog.TextFor(Finding)"/> of <see cref="Localization.MessageCatalog.Default"/>).
    /// A finding of a rule the catalogue does not know reads its own text.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text; a placeholder with no value is left as written.</returns>
    public string RenderForStatus(Language language) => Fill(Localization.MessageCatalog.Default.TextFor(this).Get(language), language);

    private string Fill(string template, Language language)
    {
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

    /// <summary>Renders the whole tree as indented lines: a mark for the status (<c>[x]</c> satisfied, <c>[ ]</c> not
    /// satisfied, <c>[-]</c> not applicable), the text for that status (<see cref="RenderForStatus(Language)"/>), the code, the
    /// values and the citation.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The multi-line explanation.</returns>
    public string ToText(Language language)
    {
        var text = new StringBuilder();
        Append(text, language, 0);
        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => ToText(Language.English);

    private void Append(StringBuilder text, Language language, int depth)
    {
        text.Append(' ', depth * 2);
        text.Append(Status switch
        {
            FindingStatus.Satisfied => "[x] ",
            FindingStatus.NotSatisfied => "[ ] ",
            _ => "[-] ",
        });
        text.Append(RenderForStatus(language)).Append(" <").Append(Code.Value).Append('>');
        if (!Values.IsEmpty)
        {
            text.Append(" (");
            for (int i = 0; i < Values.Length; i++)
            {
                if (i > 0)
                {
                    text.Append(", ");
                }

                text.Append(Values[i].Name).Append(" = ").Append(Values[i].Format(language));
            }

            text.Append(')');
        }

        if (Citation is not null)
        {
            text.Append(" — ").Append(Citation.Format(language));
        }

        text.Append('\n');
        foreach (Finding child in Children)
        {
            child.Append(text, language, depth + 1);
        }
    }
}
