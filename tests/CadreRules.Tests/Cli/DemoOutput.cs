using System;
using System.Linq;

namespace CadreRules.Tests.Cli;

/// <summary>Cuts the demo's output into its sections (<c>== Title ==</c> lines).</summary>
internal static class DemoOutput
{
    public static string[] Section(string output, string title)
    {
        string[] lines = output.Split('\n');
        int start = Array.IndexOf(lines, "== " + title + " ==");
        Assert.True(start >= 0, $"No section '{title}' in the demo's output.");
        return [.. lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("== ", StringComparison.Ordinal))];
    }
}
