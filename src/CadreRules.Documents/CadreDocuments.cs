using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.Appointment;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rotation;
using CadreRules.Rules;
using CadreRules.Standards;
using NodaTime;
using CadreRules.Evaluation;

namespace CadreRules.Documents;

/// <summary>
/// Reads and writes the library's JSON documents: rosters of cadres, evaluation inputs for a year, planning lists and
/// their annual reviews, rotation and appointment requests, key posts (the non-local share), position changes,
/// committee candidacies, bodies (their structure against targets), local variants (parameter overrides), verdicts with
/// their explanations, the regulation catalogue listing and the retirement report.
/// </summary>
/// <remarks>
/// <para>
/// Every document is an object with <c>"schemaVersion": 1</c>. Names are camelCase, enums are camelCase strings
/// (<c>"male"</c>, <c>"notComplete"</c>), dates are ISO <c>yyyy-MM-dd</c>, months <c>yyyy-MM</c>, shares exact
/// fractions <c>{"numerator": 1, "denominator": 5}</c>. Unknown properties are rejected. The schemas are in
/// <c>docs/schemas/</c>.
/// </para>
/// <para>
/// Reading is all or nothing: the whole document is parsed and validated before any domain object is returned;
/// any problem throws a <see cref="DocumentException"/> whose message starts with the JSON path
/// (e.g. <c>$.cadres[3].birthDate</c>). Serialization uses a source-generated context (no reflection), so it is
/// trim and AOT safe. Written documents are indented with two spaces and <c>\n</c> line ends; output depends only
/// on the input. All members are thread-safe.
/// </para>
/// </remarks>
public static class CadreDocuments
{
    /// <summary>Gets the schema version this library writes and reads.</summary>
    public static int SchemaVersion => DocumentReader.SchemaVersion;

    /// <summary>Reads a roster document.</summary>
    /// <param name="json">The document text.</param>
    /// <returns>The roster.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DocumentException">The document is malformed or invalid; the message names the JSON path.</exception>
    public static Roster ReadRoster(string json) => RosterMapper.ToRoster(DocumentReader.Parse(json, CadreJsonContext.Default.RosterJson));

    /// <summary>Reads a roster document from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream; it is read to the end and not closed.</param>
    /// <returns>The roster.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="DocumentException">The document is malformed or invalid; the message names the JSON path.</exception>
    public static Roster ReadRoster(Stream utf8Json) => RosterMapper.ToRoster(DocumentReader.Parse(utf8Json, CadreJsonContext.Default.RosterJson));

    /// <summary>Reads a roster document from UTF-8 JSON, reading at most <see cref="DocumentLimits.MaxBytes"/> bytes.</summary>
    /// <param name="utf8Json">The stream; it is read to the end (or to the limit, or to the first invalid byte) and not closed.</param>
    /// <param name="limits">The limits; <see cref="DocumentLimits.Default"/> reads up to 1 GiB.</param>
    /// <returns>The roster.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="DocumentException">The document is larger than the limit, not UTF-8, malformed or invalid; the
    /// message names the JSON path, and <see cref="DocumentException.Errors"/> lists every cadre in error.</exception>
    public static Roster ReadRoster(Stream utf8Json, DocumentLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return RosterMapper.ToRoster(DocumentReader.Parse(utf8Json, CadreJsonContext.Default.RosterJson, limits));
    }

    /// <summary>Writes a roster document.</summary>
    /// <param name="roster">The roster.</param>
    /// <returns>The document text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roster"/> is null.</exception>
    public static string WriteRoster(Roster roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        return DocumentWriter.Write(RosterMapper.FromRoster(roster), CadreJsonContext.Default.RosterJson);
    }

    /// <summary>Reads a local variant document: the parameters it overrides are typed by its base regulation.</summary>
    /// <param name="json">The document text.</param>
    /// <param name="catalog">The catalogue holding the base regulation, e.g. <see cref="ShippedRegulations.Catalog"/>.</param>
    /// <returns>The variant, checked against the base regulation (known parameters, values of the right kind and range,
    /// a period when the base is in force).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="catalog"/> is null.</exception>
    /// <exception cref="DocumentException">The document is malformed or invalid, the base regulation is unknown or a
    /// parameter is unknown or of the wrong type; the message names the JSON path.</exception>
    public static LocalVariant ReadVariant(string json, RegulationCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return VariantMapper.ToVariant(DocumentReader.Parse(json, CadreJsonContext.Default.VariantJson), catalog);
    }

    /// <summary>Reads a local variant document from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream; it is read to the end and not closed.</param>
    /// <param name="catalog">The catalogue holding the base regulation, e.g. <see cref="ShippedRegulations.Catalog"/>.</param>
    /// <returns>The variant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="catalog"/> is null.</exception>
    /// <exception cref="DocumentException">The document is malformed or invalid; the message names the JSON path.</exception>
    public static LocalVariant ReadVariant(Stream utf8Json, RegulationCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return VariantMapper.ToVariant(DocumentReader.Parse(utf8Json, CadreJsonContext.Default.VariantJson), catalog);
    }

