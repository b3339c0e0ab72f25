using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace CadreRules.Rules;

/// <summary>
/// One named fact of a family that a data rule may read: its name (e.g. <c>evaluation[year-1].level</c>), its
/// <see cref="FactKind"/>, its unit, what it means, an example value, and how it is read from the family's facts.
/// </summary>
/// <typeparam name="TFacts">The facts the family's rules read.</typeparam>
/// <remarks>A reading may be unknown (no record for that year, no rank given): a comparison with an unknown reading is
/// neither true nor false, and a rule whose condition is not shown to hold is not satisfied. Immutable and thread-safe.</remarks>
public sealed class FactDefinition<TFacts>
{
    private readonly Func<TFacts, long?>? _integer;
    private readonly Func<TFacts, Share?>? _share;
    private readonly Func<TFacts, bool?>? _boolean;
    private readonly Func<TFacts, int?>? _rank;
    private readonly Func<TFacts, decimal?>? _number;
    private readonly Dictionary<string, int> _scaleIndex = new(StringComparer.OrdinalIgnoreCase);

    private FactDefinition(string name, FactKind kind, string unit, LocalizedText meaning, string example)
    {
        ArgumentBounds.NotBlank(name, nameof(name));
        ArgumentNullException.ThrowIfNull(meaning);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(example);
        Name = name;
        Kind = kind;
        Unit = unit;
        Meaning = meaning;
        Example = example;
    }

    private FactDefinition(string name, string unit, LocalizedText meaning, string example, Func<TFacts, long?> read)
        : this(name, FactKind.Integer, unit, meaning, example) => _integer = read;

    private FactDefinition(string name, LocalizedText meaning, string example, Func<TFacts, Share?> read)
        : this(name, FactKind.Share, "share", meaning, example) => _share = read;

    private FactDefinition(string name, string unit, LocalizedText meaning, string example, Func<TFacts, decimal?> read)
        : this(name, FactKind.Number, unit, meaning, example) => _number = read;

    private FactDefinition(string name, LocalizedText meaning, string example, Func<TFacts, bool?> read)
        : this(name, FactKind.Boolean, "true/false", meaning, example) => _boolean = read;

    private FactDefinition(string name, LocalizedText meaning, string example, ImmutableArray<ImmutableArray<string>> scale, Func<TFacts, int?> read)
        : this(name, FactKind.Scale, "level", meaning, example)
    {
        _rank = read;
        ScaleValues = [.. scale.Select(names => names[0])];
        for (int rank = 0; rank < scale.Length; rank++)
        {
            foreach (string value in scale[rank])
            {
                _scaleIndex[value] = rank;
            }
        }
    }

    /// <summary>Gets the fact's name, unique in its catalogue.</summary>
    public string Name { get; }

    /// <summary>Gets the fact's type.</summary>
    public FactKind Kind { get; }

    /// <summary>Gets the fact's unit (<c>months</c>, <c>share</c>, <c>level</c>, <c>true/false</c>…).</summary>
    public string Unit { get; }

    /// <summary>Gets what the fact means, in Vietnamese and English.</summary>
    public LocalizedText Meaning { get; }

    /// <summary>Gets an example value, as a data rule writes it.</summary>
    public string Example { get; }

    /// <summary>Gets the names of a <see cref="FactKind.Scale"/> fact's values, best first; empty for other kinds.</summary>
    public ImmutableArray<string> ScaleValues { get; } = [];

