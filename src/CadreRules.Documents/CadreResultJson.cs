using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using CadreRules.Appointment;
using CadreRules.Composition;
using CadreRules.Evaluation;
using CadreRules.Impact;
using CadreRules.Localization;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rotation;
using CadreRules.Rules;
using CadreRules.Standards;
using CadreRules.Titles;
using NodaTime;
using NodaTime.Text;

namespace CadreRules.Documents;

/// <summary>
/// Writes the answers of the rule families as JSON result documents, the shapes of <c>docs/schemas/cli/*.schema.json</c>:
/// what the CLI writes with <c>--format json</c> and the web API answers, from one copy of each writer.
/// </summary>
/// <remarks>
/// <para>Each method writes one whole document (a JSON object) with the given <see cref="Utf8JsonWriter"/>, without
/// reflection (native AOT). With <see cref="WriterOptions"/> (two-space indentation, <c>\n</c> line ends, letters
/// unescaped) and a final <c>\n</c> the bytes are those of the CLI. Texts (findings' sentences, citations, percentages)
/// are in the language given; enum values are camelCase names and dates ISO (<c>yyyy-MM-dd</c>), whatever the
/// language.</para>
/// <para>This type is stateless and thread-safe; a <see cref="Utf8JsonWriter"/> is not, so give each call its own.</para>
/// </remarks>
public static class CadreResultJson
{
    private static readonly KeyPostKind[] Posts = [KeyPostKind.Secretary, KeyPostKind.Chair];