    /// <summary>Reads a local variant document from UTF-8 JSON, reading at most <see cref="DocumentLimits.MaxBytes"/> bytes.</summary>
    /// <param name="utf8Json">The stream; it is read to the end (or to the limit, or to the first invalid byte) and not closed.</param>
    /// <param name="catalog">The catalogue holding the base regulation, e.g. <see cref="ShippedRegulations.Catalog"/>.</param>
    /// <param name="limits">The limits; <see cref="DocumentLimits.Default"/> reads up to 1 GiB.</param>
    /// <returns>The variant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/>, <paramref name="catalog"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="DocumentException">The document is larger than the limit, not UTF-8, malformed or invalid; the
    /// message names the JSON path.</exception>
    public static LocalVariant ReadVariant(Stream utf8Json, RegulationCatalog catalog, DocumentLimits limits)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(limits);
        return VariantMapper.ToVariant(DocumentReader.Parse(utf8Json, CadreJsonContext.Default.VariantJson, limits), catalog);
    }

    /// <summary>Writes a local variant document.</summary>
    /// <param name="variant">The variant.</param>
    /// <returns>The document text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="variant"/> is null.</exception>
    public static string WriteVariant(LocalVariant variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        return DocumentWriter.Write(VariantMapper.FromVariant(variant), CadreJsonContext.Default.VariantJson);
    }

    /// <summary>Writes a verdict: its outcome, the regulation applied and the explanation tree, rendered in a language.</summary>
    /// <typeparam name="TOutcome">The type of the outcome.</typeparam>
    /// <param name="verdict">The verdict.</param>
    /// <param name="language">The language of the rendered texts (templates are written in both languages).</param>
    /// <param name="describeOutcome">Turns the outcome into the document's <c>outcome</c> string; <c>ToString()</c> when null.</param>
    /// <returns>The document text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="verdict"/> is null.</exception>
    public static string WriteVerdict<TOutcome>(Verdict<TOutcome> verdict, Language language, Func<TOutcome, string>? describeOutcome = null)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        Func<TOutcome, string> describe = describeOutcome ?? (o => o?.ToString() ?? string.Empty);
        return DocumentWriter.Write(VerdictMapper.FromVerdict(verdict, language, describe), CadreJsonContext.Default.VerdictJson);
    }

    /// <summary>Reads a verdict document back; the outcome is its string form.</summary>
    /// <param name="json">The document text.</param>
    /// <returns>The verdict, with the explanation tree rebuilt from the templates and values.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DocumentException">The document is malformed or invalid; the message names the JSON path.</exception>
    public static Verdict<string> ReadVerdict(string json) => VerdictMapper.ToVerdict(DocumentReader.Parse(json, CadreJsonContext.Default.VerdictJson));

    /// <summary>Writes the catalogue listing: each regulation's id, title, citation, topic, subject kinds and periods,
    /// its parameters (default, current value, whether overridden, confidence, range) and its rule codes.</summary>
    /// <param name="catalog">The catalogue.</param>
    /// <param name="language">The language of the citation texts.</param>
    /// <returns>The document text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static string WriteCatalog(RegulationCatalog catalog, Language language)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return DocumentWriter.Write(CatalogMapper.FromCatalog(catalog, language), CadreJsonContext.Default.CatalogJson);
    }

    /// <summary>Writes the retirement report: each cadre's retirement age, the month it is reached, the retirement
    /// date, the pension start and the whole months of service left at <paramref name="asOf"/> (negative once past;
    /// absent when <paramref name="asOf"/> is before the birth date), citing Decree 135/2020, Article 4.</summary>
    /// <param name="cadres">The cadres, in the order to report.</param>
    /// <param name="asOf">The date the months left are counted at.</param>
    /// <param name="language">The language of the texts.</param>
    /// <returns>The document text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cadres"/> is null.</exception>
    public static string WriteRetirementReport(IEnumerable<Cadre> cadres, LocalDate asOf, Language language)
    {
        ArgumentNullException.ThrowIfNull(cadres);
        return DocumentWriter.Write(RetirementMapper.FromCadres(cadres, asOf, language), CadreJsonContext.Default.RetirementReportJson);
    }
    /// <summary>Reads an evaluation document: one year's evaluation inputs, each person with the unit and peer group
    /// the quota is counted in.</summary>
    /// <param name="json">The document text.</param>
    /// <returns>The sheet.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DocumentException">The document is malformed or invalid; the message names the JSON path.</exception>
    public static EvaluationSheet ReadEvaluations(string json) =>
        EvaluationSheetMapper.ToSheet(DocumentReader.Parse(json, CadreJsonContext.Default.EvaluationSheetJson));

    /// <summary>Writes an evaluation document.</summary>
    /// <param name="sheet">The sheet.</param>
    /// <returns>The document text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sheet"/> is null.</exception>
    public static string WriteEvaluations(EvaluationSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return DocumentWriter.Write(EvaluationSheetMapper.FromSheet(sheet), CadreJsonContext.Default.EvaluationSheetJson);
    }

    /// <summary>Reads a planning list document. A candidate gives the cadre's facts (<c>cadre</c>) or the id of a cadre
    /// of <paramref name="roster"/> (<c>cadreRef</c>).</summary>
    /// <param name="json">The document text.</param>
    /// <param name="roster">The roster <c>cadreRef</c> refers to, or null.</param>
    /// <returns>The planning list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DocumentException">The document is malformed or invalid (an entry naming an unknown title or
    /// candidate, a reference to no cadre of the roster…); the message names the JSON path.</exception>
