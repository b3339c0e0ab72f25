using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using CadreRules.Appointment;
using CadreRules.Composition;
using CadreRules.Documents;
using CadreRules.Evaluation;
using CadreRules.History;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rotation;
using CadreRules.Rules;
using CadreRules.Standards;
using CadreRules.Titles;
using CadreRules.Server.Http;
using CadreRules.Server.Results;
using NodaTime;

namespace CadreRules.Server;

/// <summary>Each document kind's work: read with <see cref="CadreDocuments"/>, ask the library, write the result in the
/// CLI's JSON form with <see cref="CadreResultJson"/>. No rule is decided here.</summary>
internal static class Families
{
    public static ReadOnlyMemory<byte> EvaluationRound(DocumentCall call, string? regulation)
    {
        EvaluationRound round = new(call.Catalog, RegulationChoice.Selector(call.Catalog, regulation, RegulationTopic.Evaluation, call.Language));
        using Stream input = call.OpenDocument();
        using EvaluationSheetReader reader = EvaluationSheetReader.Open(input, call.Limits);
        EvaluationRoundResult result = round.Run(reader.ReadPeople());
        using var output = new MemoryStream();
        EvaluationRoundWriter.Write(output, result, reader.Year, reader.Organisation, ResultFormat.Json, call.Language);
        return output.TryGetBuffer(out ArraySegment<byte> bytes) ? bytes : output.ToArray();
    }

    /// <summary>The impact of the province's variants on a round: the base catalogue before, the province's after.</summary>
    public static ReadOnlyMemory<byte> EvaluationImpact(DocumentCall call, RegulationCatalog baseCatalog)
    {
        if (call.Province is null)
        {
            bool vi = call.Language == Language.Vietnamese;
            throw RegulationChoice.Bad(
                ProvinceSelection.RouteValue,
                vi
                    ? $"so sánh cần một tỉnh: kết quả theo danh mục quốc gia và theo danh mục của tỉnh (/provinces/{{province}}/impact/evaluation-round hoặc tiêu đề {ProvinceSelection.Header})."
                    : $"an impact compares the national catalogue with a province's: name one (/provinces/{{province}}/impact/evaluation-round or the header {ProvinceSelection.Header}).",
                call.Language);
        }

        EvaluationRoundResult before = Run(new EvaluationRound(baseCatalog), call);
        EvaluationRoundResult after = Run(new EvaluationRound(call.Catalog), call);
        return ResultJson.Write(json => CadreResultJson.WriteEvaluationImpact(json, before, after, global::CadreRules.Evaluation.EvaluationImpact.Compare(before, after)));
    }

    public static ReadOnlyMemory<byte> PlanningList(DocumentCall call, string? regulation)
    {
        using Stream input = call.OpenDocument();
        PlanningList list = CadreDocuments.ReadPlanningList(input, call.Roster, call.Limits);
        var planning = Regulation<PlanningRegulation>(call, regulation, RegulationTopic.Planning, SubjectKind.Cadre, list.Date);
        PlanningReport report = planning.Validate(list, TitleStandardsRegulation.InForce(call.Catalog, list.Date));
        return ResultJson.Write(json => CadreResultJson.WritePlanningReport(json, report, call.Language, list));
    }

    public static ReadOnlyMemory<byte> PlanningReview(DocumentCall call, string? regulation)
    {
        using Stream input = call.OpenDocument();
        PlanningReviewInput review = CadreDocuments.ReadPlanningReview(input, call.Roster, call.Limits);
        var planning = Regulation<PlanningRegulation>(call, regulation, RegulationTopic.Planning, SubjectKind.Cadre, review.ReviewDate);
        PlanningReview answer = planning.Review(review, TitleStandardsRegulation.InForce(call.Catalog, review.ReviewDate));
        return ResultJson.Write(json => CadreResultJson.WritePlanningReview(json, review, answer, call.Language));
    }

    public static ReadOnlyMemory<byte> Rotation(DocumentCall call, string? regulation, string? explain)
    {
        bool explaining = Explaining(call, explain);
        using Stream input = call.OpenDocument();
        ImmutableArray<RotationCase> requests = CadreDocuments.ReadRotationRequests(input, call.Roster, call.Limits);
        var results = new List<RequestAnswer>(requests.Length);
        foreach (RotationCase request in requests)
        {
            var rotation = Regulation<RotationRegulation>(call, regulation, RegulationTopic.Rotation, SubjectKind.Cadre, request.Start);
            Verdict<RotationOutcome> verdict = rotation.Explain(request);
            results.Add(new RequestAnswer(request.Cadre, rotation.Reference, verdict.Outcome == RotationOutcome.Eligible, request.MonthsLeftAtStart, verdict.Explanation));
        }

        return ResultJson.Write(json => CadreResultJson.WriteRequests(json, results, call.Language, explaining));
    }

