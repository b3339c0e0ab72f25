using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Documents;

/// <summary>
/// Runs analyst case files: JSON documents that state facts, the regulation to apply and the expected outcome,
/// so that rule changes can be checked without writing C#. The format is described in <c>docs/case-files.md</c>.
/// </summary>
/// <remarks>
/// <para>
/// A case is <c>{ schemaVersion, kind, name, regulation?, asOf?, facts, expected, expectedRuleCodes?, expectedCitation? }</c>.
/// <c>kind</c> selects how <c>facts</c> and <c>expected</c> are read (<see cref="Kinds"/>); <c>regulation</c> is a
/// regulation id, <c>"in force"</c> or <c>"in force on yyyy-MM-dd"</c> (see <see cref="RegulationSelector"/>). Every code in <c>expectedRuleCodes</c> must appear in the
/// explanation tree, and some finding in it must cite <c>expectedCitation</c>.
/// </para>
/// <para>The runner does no I/O: callers read the files (the CLI's <c>check</c> command and the test project do).
/// Thread-safe.</para>
/// </remarks>
public static class CaseRunner
{
    private static readonly ImmutableArray<ICaseKind> KnownKinds =
    [
        new RetirementCaseKind(),
        new EvaluationCaseKind(),
        new PlanningCaseKind(),
        new RotationCaseKind(),
        new AppointmentCaseKind(),
        new ReviewCaseKind(),
        new NonLocalCaseKind(),
        new PositionChangeCaseKind(),
        new CommitteeCaseKind(),
        new CompositionCaseKind(),
        new StatisticsCaseKind(),
        new StandardsCaseKind(),
        new MovementCaseKind(),
        new HistoryCaseKind(),
        new TitleRankingCaseKind(),
    ];

    /// <summary>Gets the case kinds this version understands (values of <c>kind</c>).</summary>
    public static IEnumerable<string> Kinds => KnownKinds.Select(k => k.Name);

    /// <summary>Runs one case.</summary>
    /// <param name="json">The case file's text.</param>
    /// <param name="source">Where it came from (a file path), repeated in the result.</param>
    /// <param name="catalog">The catalogue regulation ids are resolved in, e.g. <see cref="ShippedRegulations.Catalog"/>.</param>
    /// <returns>The result: passed, or the differences.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DocumentException">The case file is malformed or invalid (unknown kind, unknown regulation id,
    /// missing field…); the message names the JSON path.</exception>
    public static CaseResult Run(string json, string source, RegulationCatalog catalog) =>
        Run(json, source, catalog, DocumentLimits.Default);

