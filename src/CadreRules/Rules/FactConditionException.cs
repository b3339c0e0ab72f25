using System;

namespace CadreRules.Rules;

/// <summary>
/// A rule change of a variant cannot be applied: a data condition names a fact the family does not have, compares it
/// with a constant of the wrong type or with an operator its type has not, or the change names a rule the regulation
/// does not have (or cannot replace). Nothing of the variant is applied.
/// </summary>
/// <remarks><see cref="Change"/> is the change's position in <see cref="LocalVariant.RuleChanges"/>, <see cref="Path"/>
/// the place in it (e.g. <c>when.all[1].value</c>), so a document reader can point at the JSON that is wrong.</remarks>
public sealed class FactConditionException : ArgumentException
{
    /// <summary>Initializes a new instance of the <see cref="FactConditionException"/> class.</summary>
    public FactConditionException()
    {
        Path = string.Empty;
        Text = Same(null);
    }

    /// <summary>Initializes a new instance of the <see cref="FactConditionException"/> class.</summary>
    /// <param name="message">What is wrong.</param>
    public FactConditionException(string message)
        : base(message)
    {
        Path = string.Empty;
        Text = Same(message);
    }

    /// <summary>Initializes a new instance of the <see cref="FactConditionException"/> class.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public FactConditionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = string.Empty;
        Text = Same(message);
    }

    /// <summary>Initializes a new instance of the <see cref="FactConditionException"/> class.</summary>
    /// <param name="change">The position of the change in the variant's list.</param>
    /// <param name="path">The place in the change, e.g. <c>when.all[1].fact</c> (empty: the change itself).</param>
    /// <param name="message">What is wrong.</param>
    public FactConditionException(int change, string path, string message)
        : base(message, "ruleChanges")
    {
        Change = change;
        Path = path ?? string.Empty;
        Text = Same(message);
    }

    /// <summary>Initializes a new instance of the <see cref="FactConditionException"/> class with what is wrong in both
    /// languages (the message is the English sentence).</summary>
    /// <param name="change">The position of the change in the variant's list.</param>
    /// <param name="path">The place in the change, e.g. <c>when.all[1].fact</c> (empty: the change itself).</param>
    /// <param name="text">What is wrong, in Vietnamese and English.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public FactConditionException(int change, string path, LocalizedText text)
        : base((text ?? throw new ArgumentNullException(nameof(text))).English, "ruleChanges")
    {
        Change = change;
        Path = path ?? string.Empty;
        Text = text;
    }

    /// <summary>Gets what is wrong in Vietnamese and English (both the message when the exception was made with one
    /// sentence only).</summary>
    public LocalizedText Text { get; }

    /// <summary>Gets the position of the change in <see cref="LocalVariant.RuleChanges"/>.</summary>
    public int Change { get; }

    /// <summary>Gets the place in the change (empty: the change itself).</summary>
    public string Path { get; }

    /// <summary>Gets the message, without .NET's parameter suffix.</summary>
    public override string Message => ExceptionText.Plain(base.Message, ParamName);

    private static LocalizedText Same(string? message) => string.IsNullOrWhiteSpace(message)
        ? new LocalizedText("Một thay đổi quy tắc của biến thể không áp dụng được.", "A rule change of the variant cannot be applied.")
        : new LocalizedText(message, message);
}
