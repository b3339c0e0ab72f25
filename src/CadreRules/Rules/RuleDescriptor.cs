using System;

namespace CadreRules.Rules;

/// <summary>
/// What identifies a rule: its stable code, its text in both languages, the clause it rests on, the severity of a
/// failure, and how firmly the clause was confirmed.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RuleDescriptor
{
    /// <summary>Creates a descriptor.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="text">The text (title or message template) in Vietnamese and English.</param>
    /// <param name="citation">The clause, or <see langword="null"/> for a structural rule with no clause of its own.</param>
    /// <param name="severity">The severity when the rule is not satisfied.</param>
    /// <param name="confidence">How firmly the clause is confirmed.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public RuleDescriptor(RuleCode code, LocalizedText text, Citation? citation, Severity severity = Severity.Violation, Confidence confidence = Confidence.Confirmed)
    {
        if (code.IsEmpty)
        {
            throw new InvalidInputException("A rule needs a code.", nameof(code));
        }

        ArgumentNullException.ThrowIfNull(text);
        Code = code;
        Text = text;
        Citation = citation;
        Severity = severity;
        Confidence = confidence;
    }

    /// <summary>Gets the stable code.</summary>
    public RuleCode Code { get; }

    /// <summary>Gets the text in Vietnamese and English.</summary>
    public LocalizedText Text { get; }

    /// <summary>Gets the clause the rule rests on, if any.</summary>
    public Citation? Citation { get; }

    /// <summary>Gets the severity when the rule is not satisfied.</summary>
    public Severity Severity { get; }

    /// <summary>Gets how firmly the clause is confirmed.</summary>
    public Confidence Confidence { get; }
}
