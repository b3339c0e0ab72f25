using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace CadreRules.Tests.Architecture;

/// <summary>
/// The core package's folders (one namespace each) depend on one another one way: the engine (<c>Rules</c>) and the
/// facts (<c>People</c>) below the families, no family reading the shipped catalogue. Read from the sources, so a
/// dependency in a method body counts as much as one in a signature; comments do not count.
/// </summary>
public sealed partial class FolderDependencyTests
{
    /// <summary>
    /// Dependencies allowed to close a loop between folders: none. The engine (<c>Rules</c>) renders nothing in the
    /// families' words (that is <c>Localization</c>, above the families), each family owns its message table, and the
    /// impact types live in <c>Impact</c>, above <c>People</c>. Kept as a list so that a loop someone must accept is named
    /// here, with its reason, rather than hidden; an edge listed here that no longer exists fails the test too.
    /// </summary>
    private static readonly string[] KnownLoopEdges = [];

    private static readonly string Core = Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules");

    [Fact]
    public void Folders_HaveNoLoopsButThoseClosedByTheListedEdges()
    {
        Dictionary<string, HashSet<string>> graph = Dependencies();
        string[] missing = [.. KnownLoopEdges.Where(edge => !graph[edge.Split(" -> ")[0]].Contains(edge.Split(" -> ")[1]))];
        foreach (string edge in KnownLoopEdges)
        {
            graph[edge.Split(" -> ")[0]].Remove(edge.Split(" -> ")[1]);
        }

        string[] loops = [.. graph.SelectMany(pair => pair.Value.Where(to => Reaches(graph, to, pair.Key)).Select(to => pair.Key + " -> " + to)).Order(StringComparer.Ordinal)];

        Assert.True(missing.Length == 0, "listed edges that no longer exist: " + string.Join(", ", missing));
        Assert.True(loops.Length == 0, "edges on a loop: " + string.Join(", ", loops));
    }

    [Fact]
    public void RulesFolder_DependsOnNoFamily()
    {
        HashSet<string> families = ["Appointment", "Composition", "Evaluation", "Planning", "Retirement", "Rotation"];

        string[] used = [.. Dependencies()["Rules"].Where(families.Contains)];

        Assert.True(used.Length == 0, "Rules depends on " + string.Join(", ", used));
    }

    [Fact]
    public void NoFamily_ReadsTheShippedCatalogue()
    {
        string[] readers = [.. Folders()
            .Where(folder => folder != "Rules")
            .SelectMany(folder => CodeLines(folder).Where(line => line.Text.Contains("ShippedRegulations", StringComparison.Ordinal)).Select(line => folder + "/" + line.File))
            .Distinct()];

        Assert.Empty(readers);
    }

    [Fact]
    public void NoTypeOfTheCorePackage_IsSplitOverPartialFiles()
    {
        // One regime, one small class (EvaluationRegimeDefinition and its subclasses): no regulation spread over
        // partial files that share private state.
        string[] partials = [.. Folders().Append(Root)
            .SelectMany(folder => CodeLines(folder).Where(line => Regex.IsMatch(line.Text, @"\bpartial\s+(class|record|struct)\b")).Select(line => folder + "/" + line.File))
            .Distinct()];

        Assert.Empty(partials);
    }

    [Fact]
    public void Scanner_SeesAQualifiedReferenceAndIgnoresComments()
    {
        Assert.True(References("        x = Rotation.RotationDocuments.Nd170;", "Rotation"));
        Assert.True(References("using CadreRules.Planning;", "Planning"));
        Assert.False(References("        x = person.Rotation.Start;", "Rotation"));
        Assert.False(References("        x = \"Planning.Title\";", "Planning"));
        Assert.True(References("        if (InputValues.TryParseDate(text, out LocalDate d))", Root));
        Assert.False(References("        x = \"InputValues\";", Root));
    }

    private static bool Reaches(Dictionary<string, HashSet<string>> graph, string from, string to)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { from };
        var stack = new Stack<string>([from]);
        while (stack.TryPop(out string? folder))
        {
            if (folder == to)
            {
                return true;
            }

            foreach (string next in graph.GetValueOrDefault(folder) ?? [])
            {
                if (seen.Add(next))
                {
                    stack.Push(next);
                }
            }
        }

        return false;
    }

    private static string[] Folders() =>
        [.. Directory.GetDirectories(Core).Select(Path.GetFileName).OfType<string>().Where(name => name is not ("bin" or "obj" or "Properties")).Order(StringComparer.Ordinal)];

    // The files at the package's root (the public facades InputValues and ShippedRegulations, in namespace CadreRules)
    // count as one more node, so that a folder using a facade that uses it back is a loop too.
    private const string Root = "(root)";

    private static Dictionary<string, HashSet<string>> Dependencies()
    {
        string[] nodes = [.. Folders(), Root];
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (string node in nodes)
        {
            graph[node] = [.. nodes.Where(other => other != node && CodeLines(node).Any(line => References(line.Text, other)))];
        }

        return graph;
    }

    private static IEnumerable<(string File, string Text)> CodeLines(string folder) =>
        (folder == Root ? Directory.EnumerateFiles(Core, "*.cs", SearchOption.TopDirectoryOnly) : Directory.EnumerateFiles(Path.Combine(Core, folder), "*.cs", SearchOption.AllDirectories))
            .SelectMany(file => File.ReadLines(file).Select(line => (File: Path.GetFileName(file), Text: line.Trim())))
            .Where(line => !line.Text.StartsWith("//", StringComparison.Ordinal))
            .Select(line => (line.File, Text: StringLiteral().Replace(line.Text, "\"\"")));

    private static bool References(string line, string folder) => folder == Root
        ? RootTypes().Any(type => Regex.IsMatch(StringLiteral().Replace(line, "\"\""), @"(?<![.\w])(CadreRules\.)?" + type + @"\b"))
        : line.Contains("using CadreRules." + folder + ";", StringComparison.Ordinal)
        || Regex.IsMatch(StringLiteral().Replace(line, "\"\""), @"(?<![.\w])(CadreRules\.)?" + folder + @"\.[A-Z]");

    private static IEnumerable<string> RootTypes() =>
        Directory.EnumerateFiles(Core, "*.cs", SearchOption.TopDirectoryOnly).Select(Path.GetFileNameWithoutExtension).OfType<string>();

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex StringLiteral();
}