#pragma warning disable RS0027 // The Stream overload below has more parameters; the first parameter's type tells them apart.
    public static PlanningList ReadPlanningList(string json, Roster? roster = null) =>
        PlanningListMapper.ToList(DocumentReader.Parse(json, CadreJsonContext.Default.PlanningListJson), roster);
#pragma warning restore RS0027

    /// <summary>Reads a planning list document from UTF-8 JSON, reading at most <see cref="DocumentLimits.MaxBytes"/> bytes.</summary>
    /// <param name="utf8Json">The stream; it is read to the end (or to the limit, or to the first invalid byte) and not closed.</param>
    /// <param name="roster">The roster <c>cadreRef</c> refers to, or null.</param>
    /// <param name="limits">The limits; <see cref="DocumentLimits.Default"/> reads up to 1 GiB.</param>
    /// <returns>The planning list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="DocumentException">The document is larger than the limit, not UTF-8, malformed or invalid; the
    /// message names the JSON path, and <see cref="DocumentException.Errors"/> lists every title, candidate and entry in error.</exception>
    public static PlanningList ReadPlanningList(Stream utf8Json, Roster? roster, DocumentLimits limits) =>
        PlanningListMapper.ToList(DocumentReader.Parse(utf8Json, CadreJsonContext.Default.PlanningListJson, limits ?? throw new ArgumentNullException(nameof(limits))), roster);

    /// <summary>Writes a planning list document (candidates are written with their facts in full).</summary>
    /// <param name="list">The planning list.</param>
    /// <returns>The document text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="list"/> is null.</exception>
    public static string WritePlanningList(PlanningList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return DocumentWriter.Write(PlanningListMapper.FromList(list), CadreJsonContext.Default.PlanningListJson);
    }

    /// <summary>Reads a rotation (luân chuyển) requests document.</summary>
    /// <param name="json">The document text.</param>
    /// <param name="roster">The roster <c>cadreRef</c> refers to, or null.</param>
    /// <returns>The requests, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DocumentException">The document is malformed or invalid; the message names the JSON path.</exception>
#pragma warning disable RS0027 // The Stream overload below has more parameters; the first parameter's type tells them apart.
    public static ImmutableArray<RotationCase> ReadRotationRequests(string json, Roster? roster = null) =>
        RequestMapper.ToRotations(DocumentReader.Parse(json, CadreJsonContext.Default.RotationRequestsJson), roster);
#pragma warning restore RS0027

    /// <summary>Reads a rotation requests document from UTF-8 JSON, reading at most <see cref="DocumentLimits.MaxBytes"/> bytes.</summary>
    /// <param name="utf8Json">The stream; it is read to the end (or to the limit, or to the first invalid byte) and not closed.</param>
    /// <param name="roster">The roster <c>cadreRef</c> refers to, or null.</param>
    /// <param name="limits">The limits; <see cref="DocumentLimits.Default"/> reads up to 1 GiB.</param>
    /// <returns>The requests, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="DocumentException">The document is larger than the limit, not UTF-8, malformed or invalid; the
    /// message names the JSON path, and <see cref="DocumentException.Errors"/> lists every request in error.</exception>
    public static ImmutableArray<RotationCase> ReadRotationRequests(Stream utf8Json, Roster? roster, DocumentLimits limits) =>
        RequestMapper.ToRotations(DocumentReader.Parse(utf8Json, CadreJsonContext.Default.RotationRequestsJson, limits ?? throw new ArgumentNullException(nameof(limits))), roster);

    /// <summary>Writes a rotation requests document (cadres in full).</summary>
    /// <param name="requests">The requests.</param>
    /// <returns>The document text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="requests"/> is null.</exception>
    public static string WriteRotationRequests(IEnumerable<RotationCase> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        return DocumentWriter.Write(RequestMapper.FromRotations(requests), CadreJsonContext.Default.RotationRequestsJson);
    }

    /// <summary>Reads an appointment (bổ nhiệm) requests document.</summary>
    /// <param name="json">The document text.</param>
    /// <param name="roster">The roster <c>cadreRef</c> refers to, or null.</param>
    /// <returns>The requests, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DocumentException">The document is malformed or invalid; the message names the JSON path.</exception>
#pragma warning disable RS0027 // The Stream overload below has more parameters; the first parameter's type tells them apart.
    public static ImmutableArray<AppointmentCase> ReadAppointmentRequests(string json, Roster? roster = null) =>
        RequestMapper.ToAppointments(DocumentReader.Parse(json, CadreJsonContext.Default.AppointmentRequestsJson), roster);
