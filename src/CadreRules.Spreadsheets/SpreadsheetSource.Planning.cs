using System;
using System.Collections.Generic;
using System.Globalization;
using CadreRules.Documents;
using CadreRules.Rules;

namespace CadreRules.Spreadsheets;

/// <summary>The planning list: one sheet makes three lists. A row with a title id and a cadre id is an entry; the title's
/// and the candidate's details are read from the first row naming them (later rows leave them blank or repeat them).</summary>
public sealed partial class SpreadsheetSource
{
    private void WritePlanning()
    {
        var titles = new List<(string Id, int Row, object?[] Values)>();
        var candidates = new List<(string Id, int Row, object?[] Values)>();
        var titleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var candidateIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = new List<(string Cadre, string Title, int Row, object? Tier)>();
        int titleColumn = IndexOf("titles[].id");
        int candidateColumn = IndexOf("candidates[].cadreRef");
        int tierColumn = IndexOf("entries[].tier");
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
            if (title is not null)
            {
                Merge(titles, titleIndex, title, row, values, "titles[]", Language.Vietnamese == _language ? "chức danh" : "title");
            }

            if (cadre is not null)
            {
                Merge(candidates, candidateIndex, cadre, row, values, "candidates[]", Language.Vietnamese == _language ? "ứng viên" : "candidate");
            }

            if (title is not null && cadre is not null)
            {
                entries.Add((cadre, title, row.Number, values[tierColumn]));
            }
        }

        ThrowIfErrors();
        _json.WriteStartObject();
        _json.WriteNumber("schemaVersion", 1);
        if (_documentValues is not null)
        {
            WriteObjectMembers(_document, _documentValues);
        }

        WriteList("titles", titles);
        WriteList("candidates", candidates);
        _json.WriteStartArray("entries");
        for (int i = 0; i < entries.Count; i++)
        {
            (string cadre, string title, int row, object? tier) = entries[i];
            _elementRows["entries[" + i.ToString(CultureInfo.InvariantCulture) + "]"] = row;
            _itemRows.Add(row);
            _json.WriteStartObject();
            _json.WriteString("cadreId", cadre);
            _json.WriteString("titleId", title);
            WriteValue("tier", tier);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
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

    private void WriteList(string name, List<(string Id, int Row, object?[] Values)> list)
    {
        SheetTree? node = _item.Children.Find(c => c.Name == name);
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
