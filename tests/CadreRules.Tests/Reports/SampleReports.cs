using System.IO;
using CadreRules.Tests.Cli;
using CadreRules.Tests.Docs;

namespace CadreRules.Tests.Reports;

/// <summary>The HTML reports of the CLI's bundled samples, rendered in-process by <c>cadre-rules … --format html</c>.</summary>
internal static class SampleReports
{
    /// <summary>The report kinds, as the tests and the docs name them (docs/reports/KIND.png).</summary>
    public static readonly string[] Kinds = ["evaluation", "impact", "review", "plan"];

    public static string Sample(string name) => Path.Combine(RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples", name);

    /// <summary>The command line of a sample report.</summary>
    public static string[] Arguments(string kind, string language = "vi") => kind switch
    {
        "evaluation" => ["evaluate", Sample("demo-evaluations.json"), "--format", "html", "--lang", language],
        "impact" => ["diff", Sample("demo-evaluations.json"), "--overrides", Sample("demo-variant.json"), "--format", "html", "--lang", language],
        "review" => ["review", Sample("demo-review.json"), "--roster", Sample("demo-roster.json"), "--format", "html", "--lang", language],
        _ => ["plan", Sample("demo-planning.json"), "--roster", Sample("demo-roster.json"), "--format", "html", "--lang", language],
    };

    /// <summary>Renders a sample report to a string (standard output).</summary>
    public static string Html(string kind, string language = "vi")
    {
        CliRun run = CliRun.Of(Arguments(kind, language));
        Assert.True(run.Error.Length == 0, run.Error);
        return run.Output;
    }

    /// <summary>Renders a sample report into a file with <c>--out</c>, and returns the file's path.</summary>
    public static string Write(string kind, string directory, string language = "vi")
    {
        string path = Path.Combine(directory, kind + "-" + language + ".html");
        CliRun run = CliRun.Of([.. Arguments(kind, language), "--out", path]);
        Assert.True(run.Error.Length == 0, run.Error);
        Assert.Equal(string.Empty, run.Output);
        return path;
    }
}