#pragma warning restore RS0027

    /// <summary>Reads an appointment requests document from UTF-8 JSON, reading at most <see cref="DocumentLimits.MaxBytes"/> bytes.</summary>
    /// <param name="utf8Json">The stream; it is read to the end (or to the limit, or to the first invalid byte) and not closed.</param>
    /// <param name="roster">The roster <c>cadreRef</c> refers to, or null.</param>
    /// <param name="limits">The limits; <see cref="DocumentLimits.Default"/> reads up to 1 GiB.</param>
    /// <returns>The requests, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="DocumentException">The document is larger than the limit, not UTF-8, malformed or invalid; the
    /// message names the JSON path, and <see cref="DocumentException.Errors"/> lists every request in error.</exception>
    public static ImmutableArray<AppointmentCase> ReadAppointmentRequests(Stream utf8Json, Roster? roster, DocumentLimits limits) =>
        RequestMapper.ToAppointments(DocumentReader.Parse(utf8Json, CadreJsonContext.Default.AppointmentRequestsJson, limits ?? throw new ArgumentNullException(nameof(limits))), roster);

    /// <summary>Writes an appointment requests document (cadres in full).</summary>
    /// <param name="requests">The requests.</param>
    /// <returns>The document text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="requests"/> is null.</exception>
    public static string WriteAppointmentRequests(IEnumerable<AppointmentCase> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        return DocumentWriter.Write(RequestMapper.FromAppointments(requests), CadreJsonContext.Default.AppointmentRequestsJson);
    }
    /// <summary>Reads a planning review document (rà soát quy hoạch): last year's list (<c>plan</c>), the review date, this
    /// year's facts and the proposed additions. Candidates give the cadre's facts (<c>cadre</c>) or the id of a cadre of
    /// <paramref name="roster"/> (<c>cadreRef</c>).</summary>
    /// <param name="json">The document text.</param>
    /// <param name="roster">The roster <c>cadreRef</c> refers to, or null.</param>
    /// <returns>The review's input, for <see cref="PlanningRegulation.Review(PlanningReviewInput)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DocumentException">The document is malformed or invalid (a review date before the list's, two
    /// facts for one cadre, an addition naming an unknown title or candidate or planned already…); the message names the
    /// JSON path, and <see cref="DocumentException.Errors"/> lists every error.</exception>
#pragma warning disable RS0027 // The Stream overload below has more parameters; the first parameter's type tells them apart.
    public static PlanningReviewInput ReadPlanningReview(string json, Roster? roster = null) =>
        PlanningReviewMapper.ToInput(DocumentReader.Parse(json, CadreJsonContext.Default.PlanningReviewJson), roster);
#pragma warning restore RS0027

    /// <summary>Reads a planning review document from UTF-8 JSON, reading at most <see cref="DocumentLimits.MaxBytes"/> bytes.</summary>
    /// <param name="utf8Json">The stream; it is read to the end (or to the limit, or to the first invalid byte) and not closed.</param>
    /// <param name="roster">The roster <c>cadreRef</c> refers to, or null.</param>
    /// <param name="limits">The limits; <see cref="DocumentLimits.Default"/> reads up to 1 GiB.</param>
    /// <returns>The review's input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="DocumentException">The document is larger than the limit, not UTF-8, malformed or invalid; the
    /// message names the JSON path.</exception>
    public static PlanningReviewInput ReadPlanningReview(Stream utf8Json, Roster? roster, DocumentLimits limits) =>
        PlanningReviewMapper.ToInput(DocumentReader.Parse(utf8Json, CadreJsonContext.Default.PlanningReviewJson, limits ?? throw new ArgumentNullException(nameof(limits))), roster);

    /// <summary>Writes a planning review document (candidates with their facts in full).</summary>
    /// <param name="input">The review's input.</param>
    /// <returns>The document text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public static string WritePlanningReview(PlanningReviewInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return DocumentWriter.Write(PlanningReviewMapper.FromInput(input), CadreJsonContext.Default.PlanningReviewJson);
    }
    /// <summary>Reads a key-posts document (cán bộ chủ chốt cấp xã): the holders of the secretary and chair posts of a
    /// set of units on a date, with their ties to the unit's locality, for the non-local share
    /// (<see cref="RotationRegulation.MeasureNonLocalShare(IEnumerable{KeyPostHolder})"/>).</summary>
    /// <param name="json">The document text.</param>
    /// <returns>The survey.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DocumentException">The document is malformed or invalid (a post of a unit given twice, a
    /// negative number of years…); the message names the JSON path, and <see cref="DocumentException.Errors"/> lists
    /// every holder in error.</exception>
    public static KeyPostSurvey ReadKeyPosts(string json) => KeyPostsMapper.ToSurvey(DocumentReader.Parse(json, CadreJsonContext.Default.KeyPostsJson));

    /// <summary>Reads a key-posts document from UTF-8 JSON, reading at most <see cref="DocumentLimits.MaxBytes"/> bytes.</summary>
    /// <param name="utf8Json">The stream; it is read to the end (or to the limit, or to the first invalid byte) and not closed.</param>
    /// <param name="limits">The limits; <see cref="DocumentLimits.Default"/> reads up to 1 GiB.</param>
    /// <returns>The survey.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="DocumentException">The document is larger than the limit, not UTF-8, malformed or invalid; the
    /// message names the JSON path.</exception>
    public static KeyPostSurvey ReadKeyPosts(Stream utf8Json, DocumentLimits limits) =>
        KeyPostsMapper.ToSurvey(DocumentReader.Parse(utf8Json, CadreJsonContext.Default.KeyPostsJson, limits ?? throw new ArgumentNullException(nameof(limits))));

    /// <summary>Writes a key-posts document.</summary>
    /// <param name="survey">The survey.</param>
    /// <returns>The document text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="survey"/> is null.</exception>
    public static string WriteKeyPosts(KeyPostSurvey survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        return DocumentWriter.Write(KeyPostsMapper.FromSurvey(survey), CadreJsonContext.Default.KeyPostsJson);
    }
    /// <summary>Reads a position-changes document (định kỳ chuyển đổi vị trí công tác): the date asked and, for each
    /// person in a listed position, the cadre (<c>cadre</c>, or <c>cadreRef</c> into <paramref name="roster"/>), the post
    /// held on the date (named by its title when the cadre holds several), the sector and the stated deferral grounds.</summary>
    /// <param name="json">The document text.</param>
    /// <param name="roster">The roster <c>cadreRef</c> refers to, or null.</param>
    /// <returns>The questions, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DocumentException">The document is malformed or invalid (an unknown sector, a post not held on
    /// the date, a deferral ending before it starts…); the message names the JSON path, and
    /// <see cref="DocumentException.Errors"/> lists every person in error.</exception>
