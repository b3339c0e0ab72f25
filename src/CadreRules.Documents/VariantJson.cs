using System.Collections.Generic;
using System.Text.Json;

namespace CadreRules.Documents;

/// <summary>The local variant document (regulation parameter overrides).</summary>
internal sealed class VariantJson
{
    public int? SchemaVersion { get; set; }

    public string? Id { get; set; }

    public string? BaseId { get; set; }

    public TextJson? Title { get; set; }

    public CitationJson? Citation { get; set; }

    public PeriodJson? Effective { get; set; }

    /// <summary>Parameter key → value, typed by the parameter's kind in the base regulation.</summary>
    public Dictionary<string, JsonElement>? Overrides { get; set; }
}