    /// <summary>Runs one case, refusing a case file larger than <paramref name="limits"/> allows.</summary>
    /// <param name="json">The case file's text.</param>
    /// <param name="source">Where it came from (a file path), repeated in the result.</param>
    /// <param name="catalog">The catalogue regulation ids are resolved in, e.g. <see cref="ShippedRegulations.Catalog"/>.</param>
    /// <param name="limits">The size limit (<see cref="DocumentLimits.MaxBytes"/>, counted in UTF-8 bytes).</param>
    /// <returns>The result: passed, or the differences.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DocumentException">The case file is larger than the limit, malformed or invalid; the message
    /// names the JSON path (<c>$</c> for the size).</exception>
    public static CaseResult Run(string json, string source, RegulationCatalog catalog, DocumentLimits limits)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(limits);
        return Run(DocumentReader.Parse(json, CadreJsonContext.Default.CaseJson, limits), source, catalog);
    }

    /// <summary>Runs one case read from a stream of UTF-8 bytes, reading at most <paramref name="limits"/>' bytes: a
    /// host reading case files it does not trust bounds its memory this way.</summary>
    /// <param name="utf8Json">The case file's bytes (a leading byte-order mark is skipped); read to its end, not disposed.</param>
    /// <param name="source">Where it came from (a file path), repeated in the result.</param>
    /// <param name="catalog">The catalogue regulation ids are resolved in, e.g. <see cref="ShippedRegulations.Catalog"/>.</param>
    /// <param name="limits">The size limit (<see cref="DocumentLimits.MaxBytes"/>); reading stops there.</param>
    /// <returns>The result: passed, or the differences.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DocumentException">The case file is larger than the limit, not UTF-8, could not be read,
    /// malformed or invalid; the message names the JSON path (<c>$</c> for the size, the bytes and the reading).</exception>
    public static CaseResult Run(Stream utf8Json, string source, RegulationCatalog catalog, DocumentLimits limits)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(limits);
        return Run(DocumentReader.Parse(utf8Json, CadreJsonContext.Default.CaseJson, limits), source, catalog);
    }

    private static CaseResult Run(CaseJson document, string source, RegulationCatalog catalog)
    {
        Require.SchemaVersion(document.SchemaVersion);
        string kindName = Require.Text(document.Kind, "$.kind");
        ICaseKind kind = KnownKinds.FirstOrDefault(k => k.Name == kindName)
            ?? throw Require.Unknown("$.kind", kindName, "caseKind", $"unknown case kind '{kindName}'. Known: {string.Join(", ", Kinds)}.", Kinds);
        string name = Require.Text(document.Name, "$.name");
        (Regulation? regulation, LocalDate? inForceOn) = ResolveRegulation(document.Regulation, catalog);
        if (document.ExpectedError is { } expectedError)
        {
            return RunExpectingError(document, expectedError, kind, name, source, regulation, inForceOn, catalog);
        }

        CaseInput input = ReadInput(document, name, source, regulation, inForceOn, catalog, document.Facts, document.Expected);
        ImmutableArray<RuleCode> expectedCodes = ReadCodes(document.ExpectedRuleCodes);
        CaseOutcome outcome = kind.Run(input);
        var failures = new List<string>(outcome.Failures);
        foreach (RuleCode code in expectedCodes)
        {
            if (outcome.Explanation.Find(code) is null)
            {
                failures.Add($"rule code {code} is not in the explanation");
            }
        }

        if (document.ExpectedCitation is { } citation)
        {
            string number = Require.Text(citation.Document, "$.expectedCitation.document");
            if (citation.Article is < 1 || citation.Clause is < 1)
            {
                // Article and clause numbers start at 1 (as in Citation): another is bad input, never a failed case.
                string field = citation.Article is < 1 ? "article" : "clause";
                int value = (citation.Article is < 1 ? citation.Article : citation.Clause)!.Value;
                throw DocumentException.Coded("$.expectedCitation." + field, DocumentErrorCodes.OutOfRange, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"an {field} number is 1 or more, not {value}."), null, null, value.ToString(System.Globalization.CultureInfo.InvariantCulture), "1", string.Empty);
            }

            if (!Cites(outcome.Explanation, number, citation))
            {
                failures.Add($"no finding cites {Describe(number, citation)}");
            }
        }

        return new CaseResult(source, kindName, name, failures);
    }

    /// <summary>A case whose input must be refused: its parameters, roster and facts are read as for any case, and the
    /// case passes when that reading fails with the expected code (at the expected path, where given). Its kind reads
    /// the facts before the expectations, so an error reported under <c>$.expected</c> means the facts were read.</summary>
    private static CaseResult RunExpectingError(CaseJson document, CaseErrorJson expectedError, ICaseKind kind, string name, string source, Regulation? regulation, LocalDate? inForceOn, RegulationCatalog catalog)
    {
        if (document.Expected is not null || document.ExpectedRuleCodes is not null || document.ExpectedCitation is not null)
        {
            throw DocumentException.Of("$", DocumentErrorCodes.ExactlyOne, null, "expected (expectedRuleCodes, expectedCitation), expectedError");
        }

        string code = Require.Text(expectedError.Code, "$.expectedError.code");
        string? path = expectedError.Path is null ? null : Require.Text(expectedError.Path, "$.expectedError.path");
        JsonElement facts = Require.Value(document.Facts, "$.facts");
        string wanted = path is null ? code : code + " at " + path;
        try
        {
            using JsonDocument nothingExpected = JsonDocument.Parse("{}");
            _ = kind.Run(ReadInput(document, name, source, regulation, inForceOn, catalog, facts, nothingExpected.RootElement.Clone()));
        }
        catch (DocumentException refused)
        {
            IReadOnlyList<DocumentException> errors = refused.Errors;
            if (errors.Any(e => e.Code == code && (path is null || e.Path == path)))
            {
                return new CaseResult(source, kind.Name, name, []);
            }

            if (errors.All(e => e.Path is { } at && (at == "$.expected" || at.StartsWith("$.expected.", StringComparison.Ordinal))))
            {
                return new CaseResult(source, kind.Name, name, [$"expected the error {wanted}; the input was read without an error"]);
            }

            string actual = string.Join("; ", errors.Take(5).Select(e => e.Code + " at " + e.Path));
            return new CaseResult(source, kind.Name, name, [$"expected the error {wanted}; actual {actual}"]);
        }

        return new CaseResult(source, kind.Name, name, [$"expected the error {wanted}; the input was read without an error"]);
    }

    /// <summary>What a case kind receives: the case's own parameters applied to its regulation, then its facts,
    /// expectations and roster read (in that order, so a bad parameter is reported first).</summary>
    private static CaseInput ReadInput(CaseJson document, string name, string source, Regulation? regulation, LocalDate? inForceOn, RegulationCatalog catalog, JsonElement? facts, JsonElement? expected)
    {
        if (document.Parameters is { } parameters)
        {
            (regulation, catalog) = WithCaseParameters(regulation, parameters, name, source, catalog);
        }

        return new CaseInput(
            name,
            document.AsOf ?? inForceOn,
            regulation,
            inForceOn,
            Require.Value(facts, "$.facts"),
            Require.Value(expected, "$.expected"),
            catalog,
            document.Roster is { } roster ? RosterMapper.ToRoster(roster, "$.roster") : null);
    }

    private static (Regulation? Regulation, LocalDate? InForceOn) ResolveRegulation(string? text, RegulationCatalog catalog)
    {
        if (text is null)
        {
            return (null, null);
        }

        if (!RegulationSelector.TryParse(text, out RegulationSelector selector))
        {
            throw DocumentException.NotUnderstood("$.regulation", InputForms.Regulation, text);
        }

        if (selector.Id is not { } id)
        {
            return (null, selector.InForceOn);
        }

        Regulation regulation = catalog.Find(id) ?? throw Require.Unknown(
            "$.regulation",
            id.Value,
            "regulation",
            $"unknown regulation '{id}'. Known: {string.Join(", ", catalog.Regulations.Select(r => r.Id.Value))}; or write \"in force on yyyy-MM-dd\".",
            catalog.Regulations.Select(r => r.Id.Value));
        return (regulation, null);
    }

    /// <summary>The case's own parameter values applied to its regulation, as a variant cited to the case file: a
    /// finding that uses one of them cites the case, with the value it replaced.</summary>
    private static (Regulation Regulation, RegulationCatalog Catalog) WithCaseParameters(Regulation? regulation, Dictionary<string, JsonElement> parameters, string name, string source, RegulationCatalog catalog)
    {
        if (regulation is null)
        {
            throw DocumentException.Of("$.parameters", DocumentErrorCodes.NeedsField, null, "parameters", "regulation");
        }

        Dictionary<string, ParameterValue> overrides = VariantMapper.Overrides(parameters, regulation, "$.parameters");
        var document = new LegalDocument(CaseDocumentNumber(source), name, regulation.Period.Start);
        var variant = new LocalVariant(
            new RegulationId(regulation.Id.Value + ".case"),
            regulation.Id,
            regulation.Reference.Title,
            document.Whole(),
            regulation.Period,
            overrides);
        try
        {
            RegulationCatalog derived = catalog.WithVariant(variant);
            return (derived.Get(variant.Id), derived);
        }
        catch (ParameterException broken)
        {
            // Values each in bounds that break a constraint together: the error sits at the first the case sets.
            string key = broken.Keys.FirstOrDefault(overrides.ContainsKey) ?? broken.Key;
            throw DocumentException.Refusal(Require.Key("$.parameters", key), Require.Sentence(broken), broken);
        }
    }

    /// <summary>The number a case file's parameters are cited by: the file's name, e.g. <c>tệp tình huống quota.case.json</c>.</summary>
    private static string CaseDocumentNumber(string source)
    {
        string file = Path.GetFileName(source);
        return "tệp tình huống " + (file.Length == 0 ? source : file);
    }

    private static ImmutableArray<RuleCode> ReadCodes(List<string>? codes)
    {
        var result = ImmutableArray.CreateBuilder<RuleCode>();
        for (int i = 0; i < (codes?.Count ?? 0); i++)
        {
            string path = Require.Item("$.expectedRuleCodes", i);
            result.Add(Require.Build(path, () => new RuleCode(Require.Text(codes![i], path))));
        }

        return result.ToImmutable();
    }

    private static bool Cites(Finding finding, string number, CaseCitationJson expected)
    {
        if (finding.Citation is { } c
            && c.Document.Number == number
            && (expected.SignedOn is null || expected.SignedOn == c.Document.SignedOn)
            && (expected.Article is null || expected.Article == c.ArticleNumber)
            && (expected.Clause is null || expected.Clause == c.Clause)
            && (expected.Point is null || expected.Point == c.Point)
            && (expected.Section is null || expected.Section == c.Section))
        {
            return true;
        }

        return finding.Children.Any(child => Cites(child, number, expected));
    }

    private static string Describe(string number, CaseCitationJson citation)
    {
        var parts = new List<string> { citation.SignedOn is { } signed ? number + " (" + NodaTime.Text.LocalDatePattern.Iso.Format(signed) + ")" : number };
        if (citation.Article is { } article)
        {
            parts.Add("Article " + article.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (citation.Clause is { } clause)
        {
            parts.Add("clause " + clause.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (citation.Point is { } point)
        {
            parts.Add("point " + point);
        }

        if (citation.Section is { } section)
        {
            parts.Add("section " + section);
        }

        return string.Join(", ", parts);
    }
}
