using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rules;

namespace CadreRules.Server.Results;

/// <summary>A planning review (docs/schemas/cli/review.schema.json), as <c>cadre-rules review --format json</c>.</summary>
internal static class ReviewJson
{
    public static System.ReadOnlyMemory<byte> Write(PlanningReviewInput input, PlanningReview review, Language language) => ResultJson.Write(json =>
    {
        var names = new Dictionary<CadreId, string?>();
        foreach (PlanningCandidate candidate in input.Plan.Candidates.Concat(input.CurrentFacts))
        {
            names[candidate.Id] = candidate.Cadre.Name;
        }

        json.WriteStartObject();
        json.WriteString("regulation", review.Regulation.Id.Value);
        json.WriteString("reviewDate", ResultJson.Date(review.ReviewDate));
        json.WriteString("listDate", ResultJson.Date(input.Plan.Date));
        json.WriteString("ageMonth", ResultJson.Month(review.AgeMonth));
        json.WriteStartArray("entries");
        foreach (Row row in Rows(review))
        {
            json.WriteStartObject();
            json.WriteString("id", row.Entry.CadreId.Value);
            if (names.GetValueOrDefault(row.Entry.CadreId) is { } name)
            {
                json.WriteString("name", name);
            }

            json.WriteString("title", row.Entry.TitleId);
            json.WriteString("tier", ResultJson.Camel(row.Entry.Tier.ToString()));
            json.WriteString("outcome", ResultJson.Camel(row.Outcome.ToString()));
            json.WriteStartArray("reasons");
            foreach (Finding reason in row.Reasons)
            {
                ResultJson.WriteFinding(json, reason, language);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("counts");
        json.WriteNumber("kept", review.Kept.Length);
        json.WriteNumber("removed", review.Removed.Length);
        json.WriteNumber("added", review.Added.Length);
        json.WriteNumber("refused", review.Refused.Length);
        json.WriteEndObject();
        json.WriteEndObject();
    });

    /// <summary>The list's entries (kept or removed), then the additions (added or refused), each by title then cadre.</summary>
    private static IEnumerable<Row> Rows(PlanningReview review) =>
        review.Kept.Select(e => new Row(e, PlanningReviewOutcome.Kept, []))
            .Concat(review.Removed.Select(i => new Row(i.Entry, PlanningReviewOutcome.Removed, i.Reasons)))
            .OrderBy(r => r.Entry.TitleId, System.StringComparer.Ordinal).ThenBy(r => r.Entry.CadreId)
            .Concat(review.Added.Select(e => new Row(e, PlanningReviewOutcome.Added, []))
                .Concat(review.Refused.Select(i => new Row(i.Entry, PlanningReviewOutcome.Refused, i.Reasons)))
                .OrderBy(r => r.Entry.TitleId, System.StringComparer.Ordinal).ThenBy(r => r.Entry.CadreId));

    private sealed record Row(PlanningEntry Entry, PlanningReviewOutcome Outcome, ImmutableArray<Finding> Reasons);
}
