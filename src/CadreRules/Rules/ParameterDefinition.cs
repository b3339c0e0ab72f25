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
    private protected virtual Type? ChoiceType => null;

    /// <summary>Gets the bounds for a person to read (<c>0 … 240</c>, <c>0% … 100%</c>), or <see langword="null"/>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text, or <see langword="null"/> when the parameter has no bounds.</returns>
    public abstract string? FormatRange(Language language);

    /// <summary>Writes a value of this parameter for a person to read: a count, a percentage (<c>25,5%</c>), có/không
    /// (yes/no), or a choice's word (<see cref="Localization.Terms"/>), whatever the machine's culture.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string FormatValue(ParameterValue value, Language language) => value.Kind switch
    {
        ParameterKind.Integer => Localization.DisplayFormat.Count(value.Integer, language),
        ParameterKind.Share => Localization.DisplayFormat.Percent(value.Share, language),
        ParameterKind.Boolean => Localization.Terms.Of(value.Boolean).Get(language),
        _ => (ChoiceType is { } type && value.Choice is { } name ? Localization.Terms.Find(type, name)?.Get(language) : null) ?? value.Choice ?? string.Empty,
    };

    /// <summary>Reads a value of this parameter as a person types it: a whole number; a share as <c>25%</c>,
    /// <c>25,5%</c>, <c>0.25</c> or <c>1/4</c>; a boolean as true/false, yes/no or có/không; a choice by its name in any
    /// case or its word (<see cref="InputValues"/>). The value is not checked against the bounds: see
    /// <see cref="Validate(ParameterValue)"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The value read.</param>
    /// <returns>Whether the text is a value of this parameter's kind (and, for a choice, one of its names).</returns>
    public bool TryParseValue(string? text, out ParameterValue value)
    {
        value = default;
        string trimmed = (text ?? string.Empty).Trim();
        switch (Kind)
        {
            case ParameterKind.Integer:
                if (long.TryParse(trimmed, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out long integer))
                {
                    value = ParameterValue.FromInteger(integer);
                    return true;
                }

                return false;
            case ParameterKind.Share:
                if (InputValues.TryParseShare(trimmed, out Share share))
                {
                    value = ParameterValue.FromShare(share);
                    return true;
                }

                return false;
            case ParameterKind.Boolean:
                bool? flag = trimmed.ToLowerInvariant() switch
                {
                    "true" or "yes" or "có" => true,
                    "false" or "no" or "không" => false,
                    _ => null,
                };
                if (flag is { } b)
                {
                    value = ParameterValue.FromBoolean(b);
                    return true;
                }

                return false;
            default:
                if (InputValues.TryParseChoice(trimmed, Choices, out string choice))
                {
                    value = ParameterValue.FromChoice(choice);
                    return true;
                }

                return false;
        }
    }

    /// <inheritdoc />
    public override string ToString() => Key + " = " + DefaultValue;
}
