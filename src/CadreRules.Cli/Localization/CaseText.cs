using System.Text.RegularExpressions;
using CadreRules.Rules;

namespace CadreRules.Cli.Localization;

/// <summary>
/// A difference the case runner reports (<c>CaseResult.Failures</c>, English sentences of three shapes) in the output's
/// language. The field named first is the case file's own key (<c>violations</c>, <c>status of bch</c>, <c>months
/// left</c>) and the values are written as in the case file, so only the frame is translated.
/// </summary>
internal static partial class CaseText
{
    /// <summary>The difference in a language; a sentence of another shape is left as it is.</summary>
    /// <param name="failure">The runner's sentence.</param>
    /// <param name="language">The output's language.</param>
    /// <returns>The sentence.</returns>
    public static string Failure(string failure, Language language)
    {
        if (language != Language.Vietnamese)
        {
            return failure;
        }

        Match m;
        if ((m = ExpectedActual().Match(failure)).Success)
        {
            return $"{m.Groups[1].Value}: mong đợi {m.Groups[2].Value}, thực tế {m.Groups[3].Value}";
        }

        if ((m = CodeMissing().Match(failure)).Success)
        {
            return $"mã căn cứ {m.Groups[1].Value} không có trong phần giải thích";
        }

        if ((m = NotCited().Match(failure)).Success)
        {
            return $"không có phát hiện nào viện dẫn {m.Groups[1].Value}";
        }

        return failure;
    }

    [GeneratedRegex(@"^(.*): expected (.*), actual (.*)$", RegexOptions.Singleline)]
    private static partial Regex ExpectedActual();

    [GeneratedRegex(@"^rule code (\S+) is not in the explanation$")]
    private static partial Regex CodeMissing();

    [GeneratedRegex(@"^no finding cites (.*)$", RegexOptions.Singleline)]
    private static partial Regex NotCited();
}
