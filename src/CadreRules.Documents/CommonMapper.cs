using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CadreRules.Localization;
using CadreRules.Rules;

namespace CadreRules.Documents;

/// <summary>Citations, periods, shares, parameter values and regulation references to and from their wire shapes.</summary>
internal static class CommonMapper
{
    public static Citation ToCitation(CitationJson? json, string path)
    {
        CitationJson citation = Require.Object(json, path);
        LegalDocumentJson documentJson = Require.Object(citation.Document, path + ".document");
        string number = Require.Text(documentJson.Number, path + ".document.number");
        string issuer = Require.Text(documentJson.Issuer, path + ".document.issuer");
        NodaTime.LocalDate signedOn = Require.Value(documentJson.SignedOn, path + ".document.signedOn");
        LegalDocument document = Require.Build(path + ".document", () => new LegalDocument(number, issuer, signedOn), "number", "issuer", "signedOn");
        if (citation.Section is not null)
        {
            if (citation.Article is not null || citation.Clause is not null || citation.Point is not null)
            {
                throw DocumentException.Of(path + ".section", DocumentErrorCodes.ExactlyOne, null, "section, article");
            }

            return Require.Build(path + ".section", () => document.Section(citation.Section));
        }

        if (citation.Article is null)
        {
            if (citation.Clause is not null || citation.Point is not null)
            {
                throw DocumentException.Of(path + ".article", DocumentErrorCodes.NeedsField, null, citation.Clause is not null ? "clause" : "point", "article");
            }

            return document.Whole();
        }

        return Require.Build(path, () => document.Article(citation.Article.Value, citation.Clause, citation.Point), "article", "clause", "point");
    }

    public static CitationJson FromCitation(Citation citation, Language? language = null) => new()
    {
        Document = new LegalDocumentJson { Number = citation.Document.Number, Issuer = citation.Document.Issuer, SignedOn = citation.Document.SignedOn },
        Article = citation.ArticleNumber,
        Clause = citation.Clause,
        Point = citation.Point,
        Section = citation.Section,
        Text = language is { } l ? citation.Format(l) : null,
        Replaces = citation.Replaces.IsEmpty
            ? null
            : [.. citation.Replaces.Select(r => new ReplacedValueJson { Key = r.Key, Value = r.Value.ToString(), Source = r.Source is null ? null : FromCitation(r.Source, language) })],
    };

    public static EffectivePeriod ToPeriod(PeriodJson? json, string path)
    {
        PeriodJson period = Require.Object(json, path);
        NodaTime.LocalDate start = Require.Value(period.Start, path + ".start");
        return Require.Build(path, () => new EffectivePeriod(start, period.End), "start", "end");
    }

    public static PeriodJson FromPeriod(EffectivePeriod period) => new() { Start = period.Start, End = period.End };

    public static Share ToShare(ShareJson json, string path)
    {
        long numerator = Require.Value(json.Numerator, path + ".numerator");
        long denominator = Require.Value(json.Denominator, path + ".denominator");
        if (numerator < 0)
        {
            throw DocumentException.Coded(path + ".numerator", DocumentErrorCodes.OutOfRange, "a share's numerator is 0 or more.", null, null, numerator.ToString(System.Globalization.CultureInfo.InvariantCulture), "0", string.Empty);
        }

        if (denominator < 1)
        {
            throw DocumentException.Coded(path + ".denominator", DocumentErrorCodes.OutOfRange, "a share's denominator is 1 or more.", null, null, denominator.ToString(System.Globalization.CultureInfo.InvariantCulture), "1", string.Empty);
        }

        return Require.Build(path, () => Share.Of(numerator, denominator), "numerator", "denominator");
    }

    public static ShareJson FromShare(Share share) => new() { Numerator = share.Numerator, Denominator = share.Denominator };

