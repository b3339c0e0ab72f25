using System;
using System.Collections.Immutable;

namespace CadreRules.Rules;

/// <summary>Creates typed regulation parameters.</summary>
public static class Parameter
{
    /// <summary>Creates a whole-number parameter.</summary>
    /// <param name="key">The key.</param>
    /// <param name="description">What it means.</param>
    /// <param name="defaultValue">The default.</param>
    /// <param name="confidence">How firmly the default is confirmed.</param>
    /// <param name="citation">Where the default comes from, or <see langword="null"/>.</param>
    /// <param name="minimum">The smallest allowed value (inclusive), or <see langword="null"/>.</param>
    /// <param name="maximum">The largest allowed value (inclusive), or <see langword="null"/>.</param>
    /// <returns>The parameter.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not a valid key.</exception>
    /// <exception cref="ParameterException">The default is out of bounds.</exception>
    public static Parameter<int> Integer(string key, LocalizedText description, int defaultValue, Confidence confidence = Confidence.Confirmed, Citation? citation = null, int? minimum = null, int? maximum = null) =>
        new(key, description, ParameterKind.Integer, defaultValue, confidence, citation, ImmutableArray<string>.Empty,
            static v => checked((int)v.Integer), static v => ParameterValue.FromInteger(v),
            minimum is null ? null : ParameterValue.FromInteger(minimum.Value), maximum is null ? null : ParameterValue.FromInteger(maximum.Value));

    /// <summary>Creates a share parameter, bounded to 0 … 1 unless other bounds are given.</summary>
    /// <param name="key">The key.</param>
    /// <param name="description">What it means.</param>
    /// <param name="defaultValue">The default.</param>
    /// <param name="confidence">How firmly the default is confirmed.</param>
    /// <param name="citation">Where the default comes from, or <see langword="null"/>.</param>
    /// <param name="maximum">The largest allowed share (inclusive); 100% when <see langword="null"/>.</param>
    /// <returns>The parameter.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not a valid key.</exception>
    /// <exception cref="ParameterException">The default is out of bounds.</exception>
    public static Parameter<Share> Share(string key, LocalizedText description, Share defaultValue, Confidence confidence = Confidence.Confirmed, Citation? citation = null, Share? maximum = null) =>
        new(key, description, ParameterKind.Share, defaultValue, confidence, citation, ImmutableArray<string>.Empty,
            static v => v.Share, static v => ParameterValue.FromShare(v),
            ParameterValue.FromShare(Rules.Share.Zero), ParameterValue.FromShare(maximum ?? Rules.Share.One));

    /// <summary>Creates a boolean parameter.</summary>
    /// <param name="key">The key.</param>
    /// <param name="description">What it means.</param>
    /// <param name="defaultValue">The default.</param>
    /// <param name="confidence">How firmly the default is confirmed.</param>
    /// <param name="citation">Where the default comes from, or <see langword="null"/>.</param>
    /// <returns>The parameter.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not a valid key.</exception>
    public static Parameter<bool> Boolean(string key, LocalizedText description, bool defaultValue, Confidence confidence = Confidence.Confirmed, Citation? citation = null) =>
        new(key, description, ParameterKind.Boolean, defaultValue, confidence, citation, ImmutableArray<string>.Empty,
            static v => v.Boolean, static v => ParameterValue.FromBoolean(v), null, null);

    /// <summary>Creates a policy parameter whose value is one of the names of <typeparamref name="TEnum"/>.</summary>
    /// <typeparam name="TEnum">The policy enum.</typeparam>
    /// <param name="key">The key.</param>
    /// <param name="description">What it means.</param>
    /// <param name="defaultValue">The default.</param>
    /// <param name="confidence">How firmly the default is confirmed.</param>
    /// <param name="citation">Where the default comes from, or <see langword="null"/>.</param>
    /// <returns>The parameter.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not a valid key.</exception>
    public static Parameter<TEnum> Choice<TEnum>(string key, LocalizedText description, TEnum defaultValue, Confidence confidence = Confidence.Confirmed, Citation? citation = null)
        where TEnum : struct, Enum =>
        new(key, description, ParameterKind.Choice, defaultValue, confidence, citation, [.. Enum.GetNames<TEnum>()],
            static v => Enum.Parse<TEnum>(v.Choice!), static v => ParameterValue.FromChoice(v.ToString()), null, null);
}
