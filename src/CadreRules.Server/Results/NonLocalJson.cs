using System.Linq;
using CadreRules.Rotation;
using CadreRules.Rules;

namespace CadreRules.Server.Results;

/// <summary>The non-local share of key posts (docs/schemas/cli/non-local.schema.json), as
/// <c>cadre-rules non-local --format json</c>.</summary>
internal static class NonLocalJson
{
    private static readonly KeyPostKind[] Posts = [KeyPostKind.Secretary, KeyPostKind.Chair];

    public static System.ReadOnlyMemory<byte> Write(KeyPostSurvey survey, RotationRegulation regulation, NonLocalShareReport report, Language language) => ResultJson.Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("regulation", regulation.Id.Value);
        json.WriteString("date", ResultJson.Date(survey.Date));
        if (survey.Area is { } area)
        {
            json.WriteString("area", area);
        }

        json.WriteNumber("localMinYears", regulation.Parameters.Get(RotationRegulation.LocalMinYears));
        json.WriteStartArray("holders");
        foreach (KeyPostHolder holder in survey.Holders)
        {
            json.WriteStartObject();
            json.WriteString("unit", holder.Unit);
            json.WriteString("post", ResultJson.Camel(holder.Kind.ToString()));
            if (holder.Name is { } name)
            {
                json.WriteString("name", name);
            }

            json.WriteBoolean("bornThere", holder.Ties.BornThere);
            json.WriteBoolean("raisedThere", holder.Ties.RaisedThere);
            json.WriteNumber("yearsStudiedOrWorkedThere", holder.Ties.YearsStudiedOrWorkedThere);
            json.WriteBoolean("local", regulation.IsLocal(holder.Ties));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("byPost");
        foreach (KeyPostKind post in Posts)
        {
            NonLocalShareReport part = regulation.MeasureNonLocalShare(survey.Holders.Where(h => h.Kind == post));
            json.WriteStartObject();
            json.WriteString("post", ResultJson.Camel(post.ToString()));
            json.WriteNumber("nonLocal", part.NonLocal);
            json.WriteNumber("total", part.Total);
            ResultJson.WriteShare(json, "share", part.Share);
            json.WriteString("percent", part.Share.FormatPercent(language));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("nonLocal", report.NonLocal);
        json.WriteNumber("total", report.Total);
        ResultJson.WriteShare(json, "share", report.Share);
        json.WriteString("percent", report.Share.FormatPercent(language));
        ResultJson.WriteShare(json, "target", report.Target);
        json.WriteString("targetPercent", report.Target.FormatPercent(language));
        json.WriteBoolean("meetsTarget", report.MeetsTarget);
        ResultJson.WriteShare(json, "gap", report.Gap);
        json.WriteString("gapPercent", report.Gap.FormatPercent(language));
        json.WritePropertyName("finding");
        ResultJson.WriteFinding(json, report.Explain(), language);
        json.WriteEndObject();
    });
}
