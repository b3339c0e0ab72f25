using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CadreRules.Rules;

namespace CadreRules.Documents;

/// <summary>The local variant document to and from <see cref="LocalVariant"/>, typed by the base regulation's schema.</summary>
internal static class VariantMapper
{
    public static LocalVariant ToVariant(VariantJson json, RegulationCatalog catalog)
    {
        Require.SchemaVersion(json.SchemaVersion);
        RegulationId id = Require.Build("$.id", () => new RegulationId(Require.Text(json.Id, "$.id")));
        RegulationId baseId = Require.Build("$.baseId", () => new RegulationId(Require.Text(json.BaseId, "$.baseId")));
        Regulation baseRegulation = catalog.Find(baseId) ?? throw new DocumentException(
            "$.baseId",
            $"unknown regulation '{baseId}'. Known: {string.Join(", ", catalog.Regulations.Select(r => r.Id.Value))}.",
            null);
        LocalizedText title = Require.LocalizedText(json.Title, "$.title");
        Citation citation = CommonMapper.ToCitation(json.Citation, "$.citation");
        EffectivePeriod period = CommonMapper.ToPeriod(json.Effective, "$.effective");
        Dictionary<string, JsonElement> overridesJson = Require.Object(json.Overrides, "$.overrides");
        var overrides = new Dictionary<string, ParameterValue>(StringComparer.Ordinal);
        foreach ((string key, JsonElement element) in overridesJson.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            string path = Require.Key("$.overrides", key);
            ParameterDefinition definition = baseRegulation.Parameters.Schema.FirstOrDefault(d => d.Key == key)
                ?? throw new DocumentException(path, $"'{baseId}' has no parameter '{key}'. Known: {string.Join(", ", baseRegulation.Parameters.Schema.Select(d => d.Key))}.", null);
            ParameterValue value = CommonMapper.ToParameterValue(element, definition, path);
            Require.Build(path, () =>
            {
                definition.Validate(value);
                return value;
            });
            overrides.Add(key, value);
        }

        // The base was found in the catalogue, so when the constructor refuses the pair (a variant deriving from itself)
        // the variant's own id is at fault.
        LocalVariant variant = Require.Build("$", () => new LocalVariant(id, baseId, title, citation, period, overrides), "id", "baseId=id", "title", "citation", "period=effective", "overrides");
        try
        {
            _ = Require.Build("$", () => baseRegulation.WithVariant(variant), "period=effective", "variant.period=effective", "id", "variant=id");
        }
        catch (DocumentException e) when (e.InnerException is ParameterException { Keys.Length: > 1 } broken)
        {
            // Values that are each in bounds but break a constraint together: the error sits at the first of them that
            // the variant sets (the others may be the base's defaults).
            string key = broken.Keys.FirstOrDefault(overrides.ContainsKey) ?? broken.Key;
            throw new DocumentException(Require.Key("$.overrides", key), Require.Sentence(broken), broken);
        }
        return variant;
    }

    public static VariantJson FromVariant(LocalVariant variant) => new()
    {
        SchemaVersion = DocumentReader.SchemaVersion,
        Id = variant.Id.Value,
        BaseId = variant.BaseId.Value,
        Title = Require.FromText(variant.Title),
        Citation = CommonMapper.FromCitation(variant.Citation),
        Effective = CommonMapper.FromPeriod(variant.Period),
        Overrides = variant.Overrides.ToDictionary(p => p.Key, p => CommonMapper.FromParameterValue(p.Value), StringComparer.Ordinal),
    };
}