#pragma warning disable RS0027 // The Stream overload below has more parameters; the first parameter's type tells them apart.
    public static ImmutableArray<PositionChangeCase> ReadPositionChanges(string json, Roster? roster = null) =>
        PositionChangesMapper.ToCases(DocumentReader.Parse(json, CadreJsonContext.Default.PositionChangesJson), roster);
#pragma warning restore RS0027

    /// <summary>Reads a position-changes document from UTF-8 JSON, reading at most <see cref="DocumentLimits.MaxBytes"/> bytes.</summary>
    /// <param name="utf8Json">The stream; it is read to the end (or to the limit, or to the first invalid byte) and not closed.</param>
    /// <param name="roster">The roster <c>cadreRef</c> refers to, or null.</param>
    /// <param name="limits">The limits; <see cref="DocumentLimits.Default"/> reads up to 1 GiB.</param>
    /// <returns>The questions, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="DocumentException">The document is larger than the limit, not UTF-8, malformed or invalid; the
    /// message names the JSON path.</exception>
    public static ImmutableArray<PositionChangeCase> ReadPositionChanges(Stream utf8Json, Roster? roster, DocumentLimits limits) =>
        PositionChangesMapper.ToCases(DocumentReader.Parse(utf8Json, CadreJsonContext.Default.PositionChangesJson, limits ?? throw new ArgumentNullException(nameof(limits))), roster);

    /// <summary>Writes a position-changes document (cadres in full; the first question's date as the document's, the
    /// others' only where they differ).</summary>
    /// <param name="cases">The questions.</param>
    /// <returns>The document text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> is null.</exception>
    public static string WritePositionChanges(IEnumerable<PositionChangeCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return DocumentWriter.Write(PositionChangesMapper.FromCases(cases), CadreJsonContext.Default.PositionChangesJson);
    }
    /// <summary>Reads a committee candidacies document (tuổi tham gia cấp ủy nhiệm kỳ 2025–2030): each candidate (the
    /// cadre, or <c>cadreRef</c> into <paramref name="roster"/>), the committee level, first time or re-election, and
    /// whether proposed as provincial deputy secretary.</summary>
    /// <param name="json">The document text.</param>
    /// <param name="roster">The roster <c>cadreRef</c> refers to, or null.</param>
    /// <returns>The candidacies, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DocumentException">The document is malformed or invalid (a candidate born after the level's age
    /// month…); the message names the JSON path, and <see cref="DocumentException.Errors"/> lists every candidacy in error.</exception>
#pragma warning disable RS0027 // The Stream overload below has more parameters; the first parameter's type tells them apart.
    public static ImmutableArray<CommitteeCandidacy> ReadCommitteeCandidacies(string json, Roster? roster = null) =>
        CommitteeCandidaciesMapper.ToCandidacies(DocumentReader.Parse(json, CadreJsonContext.Default.CommitteeCandidaciesJson), roster);
#pragma warning restore RS0027

    /// <summary>Reads a committee candidacies document from UTF-8 JSON, reading at most <see cref="DocumentLimits.MaxBytes"/> bytes.</summary>
    /// <param name="utf8Json">The stream; it is read to the end (or to the limit, or to the first invalid byte) and not closed.</param>
    /// <param name="roster">The roster <c>cadreRef</c> refers to, or null.</param>
    /// <param name="limits">The limits; <see cref="DocumentLimits.Default"/> reads up to 1 GiB.</param>
    /// <returns>The candidacies, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="DocumentException">The document is larger than the limit, not UTF-8, malformed or invalid; the
    /// message names the JSON path.</exception>
    public static ImmutableArray<CommitteeCandidacy> ReadCommitteeCandidacies(Stream utf8Json, Roster? roster, DocumentLimits limits) =>
        CommitteeCandidaciesMapper.ToCandidacies(DocumentReader.Parse(utf8Json, CadreJsonContext.Default.CommitteeCandidaciesJson, limits ?? throw new ArgumentNullException(nameof(limits))), roster);

    /// <summary>Writes a committee candidacies document (cadres in full).</summary>
    /// <param name="candidacies">The candidacies.</param>
    /// <returns>The document text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidacies"/> is null.</exception>
    public static string WriteCommitteeCandidacies(IEnumerable<CommitteeCandidacy> candidacies)
    {
        ArgumentNullException.ThrowIfNull(candidacies);
        return DocumentWriter.Write(CommitteeCandidaciesMapper.FromCandidacies(candidacies), CadreJsonContext.Default.CommitteeCandidaciesJson);
    }
    /// <summary>Reads a title standards document (tiêu chuẩn chức danh): the title (name, level, whether managed by the
    /// Bộ Chính trị or Ban Bí thư), the date, and the people checked (each the cadre, or <c>cadreRef</c> into
    /// <paramref name="roster"/>, with an optional planning group and training plan); without <c>subjects</c>, every
    /// cadre of <paramref name="roster"/>.</summary>
    /// <param name="json">The document text.</param>
    /// <param name="roster">The roster <c>cadreRef</c> refers to (or whose cadres are all checked), or null.</param>
    /// <returns>The cases, in document (or roster) order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DocumentException">The document is malformed or invalid; the message names the JSON path, and
    /// <see cref="DocumentException.Errors"/> lists every subject in error.</exception>