    /// <summary>Reads a parameter value whose JSON type must match the parameter's kind.</summary>
    public static ParameterValue ToParameterValue(JsonElement element, ParameterKind kind, string path)
    {
        switch (kind)
        {
            case ParameterKind.Integer:
                if (element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out long integer))
                {
                    return ParameterValue.FromInteger(integer);
                }

                throw WrongType(path, "an integer", "integer", element);
            case ParameterKind.Share:
                return ParameterValue.FromShare(ToShare(element, path));
            case ParameterKind.Boolean:
                if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
                {
                    return ParameterValue.FromBoolean(element.GetBoolean());
                }

                throw WrongType(path, "a boolean", "boolean", element);
            default:
                if (element.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(element.GetString()))
                {
                    return ParameterValue.FromChoice(element.GetString()!);
                }

                throw WrongType(path, "a choice (a non-empty string)", "string", element);
        }
    }

    /// <summary>Reads a share as a person writes it: <c>{"numerator": n, "denominator": d}</c>, a string (<c>"25%"</c>,
    /// <c>"25,5%"</c>, <c>"0.25"</c>, <c>"1/4"</c>) or a number from 0 to 1 (<c>0.25</c>).</summary>
    public static Share ToShare(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                return ToShare(DocumentReader.ParseElement(element, CadreJsonContext.Default.ShareJson, path), path);
            case JsonValueKind.String when InputValues.TryParseShare(element.GetString(), out Share share):
                return share;
            case JsonValueKind.Number when element.TryGetDecimal(out decimal number) && InputValues.TryParseShare(number, out Share share):
                return share;
            default:
                throw DocumentException.NotUnderstood(path, InputForms.Share, element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText());
        }
    }

    /// <summary>Reads a value of a parameter as a person writes it (<see cref="LocalizationExtensions.TryParseValue"/>):
    /// a whole number; a share in any of its forms; a boolean (or "có"/"không"); a choice's name in any case or its
    /// word, written back canonically. The value's bounds are not checked here.</summary>
    public static ParameterValue ToParameterValue(JsonElement element, ParameterDefinition definition, string path)
    {
        if (element.ValueKind == JsonValueKind.String && definition.Kind is ParameterKind.Choice or ParameterKind.Boolean)
        {
            string text = element.GetString()!;
            return definition.TryParseValue(text, out ParameterValue value)
                ? value
                : throw (definition.Kind == ParameterKind.Choice
                    ? DocumentException.NotUnderstood(path, InputForms.Choice, text, definition.Choices)
                    : WrongType(path, "a boolean", "boolean", element));
        }

        return ToParameterValue(element, definition.Kind, path);
    }

    public static JsonElement FromParameterValue(ParameterValue value) => value.Kind switch
    {
        ParameterKind.Integer => JsonSerializer.SerializeToElement(value.Integer, CadreJsonContext.Default.Int64),
        ParameterKind.Share => JsonSerializer.SerializeToElement(FromShare(value.Share), CadreJsonContext.Default.ShareJson),
        ParameterKind.Boolean => JsonSerializer.SerializeToElement(value.Boolean, CadreJsonContext.Default.Boolean),
        _ => JsonSerializer.SerializeToElement(value.Choice ?? string.Empty, CadreJsonContext.Default.String),
    };

    public static RegulationReference ToReference(RegulationReferenceJson? json, string path)
    {
        RegulationReferenceJson reference = Require.Object(json, path);
        RegulationId id = Require.Build(path + ".id", () => new RegulationId(Require.Text(reference.Id, path + ".id")));
        LocalizedText title = Require.LocalizedText(reference.Title, path + ".title");
        RegulationTopic topic = Require.Value(reference.Topic, path + ".topic");
        Citation citation = ToCitation(reference.Citation, path + ".citation");
        List<ScopeJson?> scopesJson = Require.Object(reference.Scopes, path + ".scopes");
        var scopes = new List<RegulationScope>();
        for (int i = 0; i < scopesJson.Count; i++)
        {
            string itemPath = Require.Item(path + ".scopes", i);
            ScopeJson scope = Require.Object(scopesJson[i], itemPath);
            SubjectKind subjectKind = Require.Value(scope.SubjectKind, itemPath + ".subjectKind");
            EffectivePeriod effective = ToPeriod(scope.Effective, itemPath + ".effective");
            scopes.Add(Require.Build(itemPath, () => new RegulationScope(subjectKind, effective), "subjectKind", "period=effective"));
        }

        RegulationId? derivedFrom = null;
        if (reference.DerivedFrom is { } derived)
        {
            derivedFrom = Require.Build(path + ".derivedFrom", () => new RegulationId(derived));
        }

        return Require.Build(path + ".scopes", () => new RegulationReference(id, title, topic, citation, [.. scopes], derivedFrom));
    }

    public static RegulationReferenceJson FromReference(RegulationReference reference, Language? language = null) => new()
    {
        Id = reference.Id.Value,
        Title = Require.FromText(reference.Title),
        Topic = reference.Topic,
        Citation = FromCitation(reference.Citation, language),
        Scopes = [.. reference.Scopes.Select(s => (ScopeJson?)new ScopeJson { SubjectKind = s.SubjectKind, Effective = FromPeriod(s.Period) })],
        DerivedFrom = reference.DerivedFrom?.Value,
    };

    private static DocumentException WrongType(string path, string expected, string key, JsonElement element) =>
        DocumentException.Coded(path, DocumentErrorCodes.WrongType, $"expected {expected}, found {DocumentReader.Describe(element.ValueKind)} ({element.GetRawText()}).", null, null, key);
}
