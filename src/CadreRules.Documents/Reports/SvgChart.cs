using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CadreRules.Localization;
using CadreRules.Rules;

namespace CadreRules.Documents.Reports;

/// <summary>Inline SVG charts, drawn as text: a grouped bar chart of counts and a bar chart of shares against targets.
/// Nothing is fetched (no font, no image); the text in the charts is escaped like the rest of the page.</summary>
internal static class SvgChart
{
    private static readonly string[] Colours = ["#9db7d5", "#1f4e79", "#c0504d", "#9bbb59"];

    /// <summary>A vertical bar chart: one group of bars per category, one bar per series, the count above each bar.</summary>
    public static string Bars(string title, IReadOnlyList<string> categories, IReadOnlyList<(string Name, long[] Values)> series, Language language)
    {
        const double width = 680, height = 270, left = 48, right = 10, top = 34, bottom = 36;
        double plotWidth = width - left - right, plotHeight = height - top - bottom;
        long max = 1;
        foreach ((_, long[] values) in series)
        {
            foreach (long value in values)
            {
                max = Math.Max(max, value);
            }
        }

        long scale = NiceCeiling(Math.Max(5, max));
        int ticks = scale.ToString(CultureInfo.InvariantCulture)[0] == '2' ? 4 : 5; // whole steps: 20 → 5s, 50 → 10s, 100 → 20s
        var svg = Open(width, height, title);
        for (int tick = 0; tick <= ticks; tick++)
        {
            long value = scale * tick / ticks;
            double y = top + plotHeight - (plotHeight * value / scale);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(left)}\" y1=\"{F(y)}\" x2=\"{F(width - right)}\" y2=\"{F(y)}\" stroke=\"#d0d7de\" stroke-width=\"1\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(left - 4)}\" y=\"{F(y + 4)}\" text-anchor=\"end\" font-size=\"11\">{HtmlPage.Escape(DisplayFormat.Count(value, language))}</text>");
        }

        double group = plotWidth / Math.Max(1, categories.Count);
        double bar = group * 0.72 / Math.Max(1, series.Count);
        for (int c = 0; c < categories.Count; c++)
        {
            double x0 = left + (group * c) + (group * 0.14);
            for (int s = 0; s < series.Count; s++)
            {
                long value = series[s].Values[c];
                double h = plotHeight * value / scale;
                double x = x0 + (bar * s);
                double y = top + plotHeight - h;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(x)}\" y=\"{F(y)}\" width=\"{F(bar - 2)}\" height=\"{F(h)}\" fill=\"{Colours[s % Colours.Length]}\"><title>{HtmlPage.Escape(series[s].Name + ", " + categories[c] + ": " + DisplayFormat.Count(value, language))}</title></rect>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x + ((bar - 2) / 2))}\" y=\"{F(y - 3)}\" text-anchor=\"middle\" font-size=\"11\">{HtmlPage.Escape(DisplayFormat.Count(value, language))}</text>");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(left + (group * c) + (group / 2))}\" y=\"{F(height - bottom + 15)}\" text-anchor=\"middle\" font-size=\"11\">{HtmlPage.Escape(categories[c])}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(left)}\" y1=\"{F(top + plotHeight)}\" x2=\"{F(width - right)}\" y2=\"{F(top + plotHeight)}\" stroke=\"#333\" stroke-width=\"1\"/>");
        Legend(svg, series, left, 14);
        return svg.Append("</svg>").ToString();
    }

    /// <summary>A horizontal bar chart of shares (0–100%), each with its target as a dashed mark when it has one.</summary>
    public static string Shares(string title, IReadOnlyList<(string Label, Share? Share, Share? Target)> rows, Language language)
    {
        const double width = 680, left = 170, right = 120, top = 30, row = 30;
        double height = top + (row * rows.Count) + 24;
        double plot = width - left - right;
        var svg = Open(width, height, title);
        for (int tick = 0; tick <= 4; tick++)
        {
            double x = left + (plot * tick / 4);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(x)}\" y1=\"{F(top - 4)}\" x2=\"{F(x)}\" y2=\"{F(height - 20)}\" stroke=\"#d0d7de\" stroke-width=\"1\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x)}\" y=\"{F(height - 6)}\" text-anchor=\"middle\" font-size=\"11\">{HtmlPage.Escape(DisplayFormat.Percent(Share.Of(tick, 4), language))}</text>");
        }

        for (int i = 0; i < rows.Count; i++)
        {
            (string label, Share? share, Share? target) = rows[i];
            double y = top + (row * i);
            double w = share is { } s ? plot * Fraction(s) : 0;
            bool reached = target is not { } t || share is { } v && v >= t;
            string fill = target is null ? Colours[0] : reached ? "#4f8f5b" : "#c0504d";
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(left - 6)}\" y=\"{F(y + 15)}\" text-anchor=\"end\" font-size=\"12\">{HtmlPage.Escape(label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(left)}\" y=\"{F(y + 3)}\" width=\"{F(w)}\" height=\"18\" fill=\"{fill}\"/>");
            string text = share is { } p ? DisplayFormat.Percent(p, language) : "—";
            if (target is { } goal)
            {
                double tx = left + (plot * Fraction(goal));
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(tx)}\" y1=\"{F(y)}\" x2=\"{F(tx)}\" y2=\"{F(y + 24)}\" stroke=\"#111\" stroke-width=\"2\" stroke-dasharray=\"4 2\"/>");
                text += ReportText.Say(ReportText.ChartTarget, language, ("target", DisplayFormat.Percent(goal, language)));
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(left + Math.Max(w, plot * (target is { } m ? Fraction(m) : 0)) + 5)}\" y=\"{F(y + 16)}\" font-size=\"11\">{HtmlPage.Escape(text)}</text>");
        }

        string legend = ReportText.Say(ReportText.ChartLegend, language);
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(left)}\" y=\"16\" font-size=\"11\">{HtmlPage.Escape(legend)}</text>");
        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(double width, double height, string title)
    {
        var svg = new StringBuilder(4096);
        svg.Append(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 {F(width)} {F(height)}\" width=\"{F(width)}\" height=\"{F(height)}\" role=\"img\" aria-label=\"{HtmlPage.Escape(title)}\" font-family=\"DejaVu Sans, Noto Sans, Arial, sans-serif\">");
        svg.Append("<title>").Append(HtmlPage.Escape(title)).Append("</title>");
        return svg;
    }

    private static void Legend(StringBuilder svg, IReadOnlyList<(string Name, long[] Values)> series, double x, double y)
    {
        for (int s = 0; s < series.Count; s++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(x)}\" y=\"{F(y - 9)}\" width=\"12\" height=\"10\" fill=\"{Colours[s % Colours.Length]}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x + 16)}\" y=\"{F(y)}\" font-size=\"11\">{HtmlPage.Escape(series[s].Name)}</text>");
            x += 30 + (series[s].Name.Length * 6.5);
        }
    }

    /// <summary>The smallest of 1, 2 or 5 times a power of ten that is at least <paramref name="value"/> (an axis' top).</summary>
    internal static long NiceCeiling(long value)
    {
        long power = 1;
        while (true)
        {
            foreach (long step in (ReadOnlySpan<long>)[1, 2, 5])
            {
                if (step * power >= value)
                {
                    return step * power;
                }
            }

            power *= 10;
        }
    }

    private static double Fraction(Share share) => Math.Clamp((double)share.Numerator / share.Denominator, 0, 1);

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
