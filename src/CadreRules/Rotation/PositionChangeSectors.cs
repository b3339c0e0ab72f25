using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using CadreRules.Rules;

namespace CadreRules.Rotation;

/// <summary>The names of the position-change sectors (<see cref="PositionChangeRegulation.Sectors"/> are keys, not enum
/// members), in both languages; the family's parameter descriptions and <c>Localization.Terms</c> read them here.</summary>
internal static class PositionChangeSectors
{
    private static readonly FrozenDictionary<string, LocalizedText> Sectors = new Dictionary<string, LocalizedText>(StringComparer.Ordinal)
    {
        ["personnel"] = new("tổ chức cán bộ", "personnel"),
        ["publicFinance"] = new("tài chính công", "public finance"),
        ["publicAssets"] = new("quản lý tài sản công", "public assets"),
        ["publicInvestment"] = new("đầu tư công", "public investment"),
        ["directContact"] = new("tiếp xúc và giải quyết công việc trực tiếp", "direct contact with the public"),
        ["inspection"] = new("thanh tra", "inspection"),
        ["health"] = new("y tế", "health"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Gets a sector's name, or the key itself in both languages for a sector without one.</summary>
    public static LocalizedText Name(string sector) =>
        Sectors.TryGetValue(sector, out LocalizedText? text) ? text : new LocalizedText(sector, sector);
}
