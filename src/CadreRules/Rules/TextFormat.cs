using System.Globalization;
using NodaTime;

namespace CadreRules.Rules;

/// <summary>Culture-independent formatting used by every rendered text (works under invariant globalization).</summary>
internal static class TextFormat
{
    public static string Date(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day:00}/{date.Month:00}/{date.Year:0000}");

    public static string IsoDate(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year:0000}-{date.Month:00}-{date.Day:00}");

    public static string IsoMonth(YearMonth month) =>
        string.Create(CultureInfo.InvariantCulture, $"{month.Year:0000}-{month.Month:00}");

    public static string Month(YearMonth month) =>
        string.Create(CultureInfo.InvariantCulture, $"{month.Month:00}/{month.Year:0000}");

    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Decimal(decimal value, Language language)
    {
        string text = value.ToString(CultureInfo.InvariantCulture);
        return language == Language.Vietnamese ? text.Replace('.', ',') : text;
    }
}
