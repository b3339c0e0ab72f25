using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using CadreRules.Cli;
using CadreRules.Documents;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using CadreRules.Tests.Cli;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CadreRules.Tests.Rules;

/// <summary>
/// The forgiving parsers (<see cref="InputValues"/>): every documented form is read and agrees with the canonical one;
/// any other text is refused; a refused value is reported with its location (the JSON path or the option's name), in
/// the output language.
/// </summary>
public class InputValuesProperties
{
    private static readonly Gen<LocalDate> Dates =
        from days in Gen.Choose(0, 109_572) // 1900-01-01 … 2199-12-31
        select new LocalDate(1900, 1, 1).PlusDays(days);

    // Spaces around a value are ignored.
    private static Gen<string> Padded(string text) =>
        from before in Gen.Elements("", " ", "  ")
        from after in Gen.Elements("", " ", "\t")
        select before + text + after;

    private static Gen<string> AnyCase(string text) =>
        from flips in Gen.ArrayOf(Gen.Elements(true, false), text.Length)
        select new string([.. text.Select((c, i) => flips[i] ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c))]);

    // ---- dates -------------------------------------------------------------------------------

    [Property(MaxTest = 300)]
    public Property Date_EveryDocumentedForm_IsTheSameDate() =>
        Prop.ForAll(
            (from date in Dates
             from form in Gen.Elements(
                 date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                 date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                 date.ToString("d/M/yyyy", CultureInfo.InvariantCulture),
                 date.ToString("dd/M/yyyy", CultureInfo.InvariantCulture))
             from text in Padded(form)
             select (date, text)).ToArbitrary(),
            p => InputValues.TryParseDate(p.text, out LocalDate read) && read == p.date);

    // Random texts over the characters dates are made of: read exactly when the text is a documented form of a real date.
    [Property(MaxTest = 1000)]
    public Property Date_AnyOtherText_IsRefused() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Elements("0", "1", "2", "3", "9", "/", "-", ".", " ", "2025", "12", "31", "x")).Select(parts => string.Concat(parts)).ToArbitrary(),
            text =>
            {
                string t = text.Trim();
                Match iso = Regex.Match(t, @"^(\d{4})-(\d{2})-(\d{2})$");
                Match vn = Regex.Match(t, @"^(\d{1,2})/(\d{1,2})/(\d{4})$");
                bool documented = (iso.Success && IsDate(iso.Groups[1].Value, iso.Groups[2].Value, iso.Groups[3].Value))
                    || (vn.Success && IsDate(vn.Groups[3].Value, vn.Groups[2].Value, vn.Groups[1].Value));
                return InputValues.TryParseDate(text, out _) == documented;
            });

    [Property(MaxTest = 200)]
    public Property Month_EveryDocumentedForm_IsTheSameMonth() =>
        Prop.ForAll(
            (from date in Dates
             let month = new YearMonth(date.Year, date.Month)
             from form in Gen.Elements(
                 date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                 date.ToString("MM/yyyy", CultureInfo.InvariantCulture),
                 date.ToString("M/yyyy", CultureInfo.InvariantCulture))
             from text in Padded(form)
             select (month, text)).ToArbitrary(),
            p => InputValues.TryParseMonth(p.text, out YearMonth read) && read == p.month);

    [Property(MaxTest = 200)]
    public Property BirthDate_EveryDocumentedForm_KeepsItsPrecision() =>
        Prop.ForAll(
            (from date in Dates
             from form in Gen.Elements(
                 (date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), BirthDate.Of(date)),
                 (date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), BirthDate.Of(date)),
                 (date.ToString("MM/yyyy", CultureInfo.InvariantCulture), BirthDate.OfMonth(date.Year, date.Month)),
                 (date.ToString("yyyy-MM", CultureInfo.InvariantCulture), BirthDate.OfMonth(date.Year, date.Month)),
                 (date.ToString("yyyy", CultureInfo.InvariantCulture), BirthDate.OfYear(date.Year)))
             select form).ToArbitrary(),
            p => InputValues.TryParseBirthDate(p.Item1, out BirthDate read) && read == p.Item2);

    // ---- levels and choices -------------------------------------------------------------------

    [Property(MaxTest = 300)]
    public Property Level_EveryDocumentedForm_InAnyCase_IsTheLevel() =>
        Prop.ForAll(
            (from level in Gen.Elements(Enum.GetValues<EvaluationLevel>())
             from form in Gen.Elements(
                 EvaluationLevelNames.Abbreviation(level),
                 level.ToString(),
                 CadreRules.Localization.Terms.Of(level).Vietnamese,
                 CadreRules.Localization.Terms.Of(level).English,
                 EvaluationLevelNames.Of(level).Vietnamese[..EvaluationLevelNames.Of(level).Vietnamese.IndexOf(" (", StringComparison.Ordinal)])
             from cased in AnyCase(form)
             from text in Padded(cased)
             select (level, text)).ToArbitrary(),
            p => InputValues.TryParseLevel(p.text, out EvaluationLevel read) && read == p.level);

    [Theory]
    [InlineData("HTT", EvaluationLevel.Good)]
    [InlineData("good", EvaluationLevel.Good)]
    [InlineData("Hoàn thành tốt nhiệm vụ", EvaluationLevel.Good)]
    [InlineData("hoàn thành nhiệm vụ", EvaluationLevel.Complete)]
    [InlineData("Không hoàn thành nhiệm vụ", EvaluationLevel.NotComplete)]
    [InlineData("not_complete", EvaluationLevel.NotComplete)]
    [InlineData("kht", EvaluationLevel.NotComplete)]
    public void Level_Examples(string text, EvaluationLevel level)
    {
        Assert.True(InputValues.TryParseLevel(text, out EvaluationLevel read));
        Assert.Equal(level, read);
    }

    [Theory]
    [InlineData("")]
    [InlineData("HT")]
    [InlineData("good!")]
    [InlineData("hoàn thành")]
    [InlineData("3")]
    public void Level_OtherTexts_AreRefused(string text) => Assert.False(InputValues.TryParseLevel(text, out _));

    // A name in any case and with any of the separators people type, or its word in either language.
    [Property(MaxTest = 300)]
    public Property Choice_EveryEnumName_InAnyCaseAndSpelling_IsTheMember() =>
        Prop.ForAll(
            (from member in Gen.Elements(Enum.GetValues<DisciplineForm>())
             from spelling in Gen.Elements(
                 member.ToString(),
                 Regex.Replace(member.ToString(), "(?<=[a-z])(?=[A-Z])", "_"),
                 Regex.Replace(member.ToString(), "(?<=[a-z])(?=[A-Z])", "-"),
                 Regex.Replace(member.ToString(), "(?<=[a-z])(?=[A-Z])", " "),
                 CadreRules.Localization.Terms.Of(member).Vietnamese,
                 CadreRules.Localization.Terms.Of(member).English)
             from cased in AnyCase(spelling)
             select (member, cased)).ToArbitrary(),
            p => InputValues.TryParseChoice(p.cased, out DisciplineForm read) && read == p.member);

    [Fact]
    public void Choice_AWordTwoMembersShare_IsRefused()
    {
        // Severity.TargetNotMet and Severity.Advisory are both "LƯU Ý" / "WARNING": the word names neither.
        Assert.False(InputValues.TryParseChoice("WARNING", out Severity _));
        Assert.True(InputValues.TryParseChoice("advisory", out Severity advisory));
        Assert.Equal(Severity.Advisory, advisory);
    }

    [Fact]
    public void Choice_AmongNames_IsGivenBackCanonically()
    {
        Assert.True(InputValues.TryParseChoice("rate_highest_met", ["Undetermined", "RateHighestMet"], out string choice));
        Assert.Equal("RateHighestMet", choice);
        Assert.True(InputValues.TryParseChoice("khiển trách", ["Reprimand", "Warning"], out choice));
        Assert.Equal("Reprimand", choice);
        Assert.False(InputValues.TryParseChoice("medium", ["Undetermined", "RateHighestMet"], out _));
    }

    // ---- shares ------------------------------------------------------------------------------

    [Property(MaxTest = 300)]
    public Property Share_Fraction_IsExact() =>
        Prop.ForAll(Gen.Choose(0, 5000).ToArbitrary(), Gen.Choose(1, 5000).ToArbitrary(), Gen.Elements("/", " / ").ToArbitrary(), (n, d, slash) =>
            InputValues.TryParseShare(n.ToString(CultureInfo.InvariantCulture) + slash + d.ToString(CultureInfo.InvariantCulture), out Share read) && read == Share.Of(n, d));

    // Percentages with up to two decimals, a point or a comma, with or without a space before the sign.
    [Property(MaxTest = 300)]
    public Property Share_Percentage_IsThePercent() =>
        Prop.ForAll(
            (from hundredths in Gen.Choose(0, 20_000)
             let percent = hundredths / 100m
             from comma in Gen.Elements(true, false)
             from space in Gen.Elements("", " ")
             let number = percent.ToString("0.##", CultureInfo.InvariantCulture)
             select (percent, text: (comma ? number.Replace('.', ',') : number) + space + "%")).ToArbitrary(),
            p => InputValues.TryParseShare(p.text, out Share read) && read == Share.Percent(p.percent));

    // Decimals from 0 to 1 with up to 6 decimals; the same as the percentage a hundred times larger.
    [Property(MaxTest = 300)]
    public Property Share_DecimalFromZeroToOne_AgreesWithThePercentage() =>
        Prop.ForAll(
            (from millionths in Gen.Choose(0, 1_000_000)
             let value = millionths / 1_000_000m
             from comma in Gen.Elements(true, false)
             let number = value.ToString("0.######", CultureInfo.InvariantCulture)
             select (value, text: comma ? number.Replace('.', ',') : number)).ToArbitrary(),
            p => InputValues.TryParseShare(p.text, out Share read) && read == Share.Percent(p.value * 100)
                && InputValues.TryParseShare(p.value, out Share number) && number == read);

    [Theory]
    [InlineData("25%", 1, 4)]
    [InlineData("25,5%", 51, 200)]
    [InlineData("25.5 %", 51, 200)]
    [InlineData("0.25", 1, 4)]
    [InlineData("0,25", 1, 4)]
    [InlineData("1/4", 1, 4)]
    [InlineData(" 3 / 10 ", 3, 10)]
    [InlineData("1", 1, 1)]
    [InlineData("1,000%", 1, 100)] // the comma is the Vietnamese decimal mark: 1,000% is 1%
    public void Share_Examples(string text, long numerator, long denominator)
    {
        Assert.True(InputValues.TryParseShare(text, out Share read));
        Assert.Equal(Share.Of(numerator, denominator), read);
    }

    [Theory]
    [InlineData("")]
    [InlineData("25")] // a bare number is a fraction from 0 to 1: 25% is written "25%"
    [InlineData("1.5")]
    [InlineData("-10%")]
    [InlineData("1/0")]
    [InlineData("1.000,5%")] // no thousands separators: one decimal mark (a comma or a point)
    [InlineData("0.1234567")] // at most 6 decimals
    [InlineData("1.234.5%")]
    [InlineData("25%%")]
    [InlineData("a quarter")]
    public void Share_OtherTexts_AreRefused(string text) => Assert.False(InputValues.TryParseShare(text, out _));

    [Property(MaxTest = 500)]
    public Property Share_AnyOtherText_IsRefused() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Elements("0", "1", "5", "9", ".", ",", "%", "/", " ", "-", "x")).Select(parts => string.Concat(parts)).Where(t => t.Length <= 16).ToArbitrary(),
            text =>
            {
                string t = text.Trim();
                bool percent = Regex.IsMatch(t, @"^\d+([.,]\d{1,6})?\s*%$");
                bool fraction = Regex.Match(t, @"^(\d+)\s*/\s*(\d+)$") is { Success: true } f && f.Groups[1].Value.Length <= 18 && f.Groups[2].Value.Length <= 18 && long.Parse(f.Groups[2].Value, CultureInfo.InvariantCulture) >= 1;
                bool number = Regex.IsMatch(t, @"^\d+([.,]\d{1,6})?$") && decimal.Parse(t.Replace(',', '.'), CultureInfo.InvariantCulture) <= 1m;
                return InputValues.TryParseShare(text, out _) == (percent || fraction || number);
            });

    // ---- refused values: located, in the output language --------------------------------------

    [Property(MaxTest = 100)]
    public Property Document_RefusedDate_IsReportedAtItsPathInBothLanguages() =>
        Prop.ForAll(
            Gen.Elements("32/01/2026", "2026-02-30", "01.01.2026", "2026/01/01", "tomorrow", "1/13/2026").ToArbitrary(),
            Gen.Choose(0, 3).ToArbitrary(),
            (bad, index) =>
            {
                string cadres = string.Join(", ", Enumerable.Range(0, 4).Select(i =>
                    $$"""{ "id": "C{{i}}", "sex": "male", "birthDate": "1970", "partyAdmittedOn": "{{(i == index ? bad : "01/02/2000")}}" }"""));
                DocumentException error = Assert.Throws<DocumentException>(() => CadreDocuments.ReadRoster("{ \"schemaVersion\": 1, \"cadres\": [ " + cadres + " ] }"));
                string path = $"$.cadres[{index}].partyAdmittedOn";
                return error.Path == path && error.Code == DocumentErrorCodes.NotUnderstood
                    && DocumentMessages.Format(error, Language.Vietnamese).StartsWith(path + ": '" + bad + "' không đọc được; cần một ngày dạng dd/MM/yyyy", StringComparison.Ordinal)
                    && DocumentMessages.Format(error, Language.English).StartsWith(path + ": '" + bad + "' is not understood; expected a date as dd/MM/yyyy", StringComparison.Ordinal);
            });

    [Fact]
    public void Document_RefusedShareAndLevel_AreReportedAtTheirPathsInVietnamese()
    {
        DocumentException share = Assert.Throws<DocumentException>(() => CadreDocuments.ReadVariant(
            """{ "schemaVersion": 1, "id": "v", "baseId": "ser-test", "title": { "vi": "B", "en": "V" }, "citation": { "document": { "number": "N", "issuer": "I", "signedOn": "01/03/2024" } }, "effective": { "start": "01/01/2025" }, "overrides": { "quota": "hai mươi phần trăm" } }""",
            CadreRules.Tests.Documents.SerializationTestRegulation.Catalog));
        Assert.Equal("$.overrides.quota: 'hai mươi phần trăm' không đọc được; cần một tỷ lệ dạng 25%, 25,5%, 0,25 (từ 0 đến 1) hoặc phân số 1/4.", DocumentMessages.Format(share, Language.Vietnamese));

        DocumentException level = Assert.Throws<DocumentException>(() => CadreDocuments.ReadRoster(
            """{ "schemaVersion": 1, "cadres": [ { "id": "A", "sex": "male", "birthDate": "1970", "evaluations": [ { "year": 2024, "track": "party", "level": "tốt" } ] } ] }"""));
        Assert.StartsWith("$.cadres[0].evaluations[0].level: 'tốt' không đọc được; cần một mức xếp loại: HTXS, HTT, HTNV, KHT", DocumentMessages.Format(level, Language.Vietnamese), StringComparison.Ordinal);
    }

    [Property(MaxTest = 30)]
    public Property Cli_RefusedDate_NamesTheOptionInTheOutputLanguage() =>
        Prop.ForAll(
            Gen.Elements("32/01/2026", "2026-13-01", "01-01-2026", "hôm nay").ToArbitrary(),
            Gen.Elements(Language.Vietnamese, Language.English).ToArbitrary(),
            (bad, language) =>
            {
                CliRun run = CliRun.Of("demo", "--as-of", bad, "--lang", language == Language.Vietnamese ? "vi" : "EN");
                return run.ExitCode == 2 && run.Error.StartsWith(language == Language.Vietnamese
                    ? $"error: --as-of: '{bad}' không đọc được; cần một ngày dạng dd/MM/yyyy"
                    : $"error: --as-of: '{bad}' is not understood; expected a date as dd/MM/yyyy", StringComparison.Ordinal);
            });

    [Theory]
    [InlineData("--lang: 'fr' không đọc được; cần một trong các giá trị vi, en.", "regulations", "--lang", "fr")]
    [InlineData("--format: 'xml' is not understood; expected one of table, json, markdown.", "regulations", "--format", "xml", "--lang", "EN")]
    [InlineData("--format: 'xml' không đọc được; cần một trong các giá trị table, json, markdown.", "regulations", "--format", "xml")]
    public void Cli_RefusedChoice_NamesTheOptionInTheOutputLanguage(string message, params string[] args)
    {
        CliRun run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--lang", "EN")]
    [InlineData("--format", "JSON")]
    public void Cli_Choices_AreCaseInsensitive(string option, string value) =>
        Assert.Equal(0, CliRun.Of("regulations", option, value).ExitCode);

    private static bool IsDate(string year, string month, string day) =>
        int.Parse(month, CultureInfo.InvariantCulture) is >= 1 and <= 12 && int.Parse(day, CultureInfo.InvariantCulture) >= 1
        && int.Parse(day, CultureInfo.InvariantCulture) <= CalendarSystem.Iso.GetDaysInMonth(int.Parse(year, CultureInfo.InvariantCulture), int.Parse(month, CultureInfo.InvariantCulture));
}