    /// <summary>Gets the writer options of the CLI's <c>--format json</c> output: indented by two spaces, <c>\n</c> line
    /// ends, letters of every script and HTML-sensitive characters unescaped (the output is not meant for HTML).</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    /// <summary>Writes a planning list's report (<c>docs/schemas/cli/plan.schema.json</c>): the regulation, the date, the
    /// number of violations, each title (listed, eligible, bounds, findings), each candidate (eligible, months of service
    /// left, findings) and the structure of each group.</summary>
    /// <param name="json">The writer.</param>
    /// <param name="report">The report (<see cref="PlanningRegulation.Validate(PlanningList)"/>).</param>
    /// <param name="language">The language of the texts.</param>
    /// <param name="list">The list validated, whose names the findings' texts use ("Nguyễn Văn A (MKT-001)"); or
    /// <see langword="null"/> for identifiers alone.</param>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="report"/> is null.</exception>
    public static void WritePlanningReport(Utf8JsonWriter json, PlanningReport report, Language language, PlanningList? list = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(report);
        FindingRenderer render = PlanningRenderer(language, list);
        json.WriteStartObject();
        json.WriteString("regulation", report.Regulation.Id.Value);
        json.WriteString("date", Date(report.Date));
        if (report.TitleStandards is { } standards)
        {
            json.WriteString("titleStandards", standards.Id.Value);
        }

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
                WriteFinding(json, finding, render);
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
                WriteFinding(json, finding, render);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("structure");
        foreach (StructureReport group in report.Structure)
        {
            json.WriteStartObject();
            json.WriteString("level", Camel(group.Level.ToString()));
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
    }

    /// <summary>Writes a planning review (<c>docs/schemas/cli/review.schema.json</c>): the regulation, the dates, each
    /// entry of the list (kept or removed) and each proposed addition (added or refused), each by title then cadre, with
    /// the reasons of a removal or a refusal, and the counts.</summary>
    /// <param name="json">The writer.</param>
    /// <param name="input">The review's input (its list and current facts give the names).</param>
    /// <param name="review">The review (<see cref="PlanningRegulation.Review(PlanningReviewInput)"/>).</param>
    /// <param name="language">The language of the texts.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WritePlanningReview(Utf8JsonWriter json, PlanningReviewInput input, PlanningReview review, Language language)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(review);
        var render = new FindingRenderer(language);
        var names = new Dictionary<CadreId, string?>();
        foreach (PlanningCandidate candidate in input.Plan.Candidates.Concat(input.CurrentFacts))
        {
            names[candidate.Id] = candidate.Cadre.Name;
        }

        json.WriteStartObject();
        json.WriteString("regulation", review.Regulation.Id.Value);
        if (review.TitleStandards is { } standards)
        {
            json.WriteString("titleStandards", standards.Id.Value);
        }

        json.WriteString("reviewDate", Date(review.ReviewDate));
        json.WriteString("listDate", Date(input.Plan.Date));
        json.WriteString("ageMonth", Month(review.AgeMonth));
        json.WriteStartArray("entries");
        foreach (ReviewRow row in ReviewRows(review))
        {
            json.WriteStartObject();
            json.WriteString("id", row.Entry.CadreId.Value);
            if (names.GetValueOrDefault(row.Entry.CadreId) is { } name)
            {
                json.WriteString("name", name);
            }

            json.WriteString("title", row.Entry.TitleId);
            json.WriteString("tier", Camel(row.Entry.Tier.ToString()));
            json.WriteString("outcome", Camel(row.Outcome.ToString()));
            json.WriteStartArray("reasons");
            foreach (Finding reason in row.Reasons)
            {
                WriteFinding(json, reason, render);
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
    }

    /// <summary>Writes rotation or appointment answers (<c>docs/schemas/cli/rotation.schema.json</c>,
    /// <c>appointment.schema.json</c>): each request's cadre, regulation, eligibility, months left and the conditions not
    /// met; with <paramref name="explain"/>, also each whole explanation tree (<see cref="WriteExplanation"/>).</summary>
    /// <param name="json">The writer.</param>
    /// <param name="answers">The answers, in the order of the requests.</param>
    /// <param name="language">The language of the texts.</param>
    /// <param name="explain">Whether to write each request's <c>explanation</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="answers"/> is null, or holds a
    /// null.</exception>
    public static void WriteRequests(Utf8JsonWriter json, IEnumerable<RequestAnswer> answers, Language language, bool explain = false)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(answers);
        var render = new FindingRenderer(language);
        json.WriteStartObject();
        json.WriteStartArray("requests");
        foreach (RequestAnswer r in answers)
        {
            ArgumentNullException.ThrowIfNull(r, nameof(answers));
            json.WriteStartObject();
            json.WriteString("id", r.Cadre.Id.Value);
            json.WriteString("regulation", r.Regulation.Id.Value);
            json.WriteBoolean("eligible", r.Eligible);
            json.WriteNumber("monthsLeft", r.MonthsLeft);
            json.WriteStartArray("reasons");
            foreach (Finding reason in r.Reasons)
            {
                WriteFinding(json, reason, render);
            }

            json.WriteEndArray();
            if (explain)
            {
                json.WritePropertyName("explanation");
                WriteExplanation(json, r.Explanation, language);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes the non-local share of key posts (<c>docs/schemas/cli/non-local.schema.json</c>): each holder and
    /// whether they are local, the share by post and in all against the target, the finding, the deadline and the
    /// progress on the survey's date, and each secretary's years in the post against the limit.</summary>
    /// <param name="json">The writer.</param>
    /// <param name="survey">The key posts surveyed.</param>
    /// <param name="regulation">The rotation regulation applied.</param>
    /// <param name="report">The share of all the holders (<see cref="RotationRegulation.MeasureNonLocalShare"/>).</param>
    /// <param name="language">The language of the texts.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteNonLocalShare(Utf8JsonWriter json, KeyPostSurvey survey, RotationRegulation regulation, NonLocalShareReport report, Language language)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(regulation);
        ArgumentNullException.ThrowIfNull(report);
        json.WriteStartObject();
        json.WriteString("regulation", regulation.Id.Value);
        json.WriteString("date", Date(survey.Date));
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
            json.WriteString("post", Camel(holder.Kind.ToString()));
            json.WriteString("level", Camel(holder.Level.ToString()));
            if (holder.Name is { } name)
            {
                json.WriteString("name", name);
            }

            json.WriteBoolean("bornThere", holder.Ties.BornThere);
            json.WriteBoolean("raisedThere", holder.Ties.RaisedThere);
            json.WriteNumber("yearsStudiedOrWorkedThere", holder.Ties.YearsStudiedOrWorkedThere);
            json.WriteBoolean("local", regulation.IsLocal(holder.Ties));
            if (holder.InPostSince is { } since)
            {
                json.WriteString("inPostSince", Date(since));
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("byPost");
        foreach (KeyPostKind post in Posts)
        {
            NonLocalShareReport part = regulation.MeasureNonLocalShare(survey.Holders.Where(h => h.Kind == post));
            json.WriteStartObject();
            json.WriteString("post", Camel(post.ToString()));
            json.WriteNumber("nonLocal", part.NonLocal);
            json.WriteNumber("total", part.Total);
            WriteShare(json, "share", part.Share);
            json.WriteString("percent", part.Share.FormatPercent(language));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("nonLocal", report.NonLocal);
        json.WriteNumber("total", report.Total);
        WriteShare(json, "share", report.Share);
        json.WriteString("percent", report.Share.FormatPercent(language));
        WriteShare(json, "target", report.Target);
        json.WriteString("targetPercent", report.Target.FormatPercent(language));
        json.WriteBoolean("meetsTarget", report.MeetsTarget);
        WriteShare(json, "gap", report.Gap);
        json.WriteString("gapPercent", report.Gap.FormatPercent(language));
        var render = new FindingRenderer(language);
        json.WritePropertyName("finding");
        WriteFinding(json, report.Explain(), render);
        json.WriteString("deadline", Date(report.Deadline));
        json.WriteString("progress", Camel(report.ProgressOn(survey.Date).ToString()));
        json.WriteStartArray("byLevelAndPost");
        foreach (NonLocalPostReport part in regulation.MeasureNonLocalByPost(survey))
        {
            json.WriteStartObject();
            json.WriteString("level", Camel(part.Level.ToString()));
            json.WriteString("post", Camel(part.Kind.ToString()));
            json.WriteNumber("nonLocal", part.NonLocal);
            json.WriteNumber("total", part.Total);
            if (part.Share is { } exact)
            {
                WriteShare(json, "share", exact);
                json.WriteString("percent", exact.FormatPercent(language));
            }

            if (part.Target is { } target && part.Deadline is { } deadline)
            {
                WriteShare(json, "target", target);
                json.WriteString("targetPercent", target.FormatPercent(language));
                json.WriteString("deadline", Date(deadline));
                json.WriteBoolean("meetsTarget", part.MeetsTarget == true);
                json.WriteNumber("shortfall", part.Shortfall ?? 0);
                json.WriteString("progress", Camel(part.ProgressOn(survey.Date)!.Value.ToString()));
                json.WriteString("basis", part.Citation?.Format(language) ?? string.Empty);
            }
            else if (part.NoTarget is { } why)
            {
                json.WriteString("noTarget", Camel(why.ToString()));
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("secretaryTenure");
        foreach (Finding tenure in regulation.SecretaryTenure(survey))
        {
            WriteFinding(json, tenure, render);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes periodic position-change answers (<c>docs/schemas/cli/position-change.schema.json</c>): each
    /// incumbent's post, sector, status, period, due date, deferral and exemption dates and the findings deciding the
    /// status; with <paramref name="explain"/>, also each whole explanation tree.</summary>
    /// <param name="json">The writer.</param>
    /// <param name="answers">Each question, the regulation applied and its verdict, in the document's order.</param>
    /// <param name="language">The language of the texts.</param>
    /// <param name="explain">Whether to write each incumbent's <c>explanation</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="answers"/> is null, or an
    /// answer holds a null.</exception>
    public static void WritePositionChanges(Utf8JsonWriter json, IEnumerable<(PositionChangeCase Case, PositionChangeRegulation Regulation, Verdict<PositionChangeAssessment> Verdict)> answers, Language language, bool explain = false)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(answers);
        var render = new FindingRenderer(language);
        json.WriteStartObject();
        json.WriteStartArray("incumbents");
        foreach ((PositionChangeCase question, PositionChangeRegulation regulation, Verdict<PositionChangeAssessment> verdict) in answers)
        {
            ArgumentNullException.ThrowIfNull(question, nameof(answers));
            ArgumentNullException.ThrowIfNull(regulation, nameof(answers));
            ArgumentNullException.ThrowIfNull(verdict, nameof(answers));
            PositionChangeAssessment a = verdict.Outcome;
            json.WriteStartObject();
            json.WriteString("id", question.Cadre.Id.Value);
            if (question.Cadre.Name is { } name)
            {
                json.WriteString("name", name);
            }

            json.WriteString("post", question.Post.Title);
            json.WriteString("sector", question.Sector);
            json.WriteString("asOf", Date(question.AsOf));
            json.WriteString("regulation", regulation.Id.Value);
            json.WriteString("status", Camel(a.Status.ToString()));
            json.WriteNumber("periodMonths", a.PeriodMonths);
            json.WriteNumber("monthsInPost", a.MonthsInPost);
            json.WriteString("dueOn", Date(a.DueOn));
            if (a.DeferredUntil is { } until)
            {
                json.WriteString("deferredUntil", Date(until));
            }

            json.WriteNumber("monthsToRetirement", a.MonthsToRetirement);
            json.WriteString("exemptFrom", Date(a.ExemptFrom));
            json.WriteStartArray("reasons");
            foreach (Finding reason in PositionChangeRegulation.DecidingFindings(verdict.Explanation))
            {
                WriteFinding(json, reason, render);
            }

            json.WriteEndArray();
            if (explain)
            {
                json.WritePropertyName("explanation");
                WriteExplanation(json, verdict.Explanation, language);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes the answers of a title standards check (<c>standards --format json</c>): per person the id, name,
    /// title, level, date, planning group, training plan, regulation, outcome, the requirements not met, and the finding.</summary>
    /// <param name="json">The writer.</param>
    /// <param name="answers">Each case, the regulation applied and its verdict, in the document's order.</param>
    /// <param name="language">The language of the texts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="answers"/> is null, or an
    /// answer holds a null.</exception>
    public static void WriteTitleStandards(Utf8JsonWriter json, IEnumerable<(TitleStandardsCase Case, TitleStandardsRegulation Regulation, Verdict<StandardsOutcome> Verdict)> answers, Language language)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(answers);
        var render = new FindingRenderer(language);
        json.WriteStartObject();
        json.WriteStartArray("subjects");
        foreach ((TitleStandardsCase c, TitleStandardsRegulation regulation, Verdict<StandardsOutcome> verdict) in answers)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(answers));
            ArgumentNullException.ThrowIfNull(regulation, nameof(answers));
            ArgumentNullException.ThrowIfNull(verdict, nameof(answers));
            json.WriteStartObject();
            json.WriteString("id", c.Cadre.Id.Value);
            if (c.Cadre.Name is { } name)
            {
                json.WriteString("name", name);
            }

            json.WriteString("title", c.Title);
            json.WriteString("level", Camel(c.Level.ToString()));
            json.WriteBoolean("managedCentrally", c.ManagedCentrally);
            json.WriteString("assessedOn", LocalDatePattern.Iso.Format(c.AssessedOn));
            json.WriteString("planningGroup", Camel(c.PlanningGroup.ToString()));
            json.WriteBoolean("trainingPlan", c.HasTrainingPlan);
            json.WriteString("regulation", regulation.Id.Value);
            json.WriteString("outcome", Camel(verdict.Outcome.ToString()));
            json.WriteStartArray("notMet");
            foreach (Finding requirement in verdict.Explanation.Children.Where(f => f.Status == FindingStatus.NotSatisfied))
            {
                json.WriteStringValue(requirement.Code.Value);
            }

            json.WriteEndArray();
            json.WritePropertyName("finding");
            WriteFinding(json, verdict.Explanation, render);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes a programme of movements assessed (<c>docs/schemas/cli/movements.schema.json</c>): each movement's
    /// batch, kind, person, dates, levels and direction, outcome (<c>eligible</c>, <c>notEligible</c>,
    /// <c>undetermined</c>), deciding regulation, allowance and secondment dates, evaluation years and the conditions not
    /// met; then the total and the counts by kind, direction, levels, batch and outcome.</summary>
    /// <param name="json">The writer.</param>
    /// <param name="report">The assessed programme (<see cref="MovementProgramme.Assess"/>).</param>
    /// <param name="language">The language of the texts.</param>
    /// <param name="explain">Whether to write each movement's <c>explanation</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="report"/> is null.</exception>
    public static void WriteMovements(Utf8JsonWriter json, MovementProgrammeReport report, Language language, bool explain = false)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(report);
        var render = new FindingRenderer(language);
        json.WriteStartObject();
        json.WriteStartArray("movements");
        foreach (MovementAnswer a in report.Answers)
        {
            ProgrammeMovement m = a.Movement;
            json.WriteStartObject();
            json.WriteString("batch", m.Batch);
            json.WriteString("kind", Camel(m.Kind.ToString()));
            json.WriteString("id", m.Cadre.Id.Value);
            if (m.Cadre.Name is { } name)
            {
                json.WriteString("name", name);
            }

            json.WriteString("start", Date(m.Start));
            if (m.PlannedEnd is { } end)
            {
                json.WriteString("plannedEnd", Date(end));
            }

            json.WriteString("fromLevel", Camel(m.Levels.From.ToString()));
            json.WriteString("toLevel", Camel(m.Levels.To.ToString()));
            json.WriteString("direction", Camel(m.Direction.ToString()));
            json.WriteString("outcome", Camel(a.Outcome.ToString()));
            if (a.Regulation is { } regulation)
            {
                json.WriteString("regulation", regulation.Id.Value);
            }

            if (a.AllowanceKeptUntil is { } until)
            {
                json.WriteString("allowanceKeptUntil", Date(until));
            }

            if (a.LatestEnd is { } latest)
            {
                json.WriteString("latestEnd", Date(latest));
            }

            if (!a.EvaluationYears.IsEmpty)
            {
                json.WriteStartArray("evaluationYears");
                foreach (RotationEvaluationYear year in a.EvaluationYears)
                {
                    json.WriteStartObject();
                    json.WriteNumber("year", year.Year);
                    json.WriteNumber("days", year.DaysAtDestination);
                    json.WriteBoolean("wholeYear", year.IsWholeYear);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteStartArray("reasons");
            if (a.Explanation is { } explanation)
            {
                foreach (Finding reason in RequestAnswer.NotMet(explanation))
                {
                    WriteFinding(json, reason, render);
                }
            }

            json.WriteEndArray();
            if (explain && a.Explanation is { } tree)
            {
                json.WritePropertyName("explanation");
                WriteExplanation(json, tree, language);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("total", report.Total);
        Counts(json, "byKind", report.ByKind.Select(p => (Camel(p.Key.ToString()), p.Value)));
        Counts(json, "byDirection", report.ByDirection.Select(p => (Camel(p.Key.ToString()), p.Value)));
        Counts(json, "byLevels", report.ByLevels.Select(p => (Camel(p.Key.From.ToString()) + "->" + Camel(p.Key.To.ToString()), p.Value)));
        Counts(json, "byBatch", report.ByBatch.Select(p => (p.Key, p.Value)));
        Counts(json, "byOutcome", report.ByOutcome.Select(p => (Camel(p.Key.ToString()), p.Value)));
        json.WriteEndObject();
    }

    private static void Counts(Utf8JsonWriter json, string name, IEnumerable<(string Key, int Count)> counts)
    {
        json.WriteStartArray(name);
        foreach ((string key, int count) in counts)
        {
            json.WriteStartObject();
            json.WriteString("key", key);
            json.WriteNumber("count", count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Writes evaluation results across years (<c>docs/schemas/cli/history.schema.json</c>): the denominator
    /// named, each year's counts and each level's exact share over the denominator, then the period's shares by both
    /// aggregations, each named (<c>pooledCounts</c>, <c>meanOfYearlyShares</c>).</summary>
    /// <param name="json">The writer.</param>
    /// <param name="shares">The measured shares (<see cref="CadreRules.History.HistoryShares.Measure"/>).</param>
    /// <param name="language">The language of the percentages.</param>
    /// <param name="document">The document read, when it asks about the person's consequences: they are written under
    /// <c>consequences</c> (the date asked, the kind of subject, and each answer with its kind, status, deciding years,
    /// months and cited finding), answered from the records the years came from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="shares"/> is null.</exception>
    public static void WriteHistory(Utf8JsonWriter json, CadreRules.History.HistoryShares shares, Language language, EvaluationHistoryDocument? document = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(shares);
        json.WriteStartObject();
        json.WriteString("denominator", Camel(shares.Denominator.ToString()));
        json.WriteStartArray("years");
        foreach (CadreRules.History.YearShares year in shares.Years)
        {
            json.WriteStartObject();
            json.WriteNumber("year", year.Counts.Year);
            json.WriteNumber("excellent", year.Counts.Excellent);
            json.WriteNumber("good", year.Counts.Good);
            json.WriteNumber("complete", year.Counts.Complete);
            json.WriteNumber("notComplete", year.Counts.NotComplete);
            json.WriteNumber("notRated", year.Counts.NotRated);
            json.WriteNumber("denominatorCount", year.Denominator);
            json.WriteStartArray("shares");
            foreach (CadreRules.History.LevelShare share in year.Shares)
            {
                HistoryShare(json, share.Level, share.Count, share.Denominator, share.Share, language);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("period");
        json.WriteNumber("firstYear", shares.Years[0].Counts.Year);
        json.WriteNumber("lastYear", shares.Years[^1].Counts.Year);
        json.WriteStartArray("pooledCounts");
        foreach (CadreRules.History.PeriodShare p in shares.Period)
        {
            HistoryShare(json, p.Level, p.Pooled.Count, p.Pooled.Denominator, p.Pooled.Share, language);
        }

        json.WriteEndArray();
        json.WriteStartArray("meanOfYearlyShares");
        foreach (CadreRules.History.PeriodShare p in shares.Period)
        {
            json.WriteStartObject();
            json.WriteString("level", Camel(p.Level.ToString()));
            json.WriteNumber("years", p.YearsInMean);
            if (p.MeanOfYearlyShares is { } mean)
            {
                json.WriteString("fraction", mean.ToString());
                json.WriteString("percent", mean.FormatPercent(language));
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        if (document?.Question is { } question)
        {
            var render = new FindingRenderer(language);
            json.WriteStartObject("consequences");
            json.WriteString("asOf", Date(question.AsOf));
            json.WriteString("subjectKind", Camel(question.Subject.ToString()));
            json.WriteString("track", "state");
            json.WriteStartArray("answers");
            foreach (CadreRules.Evaluation.Consequence consequence in document.Consequences())
            {
                json.WriteStartObject();
                json.WriteString("kind", Camel(consequence.Kind.ToString()));
                json.WriteString("status", Camel(consequence.Status.ToString()));
                json.WriteStartArray("decidingYears");
                foreach (int year in consequence.DecidingYears)
                {
                    json.WriteNumberValue(year);
                }

                json.WriteEndArray();
                json.WriteNumber("months", consequence.Months);
                json.WritePropertyName("finding");
                WriteFinding(json, consequence.Explain(), render);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void HistoryShare(Utf8JsonWriter json, EvaluationLevel level, long count, long over, Share? share, Language language)
    {
        json.WriteStartObject();
        json.WriteString("level", Camel(level.ToString()));
        json.WriteNumber("count", count);
        json.WriteNumber("denominatorCount", over);
        if (share is { } s)
        {
            WriteShare(json, "share", s);
            json.WriteString("percent", s.FormatPercent(language));
        }

        json.WriteEndObject();
    }

    /// <summary>Writes committee candidacies' answers (<c>docs/schemas/cli/committee.schema.json</c>): each candidate's
    /// committee level, re-election, age month, regulation, eligibility, months left and the months required, and the
    /// finding.</summary>
    /// <param name="json">The writer.</param>
    /// <param name="answers">Each candidacy, the regulation applied and its verdict, in the document's order.</param>
    /// <param name="language">The language of the texts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="answers"/> is null, or an
    /// answer holds a null.</exception>
    public static void WriteCommitteeCandidacies(Utf8JsonWriter json, IEnumerable<(CommitteeCandidacy Candidacy, CommitteeMembershipRegulation Regulation, Verdict<AppointmentOutcome> Verdict)> answers, Language language)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(answers);
        var render = new FindingRenderer(language);
        json.WriteStartObject();
        json.WriteStartArray("candidacies");
        foreach ((CommitteeCandidacy c, CommitteeMembershipRegulation regulation, Verdict<AppointmentOutcome> verdict) in answers)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(answers));
            ArgumentNullException.ThrowIfNull(regulation, nameof(answers));
            ArgumentNullException.ThrowIfNull(verdict, nameof(answers));
            json.WriteStartObject();
            json.WriteString("id", c.Cadre.Id.Value);
            if (c.Cadre.Name is { } name)
            {
                json.WriteString("name", name);
            }

            json.WriteString("level", Camel(c.Level.ToString()));
            json.WriteBoolean("reElection", c.IsReElection);
            json.WriteBoolean("provincialDeputySecretary", c.IsProvincialDeputySecretary);
            json.WriteString("ageMonth", Month(c.AgeMonth));
            json.WriteString("regulation", regulation.Id.Value);
            json.WriteBoolean("eligible", verdict.Outcome == AppointmentOutcome.Eligible);
            json.WriteNumber("monthsLeft", c.MonthsLeft);
            json.WriteNumber("minMonths", verdict.Explanation.Values.Where(v => v.Name == "minMonths").Select(v => v.Value).OfType<long>().FirstOrDefault());
            json.WritePropertyName("finding");
            WriteFinding(json, verdict.Explanation, render);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes a body's structure against its targets (<c>docs/schemas/cli/composition.schema.json</c>): women,
    /// young members and ethnic minorities, each counted, as an exact share and a percentage, against its target, and the
    /// findings.</summary>
    /// <param name="json">The writer.</param>
    /// <param name="body">The body and its targets.</param>
    /// <param name="composition">The body measured (<see cref="BodyMembership.Measure"/>).</param>
    /// <param name="language">The language of the texts.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteComposition(Utf8JsonWriter json, BodyMembership body, BodyComposition composition, Language language) =>
        WriteComposition(json, body, composition, null, language);

    /// <summary>Writes a body's structure (<c>docs/schemas/cli/composition.schema.json</c>) and, when a directive is
    /// given, its structure targets under <c>directive</c>: the regulation, whether every target is met, the rounding,
    /// and per target the count, the members, the exact share, the target, the people required, met and the shortfall in
    /// people.</summary>
    /// <param name="json">The writer.</param>
    /// <param name="body">The body.</param>
    /// <param name="composition">Its structure (<see cref="BodyMembership.Measure"/>).</param>
    /// <param name="directive">The directive in force on the body's date, or <see langword="null"/>.</param>
    /// <param name="language">The language of the texts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="json"/>, <paramref name="body"/> or <paramref name="composition"/> is null.</exception>
    public static void WriteComposition(Utf8JsonWriter json, BodyMembership body, BodyComposition composition, StructureTargetsRegulation? directive, Language language)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(composition);
        var render = new FindingRenderer(language);
        json.WriteStartObject();
        if (body.Name is { } name)
        {
            json.WriteString("name", name);
        }

        json.WriteString("asOf", Date(body.AsOf));
        json.WriteNumber("youngAge", composition.YoungAgeLimit);
        json.WriteNumber("total", composition.Total);
        Measure(json, "women", composition.Women, body.Targets.Women, language, body.Previous?.WomenChange(composition));
        Measure(json, "young", composition.Young, body.Targets.Young, language, body.Previous?.YoungChange(composition));
        Measure(json, "ethnicMinority", composition.EthnicMinority, body.Targets.EthnicMinority, language, body.Previous?.EthnicMinorityChange(composition));
        if (body.Previous?.Name is { } previousName)
        {
            json.WriteString("previousTerm", previousName);
        }

        string members = MembersText(composition.Total, language);
        json.WriteString("denominator", members);
        if (body.FirstTimeMembers is { } firstTime && body.ReElectedMembers is { } reElected)
        {
            CountShare(json, "firstTime", firstTime, members, language);
            CountShare(json, "reElected", reElected, members, language);
        }

        WriteQualifications(json, body.MeasureQualifications(), members, language);
        json.WriteStartArray("findings");
        foreach (Finding finding in body.Targets.Check(composition))
        {
            WriteFinding(json, finding, render);
        }

        json.WriteEndArray();
        if (directive is not null)
        {
            Verdict<bool?> verdict = directive.Check(body);
            BodyComposition measured = BodyComposition.Of(body.Members, directive.YoungCountedOn(body), directive.YoungAgeBelow);
            json.WriteStartObject("directive");
            json.WriteString("regulation", directive.Id.Value);
            json.WriteString("outcome", DirectiveStatus(verdict.Explanation));
            json.WriteString("rounding", directive.Rounding == TargetRounding.Exact ? "exact" : "nearestPerson");
            json.WriteNumber("youngAge", directive.YoungAgeBelow);
            json.WriteString("youngCountedOn", Date(directive.YoungCountedOn(body)));
            json.WriteString("youngMeasuredOn", Camel(directive.YoungMeasuredOn.ToString()));
            if (body.TermReferenceMonth is { } referenceMonth)
            {
                json.WriteString("termReferenceMonth", Month(referenceMonth));
            }

            if (directive.Women is { } women)
            {
                DirectiveMeasure(json, "women", measured.Women, women, directive.Rounding, language);
            }

            DirectiveMeasure(json, "young", measured.Young, directive.Young, directive.Rounding, language);
            foreach ((string member, string code) in new[] { ("standingCommitteeWomen", "Structure.StandingCommitteeWomen"), ("renewal", "Structure.Renewal") })
            {
                if (verdict.Explanation.Children.FirstOrDefault(c => c.Code.Value == code) is { } f)
                {
                    json.WriteStartObject(member);
                    json.WriteString("status", DirectiveStatus(f));
                    foreach (string key in new[] { "count", "total", "required", "shortfall" })
                    {
                        if (f.Values.FirstOrDefault(v => v.Name == key) is { Value: IConvertible n })
                        {
                            json.WriteNumber(key, Convert.ToInt64(n, System.Globalization.CultureInfo.InvariantCulture));
                        }
                    }

                    json.WriteEndObject();
                }
            }

            if (verdict.Explanation.Children.FirstOrDefault(c => c.Code.Value == "Structure.AgeBands") is { } bands)
            {
                json.WriteStartObject("ageBands");
                json.WriteString("status", AgeBandsStatus(bands));
                foreach (string key in new[] { "youngestBelow", "oldestFrom", "youngest", "middle", "oldest" })
                {
                    if (bands.Values.FirstOrDefault(v => v.Name == key) is { Value: IConvertible n })
                    {
                        json.WriteNumber(key, Convert.ToInt64(n, System.Globalization.CultureInfo.InvariantCulture));
                    }
                }

                json.WriteEndObject();
            }

            json.WriteStartArray("findings");
            WriteFinding(json, verdict.Explanation, render);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>Writes the statistics of a roster (<c>docs/schemas/cli/statistics.schema.json</c>): the women, young and
    /// ethnic-minority cadres and the education and political theory levels, each counted and as an exact share of
    /// every cadre on the roster, the denominator named in <paramref name="language"/>.</summary>
    /// <param name="json">The writer.</param>
    /// <param name="roster">The roster (its organisation is written when it has one).</param>
    /// <param name="composition">The roster's structure (<see cref="BodyComposition.Of"/> of its cadres).</param>
    /// <param name="qualifications">Its qualifications (<see cref="QualificationShares.Of"/> of its cadres).</param>
    /// <param name="language">The language of the texts.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteStatistics(Utf8JsonWriter json, Roster roster, BodyComposition composition, QualificationShares qualifications, Language language)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(composition);
        ArgumentNullException.ThrowIfNull(qualifications);
        string cadres = RosterText(composition.Total, language);
        json.WriteStartObject();
        if (roster.Organisation is { } organisation)
        {
            json.WriteString("organisation", organisation);
        }

        json.WriteString("asOf", Date(composition.AsOf));
        json.WriteNumber("youngAge", composition.YoungAgeLimit);
        json.WriteNumber("total", composition.Total);
        json.WriteString("denominator", cadres);
        CountShare(json, "women", composition.Women, cadres, language);
        CountShare(json, "young", composition.Young, cadres, language);
        CountShare(json, "ethnicMinority", composition.EthnicMinority, cadres, language);
        WriteQualifications(json, qualifications, cadres, language);
        json.WriteEndObject();
    }

    /// <summary>"41 thành viên" / "41 members": the denominator of a body's shares.</summary>
    internal static string MembersText(int total, Language language) =>
        total.ToString(System.Globalization.CultureInfo.InvariantCulture) + (language == Language.Vietnamese ? " thành viên" : " members");

    /// <summary>"147 cán bộ trong danh sách" / "147 cadres on the roster": the denominator of a roster's shares.</summary>
    internal static string RosterText(int total, Language language) =>
        total.ToString(System.Globalization.CultureInfo.InvariantCulture) + (language == Language.Vietnamese ? " cán bộ trong danh sách" : " cadres on the roster");

    private static void WriteQualifications(Utf8JsonWriter json, QualificationShares shares, string denominator, Language language)
    {
        json.WriteStartObject("qualifications");
        json.WriteString("denominator", denominator);
        CountShare(json, "universityOrHigher", shares.UniversityOrHigher, denominator, language);
        CountShare(json, "politicalTheoryAdvanced", shares.PoliticalTheoryAdvanced, denominator, language);
        CountShare(json, "politicalTheoryIntermediateOrHigher", shares.PoliticalTheoryIntermediateOrHigher, denominator, language);
        json.WriteNumber("educationUnrecorded", shares.EducationUnrecorded);
        json.WriteNumber("politicalTheoryUnrecorded", shares.PoliticalTheoryUnrecorded);
        json.WriteEndObject();
    }

    private static void CountShare(Utf8JsonWriter json, string name, CompositionShare share, string denominator, Language language)
    {
        json.WriteStartObject(name);
        json.WriteNumber("count", share.Count);
        json.WriteNumber("total", share.Total);
        if (share.Share is { } exact)
        {
            WriteShare(json, "share", exact);
        }

        json.WriteString("percent", share.Format(language));
        json.WriteString("denominator", denominator);
        json.WriteEndObject();
    }

    /// <summary>The three age bands: <c>met</c>, <c>notMet</c>, or <c>notSet</c> when the directive's band limits are not set.</summary>
    internal static string AgeBandsStatus(Finding finding) => finding.Status switch
    {
        FindingStatus.Satisfied => "met",
        FindingStatus.NotSatisfied => "notMet",
        _ => "notSet",
    };

    /// <summary><c>met</c>, <c>notMet</c>, <c>undetermined</c> (not applicable, not determined) or <c>exempt</c>.</summary>
    internal static string DirectiveStatus(Finding finding) => finding.Status switch
    {
        FindingStatus.Satisfied => "met",
        FindingStatus.NotSatisfied => "notMet",
        _ => finding.Values.Any(v => v.Name == "determined" && v.Value is false) || finding.Children.Any(c => DirectiveStatus(c) == "undetermined") ? "undetermined" : "exempt",
    };

    private static void DirectiveMeasure(Utf8JsonWriter json, string name, CompositionShare share, Share target, TargetRounding rounding, Language language)
    {
        TargetMeasure measure = TargetMeasure.Of(share, target, rounding);
        json.WriteStartObject(name);
        json.WriteNumber("count", share.Count);
        json.WriteNumber("total", share.Total);
        if (share.Share is { } exact)
        {
            WriteShare(json, "share", exact);
        }

        json.WriteString("percent", share.Format(language));
        WriteShare(json, "target", target);
        json.WriteString("targetPercent", target.FormatPercent(language));
        json.WriteNumber("required", measure.Required);
        json.WriteBoolean("meetsTarget", measure.Met);
        json.WriteNumber("shortfall", measure.Shortfall);
        json.WriteEndObject();
    }

    /// <summary>Writes the impact of a rule change on an evaluation round (<c>docs/schemas/cli/diff.schema.json</c>, the
    /// evaluation form): the people whose level changes with the rule codes that differ, the transitions, the units with
    /// changes, the rule codes applied differently and the counts before and after. Its labels (HTXS, HTT, HTNV, KHT,
    /// <c>not rated</c>, <c>undetermined</c>) are the same in every language.</summary>
    /// <param name="json">The writer.</param>
    /// <param name="before">The round before the change.</param>
    /// <param name="after">The round after the change.</param>
    /// <param name="impact">The comparison of the two (<see cref="EvaluationImpact.Compare(EvaluationRoundResult, EvaluationRoundResult)"/>).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteEvaluationImpact(Utf8JsonWriter json, EvaluationRoundResult before, EvaluationRoundResult after, RuleChangeImpact<EvaluationOutcome> impact)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(impact);
        json.WriteStartObject();
        json.WriteNumber("total", impact.Total);
        json.WriteStartArray("changed");
        foreach (ImpactChange<EvaluationOutcome> c in impact.Changes.Where(c => c.OutcomeChanged))
        {
            json.WriteStartObject();
            json.WriteString("id", c.Id.Value);
            json.WriteString("unit", c.Group);
            json.WriteString("before", EvaluationLabel(c.Before));
            json.WriteString("beforeRegulation", c.BeforeRegulation.Value);
            json.WriteString("after", EvaluationLabel(c.After));
            json.WriteString("afterRegulation", c.AfterRegulation.Value);
            WriteCodes(json, "removedCodes", c.Removed);
            WriteCodes(json, "addedCodes", c.Added);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("transitions");
        foreach (ImpactTransition<EvaluationOutcome> t in impact.Transitions)
        {
            json.WriteStartObject();
            json.WriteString("before", EvaluationLabel(t.Before));
            json.WriteString("after", EvaluationLabel(t.After));
            json.WriteNumber("count", t.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("units");
        foreach (ImpactGroup g in impact.Groups.Where(g => g.Changed > 0))
        {
            json.WriteStartObject();
            json.WriteString("unit", g.Group);
            json.WriteNumber("people", g.Subjects);
            json.WriteNumber("outcomesChanged", g.OutcomesChanged);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("ruleCodes");
        foreach (ImpactRuleCode code in impact.RuleCodes.Where(c => c.Before != c.After))
        {
            json.WriteStartObject();
            json.WriteString("code", code.Code.Value);
            json.WriteNumber("before", code.Before);
            json.WriteNumber("after", code.After);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        foreach ((string name, EvaluationRoundResult run) in new[] { ("countsBefore", before), ("countsAfter", after) })
        {
            json.WriteStartObject(name);
            EvaluationOutcomeCounts counts = run.CountsAfter;
            foreach (EvaluationOutcome outcome in EvaluationOutcomeCounts.Outcomes.Where(o => o <= EvaluationOutcome.NotComplete || counts[o] > 0))
            {
                json.WriteNumber(EvaluationLabel(outcome), counts[outcome]);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>Writes the ranking of commune titles under QĐ 368-QĐ/TW on a date (<c>docs/schemas/cli/titles.schema.json</c>):
    /// the regulation, its citation and the table's confidence, then per place each listed title with its rank; the list
    /// of places is empty before the ranking takes effect (<c>ranked</c> false).</summary>
    /// <param name="json">Where to write.</param>
    /// <param name="on">The date.</param>
    /// <param name="language">The language of the citation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static void WriteTitleRanking(Utf8JsonWriter json, LocalDate on, Language language)
    {
        ArgumentNullException.ThrowIfNull(json);
        bool ranked = on >= TitleRanking.EffectiveFrom;
        WriteTitleRankingHead(json, on, TitleRanking.Qd368.Whole(), ranked, language);
        json.WriteStartArray("tiers");
        foreach (ProvinceTier tier in ranked ? Enum.GetValues<ProvinceTier>() : [])
        {
            json.WriteStartObject();
            json.WriteString("tier", Camel(tier.ToString()));
            json.WriteStartArray("titles");
            foreach ((CommuneTitle title, int rank) in TitleRanking.Listed(tier))
            {
                json.WriteStartObject();
                json.WriteString("title", Camel(title.ToString()));
                json.WriteNumber("rank", rank);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes how one commune title compares with another under QĐ 368-QĐ/TW on a date
    /// (<c>docs/schemas/cli/titles.schema.json</c>): each title with its place and rank (null when not ranked), the
    /// comparison (higher, equivalent, lower, undetermined) and its reason, cited.</summary>
    /// <param name="json">Where to write.</param>
    /// <param name="title">The title compared.</param>
    /// <param name="other">The title it is compared with.</param>
    /// <param name="on">The date.</param>
    /// <param name="language">The language of the citation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static void WriteTitleComparison(Utf8JsonWriter json, RankedTitle title, RankedTitle other, LocalDate on, Language language)
    {
        ArgumentNullException.ThrowIfNull(json);
        TitleRankAnswer answer = TitleRanking.Compare(title, other, on);
        WriteTitleRankingHead(json, on, answer.Citation, on >= TitleRanking.EffectiveFrom, language);
        WriteRankedTitle(json, "title", title, answer.Rank);
        WriteRankedTitle(json, "other", other, answer.OtherRank);
        json.WriteString("comparison", Camel(answer.Comparison.ToString()));
        json.WriteString("reason", Camel(answer.Reason.ToString()));
        json.WriteEndObject();
    }

    private static void WriteTitleRankingHead(Utf8JsonWriter json, LocalDate on, Citation citation, bool ranked, Language language)
    {
        json.WriteStartObject();
        json.WriteString("on", Date(on));
        json.WriteString("regulation", TitleRanking.Qd368.Number);
        json.WriteString("citation", citation.Format(language));
        json.WriteString("confidence", Camel(TitleRanking.TableConfidence.ToString()));
        json.WriteBoolean("ranked", ranked);
    }

    private static void WriteRankedTitle(Utf8JsonWriter json, string name, RankedTitle title, int? rank)
    {
        json.WriteStartObject(name);
        json.WriteString("title", Camel(title.Title.ToString()));
        json.WriteString("tier", Camel(title.Tier.ToString()));
        if (rank is { } r)
        {
            json.WriteNumber("rank", r);
        }
        else
        {
            json.WriteNull("rank");
        }

        json.WriteEndObject();
    }

    /// <summary>Writes a finding as the result documents write a reason: <c>code</c>, <c>status</c> and
    /// <c>severity</c> (camelCase), <c>text</c> (its sentence for its status, from <paramref name="render"/>) and, when
    /// it cites one, the clause as <c>citation</c>.</summary>
    /// <param name="json">The writer.</param>
    /// <param name="finding">The finding.</param>
    /// <param name="render">The renderer of the language (and of the names the caller knows).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteFinding(Utf8JsonWriter json, Finding finding, FindingRenderer render)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(render);
        json.WriteStartObject();
        json.WriteString("code", finding.Code.Value);
        json.WriteString("status", Camel(finding.Status.ToString()));
        json.WriteString("severity", Camel(finding.Severity.ToString()));
        json.WriteString("text", render.Text(finding));
        if (finding.Citation is { } citation)
        {
            json.WriteString("citation", citation.Format(render.Language));
        }

        json.WriteEndObject();
    }

    /// <summary>Writes a whole explanation tree, the <c>explanation</c> of the results written with <c>explain</c>: each
    /// finding as <see cref="WriteFinding"/> writes it (with <c>"role": "ground"</c> on a ground, <see cref="FindingRole.Ground"/>),
    /// then its <c>values</c> (<c>{name, value}</c> pairs, each value
    /// formatted in the language, a sector, discipline form, post comparison or level as its word; a name may repeat)
    /// and its <c>children</c>, each left out when empty.</summary>
    /// <param name="json">The writer.</param>
    /// <param name="explanation">The explanation's root.</param>
    /// <param name="language">The language of the texts.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteExplanation(Utf8JsonWriter json, Finding explanation, Language language)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(explanation);
        WriteTree(json, explanation, new FindingRenderer(language));
    }

    private static void WriteTree(Utf8JsonWriter json, Finding finding, FindingRenderer render)
    {
        Language language = render.Language;
        json.WriteStartObject();
        json.WriteString("code", finding.Code.Value);
        json.WriteString("status", Camel(finding.Status.ToString()));
        json.WriteString("severity", Camel(finding.Severity.ToString()));
        if (finding.Role == FindingRole.Ground)
        {
            json.WriteString("role", "ground");
        }

        json.WriteString("text", render.Text(finding));
        if (finding.Citation is { } citation)
        {
            json.WriteString("citation", citation.Format(language));
        }

        if (!finding.Values.IsEmpty)
        {
            json.WriteStartArray("values");
            foreach (FactValue value in finding.Values)
            {
                json.WriteStartObject();
                json.WriteString("name", value.Name);
                json.WriteString("value", ResultWords.Translate(value, language).Format(language));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (!finding.Children.IsEmpty)
        {
            json.WriteStartArray("children");
            foreach (Finding child in finding.Children)
            {
                WriteTree(json, child, render);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>Gets a renderer that writes cadres and titles with the names a planning list gives them: "Nguyễn Văn A
    /// (MKT-001)"; the plain renderer of the language without a list.</summary>
    internal static FindingRenderer PlanningRenderer(Language language, PlanningList? list)
    {
        if (list is null)
        {
            return new FindingRenderer(language);
        }

        var cadres = list.Candidates.ToDictionary(c => c.Id.Value, c => c.Cadre.Name, StringComparer.Ordinal);
        var titles = list.Titles.ToDictionary(t => t.Id, t => (string?)t.Name, StringComparer.Ordinal);
        return new FindingRenderer(language, names: (kind, id) => kind switch
        {
            "cadre" => cadres.GetValueOrDefault(id),
            "title" => titles.GetValueOrDefault(id),
            _ => null,
        });
    }

    /// <summary>An evaluation outcome's label in the impact: HTXS, HTT, HTNV, KHT, "not rated", "undetermined".</summary>
    private static string EvaluationLabel(EvaluationOutcome outcome) => outcome switch
    {
        EvaluationOutcome.NotRated => "not rated",
        EvaluationOutcome.Undetermined => "undetermined",
        _ => EvaluationRound.Label(outcome),
    };

    private static void Measure(Utf8JsonWriter json, string name, CompositionShare share, Share? target, Language language, TermChange? change)
    {
        json.WriteStartObject(name);
        json.WriteNumber("count", share.Count);
        json.WriteNumber("total", share.Total);
        if (share.Share is { } exact)
        {
            WriteShare(json, "share", exact);
        }

        json.WriteString("percent", share.Format(language));
        if (target is { } t)
        {
            WriteShare(json, "target", t);
            json.WriteString("targetPercent", t.FormatPercent(language));
            json.WriteBoolean("meetsTarget", share.Reaches(t));
            json.WriteNumber("shortfall", CompositionTargets.Shortfall(share, t));
        }

        if (change is { } c)
        {
            // The change from the previous term: in points (a fraction of one; × 100 for percentage points) and,
            // where the previous share is above zero, relative; each exact, with its printed text.
            json.WriteStartObject("change");
            json.WriteNumber("previousCount", c.Previous.Count);
            json.WriteNumber("previousTotal", c.Previous.Total);
            json.WriteString("previousPercent", c.Previous.Format(language));
            if (c.HasPoints)
            {
                json.WriteStartObject("points");
                json.WriteNumber("numerator", c.PointsNumerator);
                json.WriteNumber("denominator", c.PointsDenominator);
                json.WriteEndObject();
            }

            json.WriteString("pointsText", c.FormatPoints(language));
            if (c.HasRelative)
            {
                json.WriteStartObject("relative");
                json.WriteNumber("numerator", c.RelativeNumerator);
                json.WriteNumber("denominator", c.RelativeDenominator);
                json.WriteEndObject();
            }

            json.WriteString("relativeText", c.FormatRelative(language));
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>The list's entries (kept or removed), then the additions (added or refused), each by title then cadre.</summary>
    private static IEnumerable<ReviewRow> ReviewRows(PlanningReview review) =>
        review.Kept.Select(e => new ReviewRow(e, PlanningReviewOutcome.Kept, []))
            .Concat(review.Removed.Select(i => new ReviewRow(i.Entry, PlanningReviewOutcome.Removed, i.Reasons)))
            .OrderBy(r => r.Entry.TitleId, StringComparer.Ordinal).ThenBy(r => r.Entry.CadreId)
            .Concat(review.Added.Select(e => new ReviewRow(e, PlanningReviewOutcome.Added, []))
                .Concat(review.Refused.Select(i => new ReviewRow(i.Entry, PlanningReviewOutcome.Refused, i.Reasons)))
                .OrderBy(r => r.Entry.TitleId, StringComparer.Ordinal).ThenBy(r => r.Entry.CadreId));

    private static void WriteShare(Utf8JsonWriter json, string name, Share share)
    {
        json.WriteStartObject(name);
        json.WriteNumber("numerator", share.Numerator);
        json.WriteNumber("denominator", share.Denominator);
        json.WriteEndObject();
    }

    private static void WriteCodes(Utf8JsonWriter json, string name, ImmutableArray<RuleCode> codes)
    {
        json.WriteStartArray(name);
        foreach (RuleCode code in codes)
        {
            json.WriteStringValue(code.Value);
        }

        json.WriteEndArray();
    }

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Month(YearMonth month) => YearMonthPattern.Iso.Format(month);

    private sealed record ReviewRow(PlanningEntry Entry, PlanningReviewOutcome Outcome, ImmutableArray<Finding> Reasons);
}
