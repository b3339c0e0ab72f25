using System.Collections.Generic;
using System.Linq;
using CadreRules.Localization;
using CadreRules.Planning;
using CadreRules.Rules;

namespace CadreRules.Server.Results;

/// <summary>A planning list's report (docs/schemas/cli/plan.schema.json), as <c>cadre-rules plan --format json</c>.</summary>
internal static class PlanningJson
{
    public static System.ReadOnlyMemory<byte> Write(PlanningReport report, Language language, PlanningList list) => ResultJson.Write(json =>
    {
        FindingRenderer render = Renderer(language, list);
        json.WriteStartObject();
        json.WriteString("regulation", report.Regulation.Id.Value);
        json.WriteString("date", ResultJson.Date(report.Date));
        json.WriteNumber("violations", report.ViolationCount);
        json.WriteStartArray("titles");
        foreach (TitlePlanningReport title in report.Titles)
        {
            json.WriteStartObject();
            json.WriteString("id", title.Title.Id);
            json.WriteNumber("listed", title.Candidates.Length);
            json.WriteNumber("eligible", title.EligibleCount);
            json.WriteNumber("minimum", title.Minimum);
            json.WriteNumber("advisedMinimum", title.AdvisedMinimum);
            json.WriteNumber("maximum", title.Maximum);
            json.WriteStartArray("findings");
            foreach (Finding finding in title.Findings)
            {
                ResultJson.WriteFinding(json, finding, render);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("candidates");
        foreach (CandidatePlanningReport candidate in report.Candidates)
        {
            json.WriteStartObject();
            json.WriteString("id", candidate.CadreId.Value);
            json.WriteBoolean("eligible", candidate.IsEligible);
            json.WriteNumber("monthsLeft", candidate.MonthsLeft);
            json.WriteStartArray("findings");
            foreach (Finding finding in candidate.Findings)
            {
                ResultJson.WriteFinding(json, finding, render);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("structure");
        foreach (StructureReport group in report.Structure)
        {
            json.WriteStartObject();
            json.WriteString("level", ResultJson.Camel(group.Level.ToString()));
            json.WriteString("group", group.Group);
            json.WriteNumber("total", group.Composition.Total);
            json.WriteNumber("women", group.Composition.Women.Count);
            json.WriteString("womenShare", group.Composition.Women.Format(language));
            json.WriteNumber("young", group.Composition.Young.Count);
            json.WriteString("youngShare", group.Composition.Young.Format(language));
            json.WriteNumber("ethnicMinority", group.Composition.EthnicMinority.Count);
            json.WriteString("ethnicMinorityShare", group.Composition.EthnicMinority.Format(language));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>Writes cadres and titles with the names the list gives them: "Nguyễn Văn A (MKT-001)".</summary>
    private static FindingRenderer Renderer(Language language, PlanningList list)
    {
        var cadres = list.Candidates.ToDictionary(c => c.Id.Value, c => c.Cadre.Name, System.StringComparer.Ordinal);
        var titles = list.Titles.ToDictionary(t => t.Id, t => (string?)t.Name, System.StringComparer.Ordinal);
        return new FindingRenderer(language, names: (kind, id) => kind switch
        {
            "cadre" => cadres.GetValueOrDefault(id),
            "title" => titles.GetValueOrDefault(id),
            _ => null,
        });
    }
}
