using System;
using System.Collections.Generic;
using System.Linq;
using CadreRules.Localization;

namespace CadreRules.Tests.Cli;

/// <summary>Checks that a command's Vietnamese output holds no English word, no enum name and no rule code.</summary>
internal static class VietnameseOutput
{
    // Common English words of the outputs; Vietnamese words written without marks that are also English ("to", "in",
    // "con", "no") are left out.
    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "the", "and", "of", "for", "with", "at", "by", "from", "is", "not", "or", "yes", "true", "false", "none",
        "eligible", "due", "deferred", "exempt", "kept", "removed", "added", "refused", "local", "share", "target", "gap",
        "month", "months", "year", "years", "review", "title", "titles", "candidate", "candidates", "women", "young",
        "minority", "ethnic", "secretary", "secretaries", "chair", "chairs", "met", "regulation", "level", "commune",
        "provincial", "district", "central", "grassroots", "sector", "period", "planning", "rotation", "appointment",
        "committee", "outcome", "reasons", "total", "personnel", "inspection", "health", "public", "finance", "assets",
        "investment", "reprimand", "warning", "demotion", "dismissal", "expulsion", "equivalent", "higher", "lower",
        "male", "female", "unit", "units", "holders", "holder", "post", "posts", "status", "body", "members",
    };

    private static readonly HashSet<string> EnumNames = new(
        typeof(CadreRules.Rules.Share).Assembly.GetExportedTypes().Where(t => t.IsEnum)
            .SelectMany(t => Enum.GetNames(t))
            .SelectMany(n => new[] { n, char.ToLowerInvariant(n[0]) + n[1..] })
            .Where(n => n.Length > 2),
        StringComparer.Ordinal);

    public static void AssertNoEnglish(string text)
    {
        foreach (string code in MessageCatalog.Default.Codes.Select(c => c.Value).Where(c => c.Contains('.', StringComparison.Ordinal)))
        {
            Assert.False(text.Contains(code, StringComparison.Ordinal), $"The Vietnamese output holds the rule code {code}.");
        }

        foreach (string word in Words(text))
        {
            Assert.False(EnglishWords.Contains(word.ToLowerInvariant()), $"The Vietnamese output holds the English word '{word}'.");
            Assert.False(EnumNames.Contains(word), $"The Vietnamese output holds the enum name '{word}'.");
        }
    }

    /// <summary>The words of a text: runs of letters (Vietnamese letters included), split at every other character.</summary>
    private static IEnumerable<string> Words(string text)
    {
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }
}
