using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CadreRules.Rules;

namespace CadreRules.Localization;

/// <summary>Reads a choice by its name or by its word in <see cref="Terms"/> (the readers behind
/// <c>InputValues.TryParseChoice</c> and <see cref="LocalizationExtensions.TryParseValue"/>).</summary>
internal static class ChoiceWords
{
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        string key = Key(text);
        if (key.Length > 0 && (ChoiceTable<TEnum>.ByName.TryGetValue(key, out value) || ChoiceTable<TEnum>.ByWord.TryGetValue(key, out value)))
        {
            return true;
        }

        value = default;
        return false;
    }

    public static bool TryParse(string? text, IEnumerable<string> choices, out string choice)
    {
        ArgumentNullException.ThrowIfNull(choices);
        choice = string.Empty;
        string key = Key(text);
        if (key.Length == 0)
        {
            return false;
        }

        string[] names = [.. choices];
        if (names.FirstOrDefault(n => Key(n) == key) is { } byName)
        {
            choice = byName;
            return true;
        }

        string[] byWord = [.. names.Where(n => Terms.ForName(n).Any(t => Words(t).Contains(key)))];
        if (byWord.Length == 1)
        {
            choice = byWord[0];
            return true;
        }

        return false;
    }

    /// <summary>The comparison key of a name or word: Unicode-composed, lower case, without spaces, hyphens,
    /// underscores or dots.</summary>
    private static string Key(string? text)
    {
        string value = (text ?? string.Empty).Normalize(NormalizationForm.FormC);
        var key = new StringBuilder(value.Length);
        foreach (char c in value)
        {
            if (!char.IsWhiteSpace(c) && c is not '-' and not '_' and not '.')
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }

    /// <summary>The keys a term is accepted by: each language's word, without a trailing "(ABBR)", and the abbreviation.</summary>
    private static HashSet<string> Words(LocalizedText term)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (string word in new[] { term.Vietnamese, term.English })
        {
            words.Add(Key(word));
            int open = word.LastIndexOf('(');
            if (open > 0 && word.EndsWith(')'))
            {
                words.Add(Key(word[..open]));
                words.Add(Key(word[(open + 1)..^1]));
            }
        }

        return words;
    }

    /// <summary>An enum's members by the keys of their names, and by the keys of their words (a word two members share
    /// is left out: it names neither).</summary>
    private static class ChoiceTable<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<string, TEnum> ByName = Enum.GetValues<TEnum>()
            .GroupBy(m => Key(m.ToString()), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        public static readonly FrozenDictionary<string, TEnum> ByWord = Enum.GetValues<TEnum>()
            .SelectMany(m => Terms.Find(typeof(TEnum), m.ToString()) is { } term ? Words(term).Select(w => (Word: w, Member: m)) : [])
            .GroupBy(p => p.Word, StringComparer.Ordinal)
            .Where(g => g.Select(p => p.Member).Distinct().Count() == 1 && !ByName.ContainsKey(g.Key))
            .ToFrozenDictionary(g => g.Key, g => g.First().Member, StringComparer.Ordinal);
    }
}
