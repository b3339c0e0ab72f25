using System.Collections.Generic;
using System.Linq;
using CadreRules.Appointment;
using CadreRules.Rules;

namespace CadreRules.Server.Results;

/// <summary>Committee candidacies' answers (docs/schemas/cli/committee.schema.json), as
/// <c>cadre-rules committee --format json</c>.</summary>
internal static class CommitteeJson
{
    public static System.ReadOnlyMemory<byte> Write(IReadOnlyList<(CommitteeCandidacy Candidacy, CommitteeMembershipRegulation Regulation, Verdict<AppointmentOutcome> Verdict)> results, Language language) => ResultJson.Write(json =>
    {
        json.WriteStartObject();
        json.WriteStartArray("candidacies");
        foreach ((CommitteeCandidacy c, CommitteeMembershipRegulation regulation, Verdict<AppointmentOutcome> verdict) in results)
        {
            json.WriteStartObject();
            json.WriteString("id", c.Cadre.Id.Value);
            if (c.Cadre.Name is { } name)
            {
                json.WriteString("name", name);
            }

            json.WriteString("level", ResultJson.Camel(c.Level.ToString()));
            json.WriteBoolean("reElection", c.IsReElection);
            json.WriteBoolean("provincialDeputySecretary", c.IsProvincialDeputySecretary);
            json.WriteString("ageMonth", ResultJson.Month(c.AgeMonth));
            json.WriteString("regulation", regulation.Id.Value);
            json.WriteBoolean("eligible", verdict.Outcome == AppointmentOutcome.Eligible);
            json.WriteNumber("monthsLeft", c.MonthsLeft);
            json.WriteNumber("minMonths", verdict.Explanation.Values.Where(v => v.Name == "minMonths").Select(v => v.Value).OfType<long>().FirstOrDefault());
            json.WritePropertyName("finding");
            ResultJson.WriteFinding(json, verdict.Explanation, language);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });
}
