using System.Globalization;

namespace CadreRules.Rules;

/// <summary>Reads a share as a data rule writes it: <c>30%</c>, <c>25.5%</c> or <c>25,5%</c>, <c>0.3</c> or <c>0,3</c>,
/// <c>3/10</c>. Culture-invariant; the comma is read as the decimal mark (Vietnamese usage).</summary>
internal static class ShareText
{
    public static bool TryParse(string text, out Share share)
    {
        share = default;
        string t = text.Trim().Replace(',', '.');
        int slash = t.IndexOf('/');
        if (slash > 0)
        {
            if (long.TryParse(t[..slash].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long count)
                && long.TryParse(t[(slash + 1)..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long total) && total > 0)
            {
                share = Share.Of(count, total);
                return true;
            }

            return false;
        }

        bool percent = t.EndsWith('%');
        if (!decimal.TryParse(percent ? t[..^1].Trim() : t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value))
        {
            return false;
        }

        decimal percentValue = percent ? value : value * 100m;
        decimal scaled = percentValue * 1_000_000m;
        if (scaled != decimal.Truncate(scaled) || scaled > long.MaxValue)
        {
            return false;
        }

        share = Share.Percent(percentValue);
        return true;
    }
}
