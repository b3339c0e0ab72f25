using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CadreRules.Documents;
using CadreRules.Rules;

namespace CadreRules.Spreadsheets;

/// <summary>The planning list: one sheet makes three lists. A row with a title id and a cadre id is an entry; the title's
/// and the candidate's details are read from the first row naming them (later rows leave them blank or repeat them).
/// The planning review is the same sheet with the review date, the list under <c>plan</c>, and rows marked as proposed
/// additions (their cadres not on the list are read from the roster as <c>currentFacts</c>).</summary>
public sealed partial class SpreadsheetSource
{
    private void WritePlanning()
    {
        bool review = _layout.Kind == DocumentKind.PlanningReview;
        var titles = new List<(string Id, int Row, object?[] Values)>();
        var candidates = new List<(string Id, int Row, object?[] Values)>();
        var titleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var candidateIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = new List<(string Cadre, string Title, int Row, object? Tier)>();
        var additions = new List<(string Cadre, string Title, int Row, object? Tier)>();
        var proposed = new List<(string Cadre, SheetRow Row, object?[] Values)>();
        int titleColumn = IndexOf("titles[].id");
        int candidateColumn = IndexOf("candidates[].cadreRef");
        int tierColumn = IndexOf("entries[].tier");
        int additionColumn = review ? IndexOf("proposedAdditions[]") : -1;
        string titleWord = Language.Vietnamese == _language ? "chức danh" : "title";
        string candidateWord = Language.Vietnamese == _language ? "ứng viên" : "candidate";
        bool first = true;
        while (NextDataRow() is { } row)
        {
            object?[] values = Values(row, documentOnly: false);
            if (first)
            {
                _documentRow = row;
                _documentValues = Values(row, documentOnly: true);
                first = false;
            }
            else
            {
                CheckDocumentValues(row, values);
            }

            string? title = values[titleColumn] as string;
            string? cadre = values[candidateColumn] as string;
            bool addition = additionColumn >= 0 && values[additionColumn] is true;
            if (addition && (title is null || cadre is null))
            {
                int missing = title is null ? titleColumn : candidateColumn;
                AddError(new DocumentException(SheetMessages.Where(SheetName, row.Number, _headers[missing], _language), SheetMessages.AdditionNeedsBoth(_language), null));
                continue;
            }

            if (title is not null)
            {
                Merge(titles, titleIndex, title, row, values, "titles[]", titleWord);
            }

            if (addition)
            {
                // Whether the person is a candidate of the list is known once every row is read.
                proposed.Add((cadre!, row, values));
                additions.Add((cadre!, title!, row.Number, values[tierColumn]));
                continue;
            }

            if (cadre is not null)
            {
                Merge(candidates, candidateIndex, cadre, row, values, "candidates[]", candidateWord);
            }

            if (title is not null && cadre is not null)
            {
                entries.Add((cadre, title, row.Number, values[tierColumn]));
            }
        }

        // A person proposed who is a candidate of the list adds to (or repeats) their details; one who is not is a
        // person whose facts are current, read from the roster (currentFacts, as cadreRef).
        var facts = new List<(string Id, int Row, object?[] Values)>();
        var factIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach ((string cadre, SheetRow row, object?[] values) in proposed)
        {
            if (candidateIndex.ContainsKey(cadre))
            {
                Merge(candidates, candidateIndex, cadre, row, values, "candidates[]", candidateWord);
            }
            else
            {
                Merge(facts, factIndex, cadre, row, values, "candidates[]", candidateWord);
            }
        }

        ThrowIfErrors();
        _json.WriteStartObject();
        _json.WriteNumber("schemaVersion", 1);
        SheetTree plan = _document;
        if (review)
        {
            plan = _document.Children.Find(c => c.Name == "plan") ?? new SheetTree("plan", isList: false);
            foreach (SheetTree leaf in _document.Children.Where(c => c.IsLeaf))
            {
                WriteValue(leaf.Name, _documentValues?[leaf.Column]);
            }

            _json.WriteStartObject("plan");
        }

        if (_documentValues is not null)
        {
            WriteObjectMembers(plan, _documentValues);
        }

        WriteList("titles", titles);
        WriteList("candidates", candidates);
        WriteEntries("entries", entries);
        if (review)
        {
            _json.WriteEndObject();
            WriteEntries("proposedAdditions", additions);
            WriteList("currentFacts", facts, "candidates");
        }

        _json.WriteEndObject();
    }

    /// <summary>Writes entries (or proposed additions): a cadre id, a title id and a tier each.</summary>
    private void WriteEntries(string name, List<(string Cadre, string Title, int Row, object? Tier)> entries)
    {
        _json.WriteStartArray(name);
        for (int i = 0; i < entries.Count; i++)
        {
            (string cadre, string title, int row, object? tier) = entries[i];
            _elementRows[name + "[" + i.ToString(CultureInfo.InvariantCulture) + "]"] = row;
            _itemRows.Add(row);
            _json.WriteStartObject();
            _json.WriteString("cadreId", cadre);
            _json.WriteString("titleId", title);
            WriteValue("tier", tier);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
    }

    private int IndexOf(string path) => _layout.Columns is var columns ? FindColumn(columns, path) : -1;

    private static int FindColumn(IReadOnlyList<SheetColumn> columns, string path)
    {
        for (int i = 0; i < columns.Count; i++)
        {
            if (columns[i].Path == path)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Adds a title or candidate on its first row, or checks a later row's details against the first's.</summary>
    private void Merge(List<(string Id, int Row, object?[] Values)> list, Dictionary<string, int> index, string id, SheetRow row, object?[] values, string prefix, string what)
    {
        if (!index.TryGetValue(id, out int at))
        {
            index.Add(id, list.Count);
            list.Add((id, row.Number, values));
            return;
        }

        (_, int firstRow, object?[] firstValues) = list[at];
        for (int c = 0; c < values.Length; c++)
        {
            if (!_layout.Columns[c].Path.StartsWith(prefix, StringComparison.Ordinal) || values[c] is null)
            {
                continue;
            }

            if (firstValues[c] is null)
            {
                firstValues[c] = values[c];
            }
            else if (!Equals(firstValues[c], values[c]))
            {
                AddError(new DocumentException(SheetMessages.Where(SheetName, row.Number, _headers[c], _language), SheetMessages.PlanningValueDiffers(what, firstRow, _language), null));
            }
        }
    }

    private void WriteList(string name, List<(string Id, int Row, object?[] Values)> list, string? columns = null)
    {
        SheetTree? node = _item.Children.Find(c => c.Name == (columns ?? name));
        _json.WriteStartArray(name);
        for (int i = 0; i < list.Count; i++)
        {
            _elementRows[name + "[" + i.ToString(CultureInfo.InvariantCulture) + "]"] = list[i].Row;
            _json.WriteStartObject();
            if (node is not null)
            {
                WriteObjectMembers(node, list[i].Values);
            }

            _json.WriteEndObject();
        }

        _json.WriteEndArray();
    }
}
