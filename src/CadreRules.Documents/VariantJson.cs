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

    /// <summary>The rules the variant adds, replaces and removes; absent when it changes numbers only.</summary>
    public VariantRulesJson? Rules { get; set; }
}

/// <summary>A variant's rule changes, by kind.</summary>
internal sealed class VariantRulesJson
{
    public List<AddedRuleJson>? Add { get; set; }

    public List<ReplacedRuleJson>? Replace { get; set; }

    /// <summary>The codes of the rules removed.</summary>
    public List<string>? Remove { get; set; }
}

/// <summary>A rule added at an extension point of the base regulation.</summary>
internal sealed class AddedRuleJson
{
    /// <summary>The extension point, e.g. <c>candidate</c>.</summary>
    public string? To { get; set; }

    public string? Code { get; set; }

    public TextJson? Text { get; set; }

    /// <summary><c>violation</c> (default) or <c>advisory</c>.</summary>
    public string? Severity { get; set; }

    /// <summary>The clause that sets the rule; the variant's citation when absent.</summary>
    public CitationJson? Citation { get; set; }

    public ConditionJson? When { get; set; }
}

/// <summary>A named rule of the base regulation whose condition the variant replaces.</summary>
internal sealed class ReplacedRuleJson
{
    public string? Code { get; set; }

    /// <summary>The new text; the rule's own when absent.</summary>
    public TextJson? Text { get; set; }

    public CitationJson? Citation { get; set; }

    public ConditionJson? When { get; set; }
}

/// <summary>A condition over the family's named facts: exactly one of <c>all</c>, <c>any</c>, <c>not</c>, or a
/// comparison (<c>fact</c>, <c>op</c>, <c>value</c>).</summary>
internal sealed class ConditionJson
{
    public List<ConditionJson>? All { get; set; }

    public List<ConditionJson>? Any { get; set; }

    public ConditionJson? Not { get; set; }

    public string? Fact { get; set; }

    /// <summary><c>&gt;=</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&lt;</c>, <c>=</c>, <c>!=</c>.</summary>
    public string? Op { get; set; }

    /// <summary>A number, a share (<c>"30%"</c>), a level (<c>"HTT"</c>) or a boolean.</summary>
    public JsonElement? Value { get; set; }
}
