using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using CadreRules.Documents;
using NodaTime;

namespace CadreRules.Spreadsheets;

/// <summary>Turns a JSON document's items into rows of a layout: an item's values on its first row, its lists' elements
/// on that row and the rows below (each repeating the key), document values on every item's first row.</summary>
internal sealed class SheetRows(SheetLayout layout)
{
    private readonly int _width = layout.Columns.Count;

    public IEnumerable<string?[]> Item(Dictionary<string, JsonElement> header, JsonElement item, string path)
    {
        string?[] first = new string?[_width];
        var lists = new Dictionary<string, JsonElement[]>(StringComparer.Ordinal);
        for (int c = 0; c < _width; c++)
        {
            SheetColumn column = layout.Columns[c];
            if (column.IsDocument)
            {
                first[c] = Find(header, column.Path[2..]) is { } value ? Cell(column, value) : null;
            }
            else if (column.Group is { } group)
            {
                if (!lists.ContainsKey(group))
                {
                    lists[group] = item.TryGetProperty(group, out JsonElement array) && array.ValueKind == JsonValueKind.Array ? [.. array.EnumerateArray()] : [];
                }
            }
            else
            {
                // The evaluation document may give the subject kind and date once for everyone: each row carries them.
                JsonElement? value = Find(item, column.Path) ?? (column.Path.Contains('.', StringComparison.Ordinal) || layout.Kind != DocumentKind.EvaluationSheet ? null : Find(header, column.Path));
                first[c] = value is { } found ? Cell(column, found) : null;
            }
        }

        foreach (JsonProperty property in item.EnumerateObject())
        {
            if (!layout.Columns.Any(c => !c.IsDocument && (c.Path == property.Name || c.Path.StartsWith(property.Name + ".", StringComparison.Ordinal) || c.Path.StartsWith(property.Name + "[]", StringComparison.Ordinal))))
            {
                throw DocumentException.Create(path + "." + property.Name, DocumentErrorCodes.NotInSheet, property.Name);
            }
        }

        int rows = Math.Max(1, lists.Values.Select(l => l.Length).DefaultIfEmpty(0).Max());
        int key = layout.Key is null ? -1 : layout.Columns.ToList().FindIndex(c => c.Path == layout.Key);
        for (int r = 0; r < rows; r++)
        {
            string?[] row = r == 0 ? first : new string?[_width];
            if (r > 0 && key >= 0)
            {
                row[key] = first[key];
            }

            for (int c = 0; c < _width; c++)
            {
                SheetColumn column = layout.Columns[c];
                if (column.Group is { } group && r < lists[group].Length)
                {
                    row[c] = Find(lists[group][r], column.Path[(group.Length + 3)..]) is { } value ? Cell(column, value) : null;
                }
            }

            yield return row;
        }
    }

    /// <summary>A planning review's rows: its list's (the list's date and term from <c>plan</c>), then one row per proposed
    /// addition, marked in <c>Đề xuất bổ sung</c>. Its current facts must be what the sheet makes of them: the proposed
    /// persons who are not candidates of the list, by reference (their other facts are the roster's).</summary>
    public IEnumerable<string?[]> Review(Dictionary<string, JsonElement> header)
    {
        var lists = new Dictionary<string, JsonElement>(header, StringComparer.Ordinal);
        if (header.TryGetValue("plan", out JsonElement plan) && plan.ValueKind == JsonValueKind.Object)
        {
            foreach (string name in (string[])["titles", "candidates", "entries"])
            {
                if (plan.TryGetProperty(name, out JsonElement list))
                {
                    lists[name] = list;
                }
            }
        }

        var onList = new HashSet<string>(List(lists, "candidates").Select(c => c.TryGetProperty("cadreRef", out JsonElement r) ? r.GetString() ?? string.Empty : string.Empty), StringComparer.Ordinal);
        JsonElement[] additions = List(header, "proposedAdditions");
        var facts = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        JsonElement[] current = List(header, "currentFacts");
        for (int i = 0; i < current.Length; i++)
        {
            string path = $"$.currentFacts[{i}]";
            if (!current[i].TryGetProperty("cadreRef", out JsonElement reference) || reference.GetString() is not { } id)
            {
                throw DocumentException.Create(path, DocumentErrorCodes.NotInSheet, "cadre");
            }

            if (onList.Contains(id) || !additions.Any(a => a.TryGetProperty("cadreId", out JsonElement c) && c.GetString() == id))
            {
                throw DocumentException.Create(path, DocumentErrorCodes.NotInSheet, "currentFacts");
            }

            facts[id] = current[i];
        }

        foreach (string?[] row in Planning(lists, "$.plan"))
        {
            yield return row;
        }

        foreach (JsonElement addition in additions)
        {
            string? cadreId = addition.TryGetProperty("cadreId", out JsonElement c) ? c.GetString() : null;
            JsonElement? fact = cadreId is not null && facts.Remove(cadreId, out JsonElement f) ? f : null;
            string?[] row = new string?[_width];
            for (int col = 0; col < _width; col++)
            {
                SheetColumn column = layout.Columns[col];
                row[col] = column.Path switch
                {
                    "titles[].id" => addition.TryGetProperty("titleId", out JsonElement t) ? t.GetString() : null,
                    "candidates[].cadreRef" => cadreId,
                    "entries[].tier" => Find(addition, "tier") is { } tier ? Cell(column, tier) : null,
                    "proposedAdditions[]" => "có",
                    _ when fact is { } k && column.Path.StartsWith("candidates[].", StringComparison.Ordinal) => Find(k, column.Path[13..]) is { } v ? Cell(column, v) : null,
                    _ => null,
                };
            }

            yield return row;
        }
    }

