using System;
using System.Globalization;

namespace CadreRules.Rules;

/// <summary>The library's own range checks at its public boundaries: each throws an
/// <see cref="InputOutOfRangeException"/> naming the field, with the bound and the value written culture-invariantly
/// (never .NET's "must be a non-negative and non-zero value", "(Parameter 'x')" or "Actual value was …").</summary>
internal static class ArgumentBounds
{
    /// <summary>Refuses a null (as .NET does) or blank text.</summary>
    public static void NotBlank([System.Diagnostics.CodeAnalysis.NotNull] string? value, string field)
    {
        ArgumentNullException.ThrowIfNull(value, field);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidInputException($"The field {field} cannot be blank.", field);
        }
    }

    /// <summary>Refuses a negative value.</summary>
    public static void NotNegative(long value, string field)
    {
        if (value < 0)
        {
            throw new InputOutOfRangeException(field, value, Text($"The field {field} cannot be negative ({value}).")) { Minimum = "0" };
        }
    }

    /// <summary>Refuses a negative value.</summary>
    public static void NotNegative(decimal value, string field)
    {
        if (value < 0)
        {
            throw new InputOutOfRangeException(field, value, Text($"The field {field} cannot be negative ({value}).")) { Minimum = "0" };
        }
    }

    /// <summary>Refuses a value below <paramref name="minimum"/>.</summary>
    public static void AtLeast(long value, long minimum, string field)
    {
        if (value < minimum)
        {
            throw new InputOutOfRangeException(field, value, Text($"The field {field} must be at least {minimum}, not {value}.")) { Minimum = Invariant(minimum) };
        }
    }

    /// <summary>Refuses a value above <paramref name="maximum"/>.</summary>
    public static void AtMost(long value, long maximum, string field)
    {
        if (value > maximum)
        {
            throw new InputOutOfRangeException(field, value, Text($"The field {field} must be at most {maximum}, not {value}.")) { Maximum = Invariant(maximum) };
        }
    }

    /// <summary>Refuses a value outside <paramref name="minimum"/> to <paramref name="maximum"/> (both included).</summary>
    public static void Between(long value, long minimum, long maximum, string field)
    {
        if (value < minimum || value > maximum)
        {
            throw new InputOutOfRangeException(field, value, Text($"The field {field} must be between {minimum} and {maximum}, not {value}.")) { Minimum = Invariant(minimum), Maximum = Invariant(maximum) };
        }
    }

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
