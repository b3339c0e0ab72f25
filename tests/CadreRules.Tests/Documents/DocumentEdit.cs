using System.Globalization;
using System.Text.Json.Nodes;

namespace CadreRules.Tests.Documents;

/// <summary>Edits one value of a valid JSON document, to make it invalid in exactly one place.</summary>
internal static class DocumentEdit
{
    /// <summary>Sets the value at <paramref name="path"/> (dotted, numeric segments index arrays, e.g. <c>people.0.tasks</c>)
    /// to <paramref name="value"/> (JSON text), or removes the property when <paramref name="value"/> is null.</summary>
    public static string Set(string json, string path, string? value)
    {
        JsonNode root = JsonNode.Parse(json)!;
        string[] segments = path.Split('.');
        JsonNode parent = root;
        foreach (string segment in segments[..^1])
        {
            parent = Index(segment) is int i ? parent[i]! : parent[segment]!;
        }

        string last = segments[^1];
        if (Index(last) is int index)
        {
            parent[index] = value is null ? null : JsonNode.Parse(value);
        }
        else if (value is null)
        {
            _ = parent.AsObject().Remove(last);
        }
        else
        {
            parent[last] = JsonNode.Parse(value);
        }

        return root.ToJsonString();
    }

    private static int? Index(string segment) =>
        int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out int index) ? index : null;
}