#pragma warning disable RS0027 // The Stream overload below has more parameters; the first parameter's type tells them apart.
    public static ImmutableArray<TitleStandardsCase> ReadTitleStandards(string json, Roster? roster = null) =>
        TitleStandardsMapper.ToCases(DocumentReader.Parse(json, CadreJsonContext.Default.TitleStandardsJson), roster);
#pragma warning restore RS0027

    /// <summary>Reads a title standards document from UTF-8 JSON, reading at most <see cref="DocumentLimits.MaxBytes"/> bytes.</summary>
    /// <param name="utf8Json">The stream; it is read to the end (or to the limit, or to the first invalid byte) and not closed.</param>
    /// <param name="roster">The roster <c>cadreRef</c> refers to (or whose cadres are all checked), or null.</param>
    /// <param name="limits">The limits; <see cref="DocumentLimits.Default"/> reads up to 1 GiB.</param>
    /// <returns>The cases.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="DocumentException">The document is larger than the limit, not UTF-8, malformed or invalid; the
    /// message names the JSON path.</exception>
    public static ImmutableArray<TitleStandardsCase> ReadTitleStandards(Stream utf8Json, Roster? roster, DocumentLimits limits) =>
        TitleStandardsMapper.ToCases(DocumentReader.Parse(utf8Json, CadreJsonContext.Default.TitleStandardsJson, limits ?? throw new ArgumentNullException(nameof(limits))), roster);

    /// <summary>Writes a title standards document (cadres in full).</summary>
    /// <param name="cases">The cases; all of one title and date.</param>
    /// <returns>The document text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="cases"/> is empty, or the cases differ in title, level,
    /// central management or date.</exception>
    public static string WriteTitleStandards(IEnumerable<TitleStandardsCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        TitleStandardsCase[] all = [.. cases];
        if (all.Length == 0 || all.Any(c => c is null))
        {
            throw all.Length == 0 ? new ArgumentException("A title standards document needs at least one case.", nameof(cases)) : new ArgumentNullException(nameof(cases));
        }

        TitleStandardsCase first = all[0];
        if (all.Any(c => c.Title != first.Title || c.Level != first.Level || c.ManagedCentrally != first.ManagedCentrally || c.AssessedOn != first.AssessedOn))
        {
            throw new ArgumentException("The cases of one title standards document share the title, its level, its management and the date.", nameof(cases));
        }

        return DocumentWriter.Write(TitleStandardsMapper.FromCases(all), CadreJsonContext.Default.TitleStandardsJson);
    }

    /// <summary>Reads a body document (cơ cấu của một tập thể): the members of a body on a date (each the cadre's facts,
    /// or <c>cadreRef</c> into <paramref name="roster"/>), the age below which a member is young, and the body's own
    /// targets for the shares of women, young and ethnic-minority members.</summary>
    /// <param name="json">The document text.</param>
    /// <param name="roster">The roster <c>cadreRef</c> refers to, or null.</param>
    /// <returns>The membership.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DocumentException">The document is malformed or invalid (a member listed twice or born after the
    /// date, a target above 1…); the message names the JSON path, and <see cref="DocumentException.Errors"/> lists every
    /// error.</exception>
#pragma warning disable RS0027 // The Stream overload below has more parameters; the first parameter's type tells them apart.
    public static Composition.BodyMembership ReadBody(string json, Roster? roster = null) =>
        BodyMapper.ToBody(DocumentReader.Parse(json, CadreJsonContext.Default.BodyJson), roster);
#pragma warning restore RS0027

    /// <summary>Reads a body document from UTF-8 JSON, reading at most <see cref="DocumentLimits.MaxBytes"/> bytes.</summary>
    /// <param name="utf8Json">The stream; it is read to the end (or to the limit, or to the first invalid byte) and not closed.</param>
    /// <param name="roster">The roster <c>cadreRef</c> refers to, or null.</param>
    /// <param name="limits">The limits; <see cref="DocumentLimits.Default"/> reads up to 1 GiB.</param>
    /// <returns>The membership.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="DocumentException">The document is larger than the limit, not UTF-8, malformed or invalid; the
    /// message names the JSON path.</exception>
    public static Composition.BodyMembership ReadBody(Stream utf8Json, Roster? roster, DocumentLimits limits) =>
        BodyMapper.ToBody(DocumentReader.Parse(utf8Json, CadreJsonContext.Default.BodyJson, limits ?? throw new ArgumentNullException(nameof(limits))), roster);

    /// <summary>Writes a body document (members in full).</summary>
    /// <param name="body">The membership.</param>
    /// <returns>The document text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    public static string WriteBody(Composition.BodyMembership body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return DocumentWriter.Write(BodyMapper.FromBody(body), CadreJsonContext.Default.BodyJson);
    }

    /// <summary>Reads a movements document (kế hoạch điều động, luân chuyển, biệt phái): each movement's batch, kind
    /// (<c>rotation</c>, <c>transfer</c>, <c>secondment</c>), person (<c>cadre</c>, or <c>cadreRef</c> into
    /// <paramref name="roster"/>), start, planned end, levels, and the facts its kind needs (a rotation's comparison and
    /// planning; a transfer's or secondment's bars and whether the person asked).</summary>
    /// <param name="json">The document text.</param>
    /// <param name="roster">The roster <c>cadreRef</c> refers to, or null.</param>
    /// <returns>The movements, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DocumentException">The document is malformed or invalid (a transfer with a planned end, a
    /// rotation without its comparison, a field of another kind…); the message names the JSON path, and
    /// <see cref="DocumentException.Errors"/> lists every movement in error.</exception>
