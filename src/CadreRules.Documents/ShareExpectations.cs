using System.Collections.Generic;
using System.Globalization;
using CadreRules.Composition;
using CadreRules.Rules;

namespace CadreRules.Documents;

/// <summary>Compares an expected count and percentage (<see cref="ShareExpectedJson"/>) with a measured share, for the
/// <c>composition</c> and <c>statistics</c> case kinds.</summary>
internal static class ShareExpectations
{
    /// <summary>Adds a failure for each expected field that differs; refuses an empty expectation or a negative count.</summary>
    public static void Compare(List<string> failures, string what, ShareExpectedJson? expected, CompositionShare actual, string path)
    {
        if (expected is null)
        {
            return;
        }

        if (expected.Count is null && expected.Share is null)
        {
            throw DocumentException.Of(path, DocumentErrorCodes.NothingExpected, null, "count, share");
        }

        Require.Count(expected.Count, path + ".count");
        if (expected.Count is { } count && count != actual.Count)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{what} count: expected {count}, actual {actual.Count}"));
        }

        if (expected.Share is { } share)
        {
            string text = actual.Format(Language.Vietnamese, Decimals(share));
            if (share != text)
            {
                failures.Add($"{what} share: expected {share}, actual {text}");
            }
        }
    }

    /// <summary>The decimals a percentage is written with: the digits after the comma ("90,2%" → 1, "91%" → 0), at most 6.</summary>
    public static int Decimals(string percent)
    {
        int comma = percent.IndexOf(',', System.StringComparison.Ordinal);
        if (comma < 0)
        {
            return 0;
        }

        int digits = 0;
        for (int i = comma + 1; i < percent.Length && char.IsAsciiDigit(percent[i]); i++)
        {
            digits++;
        }

        return digits > 6 ? 6 : digits;
    }
}
