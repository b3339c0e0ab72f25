using System;
using System.IO;
using CadreRules.Evaluation;
using CadreRules.Planning;

namespace CadreRules.Documents.Reports;

/// <summary>
/// Printable HTML reports: one self-contained page per report (inline CSS and inline SVG charts; no script, font, image
/// or link fetched from anywhere, enforced by a Content-Security-Policy of <c>default-src 'none'</c>), in Vietnamese or
/// English, laid out for A4 paper (a table's header repeats on each printed page; rows are not split across pages).
/// </summary>
/// <remarks>
/// <para>Each report has a header (the organisation, or the data file's name when the document names none; the
/// regulation with its citation; the date; the data file) and ends with a footnote listing every clause it cites, each
/// numbered where it is used. Numbers, percentages and dates follow the language's conventions whatever the machine's
/// culture (<see cref="Localization.DisplayFormat"/>). Every text that comes from the data (names, units, titles) is
/// escaped.</para>
/// <para>The page is written to the <see cref="TextWriter"/> as it is built; people are listed up to
/// <see cref="HtmlReportOptions.MaxPeopleListed"/> per section and units up to
/// <see cref="HtmlReportOptions.MaxGroupsListed"/>, while counts, charts and matrices cover everyone. The writer is not
/// closed. Thread-safe: the methods keep no state between calls.</para>
/// </remarks>
public static class HtmlReports
{
    /// <summary>Writes the report of an evaluation round: counts per level before and after the unit quota (table and
    /// bar chart), per unit, the quota's groups and the people it moved from HTXS to HTT with the reason, and the
    /// undetermined cases with what the text lacks to decide them.</summary>
    /// <param name="output">Where the page is written (UTF-8 is expected of a file; the page declares it).</param>
    /// <param name="result">The round's result.</param>
    /// <param name="year">The year evaluated (the evaluation sheet's year).</param>
    /// <param name="options">The language, the source and the limits; <see langword="null"/> for <see cref="HtmlReportOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> or <paramref name="result"/> is null.</exception>
    public static void WriteEvaluationRound(TextWriter output, EvaluationRoundResult result, int year, HtmlReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        EvaluationRoundReport.Write(output, result, year, options ?? HtmlReportOptions.Default);
    }

    /// <summary>Writes the report of a rule change's impact on an evaluation round (the same people run under two
    /// regulations or parameter sets): counts before and after (table and bar chart), the level transition matrix, the
    /// units with changes, who changes and why (the rules no longer and newly behind each outcome), and the rules
    /// applied differently.</summary>
    /// <param name="output">Where the page is written.</param>
    /// <param name="before">The round before the change.</param>
    /// <param name="after">The round after the change, of the same people in the same order.</param>
    /// <param name="year">The year evaluated.</param>
    /// <param name="options">The language, the source and the limits; <see langword="null"/> for <see cref="HtmlReportOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/>, <paramref name="before"/> or <paramref name="after"/> is null.</exception>
    /// <exception cref="ArgumentException">The two results are not of the same people in the same order.</exception>
    public static void WriteEvaluationImpact(TextWriter output, EvaluationRoundResult before, EvaluationRoundResult after, int year, HtmlReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        EvaluationImpactReport.Write(output, before, after, year, options ?? HtmlReportOptions.Default);
    }

    /// <summary>Writes the report of an annual planning review: who must leave the plan and why, the proposed additions
    /// made or refused and why, then the list as reviewed (<see cref="PlanningReviewInput.Reviewed(PlanningReview)"/>)
    /// checked by the regulation: titles with too few or too many candidates, and the structure shares (women, young,
    /// ethnic minority) against the regulation's targets with a chart.</summary>
    /// <param name="output">Where the page is written.</param>
    /// <param name="regulation">The planning regulation that made the review.</param>
    /// <param name="input">The review's input.</param>
    /// <param name="review">The review (<see cref="PlanningRegulation.Review(PlanningReviewInput)"/> of <paramref name="input"/>).</param>
    /// <param name="options">The language, the source and the limits; <see langword="null"/> for <see cref="HtmlReportOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="PlanningListException"><paramref name="review"/> is not the review of <paramref name="input"/>.</exception>
    public static void WritePlanningReview(TextWriter output, PlanningRegulation regulation, PlanningReviewInput input, PlanningReview review, HtmlReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(regulation);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(review);
        PlanningReports.WriteReview(output, regulation, input, review, options ?? HtmlReportOptions.Default);
    }

    /// <summary>Writes the report of a planning list's check: each title's candidates against its bounds, the cadres
    /// with violations or warnings, and the structure shares against the regulation's targets with a chart.</summary>
    /// <param name="output">Where the page is written.</param>
    /// <param name="regulation">The planning regulation that checked the list.</param>
    /// <param name="list">The list.</param>
    /// <param name="report">The check (<see cref="PlanningRegulation.Validate(PlanningList)"/> of <paramref name="list"/>).</param>
    /// <param name="options">The language, the source and the limits; <see langword="null"/> for <see cref="HtmlReportOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    public static void WritePlanningList(TextWriter output, PlanningRegulation regulation, PlanningList list, PlanningReport report, HtmlReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(regulation);
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(report);
        PlanningReports.WriteList(output, regulation, list, report, options ?? HtmlReportOptions.Default);
    }
}
