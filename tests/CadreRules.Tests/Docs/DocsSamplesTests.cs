using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace CadreRules.Tests.Docs;

/// <summary>
/// Every C# block of a guide page that is marked <c>&lt;!-- sample: FILE#REGION --&gt;</c> must be the exact text of
/// that region in docs/samples, which the build compiles; so the guides' code cannot go stale.
/// </summary>
public partial class DocsSamplesTests
{
    public static TheoryData<string, string, string> Samples()
    {
        var data = new TheoryData<string, string, string>();
        string root = RuleCatalogueDocTests.RepositoryRoot();
        foreach (string page in Directory.GetFiles(Path.Combine(root, "docs"), "*.md").OrderBy(p => p, StringComparer.Ordinal))
        {
            string text = File.ReadAllText(page).Replace("\r\n", "\n", StringComparison.Ordinal);
            foreach (Match match in MarkedBlock().Matches(text))
            {
                data.Add(Path.GetFileName(page), match.Groups["ref"].Value, match.Groups["code"].Value);
            }
        }

        return data;
    }

    [Fact]
    public void Guides_HaveMarkedSamples() => Assert.True(Samples().Count() >= 2);

    [Theory]
    [MemberData(nameof(Samples))]
    public void MarkedBlock_IsTheCompiledSampleRegion(string page, string reference, string code)
    {
        string[] parts = reference.Split('#');
        string source = File.ReadAllText(Path.Combine(RuleCatalogueDocTests.RepositoryRoot(), parts[0])).Replace("\r\n", "\n", StringComparison.Ordinal);
        Match region = Regex.Match(source, "#region " + Regex.Escape(parts[1]) + "\n(?<body>.*?)\n[ \t]*#endregion", RegexOptions.Singleline);

        Assert.True(region.Success, $"{page}: no region '{parts[1]}' in {parts[0]}");
        Assert.Equal(Dedent(region.Groups["body"].Value), code.TrimEnd('\n'));
    }

    private static string Dedent(string body)
    {
        List<string> lines = [.. body.Split('\n')];
        int indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }

    [GeneratedRegex("<!-- sample: (?<ref>[^ ]+) -->\n```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex MarkedBlock();
}