    public static ReadOnlyMemory<byte> Appointment(DocumentCall call, string? regulation, string? subject, string? explain)
    {
        bool explaining = Explaining(call, explain);
        SubjectKind kind = subject switch
        {
            null or "cadre" => SubjectKind.Cadre,
            "publicEmployee" => SubjectKind.PublicEmployee,
            _ => throw RegulationChoice.Bad("subject", call.Language == Language.Vietnamese ? $"'{subject}' không phải cadre hay publicEmployee." : $"'{subject}' is neither cadre nor publicEmployee.", call.Language),
        };
        using Stream input = call.OpenDocument();
        ImmutableArray<AppointmentCase> requests = CadreDocuments.ReadAppointmentRequests(input, call.Roster, call.Limits);
        var results = new List<RequestAnswer>(requests.Length);
        foreach (AppointmentCase request in requests)
        {
            if (RegulationChoice.Resolve(call.Catalog, regulation, RegulationTopic.Appointment, kind, request.DossierReceivedOn, call.Language) is not AppointmentRegulation appointment)
            {
                throw RegulationChoice.Bad(RegulationChoice.Parameter, call.Language == Language.Vietnamese ? "không phải văn bản về bổ nhiệm." : "not an appointment regulation.", call.Language);
            }

            Verdict<AppointmentAssessment> verdict = appointment.Explain(request);
            results.Add(new RequestAnswer(request.Cadre, appointment.Reference, verdict.Outcome.Outcome == AppointmentOutcome.Eligible, verdict.Outcome.MonthsLeft, verdict.Explanation));
        }

        return ResultJson.Write(json => CadreResultJson.WriteRequests(json, results, call.Language, explaining));
    }

    public static ReadOnlyMemory<byte> Retirement(DocumentCall call, string? asOf)
    {
        if (asOf is null || !InputValues.TryParseDate(asOf, out LocalDate date))
        {
            throw RegulationChoice.Bad("asOf", InputValues.Error("asOf", asOf, InputValues.DateForms, call.Language), call.Language);
        }

        using Stream input = call.OpenDocument();
        Roster roster = CadreDocuments.ReadRoster(input, call.Limits);
        return System.Text.Encoding.UTF8.GetBytes(CadreDocuments.WriteRetirementReport(roster.Cadres, date, call.Language) + "\n");
    }

    public static ReadOnlyMemory<byte> Composition(DocumentCall call)
    {
        using Stream input = call.OpenDocument();
        BodyMembership body = CadreDocuments.ReadBody(input, call.Roster, call.Limits);
        BodyComposition composition = body.Measure();
        return ResultJson.Write(json => CadreResultJson.WriteComposition(json, body, composition, call.Language));
    }

    public static ReadOnlyMemory<byte> Standards(DocumentCall call, string? regulation)
    {
        using Stream input = call.OpenDocument();
        ImmutableArray<TitleStandardsCase> cases = CadreDocuments.ReadTitleStandards(input, call.Roster, call.Limits);
        var judged = new List<(TitleStandardsCase, TitleStandardsRegulation, Verdict<StandardsOutcome>)>(cases.Length);
        foreach (TitleStandardsCase standardsCase in cases)
        {
            var standards = Regulation<TitleStandardsRegulation>(call, regulation, RegulationTopic.TitleStandards, SubjectKind.Cadre, standardsCase.AssessedOn);
            judged.Add((standardsCase, standards, standards.Explain(standardsCase)));
        }

        return ResultJson.Write(json => CadreResultJson.WriteTitleStandards(json, judged, call.Language));
    }

    public static ReadOnlyMemory<byte> Movements(DocumentCall call, string? explain)
    {
        bool explaining = Explaining(call, explain);
        using Stream input = call.OpenDocument();
        ImmutableArray<ProgrammeMovement> movements = CadreDocuments.ReadMovements(input, call.Roster, call.Limits);
        MovementProgrammeReport report = MovementProgramme.Assess(movements, call.Catalog);
        return ResultJson.Write(json => CadreResultJson.WriteMovements(json, report, call.Language, explaining));
    }

