namespace CadreRules.Documents;

/// <summary>How a results writer lays out its output.</summary>
public enum ResultFormat
{
    /// <summary>One JSON document: a header, the <c>people</c> array (one person a line) and the totals.</summary>
    Json = 0,

    /// <summary>JSON Lines: one person a line and nothing else, for pipelines.</summary>
    JsonLines = 1,
}
