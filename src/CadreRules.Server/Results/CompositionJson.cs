using System.Text.Json;
using CadreRules.Composition;
using CadreRules.Rules;

namespace CadreRules.Server.Results;

/// <summary>A body's structure against its targets (docs/schemas/cli/composition.schema.json), as
/// <c>cadre-rules composition --format json</c>.</summary>
internal static class CompositionJson
{
    public static System.ReadOnlyMemory<byte> Write(BodyMembership body, BodyComposition composition, Language language) => ResultJson.Write(json =>
    {
        json.WriteStartObject();
        if (body.Name is { } name)
        {
            json.WriteString("name", name);
        }

        json.WriteString("asOf", ResultJson.Date(body.AsOf));
        json.WriteNumber("youngAge", composition.YoungAgeLimit);
        json.WriteNumber("total", composition.Total);
        Measure(json, "women", composition.Women, body.Targets.Women, language);
        Measure(json, "young", composition.Young, body.Targets.Young, language);
        Measure(json, "ethnicMinority", composition.EthnicMinority, body.Targets.EthnicMinority, language);
        json.WriteStartArray("findings");
        foreach (Finding finding in body.Targets.Check(composition))
        {
            ResultJson.WriteFinding(json, finding, language);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void Measure(Utf8JsonWriter json, string name, CompositionShare share, Share? target, Language language)
    {
        json.WriteStartObject(name);
        json.WriteNumber("count", share.Count);
        json.WriteNumber("total", share.Total);
        if (share.Share is { } exact)
        {
            ResultJson.WriteShare(json, "share", exact);
        }

        json.WriteString("percent", share.Format(language));
        if (target is { } t)
        {
            ResultJson.WriteShare(json, "target", t);
            json.WriteString("targetPercent", t.FormatPercent(language));
            json.WriteBoolean("meetsTarget", share.Reaches(t));
            json.WriteNumber("shortfall", CompositionTargets.Shortfall(share, t));
        }

        json.WriteEndObject();
    }
}
