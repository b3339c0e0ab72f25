using System.Collections.Generic;
using System.Linq;
using CadreRules.Evaluation;
using CadreRules.Localization;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Documents.Reports;

/// <summary>Pieces the reports share: outcome labels, the header's regulation lines, rule texts by code.</summary>
internal static class ReportParts
{
    /// <summary>The outcome as a short label: HTXS, HTT, HTNV, KHT, or "not rated" / "undetermined" in the language.</summary>
    public static string Label(EvaluationOutcome outcome, Language language) =>
        outcome <= EvaluationOutcome.NotComplete ? EvaluationRound.Label(outcome) : Capitalised(Terms.Of(outcome).Get(language));

    /// <summary>The outcome's full name with a capital first letter (a table's row label).</summary>
    public static string Name(EvaluationOutcome outcome, Language language) => Capitalised(Terms.Of(outcome).Get(language));

    /// <summary>The text with a capital first letter.</summary>
    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The outcomes a count table shows: the four levels always, not rated and undetermined when some side has
    /// any.</summary>
    public static List<EvaluationOutcome> Shown(params EvaluationOutcomeCounts[] counts) =>
        [.. EvaluationOutcomeCounts.Outcomes.Where(o => o <= EvaluationOutcome.NotComplete || counts.Any(c => c[o] > 0))];

    /// <summary>A regulation for the header: its title, id and citation with its footnote mark.</summary>
    public static string Regulation(HtmlPage page, RegulationReference reference) =>
        HtmlPage.Escape(reference.Title.Get(page.Language)) + " [" + HtmlPage.Escape(reference.Id.Value) + "] — "
        + HtmlPage.Escape(reference.Citation.Format(page.Language)) + page.Cite(reference.Citation);

    /// <summary>Several regulations for the header, one a line.</summary>
    public static string Regulations(HtmlPage page, IEnumerable<RegulationReference> references) =>
        string.Join("<br>", references.Select(r => Regulation(page, r)));

    /// <summary>The first and last of some dates: one date, or "from – to".</summary>
    public static string DateRange(LocalDate? first, LocalDate? last) =>
        first is not { } a || last is not { } b ? "—" : a == b ? DisplayFormat.Date(a) : DisplayFormat.Date(a) + " – " + DisplayFormat.Date(b);

    /// <summary>The table of counts per level on two sides (before and after the quota, or before and after a rule
    /// change) with the signed difference, an optional total row, and the bar chart of the same counts.</summary>
    public static void BeforeAfterCounts(
        HtmlPage page,
        EvaluationOutcomeCounts before,
        EvaluationOutcomeCounts after,
        (string Before, string After) columns,
        (string Before, string After) series,
        string chartTitle,
        bool totalRow)
    {
        Language language = page.Language;
        List<EvaluationOutcome> shown = Shown(before, after);
        page.BeginTable(Cell.Text(page.Say(ReportText.Level)), Cell.Number(columns.Before), Cell.Number(columns.After), Cell.Number(page.Say(ReportText.Difference)));
        foreach (EvaluationOutcome outcome in shown)
        {
            int b = before[outcome], a = after[outcome];
            page.Row(
                Cell.Text(Name(outcome, language)),
                Cell.Number(Count(b, language)),
                Cell.Number(Count(a, language)),
                Cell.Number(Signed(a - b, language), a == b ? "same" : "diff"));
        }

        if (totalRow)
        {
            page.Row("total", Cell.Text(page.Say(ReportText.TotalRow)), Cell.Number(Count(before.Total, language)), Cell.Number(Count(after.Total, language)), Cell.Text(string.Empty));
        }

        page.EndTable();
        page.Raw("<figure>" + SvgChart.Bars(
            chartTitle,
            [.. shown.Select(o => Label(o, language))],
            [
                (series.Before, [.. shown.Select(o => (long)before[o])]),
                (series.After, [.. shown.Select(o => (long)after[o])]),
            ],
            language) + "<figcaption>" + HtmlPage.Escape(chartTitle) + "</figcaption></figure>\n");
    }

    /// <summary>A difference with its sign (+3, −2, 0).</summary>
    public static string Signed(int value, Language language) =>
        value > 0 ? "+" + Count(value, language) : value < 0 ? "−" + Count(-(long)value, language) : "0";

    /// <summary>The first and last evaluation dates of a round's people, as <see cref="DateRange"/> writes them.</summary>
    public static string EvaluationDates(EvaluationRoundResult result)
    {
        LocalDate? first = null, last = null;
        foreach (EvaluationRoundPerson p in result.People)
        {
            first = first is { } f && f <= p.EvaluatedOn ? f : p.EvaluatedOn;
            last = last is { } l && l >= p.EvaluatedOn ? l : p.EvaluatedOn;
        }

        return DateRange(first, last);
    }

    /// <summary>The rules of some regulations by code (the first regulation giving a code wins).</summary>
    public static Dictionary<RuleCode, RuleDescriptor> Rules(IEnumerable<Regulation> regulations)
    {
        var rules = new Dictionary<RuleCode, RuleDescriptor>();
        foreach (Regulation regulation in regulations)
        {
            foreach (RuleDescriptor rule in regulation.Rules)
            {
                rules.TryAdd(rule.Code, rule);
            }
        }

        return rules;
    }

    /// <summary>A rule code as text for a reader: the rule's sentence when it is known, its code, and the footnote mark of
    /// its clause.</summary>
    public static string RuleText(HtmlPage page, IReadOnlyDictionary<RuleCode, RuleDescriptor> rules, RuleCode code)
    {
        if (!rules.TryGetValue(code, out RuleDescriptor? rule))
        {
            LocalizedText? text = MessageCatalog.Default.Find(code);
            return text is not null && !text.Get(page.Language).Contains('{', System.StringComparison.Ordinal)
                ? HtmlPage.Escape(text.Get(page.Language)) + " <code>" + HtmlPage.Escape(code.Value) + "</code>"
                : "<code>" + HtmlPage.Escape(code.Value) + "</code>";
        }

        return HtmlPage.Escape(rule.Text.Get(page.Language)) + " <code>" + HtmlPage.Escape(code.Value) + "</code>" + page.Cite(rule.Citation);
    }

    /// <summary>A person as "Name (ID)", or the id alone.</summary>
    public static string Who(string? name, string id) => string.IsNullOrWhiteSpace(name) ? id : name + " (" + id + ")";

    /// <summary>A count in the language's convention.</summary>
    public static string Count(long value, Language language) => DisplayFormat.Count(value, language);
}
