using System;
using System.Globalization;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Retirement;
using CadreRules.Rotation;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Tests.BadInput;

/// <summary>Library exception messages do not depend on the machine's culture (issue #17): under fa-IR (another
/// calendar, other digits and signs) and vi-VN (decimal comma) dates print as ISO yyyy-MM-dd and numbers as invariant.</summary>
public class CultureIndependentMessageTests
{
    private static readonly Cadre Man1975 = new("MKT-001", Sex.Male, BirthDate.Of(1975, 4, 2));

    private static string MessageUnder(string culture, Action failing)
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        CultureInfo savedUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return Assert.ThrowsAny<ArgumentException>(failing).Message;
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (string culture in new[] { "fa-IR", "vi-VN" })
        {
            data.Add(culture, "rotation", "The rotation of 'MKT-001' ends on 2026-02-28, before it starts on 2026-03-01.");
            data.Add(culture, "score", "The general criteria score must be between 0 and 30 points, not 30.5.");
            data.Add(culture, "quota", "Candidate 'A': a score is between 0 and 100, not -0.25.");
            data.Add(culture, "tasks", "The count tasks.total cannot be negative (-1).");
            data.Add(culture, "retirement", "The date asked, 1970-01-01, is before the birth date 02/04/1975.");
            data.Add(culture, "birth", "The birth date 2201-01-01 is outside the dates the library accepts, 1900-01-01 to 2200-12-31.");
            data.Add(culture, "period", "The period ends on 2019-12-31, before it starts on 2020-01-01.");
            data.Add(culture, "seats", "Title 'T': -1234567 seats; a title has 1 to 1000 seats.");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Message_UnderAnyCulture_HasIsoDatesAndInvariantNumbers(string culture, string call, string expected)
    {
        Action failing = call switch
        {
            "rotation" => () => _ = new RotationCase(Man1975, new LocalDate(2026, 3, 1), new LocalDate(2026, 2, 28), OrganisationalLevel.Provincial, OrganisationalLevel.Commune, false, PostComparison.Equivalent, true),
            "score" => () => _ = new ScoreCard(30.5m, 60m),
            "quota" => () => _ = new QuotaCandidate("A", "U", "G", EvaluationLevel.Good, -0.25m),
            "tasks" => () => _ = new TaskCounts(-1, 0, 0),
            "retirement" => () => _ = RetirementSchedule.For(Man1975).MonthsLeftAt(new LocalDate(1970, 1, 1)),
            "birth" => () => _ = BirthDate.Of(new LocalDate(2201, 1, 1)),
            "period" => () => _ = EffectivePeriod.Between(new LocalDate(2020, 1, 1), new LocalDate(2019, 12, 31)),
            "seats" => () => _ = new CadreRules.Planning.PlanningTitle("T", "Title", OrganisationalLevel.Commune, -1234567),
            _ => throw new ArgumentOutOfRangeException(nameof(call)),
        };

        string message = MessageUnder(culture, failing);

        Assert.StartsWith(expected, message, StringComparison.Ordinal);
        Assert.DoesNotContain("Actual value", message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> BoundaryCases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (string culture in new[] { "fa-IR", "ar-SA" })
        {
            data.Add(culture, "share-count", "The field count cannot be negative (-3).");
            data.Add(culture, "share-total", "The field total must be at least 1, not 0.");
            data.Add(culture, "percent", "The field percent cannot be negative (-12).");
            data.Add(culture, "decimals", "The field decimals must be between 0 and 6, not 7.");
            data.Add(culture, "composition", "The field count must be between 0 and 5, not 6.");
            data.Add(culture, "young", "The field youngAgeLimit must be between 1 and 100, not 1000.");
            data.Add(culture, "ties", "The field yearsStudiedOrWorkedThere cannot be negative (-1).");
            data.Add(culture, "working-days", "The field count must be between 1 and 3660, not 100000.");
            data.Add(culture, "level", "Unknown organisational level.");
            data.Add(culture, "calendar", "The birth date 2201-01-01 is outside the dates the library accepts, 1900-01-01 to 2200-12-31.");
            data.Add(culture, "post", "The field start (1850-06-15) is outside the dates the library accepts, 1900-01-01 to 2200-12-31.");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BoundaryCases))]
    public void BoundaryCheck_UnderAnyCulture_IsTheLibrarysOwnPlainSentence(string culture, string call, string expected)
    {
        Action failing = call switch
        {
            "share-count" => () => _ = Share.Of(-3, 5),
            "share-total" => () => _ = Share.Of(1, 0),
            "percent" => () => _ = Share.Percent(-12),
            "decimals" => () => _ = Share.Of(1, 3).FormatPercent(Language.English, 7),
            "composition" => () => _ = new CadreRules.Composition.CompositionShare(6, 5),
            "young" => () => _ = CadreRules.Composition.BodyComposition.Of([], new LocalDate(2026, 1, 1), 1000),
            "ties" => () => _ = new LocalityTies(true, true, -1),
            "working-days" => () => _ = CadreRules.Appointment.WorkingCalendar.MondayToFriday.WorkingDaysBefore(new LocalDate(2026, 3, 1), 100_000),
            "level" => () => _ = new PositionHeld("T", "U", (OrganisationalLevel)99, new LocalDate(2020, 1, 1)),
            "calendar" => () => _ = BirthDate.Of(new LocalDate(2201, 1, 1)),
            "post" => () => _ = new PositionHeld("T", "U", OrganisationalLevel.Commune, new LocalDate(1850, 6, 15)),
            _ => throw new ArgumentOutOfRangeException(nameof(call)),
        };

        InputOutOfRangeException e = Assert.IsType<InputOutOfRangeException>(MessageUnderException(culture, failing));
        Assert.Equal(expected, e.Message);
        Assert.DoesNotContain("(Parameter", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Actual value was", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("non-negative", e.Message, StringComparison.Ordinal);
        Assert.All(e.Message, c => Assert.True(!char.IsDigit(c) || char.IsAsciiDigit(c), $"'{c}' is not an ASCII digit"));
    }

    private static Exception MessageUnderException(string culture, Action failing)
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        CultureInfo savedUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return Assert.ThrowsAny<ArgumentOutOfRangeException>(failing);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }
}
