using System.Collections.Generic;
using System.Text.Json;
using CadreRules.Rules;

namespace CadreRules.Documents;


/// <summary>The catalogue listing (written only).</summary>
internal sealed class CatalogJson
{
    public int? SchemaVersion { get; set; }

    public string? Language { get; set; }

    public List<RegulationListingJson>? Regulations { get; set; }
}

/// <summary>One regulation of the listing.</summary>
internal sealed class RegulationListingJson
{
    public RegulationReferenceJson? Reference { get; set; }

    public List<ParameterListingJson>? Parameters { get; set; }

    public List<string>? Rules { get; set; }
}

/// <summary>One parameter of a regulation: default, current value, confidence, range.</summary>
internal sealed class ParameterListingJson
{
    public string? Key { get; set; }

    public ParameterKind? Kind { get; set; }

    public TextJson? Description { get; set; }

    public JsonElement? Default { get; set; }

    public JsonElement? Value { get; set; }

    public bool? Overridden { get; set; }

    public Confidence? Confidence { get; set; }

    public string? Range { get; set; }

    public List<string>? Choices { get; set; }

    public CitationJson? Citation { get; set; }
}
