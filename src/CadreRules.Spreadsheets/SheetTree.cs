using System;
using System.Collections.Generic;
using System.Linq;

namespace CadreRules.Spreadsheets;

/// <summary>The columns of a layout as the tree of the JSON object they fill: a leaf is a column, an inner node an
/// object (<c>tasks</c>) or a list of objects (<c>positions[]</c>).</summary>
internal sealed class SheetTree
{
    public SheetTree(string name, bool isList)
    {
        Name = name;
        IsList = isList;
    }

    public string Name { get; }

    public bool IsList { get; }

    public int Column { get; private init; } = -1;

    public List<SheetTree> Children { get; } = [];

    public bool IsLeaf => Column >= 0;

    /// <summary>Builds the tree of the columns whose path starts with <paramref name="prefix"/> (empty for an item's
    /// columns, <c>$.</c> for the document's).</summary>
    public static SheetTree Build(IReadOnlyList<SheetColumn> columns, string prefix, Func<SheetColumn, bool> include)
    {
        var root = new SheetTree(string.Empty, isList: false);
        for (int i = 0; i < columns.Count; i++)
        {
            SheetColumn column = columns[i];
            if (!include(column) || !column.Path.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            string[] parts = column.Path[prefix.Length..].Split('.');
            SheetTree node = root;
            for (int p = 0; p < parts.Length - 1; p++)
            {
                bool list = parts[p].EndsWith("[]", StringComparison.Ordinal);
                string name = list ? parts[p][..^2] : parts[p];
                SheetTree? child = node.Children.FirstOrDefault(c => !c.IsLeaf && c.Name == name);
                if (child is null)
                {
                    child = new SheetTree(name, list);
                    node.Children.Add(child);
                }

                node = child;
            }

            node.Children.Add(new SheetTree(parts[^1], isList: false) { Column = i });
        }

        return root;
    }

    /// <summary>Whether any column under this node has a value.</summary>
    public bool AnyValue(object?[] values)
    {
        if (IsLeaf)
        {
            return values[Column] is not null;
        }

        foreach (SheetTree child in Children)
        {
            if (child.AnyValue(values))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first column under this node (to name a field that is an object).</summary>
    public int FirstColumn() => IsLeaf ? Column : Children.Select(c => c.FirstColumn()).FirstOrDefault(c => c >= 0, -1);
}