    public static ReadOnlyMemory<byte> History(DocumentCall call, string? denominator)
    {
        ShareDenominator over = denominator switch
        {
            null or "allRated" => ShareDenominator.AllRated,
            "goodOrBetter" => ShareDenominator.GoodOrBetter,
            _ => throw RegulationChoice.Bad("denominator", call.Language == Language.Vietnamese ? $"'{denominator}' không phải allRated hay goodOrBetter." : $"'{denominator}' is neither allRated nor goodOrBetter.", call.Language),
        };
        using Stream input = call.OpenDocument();
        EvaluationHistoryDocument document = CadreDocuments.ReadEvaluationHistoryDocument(input, call.Roster, call.Limits);
        HistoryShares shares = HistoryShares.Measure(document.Years, over);
        return ResultJson.Write(json => CadreResultJson.WriteHistory(json, shares, call.Language, document));
    }

    /// <summary>The QĐ 368 ranking of commune titles on a date, or (with both <paramref name="title"/> and
    /// <paramref name="other"/>) how one compares with the other: what <c>titles --format json</c> writes.</summary>
    public static ReadOnlyMemory<byte> Titles(Language language, string? on, string? title, string? tier, string? other, string? otherTier)
    {
        if (on is null || !InputValues.TryParseDate(on, out LocalDate date))
        {
            throw RegulationChoice.Bad("on", InputValues.Error("on", on, InputValues.DateForms, language), language);
        }

        if (title is null != other is null)
        {
            throw RegulationChoice.Bad(title is null ? "title" : "other", language == Language.Vietnamese ? "title và other phải đi cùng nhau." : "title and other go together.", language);
        }

        if (title is null)
        {
            return ResultJson.Write(json => CadreResultJson.WriteTitleRanking(json, date, language));
        }

        ProvinceTier place = Choice("tier", tier ?? "otherProvince", Enum.GetValues<ProvinceTier>(), language);
        var first = new RankedTitle(Choice("title", title, Enum.GetValues<CommuneTitle>(), language), place);
        var second = new RankedTitle(Choice("other", other!, Enum.GetValues<CommuneTitle>(), language), otherTier is null ? place : Choice("otherTier", otherTier, Enum.GetValues<ProvinceTier>(), language));
        return ResultJson.Write(json => CadreResultJson.WriteTitleComparison(json, first, second, date, language));
    }

    // A value named as the documents name it (camelCase), or a 400 naming the parameter and the values it takes.
    private static T Choice<T>(string parameter, string value, T[] values, Language language)
        where T : struct, Enum
    {
        foreach (T candidate in values)
        {
            if (string.Equals(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(candidate.ToString()), value, StringComparison.Ordinal))
            {
                return candidate;
            }
        }

        string choices = string.Join(", ", Array.ConvertAll(values, v => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(v.ToString())));
        throw RegulationChoice.Bad(parameter, language == Language.Vietnamese ? $"'{value}' không đọc được; cần một trong các giá trị {choices}." : $"'{value}' is not one of {choices}.", language);
    }

    public static ReadOnlyMemory<byte> Statistics(DocumentCall call, string? asOf, string? youngAge)
    {
        if (asOf is null || !InputValues.TryParseDate(asOf, out LocalDate date))
        {
            throw RegulationChoice.Bad("asOf", InputValues.Error("asOf", asOf, InputValues.DateForms, call.Language), call.Language);
        }

        if (youngAge is null || !int.TryParse(youngAge, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int age) || age is < 1 or > 100)
        {
            throw RegulationChoice.Bad("youngAge", InputValues.Error("youngAge", youngAge, new LocalizedText("một số nguyên từ 1 đến 100", "a whole number from 1 to 100"), call.Language), call.Language);
        }

        using Stream input = call.OpenDocument();
        Roster roster = CadreDocuments.ReadRoster(input, call.Limits);
        BodyComposition composition = BodyComposition.Of(roster.Cadres, date, age);
        QualificationShares qualifications = QualificationShares.Of(roster.Cadres, date);
        return ResultJson.Write(json => CadreResultJson.WriteStatistics(json, roster, composition, qualifications, call.Language));
    }