    public IEnumerable<string?[]> Planning(Dictionary<string, JsonElement> header, string root = "$")
    {
        JsonElement[] titles = List(header, "titles");
        JsonElement[] candidates = List(header, "candidates");
        JsonElement[] entries = List(header, "entries");
        var titleById = titles.Where(t => t.TryGetProperty("id", out _)).ToDictionary(t => t.GetProperty("id").GetString()!, StringComparer.Ordinal);
        var candidateById = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        for (int i = 0; i < candidates.Length; i++)
        {
            if (!candidates[i].TryGetProperty("cadreRef", out JsonElement reference))
            {
                throw DocumentException.Create($"{root}.candidates[{i}]", DocumentErrorCodes.NotInSheet, "cadre");
            }

            candidateById[reference.GetString()!] = candidates[i];
        }

        // Titles alone, then candidates alone, then the entries with the two ids: each list keeps its order when read.
        bool first = true;
        foreach ((string id, JsonElement title) in titleById)
        {
            yield return Row(title, id, null, null, null, ref first);
        }

        foreach ((string id, JsonElement candidate) in candidateById)
        {
            yield return Row(null, null, candidate, id, null, ref first);
        }

        foreach (JsonElement entry in entries)
        {
            yield return Row(null, entry.GetProperty("titleId").GetString(), null, entry.GetProperty("cadreId").GetString(), entry, ref first);
        }

        string?[] Row(JsonElement? title, string? titleId, JsonElement? candidate, string? cadreId, JsonElement? entry, ref bool isFirst)
        {
            string?[] row = new string?[_width];
            for (int c = 0; c < _width; c++)
            {
                SheetColumn column = layout.Columns[c];
                JsonElement? value = column.Path switch
                {
                    _ when column.IsDocument => isFirst ? Find(header, column.Path[2..]) : null,
                    "titles[].id" => null,
                    "candidates[].cadreRef" => null,
                    _ when column.Path.StartsWith("titles[].", StringComparison.Ordinal) => title is { } t ? Find(t, column.Path[9..]) : null,
                    _ when column.Path.StartsWith("candidates[].", StringComparison.Ordinal) => candidate is { } k ? Find(k, column.Path[13..]) : null,
                    _ when column.Path.StartsWith("entries[].", StringComparison.Ordinal) => entry is { } e ? Find(e, column.Path[10..]) : null,
                    _ => null,
                };
                row[c] = column.Path switch
                {
                    "titles[].id" => titleId,
                    "candidates[].cadreRef" => cadreId,
                    _ => value is { } v ? Cell(column, v) : null,
                };
            }

            isFirst = false;
            return row;
        }
    }

    /// <summary>A share <c>{"numerator": 15, "denominator": 100}</c> as a person writes it: <c>15%</c> when it is a whole
    /// or decimal percentage, else the fraction <c>1/3</c>; anything else as its JSON text (the reader then names it).</summary>
    private static string ShareCell(JsonElement value)
    {
        if (value.TryGetProperty("numerator", out JsonElement n) && n.TryGetInt64(out long numerator)
            && value.TryGetProperty("denominator", out JsonElement d) && d.TryGetInt64(out long denominator) && denominator > 0 && numerator >= 0)
        {
            decimal percent = numerator * 100m / denominator;
            return percent * 10_000m == decimal.Truncate(percent * 10_000m)
                ? percent.ToString("0.####", CultureInfo.InvariantCulture).Replace('.', ',') + "%"
                : numerator.ToString(CultureInfo.InvariantCulture) + "/" + denominator.ToString(CultureInfo.InvariantCulture);
        }

        return value.GetRawText();
    }

    private static JsonElement[] List(Dictionary<string, JsonElement> header, string name) =>
        header.TryGetValue(name, out JsonElement list) && list.ValueKind == JsonValueKind.Array ? [.. list.EnumerateArray()] : [];

    private static JsonElement? Find(Dictionary<string, JsonElement> header, string path)
    {
        string[] parts = path.Split('.');
        return header.TryGetValue(parts[0], out JsonElement value) && value.ValueKind != JsonValueKind.Undefined
            ? parts.Length == 1 ? value : Find(value, string.Join('.', parts[1..]))
            : null;
    }

    private static JsonElement? Find(JsonElement element, string path)
    {
        JsonElement current = element;
        foreach (string part in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(part, out current))
            {
                return null;
            }
        }

        return current.ValueKind == JsonValueKind.Null ? null : current;
    }

    /// <summary>A value as a person would write it: dates dd/MM/yyyy, yes/no as có/không, choices as their canonical name.</summary>
    private static string Cell(SheetColumn column, JsonElement value)
    {
        if (column.Kind == ValueKind.Share && value.ValueKind == JsonValueKind.Object)
        {
            return ShareCell(value);
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.True:
                return "có";
            case JsonValueKind.False:
                return "không";
            case JsonValueKind.Number:
                return column.Kind == ValueKind.Number ? value.GetDecimal().ToString(CultureInfo.InvariantCulture).Replace('.', ',') : value.GetRawText();
            case JsonValueKind.String:
                string text = value.GetString()!;
                if (column.Kind == ValueKind.Date && InputValues.TryParseDate(text, out LocalDate date))
                {
                    return date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
                }

                if (column.Kind == ValueKind.BirthDate && InputValues.TryParseBirthDate(text, out People.BirthDate birth))
                {
                    return birth.ToString();
                }

                if (column.Kind == ValueKind.Month && InputValues.TryParseMonth(text, out YearMonth month))
                {
                    return month.ToString("MM/yyyy", CultureInfo.InvariantCulture);
                }

                return column.Kind == ValueKind.Choice && column.Choose!(text) is { } name ? name : text;
            default:
                return value.GetRawText();
        }
    }
}
