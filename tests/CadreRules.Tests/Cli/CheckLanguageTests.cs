using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CadreRules.Cli.Localization;
using CadreRules.Documents;
using CadreRules.Rules;

namespace CadreRules.Tests.Cli;

/// <summary><c>check</c> under <c>--lang vi</c> (the default) writes every difference the case runner reports with its
/// field in Vietnamese (issue 19, item 2): each case of the suite is made to fail on each number and yes/no it expects,
/// and no English word of the runner is left in the field's name.</summary>
public class CheckLanguageTests
{
    private static readonly Regex EnglishWords = new(@"\b(expected|actual|of|at|months?|count|share|status|date|age|reached|total|outcome|eligible|candidates|target|meets|minimum|advised|violations|quota|after|before|left|retirement|due|exempt|deferred|until|shortfall|women|young|ethnic|minority|non-local|gap|kept|removed|added|refused|period|post)\b");

    [Fact]
    public void EveryDifference_OfEveryCaseKind_HasItsFieldInVietnamese()
    {
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        var fields = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(Documents.CaseRunnerTests.CasesFolder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            JsonNode document = JsonNode.Parse(File.ReadAllText(file))!;
            foreach (string broken in Broken(document))
            {
                CaseResult result = CaseRunner.Run(broken, file, ShippedRegulations.Catalog);
                foreach (string failure in result.Failures.Where(f => f.Contains(": expected ", StringComparison.Ordinal)))
                {
                    kinds.Add(result.Kind);
                    string vietnamese = CaseText.Failure(failure, Language.Vietnamese);
                    string field = vietnamese[..vietnamese.IndexOf(": mong đợi ", StringComparison.Ordinal)];
                    fields.Add(field);
                    Assert.False(EnglishWords.IsMatch(Regex.Replace(field, @"[\w.-]+ → [\w.-]+", string.Empty)), $"{file}: '{failure}' → '{vietnamese}'");
                }
            }
        }

        Assert.Equal(CaseRunner.Kinds.Order(StringComparer.Ordinal), kinds.Order(StringComparer.Ordinal));
        Assert.True(fields.Count >= 20, string.Join(" | ", fields));
    }

    /// <summary>The case with one expected number moved by one, or one expected yes/no or eligible/not flipped, for each
    /// such value.</summary>
    private static IEnumerable<string> Broken(JsonNode document)
    {
        List<JsonValue> leaves = [];
        Collect(document["expected"], leaves);
        for (int i = 0; i < leaves.Count; i++)
        {
            JsonNode copy = JsonNode.Parse(document.ToJsonString())!;
            List<JsonValue> copied = [];
            Collect(copy["expected"], copied);
            JsonValue target = copied[i];
            JsonNode? replacement = target.TryGetValue(out int number) ? JsonValue.Create(number + 1)
                : target.TryGetValue(out bool flag) ? JsonValue.Create(!flag)
                : target.TryGetValue(out string? text) ? text switch
                {
                    "eligible" => JsonValue.Create("notEligible"),
                    "notEligible" => JsonValue.Create("eligible"),
                    "due" => JsonValue.Create("notYetDue"),
                    "notYetDue" => JsonValue.Create("due"),
                    "kept" => JsonValue.Create("removed"),
                    "removed" => JsonValue.Create("kept"),
                    "withinBounds" => JsonValue.Create("tooFew"),
                    "tooFew" or "tooMany" => JsonValue.Create("withinBounds"),
                    "excellent" or "good" or "complete" or "notComplete" => JsonValue.Create(text == "good" ? "excellent" : "good"),
                    "meets" or "pendingWithPlan" => JsonValue.Create("fails"),
                    "fails" => JsonValue.Create("meets"),
                    _ when Regex.IsMatch(text, @"^\d{4}-\d\d-\d\d$") => JsonValue.Create(text[..^2] + (text[^2..] == "01" ? "02" : "01")),
                    _ when Regex.IsMatch(text, @"^\d{4}-\d\d$") => JsonValue.Create(text[..^2] + (text[^2..] == "01" ? "02" : "01")),
                    _ when Regex.IsMatch(text, @"^\d+/\d+$") => JsonValue.Create("0/7"),
                    _ => null,
                }
                : null;
            if (replacement is null)
            {
                continue;
            }

            target.ReplaceWith(replacement);
            yield return copy.ToJsonString();
        }
    }

    private static void Collect(JsonNode? node, List<JsonValue> leaves)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (KeyValuePair<string, JsonNode?> member in o)
                {
                    Collect(member.Value, leaves);
                }

                break;
            case JsonArray a:
                foreach (JsonNode? item in a)
                {
                    Collect(item, leaves);
                }

                break;
            case JsonValue v:
                leaves.Add(v);
                break;
        }
    }
}
