using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using CadreRules.Localization;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Documents;

/// <summary>Verdicts and findings to and from their wire shapes.</summary>
internal static class VerdictMapper
{
    public static VerdictJson FromVerdict<TOutcome>(Verdict<TOutcome> verdict, Language language, Func<TOutcome, string> outcome) => new()
    {
        SchemaVersion = DocumentReader.SchemaVersion,
        Language = LanguageCode(language),
        Outcome = outcome(verdict.Outcome),
        Regulation = verdict.Regulation is null ? null : CommonMapper.FromReference(verdict.Regulation, language),
        Explanation = FromFinding(verdict.Explanation, language),
        Text = verdict.ToText(language),
    };

    public static Verdict<string> ToVerdict(VerdictJson json)
    {
        Require.SchemaVersion(json.SchemaVersion);
        if (json.Language is not null)
        {
            _ = ParseLanguage(json.Language, "$.language");
        }

        string outcome = Require.Object(json.Outcome, "$.outcome");
        RegulationReference? regulation = json.Regulation is null ? null : CommonMapper.ToReference(json.Regulation, "$.regulation");
        Finding explanation = ToFinding(json.Explanation, "$.explanation");
        return new Verdict<string>(outcome, explanation, regulation);
    }

    public static FindingJson FromFinding(Finding finding, Language language) => new()
    {
        Code = finding.Code.Value,
        Status = finding.Status,
        Severity = finding.Severity,
        Citation = finding.Citation is null ? null : CommonMapper.FromCitation(finding.Citation, language),
        Template = Require.FromText(finding.Text),
        Text = finding.RenderForStatus(language),
        Values = finding.Values.IsEmpty ? null : [.. finding.Values.Select(v => (FactValueJson?)FromValue(v))],
        Children = finding.Children.IsEmpty ? null : [.. finding.Children.Select(c => (FindingJson?)FromFinding(c, language))],
    };

    public static Finding ToFinding(FindingJson? json, string path)
    {
        FindingJson finding = Require.Object(json, path);
        RuleCode code = Require.Build(path + ".code", () => new RuleCode(Require.Text(finding.Code, path + ".code")));
        FindingStatus status = Require.Value(finding.Status, path + ".status");
        Severity severity = Require.Value(finding.Severity, path + ".severity");
        Citation? citation = finding.Citation is null ? null : CommonMapper.ToCitation(finding.Citation, path + ".citation");
        LocalizedText text = Require.LocalizedText(finding.Template, path + ".template");
        var values = ImmutableArray.CreateBuilder<FactValue>();
        for (int i = 0; i < (finding.Values?.Count ?? 0); i++)
        {
            values.Add(ToValue(finding.Values![i], Require.Item(path + ".values", i)));
        }

        var children = ImmutableArray.CreateBuilder<Finding>();
        for (int i = 0; i < (finding.Children?.Count ?? 0); i++)
        {
            children.Add(ToFinding(finding.Children![i], Require.Item(path + ".children", i)));
        }

        return new Finding(code, text, citation, status, severity, values.ToImmutable(), children.ToImmutable());
    }

    public static string LanguageCode(Language language) => language == Language.Vietnamese ? "vi" : "en";

    public static Language ParseLanguage(string text, string path) => text switch
    {
        "vi" => Language.Vietnamese,
        "en" => Language.English,
        _ => throw DocumentException.NotUnderstood(path, InputForms.Choice, text, ["vi", "en"]),
    };

    private static FactValueJson FromValue(FactValue value)
    {
        (string type, JsonElement element) = value.Value switch
        {
            long l => ("integer", JsonSerializer.SerializeToElement(l, CadreJsonContext.Default.Int64)),
            decimal d => ("decimal", JsonSerializer.SerializeToElement(d, CadreJsonContext.Default.Decimal)),
            Share s => ("share", JsonSerializer.SerializeToElement(CommonMapper.FromShare(s), CadreJsonContext.Default.ShareJson)),
            LocalDate date => ("date", JsonSerializer.SerializeToElement(NodaTime.Text.LocalDatePattern.Iso.Format(date), CadreJsonContext.Default.String)),
            YearMonth month => ("month", JsonSerializer.SerializeToElement(NodaTime.Text.YearMonthPattern.Iso.Format(month), CadreJsonContext.Default.String)),
            bool b => ("boolean", JsonSerializer.SerializeToElement(b, CadreJsonContext.Default.Boolean)),
            _ => ("text", JsonSerializer.SerializeToElement(value.Value?.ToString() ?? string.Empty, CadreJsonContext.Default.String)),
        };
        return new FactValueJson { Name = value.Name, Type = type, Value = element };
    }

    private static FactValue ToValue(FactValueJson? json, string path)
    {
        FactValueJson value = Require.Object(json, path);
        string name = Require.Text(value.Name, path + ".name");
        string type = Require.Text(value.Type, path + ".type");
        JsonElement element = Require.Value(value.Value, path + ".value");
        string valuePath = path + ".value";
        switch (type)
        {
            case "integer":
                return FactValue.Of(name, CommonMapper.ToParameterValue(element, ParameterKind.Integer, valuePath).Integer);
            case "decimal":
                if (element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out decimal d))
                {
                    return FactValue.Of(name, d);
                }

                throw DocumentException.Coded(valuePath, DocumentErrorCodes.WrongType, $"expected a decimal number, found {DocumentReader.Describe(element.ValueKind)}.", null, null, "number");
            case "share":
                return FactValue.Of(name, CommonMapper.ToParameterValue(element, ParameterKind.Share, valuePath).Share);
            case "boolean":
                return FactValue.Of(name, CommonMapper.ToParameterValue(element, ParameterKind.Boolean, valuePath).Boolean);
            case "date":
                NodaTime.Text.ParseResult<LocalDate> date = NodaTime.Text.LocalDatePattern.Iso.Parse(Text(element, valuePath));
                return date.Success ? FactValue.Of(name, date.Value) : throw DocumentException.NotUnderstood(valuePath, InputForms.IsoDate, Text(element, valuePath));
            case "month":
                NodaTime.Text.ParseResult<YearMonth> month = NodaTime.Text.YearMonthPattern.Iso.Parse(Text(element, valuePath));
                return month.Success ? FactValue.Of(name, month.Value) : throw DocumentException.NotUnderstood(valuePath, InputForms.IsoMonth, Text(element, valuePath));
            case "text":
                return FactValue.Of(name, Text(element, valuePath));
            default:
                throw DocumentException.NotUnderstood(path + ".type", InputForms.Choice, type, ["integer", "decimal", "share", "date", "month", "boolean", "text"]);
        }
    }

    private static string Text(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.String
            ? element.GetString()!
            : throw DocumentException.Coded(path, DocumentErrorCodes.WrongType, $"expected a string, found {DocumentReader.Describe(element.ValueKind)}.", null, null, "string");
}
