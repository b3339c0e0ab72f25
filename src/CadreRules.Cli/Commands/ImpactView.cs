using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CadreRules.Impact;
using CadreRules.Rules;

namespace CadreRules.Cli.Commands;

/// <summary>How one family's impact is printed by <c>diff</c>: the subjects' noun, the group's name, the outcome's label
/// (in the output language, and for JSON).</summary>
internal sealed record ImpactView<TOutcome>(
    string Heading,
    string Noun,
    string GroupHeader,
    Func<TOutcome, string> Label,
    Func<TOutcome, string> JsonLabel,
    Func<string, string> GroupLabel)
    where TOutcome : notnull
{
    /// <summary>Gets how outcomes are counted before and after (default: by their label); e.g. retirement dates by year.</summary>
    public Func<TOutcome, string>? CountKey { get; init; }
}

/// <summary>Prints a <see cref="RuleChangeImpact{TOutcome}"/> of any family with the sections of the evaluation diff:
/// the subjects whose outcome changes with the rule codes that differ, the counts before and after, the transitions,
/// the groups with changes and the rule codes applied differently.</summary>
internal static class ImpactPrinter
{
    public static void WriteTable<TOutcome>(TextWriter output, ImpactView<TOutcome> view, RuleChangeImpact<TOutcome> impact, Language lang)
        where TOutcome : notnull
    {
        bool vi = lang == Language.Vietnamese;
        output.WriteLine(view.Heading);
        List<ImpactChange<TOutcome>> changed = [.. impact.Changes.Where(c => c.OutcomeChanged)];
        string[] headers = vi
            ? ["Mã", "Tên", view.GroupHeader, "Trước", "Sau", "Mã quy tắc khác nhau"]
            : ["Id", "Name", view.GroupHeader, "Before", "After", "Rule codes that differ"];
        TextTable.Stream(output, headers, changed, c => [c.Id.Value, c.Name ?? string.Empty, view.GroupLabel(c.Group), view.Label(c.Before), view.Label(c.After), DifferingCodes(c)]);
        output.WriteLine(vi
            ? $"{TextTable.Amount(impact.OutcomesChanged, lang)} {view.Noun} thay đổi kết quả (trên {TextTable.Amount(impact.Total, lang)} {view.Noun})"
            : $"{TextTable.Amount(impact.OutcomesChanged, lang)} outcomes change (of {TextTable.Amount(impact.Total, lang)} {view.Noun})");
        output.WriteLine((vi ? "Trước: " : "Before: ") + Format(Counts(impact, before: true), view.CountKey ?? view.Label, lang));
        output.WriteLine((vi ? "Sau:   " : "After:  ") + Format(Counts(impact, before: false), view.CountKey ?? view.Label, lang));
        if (changed.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(vi ? "Chuyển kết quả (trước → sau: số lượng)" : "Transitions (before → after: count)");
        foreach (ImpactTransition<TOutcome> t in impact.Transitions.Where(t => !EqualityComparer<TOutcome>.Default.Equals(t.Before, t.After)))
        {
            output.WriteLine($"  {view.Label(t.Before)} → {view.Label(t.After)}: {TextTable.Amount(t.Count, lang)}");
        }

        output.WriteLine();
        output.WriteLine(vi ? $"Nhóm có thay đổi kết quả ({view.GroupHeader})" : $"Groups with changes ({view.GroupHeader})");
        string[] groupHeaders = vi ? [view.GroupHeader, "Số lượng", "Thay đổi"] : [view.GroupHeader, "Subjects", "Changed"];
        List<ImpactGroup> groups = [.. impact.Groups.Where(g => g.OutcomesChanged > 0)];
        TextTable.Stream(output, groupHeaders, groups, g => [view.GroupLabel(g.Group), TextTable.Amount(g.Subjects, lang), TextTable.Amount(g.OutcomesChanged, lang)]);
        output.WriteLine();
        output.WriteLine(vi ? "Mã quy tắc được áp dụng khác nhau (trước → sau)" : "Rule codes applied differently (before → after)");
        foreach (ImpactRuleCode code in impact.RuleCodes.Where(c => c.Before != c.After))
        {
            output.WriteLine($"  {code.Code}: {TextTable.Amount(code.Before, lang)} → {TextTable.Amount(code.After, lang)}");
        }
    }

    /// <summary>Writes one row per subject whose outcome changes (<c>--format xlsx|csv</c>): its id and name, its group,
    /// the outcomes before and after in words, the regulations of both sides, the rules no longer and now behind the
    /// outcome in words, and the clauses they cite.</summary>
    /// <param name="writer">The sheet writer.</param>
    /// <param name="sheet">The sheet's name.</param>
    /// <param name="view">The family's words.</param>
    /// <param name="impact">The impact.</param>
    /// <param name="rules">The rules of both sides, by regulation and code.</param>
    /// <param name="lang">The output's language.</param>
    public static void WriteSheet<TOutcome>(Spreadsheets.SpreadsheetWriter writer, string sheet, ImpactView<TOutcome> view, RuleChangeImpact<TOutcome> impact, ImpactRules rules, Language lang)
        where TOutcome : notnull
    {
        writer.StartSheet(sheet, Localization.SheetText.Headers(Localization.SheetText.DiffHeaders, lang, view.GroupHeader));
        foreach (ImpactChange<TOutcome> c in impact.Changes.Where(c => c.OutcomeChanged))
        {
            RuleDescriptor?[] removed = [.. c.Removed.Select(code => rules.Find(after: false, c.BeforeRegulation, code))];
            RuleDescriptor?[] added = [.. c.Added.Select(code => rules.Find(after: true, c.AfterRegulation, code))];
            IEnumerable<string> why = c.Removed.Select((code, i) => Localization.CliMessages.Say(Localization.SheetText.RuleNoLonger, lang, ("rule", ImpactRules.Text(removed[i], code, lang))))
                .Concat(c.Added.Select((code, i) => Localization.CliMessages.Say(Localization.SheetText.RuleNow, lang, ("rule", ImpactRules.Text(added[i], code, lang)))));
            writer.WriteRow(
            [
                c.Id.Value,
                c.Name,
                view.GroupLabel(c.Group),
                view.Label(c.Before),
                view.Label(c.After),
                c.BeforeRegulation.Value,
                c.AfterRegulation.Value,
                string.Join("; ", why),
                string.Join("; ", removed.Concat(added).Select(r => r?.Citation?.Format(lang)).OfType<string>().Distinct()),
            ]);
        }
    }

    /// <summary>Writes the impact's members into the JSON object being written.</summary>
    public static void WriteJson<TOutcome>(Utf8JsonWriter json, ImpactView<TOutcome> view, RuleChangeImpact<TOutcome> impact)
        where TOutcome : notnull
    {
        json.WriteNumber("total", impact.Total);
        json.WriteNumber("outcomesChanged", impact.OutcomesChanged);
        json.WriteStartArray("changed");
        foreach (ImpactChange<TOutcome> c in impact.Changes.Where(c => c.OutcomeChanged))
        {
            json.WriteStartObject();
            json.WriteString("id", c.Id.Value);
            if (c.Name is not null)
            {
                json.WriteString("name", c.Name);
            }

            json.WriteString("group", c.Group);
            json.WriteString("before", view.JsonLabel(c.Before));
            json.WriteString("beforeRegulation", c.BeforeRegulation.Value);
            json.WriteString("after", view.JsonLabel(c.After));
            json.WriteString("afterRegulation", c.AfterRegulation.Value);
            Codes(json, "removedCodes", c.Removed);
            Codes(json, "addedCodes", c.Added);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("transitions");
        foreach (ImpactTransition<TOutcome> t in impact.Transitions)
        {
            json.WriteStartObject();
            json.WriteString("before", view.JsonLabel(t.Before));
            json.WriteString("after", view.JsonLabel(t.After));
            json.WriteNumber("count", t.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("groups");
        foreach (ImpactGroup g in impact.Groups.Where(g => g.Changed > 0))
        {
            json.WriteStartObject();
            json.WriteString("group", g.Group);
            json.WriteNumber("subjects", g.Subjects);
            json.WriteNumber("outcomesChanged", g.OutcomesChanged);
            json.WriteNumber("changed", g.Changed);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("ruleCodes");
        foreach (ImpactRuleCode code in impact.RuleCodes.Where(c => c.Before != c.After))
        {
            json.WriteStartObject();
            json.WriteString("code", code.Code.Value);
            json.WriteNumber("before", code.Before);
            json.WriteNumber("after", code.After);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        foreach ((string name, bool before) in new[] { ("countsBefore", true), ("countsAfter", false) })
        {
            json.WriteStartObject(name);
            foreach (KeyValuePair<string, int> count in ByKey(Counts(impact, before), view.CountKey ?? view.JsonLabel))
            {
                json.WriteNumber(count.Key, count.Value);
            }

            json.WriteEndObject();
        }
    }

    /// <summary>The count of each outcome on one side, from the transition matrix, in the outcomes' order.</summary>
    public static SortedDictionary<TOutcome, int> Counts<TOutcome>(RuleChangeImpact<TOutcome> impact, bool before)
        where TOutcome : notnull
    {
        var counts = new SortedDictionary<TOutcome, int>();
        foreach (ImpactTransition<TOutcome> t in impact.Transitions)
        {
            TOutcome key = before ? t.Before : t.After;
            counts[key] = counts.TryGetValue(key, out int n) ? n + t.Count : t.Count;
        }

        return counts;
    }

    public static string DifferingCodes<TOutcome>(ImpactChange<TOutcome> change)
        where TOutcome : notnull =>
        string.Join(", ", change.Removed.Select(c => "−" + c.Value).Concat(change.Added.Select(c => "+" + c.Value)));

    private static string Format<TOutcome>(SortedDictionary<TOutcome, int> counts, Func<TOutcome, string> key, Language lang)
        where TOutcome : notnull
    {
        List<KeyValuePair<string, int>> byKey = ByKey(counts, key);
        return byKey.Count == 0 ? "—" : string.Join(", ", byKey.Select(c => $"{c.Key} {TextTable.Amount(c.Value, lang)}"));
    }

    // Adds up the counts of outcomes with the same key, in the outcomes' order.
    private static List<KeyValuePair<string, int>> ByKey<TOutcome>(SortedDictionary<TOutcome, int> counts, Func<TOutcome, string> key)
        where TOutcome : notnull
    {
        var result = new List<KeyValuePair<string, int>>();
        foreach (KeyValuePair<TOutcome, int> count in counts)
        {
            string k = key(count.Key);
            int at = result.FindIndex(p => p.Key == k);
            if (at < 0)
            {
                result.Add(new(k, count.Value));
            }
            else
            {
                result[at] = new(k, result[at].Value + count.Value);
            }
        }

        return result;
    }

    private static void Codes(Utf8JsonWriter json, string name, System.Collections.Immutable.ImmutableArray<RuleCode> codes)
    {
        json.WriteStartArray(name);
        foreach (RuleCode code in codes)
        {
            json.WriteStringValue(code.Value);
        }

        json.WriteEndArray();
    }
}
