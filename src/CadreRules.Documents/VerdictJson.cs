using System.Collections.Generic;
using System.Text.Json;
using CadreRules.Rules;

namespace CadreRules.Documents;


/// <summary>The verdict document: an outcome, the regulation applied and the explanation tree.</summary>
internal sealed class VerdictJson
{
    public int? SchemaVersion { get; set; }

    public string? Language { get; set; }

    public string? Outcome { get; set; }

    public RegulationReferenceJson? Regulation { get; set; }

    public FindingJson? Explanation { get; set; }

    /// <summary>Written only: the whole explanation rendered in <see cref="Language"/>.</summary>
    public string? Text { get; set; }
}

/// <summary>A finding: code, status, severity, citation, values, children, template and rendered text.</summary>
internal sealed class FindingJson
{
    public string? Code { get; set; }

    public FindingStatus? Status { get; set; }

    public Severity? Severity { get; set; }

    public CitationJson? Citation { get; set; }

    public TextJson? Template { get; set; }

    /// <summary>Written only: the template filled with the values, in the document's language.</summary>
    public string? Text { get; set; }

    public List<FactValueJson?>? Values { get; set; }

    public List<FindingJson?>? Children { get; set; }
}

/// <summary>A named value: <c>{ name, type, value }</c>; type is integer, decimal, share, date, month, boolean or text.</summary>
internal sealed class FactValueJson
{
    public string? Name { get; set; }

    public string? Type { get; set; }

    public JsonElement? Value { get; set; }
}

/// <summary>A regulation's reference data.</summary>
internal sealed class RegulationReferenceJson
{
    public string? Id { get; set; }

    public TextJson? Title { get; set; }

    public RegulationTopic? Topic { get; set; }

    public CitationJson? Citation { get; set; }

    public List<ScopeJson?>? Scopes { get; set; }

    public string? DerivedFrom { get; set; }
}

/// <summary>A subject kind and the period a regulation applies to it.</summary>
internal sealed class ScopeJson
{
    public SubjectKind? SubjectKind { get; set; }

    public PeriodJson? Effective { get; set; }
}