#pragma warning disable RS0027 // The Stream overload below has more parameters; the first parameter's type tells them apart.
    public static ImmutableArray<ProgrammeMovement> ReadMovements(string json, Roster? roster = null) =>
        MovementsMapper.ToMovements(DocumentReader.Parse(json, CadreJsonContext.Default.MovementsJson), roster);
#pragma warning restore RS0027

    /// <summary>Reads a movements document from UTF-8 JSON, reading at most <see cref="DocumentLimits.MaxBytes"/> bytes.</summary>
    /// <param name="utf8Json">The stream; it is read to the end (or to the limit, or to the first invalid byte) and not closed.</param>
    /// <param name="roster">The roster <c>cadreRef</c> refers to, or null.</param>
    /// <param name="limits">The limits; <see cref="DocumentLimits.Default"/> reads up to 1 GiB.</param>
    /// <returns>The movements, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="DocumentException">The document is larger than the limit, not UTF-8, malformed or invalid; the
    /// message names the JSON path.</exception>
    public static ImmutableArray<ProgrammeMovement> ReadMovements(Stream utf8Json, Roster? roster, DocumentLimits limits) =>
        MovementsMapper.ToMovements(DocumentReader.Parse(utf8Json, CadreJsonContext.Default.MovementsJson, limits ?? throw new ArgumentNullException(nameof(limits))), roster);

    /// <summary>Writes a movements document (people in full).</summary>
    /// <param name="movements">The movements.</param>
    /// <returns>The document text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="movements"/> is null.</exception>
    public static string WriteMovements(IEnumerable<ProgrammeMovement> movements)
    {
        ArgumentNullException.ThrowIfNull(movements);
        return DocumentWriter.Write(MovementsMapper.FromMovements(movements), CadreJsonContext.Default.MovementsJson);
    }

    /// <summary>Reads an evaluation history document (kết quả đánh giá qua các năm): for each year, a person's level or a
    /// unit's counts per level and not rated; or a person (<c>cadre</c>, or <c>cadreRef</c> into
    /// <paramref name="roster"/>) and a <c>track</c>, whose evaluation records give the years.</summary>
    /// <param name="json">The document text.</param>
    /// <param name="roster">The roster <c>cadreRef</c> refers to, or null.</param>
    /// <returns>The years, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DocumentException">The document is malformed or invalid (a year twice, a negative count, a level
    /// beside counts, no year…); the message names the JSON path, and <see cref="DocumentException.Errors"/> lists every
    /// year in error.</exception>
#pragma warning disable RS0027 // The Stream overload below has more parameters; the first parameter's type tells them apart.
    public static ImmutableArray<History.YearLevels> ReadEvaluationHistory(string json, Roster? roster = null) => ReadHistory(DocumentReader.Parse(json, CadreJsonContext.Default.HistoryJson), roster, "$");
#pragma warning restore RS0027

    /// <summary>Reads an evaluation history document from UTF-8 JSON, reading at most <see cref="DocumentLimits.MaxBytes"/> bytes.</summary>
    /// <param name="utf8Json">The stream; it is read to the end (or to the limit, or to the first invalid byte) and not closed.</param>
    /// <param name="roster">The roster <c>cadreRef</c> refers to, or null.</param>
    /// <param name="limits">The limits; <see cref="DocumentLimits.Default"/> reads up to 1 GiB.</param>
    /// <returns>The years, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="DocumentException">The document is larger than the limit, not UTF-8, malformed or invalid; the
    /// message names the JSON path.</exception>
    public static ImmutableArray<History.YearLevels> ReadEvaluationHistory(Stream utf8Json, Roster? roster, DocumentLimits limits) =>
        ReadHistory(DocumentReader.Parse(utf8Json, CadreJsonContext.Default.HistoryJson, limits ?? throw new ArgumentNullException(nameof(limits))), roster);

    /// <summary>Writes an evaluation history document (every year as counts).</summary>
    /// <param name="years">The years.</param>
    /// <returns>The document text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="years"/> is null.</exception>
    public static string WriteEvaluationHistory(IEnumerable<History.YearLevels> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        return DocumentWriter.Write(HistoryMapper.FromYears(years), CadreJsonContext.Default.HistoryJson);
    }

    /// <summary>Reads an evaluation history document with what it asks about the person's consequences: the years (as
    /// <see cref="ReadEvaluationHistory(Stream, Roster?, DocumentLimits)"/>), and, for a person whose <c>track</c> is
    /// <c>state</c> and an <c>asOf</c> date with a <c>subjectKind</c>, the <see cref="History.ConsequenceQuestion"/> that
    /// the same records answer.</summary>
    /// <param name="utf8Json">The stream; it is read to the end (or to the limit, or to the first invalid byte) and not closed.</param>
    /// <param name="roster">The roster <c>cadreRef</c> refers to, or null.</param>
    /// <param name="limits">The limits; <see cref="DocumentLimits.Default"/> reads up to 1 GiB.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="DocumentException">The document is larger than the limit, not UTF-8, malformed or invalid (also: a
    /// consequence field without a person, without <c>asOf</c> or <c>subjectKind</c>, or with the party track); the
    /// message names the JSON path.</exception>
    public static EvaluationHistoryDocument ReadEvaluationHistoryDocument(Stream utf8Json, Roster? roster, DocumentLimits limits) =>
        ReadHistoryDocument(DocumentReader.Parse(utf8Json, CadreJsonContext.Default.HistoryJson, limits ?? throw new ArgumentNullException(nameof(limits))), roster);

    /// <summary>Reads an evaluation history document with its consequence question, from text
    /// (<see cref="ReadEvaluationHistoryDocument(Stream, Roster?, DocumentLimits)"/>).</summary>
    /// <param name="json">The document text.</param>
    /// <param name="roster">The roster <c>cadreRef</c> refers to, or null.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DocumentException">The document is malformed or invalid; the message names the JSON path.</exception>