    /// <summary>A whole-number fact.</summary>
    /// <param name="name">The fact's name.</param>
    /// <param name="unit">Its unit, e.g. <c>months</c>.</param>
    /// <param name="meaning">What it means.</param>
    /// <param name="example">An example value.</param>
    /// <param name="read">Reads it from the facts; null when unknown.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static FactDefinition<TFacts> Integer(string name, string unit, LocalizedText meaning, string example, Func<TFacts, long?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return new(name, unit, meaning, example, read);
    }

    /// <summary>A number fact with a decimal part (for example a score in points).</summary>
    /// <param name="name">The fact's name.</param>
    /// <param name="unit">Its unit, e.g. <c>points</c>.</param>
    /// <param name="meaning">What it means.</param>
    /// <param name="example">An example value.</param>
    /// <param name="read">Reads it from the facts; null when unknown.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static FactDefinition<TFacts> Number(string name, string unit, LocalizedText meaning, string example, Func<TFacts, decimal?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return new(name, unit, meaning, example, read);
    }

    /// <summary>A share fact.</summary>
    /// <param name="name">The fact's name.</param>
    /// <param name="meaning">What it means.</param>
    /// <param name="example">An example value, e.g. <c>30%</c>.</param>
    /// <param name="read">Reads it from the facts; null when unknown.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static FactDefinition<TFacts> ShareOf(string name, LocalizedText meaning, string example, Func<TFacts, Share?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return new(name, meaning, example, read);
    }

    /// <summary>A true-or-false fact.</summary>
    /// <param name="name">The fact's name.</param>
    /// <param name="meaning">What it means.</param>
    /// <param name="example">An example value.</param>
    /// <param name="read">Reads it from the facts; null when unknown.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static FactDefinition<TFacts> Boolean(string name, LocalizedText meaning, string example, Func<TFacts, bool?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return new(name, meaning, example, read);
    }

    /// <summary>A fact on an ordered scale of named values.</summary>
    /// <param name="name">The fact's name.</param>
    /// <param name="meaning">What it means.</param>
    /// <param name="example">An example value.</param>
    /// <param name="scale">The values, best first; each with its accepted names (the first is the one written),
    /// compared ignoring case.</param>
    /// <param name="read">Reads the value's position on the scale (0 = best); null when unknown.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, or the scale is empty or names a value twice.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static FactDefinition<TFacts> Scale(string name, LocalizedText meaning, string example, IEnumerable<IEnumerable<string>> scale, Func<TFacts, int?> read)
    {
        ArgumentBounds.NotBlank(name, nameof(name));
        ArgumentNullException.ThrowIfNull(meaning);
        ArgumentNullException.ThrowIfNull(example);
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(read);
        ImmutableArray<ImmutableArray<string>> values = [.. scale.Select(names => names.ToImmutableArray())];
        string[] all = [.. values.SelectMany(v => v)];
        if (values.IsEmpty || values.Any(v => v.IsEmpty) || all.Length != all.Distinct(StringComparer.OrdinalIgnoreCase).Count())
        {
            throw new InvalidInputException($"The scale of the fact '{name}' needs at least one value, each with at least one name, and no name twice.", nameof(scale));
        }

        return new(name, meaning, example, values, read);
    }

    /// <summary>Parses a constant written for this fact, or explains why it cannot be one.</summary>
    internal (Constant? Value, LocalizedText? Error) ParseConstant(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryConstant(text, out Constant constant, out LocalizedText? error) ? (constant, null) : (null, error);
    }

    private bool TryConstant(string text, out Constant constant, out LocalizedText? error)
    {
        constant = default;
        error = null;
        string t = text.Trim();
        switch (Kind)
        {
            case FactKind.Integer:
                if (long.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n))
                {
                    constant = new Constant(n, default, 0m);
                    return true;
                }

                error = RuleChangeText.NotWholeNumber(text, Name, Unit);
                return false;
            case FactKind.Number:
                if (decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal d))
                {
                    constant = new Constant(0, default, d);
                    return true;
                }

                error = RuleChangeText.NotANumber(text, Name, Unit);
                return false;
            case FactKind.Share:
                if (ValueParsing.TryParseShare(t, out Share share))
                {
                    constant = new Constant(0, share, 0m);
                    return true;
                }

                error = RuleChangeText.NotAShare(text);
                return false;
            case FactKind.Boolean:
                if (bool.TryParse(t, out bool b))
                {
                    constant = new Constant(b ? 1 : 0, default, 0m);
                    return true;
                }

                error = RuleChangeText.NotTrueOrFalse(text);
                return false;
            default:
                if (_scaleIndex.TryGetValue(t, out int rank))
                {
                    constant = new Constant(rank, default, 0m);
                    return true;
                }

                error = RuleChangeText.NotAValue(text, Name, ScaleValues);
                return false;
        }
    }

    /// <summary>Compares the fact with a constant: true, false, or null when the fact is unknown.</summary>
    internal bool? Compare(TFacts facts, FactComparison comparison, Constant constant)
    {
        int? order;
        switch (Kind)
        {
            case FactKind.Integer:
                order = _integer!(facts) is { } n ? n.CompareTo(constant.Number) : null;
                break;
            case FactKind.Number:
                order = _number!(facts) is { } d ? d.CompareTo(constant.Decimal) : null;
                break;
            case FactKind.Share:
                order = _share!(facts) is { } s ? s.CompareTo(constant.Share) : null;
                break;
            case FactKind.Boolean:
                order = _boolean!(facts) is { } b ? (b ? 1L : 0L).CompareTo(constant.Number) : null;
                break;
            default:
                // Best first: a smaller position is a better value, so "more" is the reverse order of positions.
                order = _rank!(facts) is { } rank ? constant.Number.CompareTo(rank) : null;
                break;
        }

        return order is not { } o ? null : comparison switch
        {
            FactComparison.Equal => o == 0,
            FactComparison.NotEqual => o != 0,
            FactComparison.AtLeast => o >= 0,
            FactComparison.AtMost => o <= 0,
            FactComparison.Above => o > 0,
            _ => o < 0,
        };
    }

    /// <summary>The fact's reading for an explanation (unknown readings are shown as such).</summary>
    internal FactValue Read(TFacts facts) => Kind switch
    {
        FactKind.Integer => _integer!(facts) is { } n ? FactValue.Of(Name, n) : Unknown(),
        FactKind.Share => _share!(facts) is { } s ? FactValue.Of(Name, s) : Unknown(),
        FactKind.Number => _number!(facts) is { } d ? FactValue.Of(Name, d) : Unknown(),
        FactKind.Boolean => _boolean!(facts) is { } b ? FactValue.Of(Name, b) : Unknown(),
        _ => _rank!(facts) is { } rank && rank >= 0 && rank < ScaleValues.Length ? FactValue.Of(Name, ScaleValues[rank]) : Unknown(),
    };

    private FactValue Unknown() => FactValue.Of(Name, new LocalizedText("không có dữ liệu", "no record"));

    /// <summary>A constant of a data rule, typed by its fact: a whole number, a share, 0/1, a position on the scale, or a
    /// number with a decimal part.</summary>
    internal readonly record struct Constant(long Number, Share Share, decimal Decimal);
}
