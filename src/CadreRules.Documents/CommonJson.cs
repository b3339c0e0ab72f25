using System.Collections.Generic;
using NodaTime;

namespace CadreRules.Documents;


/// <summary>A text in both languages: <c>{ "vi": ..., "en": ... }</c>.</summary>
internal sealed class TextJson
{
    public string? Vi { get; set; }

    public string? En { get; set; }
}

/// <summary>A legal document: number, issuer, signing date.</summary>
internal sealed class LegalDocumentJson
{
    public string? Number { get; set; }

    public string? Issuer { get; set; }

    public LocalDate? SignedOn { get; set; }
}

/// <summary>A citation: a document and either article/clause/point or a section, or neither (the whole document).</summary>
internal sealed class CitationJson
{
    public LegalDocumentJson? Document { get; set; }

    public int? Article { get; set; }

    public int? Clause { get; set; }

    public string? Point { get; set; }

    public string? Section { get; set; }

    /// <summary>Written only: the citation as text in the document's language.</summary>
    public string? Text { get; set; }

    /// <summary>Written only, when a province's value replaced a national one: each parameter the cited document set,
    /// with the value it replaced and where that value came from.</summary>
    public List<ReplacedValueJson>? Replaces { get; set; }
}

/// <summary>A national value a local document replaced: the parameter's key, the value replaced (as text: <c>90</c>,
/// <c>1/5</c>, <c>true</c>, <c>Floor</c>) and the citation that had set it.</summary>
internal sealed class ReplacedValueJson
{
    public string? Key { get; set; }

    public string? Value { get; set; }

    public CitationJson? Source { get; set; }
}

/// <summary>An effective period, both ends inclusive; a missing end is open.</summary>
internal sealed class PeriodJson
{
    public LocalDate? Start { get; set; }

    public LocalDate? End { get; set; }
}

/// <summary>An exact share: <c>{ "numerator": 1, "denominator": 5 }</c>.</summary>
internal sealed class ShareJson
{
    public long? Numerator { get; set; }

    public long? Denominator { get; set; }
}