#pragma warning disable RS0027 // The Stream overload above has more parameters; the first parameter's type tells them apart.
    public static EvaluationHistoryDocument ReadEvaluationHistoryDocument(string json, Roster? roster = null) => ReadHistoryDocument(DocumentReader.Parse(json, CadreJsonContext.Default.HistoryJson), roster);
#pragma warning restore RS0027

    internal static EvaluationHistoryDocument ReadHistoryDocument(HistoryJson json, Roster? roster, string root = "$")
    {
        ImmutableArray<History.YearLevels> years = ReadHistory(json, roster, root);
        bool asks = json.AsOf is not null || json.SubjectKind is not null || json.HoldsLeadership is not null || json.AppointmentTerm is not null
            || json.StepHeldSince is not null || json.IncludePartyDiscipline is not null;
        if (!asks)
        {
            return new EvaluationHistoryDocument(years, null, json.Cadre is null && json.CadreRef is null ? null : json.Track, null);
        }

        string given = json.AsOf is not null ? "asOf" : json.SubjectKind is not null ? "subjectKind" : json.HoldsLeadership is not null ? "holdsLeadership"
            : json.AppointmentTerm is not null ? "appointmentTerm" : json.StepHeldSince is not null ? "stepHeldSince" : "includePartyDiscipline";
        if (json.Cadre is null && json.CadreRef is null)
        {
            throw DocumentException.Of(root + "." + given, DocumentErrorCodes.NeedsField, null, given, "cadre");
        }

        if (json.Track != EvaluationTrack.State)
        {
            // The consequences read the State track: the shares must come from the very same records.
            throw DocumentException.Of(root + ".track", DocumentErrorCodes.NeedsField, null, given, "\"track\": \"state\"");
        }

        LocalDate asOf = json.AsOf ?? throw DocumentException.Of(root + ".asOf", DocumentErrorCodes.NeedsField, null, given, "asOf");
        SubjectKind subject = json.SubjectKind ?? throw DocumentException.Of(root + ".subjectKind", DocumentErrorCodes.NeedsField, null, given, "subjectKind");
        NodaTime.DateInterval? term = null;
        if (json.AppointmentTerm is { } period)
        {
            LocalDate start = Require.Value(period.Start, root + ".appointmentTerm.start");
            LocalDate end = Require.Value(period.End, root + ".appointmentTerm.end");
            term = Require.Build(root + ".appointmentTerm", () => new NodaTime.DateInterval(start, end), "start", "end");
        }

        Cadre cadre = RequestMapper.CadreOf(json.Cadre, json.CadreRef, roster, root);
        History.ConsequenceQuestion question = Require.Build(root, () => new History.ConsequenceQuestion(asOf, subject, json.HoldsLeadership ?? false, term, json.StepHeldSince, json.IncludePartyDiscipline ?? false),
            "asOf", "subjectKind", "holdsLeadership", "appointmentTerm", "stepHeldSince");
        return new EvaluationHistoryDocument(years, cadre, EvaluationTrack.State, question);
    }

    private static ImmutableArray<History.YearLevels> ReadHistory(HistoryJson json, Roster? roster, string root = "$")
    {
        if (root == "$")
        {
            Require.SchemaVersion(json.SchemaVersion);
        }

        if (json.Cadre is null && json.CadreRef is null)
        {
            return HistoryMapper.ToYears(json.Years, root + ".years");
        }

        if (json.Years is not null)
        {
            throw DocumentException.Of(root, DocumentErrorCodes.ExactlyOne, null, "years, cadre/cadreRef");
        }

        Cadre cadre = RequestMapper.CadreOf(json.Cadre, json.CadreRef, roster, root);
        EvaluationTrack track = Require.Value(json.Track, root + ".track");
        ImmutableArray<History.YearLevels> years = History.YearLevels.FromRecords(cadre.Evaluations, track);
        if (years.IsEmpty)
        {
            throw DocumentException.Of(root + ".track", DocumentErrorCodes.EmptyList, null);
        }

        return years;
    }
}
