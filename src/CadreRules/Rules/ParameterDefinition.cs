using System;
using System.Collections.Immutable;

namespace CadreRules.Rules;

/// <summary>
/// A named, typed, documented parameter of a regulation (a threshold, a share, a count or a policy), with its default,
/// its bounds and how firmly the default is confirmed. Local variants override parameters by key.
/// </summary>
/// <remarks>Create parameters through <see cref="Parameter"/>. Immutable and thread-safe.</remarks>
public abstract class ParameterDefinition
{
    private protected ParameterDefinition(string key, LocalizedText description, ParameterKind kind, ParameterValue defaultValue, Confidence confidence, Citation? citation, ImmutableArray<string> choices)
    {
        ArgumentBounds.NotBlank(key, nameof(key));
        ArgumentNullException.ThrowIfNull(description);
        _ = new RuleCode(key);
        Key = key;
        Description = description;
        Kind = kind;
        DefaultValue = defaultValue;
        Confidence = confidence;
        Citation = citation;
        Choices = choices.IsDefault ? ImmutableArray<string>.Empty : choices;
    }

    /// <summary>Gets the key by which the parameter is read and overridden, e.g. <c>htxs.minScore</c>.</summary>
    public string Key { get; }

    /// <summary>Gets what the parameter means.</summary>
    public LocalizedText Description { get; }

    /// <summary>Gets the type of value.</summary>
    public ParameterKind Kind { get; }

    /// <summary>Gets the default value shipped with the regulation.</summary>
    public ParameterValue DefaultValue { get; }

    /// <summary>Gets how firmly the default is confirmed; <see cref="Confidence.Unconfirmed"/> defaults should be checked.</summary>
    public Confidence Confidence { get; }

    /// <summary>Gets the clause the default comes from, if any.</summary>
    public Citation? Citation { get; }

    /// <summary>Gets the allowed names for a <see cref="ParameterKind.Choice"/> parameter (empty otherwise).</summary>
    public ImmutableArray<string> Choices { get; }

    /// <summary>Gets the smallest allowed whole number or share numerator bound, as text for documentation, or <see langword="null"/>.</summary>
    public abstract string? RangeDescription { get; }

    /// <summary>Checks that a value has this parameter's kind and lies in its bounds.</summary>
    /// <param name="value">The value.</param>
    /// <exception cref="ParameterException">The value has another kind, is out of bounds, or is not one of the choices.</exception>
    public void Validate(ParameterValue value)
    {
        if (value.Kind != Kind)
        {
            throw new ParameterException(Key, $"Parameter '{Key}' takes a value of kind {Kind}, not {value.Kind}.");
        }

        if (Kind == ParameterKind.Choice && !Choices.Contains(value.Choice!))
        {
            throw new ParameterException(Key, $"Parameter '{Key}' takes one of {string.Join(", ", Choices)}, not '{value.Choice}'.");
        }

        ValidateRange(value);
    }

    private protected abstract void ValidateRange(ParameterValue value);

    /// <summary>Gets the enum a <see cref="ParameterKind.Choice"/> parameter's names come from, or <see langword="null"/>.</summary>
    internal virtual Type? ChoiceType => null;

    /// <summary>Gets the bounds for a person to read (<c>0 … 240</c>, <c>0% … 100%</c>), or <see langword="null"/>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text, or <see langword="null"/> when the parameter has no bounds.</returns>
    public abstract string? FormatRange(Language language);

    /// <inheritdoc />
    public override string ToString() => Key + " = " + DefaultValue;
}