    public static ReadOnlyMemory<byte> NonLocal(DocumentCall call, string? regulation)
    {
        using Stream input = call.OpenDocument();
        KeyPostSurvey survey = CadreDocuments.ReadKeyPosts(input, call.Limits);
        var rotation = Regulation<RotationRegulation>(call, regulation, RegulationTopic.Rotation, SubjectKind.Cadre, survey.Date);
        NonLocalShareReport report = rotation.MeasureNonLocalShare(survey.Holders);
        return ResultJson.Write(json => CadreResultJson.WriteNonLocalShare(json, survey, rotation, report, call.Language));
    }

    public static ReadOnlyMemory<byte> PositionChange(DocumentCall call, string? regulation, string? subject, string? explain)
    {
        bool explaining = Explaining(call, explain);
        SubjectKind kind = subject switch
        {
            null or "civilServant" => SubjectKind.CivilServant,
            "publicEmployee" => SubjectKind.PublicEmployee,
            _ => throw RegulationChoice.Bad("subject", call.Language == Language.Vietnamese ? $"'{subject}' không phải civilServant hay publicEmployee." : $"'{subject}' is neither civilServant nor publicEmployee.", call.Language),
        };
        using Stream input = call.OpenDocument();
        ImmutableArray<PositionChangeCase> cases = CadreDocuments.ReadPositionChanges(input, call.Roster, call.Limits);
        var results = new List<(PositionChangeCase, PositionChangeRegulation, Verdict<PositionChangeAssessment>)>(cases.Length);
        foreach (PositionChangeCase question in cases)
        {
            var positionChange = Regulation<PositionChangeRegulation>(call, regulation, RegulationTopic.PositionChange, kind, question.AsOf);
            results.Add((question, positionChange, positionChange.Explain(question)));
        }

        return ResultJson.Write(json => CadreResultJson.WritePositionChanges(json, results, call.Language, explaining));
    }

    public static ReadOnlyMemory<byte> Committee(DocumentCall call, string? regulation)
    {
        using Stream input = call.OpenDocument();
        ImmutableArray<CommitteeCandidacy> candidacies = CadreDocuments.ReadCommitteeCandidacies(input, call.Roster, call.Limits);
        var results = new List<(CommitteeCandidacy, CommitteeMembershipRegulation, Verdict<AppointmentOutcome>)>(candidacies.Length);
        foreach (CommitteeCandidacy candidacy in candidacies)
        {
            if (RegulationChoice.Resolve(call.Catalog, regulation, RegulationTopic.Appointment, SubjectKind.PartyMember, CommitteeImpact.JudgedOn(candidacy), call.Language) is not CommitteeMembershipRegulation committee)
            {
                throw RegulationChoice.Bad(RegulationChoice.Parameter, call.Language == Language.Vietnamese ? "không phải văn bản về tuổi tham gia cấp ủy." : "not a committee membership regulation.", call.Language);
            }

            results.Add((candidacy, committee, committee.Explain(candidacy)));
        }

        return ResultJson.Write(json => CadreResultJson.WriteCommitteeCandidacies(json, results, call.Language));
    }

    /// <summary>The query's <c>explain</c>: <c>true</c> adds each answer's whole explanation tree (the CLI's
    /// <c>--explain</c>); absent or <c>false</c>, none.</summary>
    private static bool Explaining(DocumentCall call, string? explain) => explain switch
    {
        null or "false" => false,
        "true" => true,
        _ => throw RegulationChoice.Bad("explain", call.Language == Language.Vietnamese ? $"'{explain}' không phải true hay false." : $"'{explain}' is neither true nor false.", call.Language),
    };

    /// <summary>The regulation chosen, of the family's own kind (an id of another kind on the same topic is refused).</summary>
    private static T Regulation<T>(DocumentCall call, string? regulation, RegulationTopic topic, SubjectKind kind, LocalDate asOf)
        where T : Regulation =>
        RegulationChoice.Resolve(call.Catalog, regulation, topic, kind, asOf, call.Language) as T
            ?? throw RegulationChoice.Bad(RegulationChoice.Parameter, call.Language == Language.Vietnamese ? $"'{regulation}' không phải văn bản loại này." : $"'{regulation}' is not a regulation of this kind.", call.Language);

    private static EvaluationRoundResult Run(EvaluationRound round, DocumentCall call)
    {
        using Stream input = call.OpenDocument();
        using EvaluationSheetReader reader = EvaluationSheetReader.Open(input, call.Limits);
        return round.Run(reader.ReadPeople());
    }
}
