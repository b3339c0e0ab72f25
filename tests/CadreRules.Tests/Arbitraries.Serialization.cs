using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.People;
using CadreRules.Rules;
using CadreRules.Documents;
using CadreRules.Tests.Documents;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CadreRules.Tests;

public static partial class Arbitraries
{
    private static readonly string?[] Names = [null, "Nguyễn Văn A", "Trần Thị B", "Lê \"Ba\" \\ C", "Đặng Ngọc Ánh"];

    public static Gen<LocalDate> Dates(int fromYear, int toYear) =>
        from y in Gen.Choose(fromYear, toYear)
        from m in Gen.Choose(1, 12)
        from d in Gen.Choose(1, 28)
        select new LocalDate(y, m, d);

    public static Gen<BirthDate> BirthDates() =>
        from date in Dates(1950, 2000)
        from precision in Gen.Elements(BirthDatePrecision.Day, BirthDatePrecision.Month, BirthDatePrecision.Year)
        select precision switch
        {
            BirthDatePrecision.Day => BirthDate.Of(date),
            BirthDatePrecision.Month => BirthDate.OfMonth(date.Year, date.Month),
            _ => BirthDate.OfYear(date.Year),
        };

    public static Gen<PositionHeld> Positions(int index) =>
        from start in Dates(2000, 2024)
        from months in Gen.Choose(-1, 120)
        from level in Gen.Elements(System.Enum.GetValues<OrganisationalLevel>())
        from leadership in Gen.Elements(true, false)
        from rank in Gen.Elements<int?>(null, 1, 2, 3)
        from unit in Gen.Elements("Đảng ủy xã X", "UBND xã Y", "Chi bộ ấp Z")
        select new PositionHeld("Post " + index, unit, level, start, months < 0 ? null : start.PlusMonths(months), leadership, rank);

    public static Gen<DisciplineRecord> SerializableDisciplineRecords() =>
        from form in Gen.Elements(System.Enum.GetValues<DisciplineForm>())
        from track in Gen.Elements(DisciplineTrack.Party, DisciplineTrack.Administrative)
        from decided in Dates(2005, 2025)
        from yearsBefore in Gen.Choose(-1, 3)
        from publicDuty in Gen.Elements(true, false)
        from selfDiscovered in Gen.Elements(true, false)
        select new DisciplineRecord(form, track, decided, yearsBefore < 0 ? null : decided.Year - yearsBefore, publicDuty, selfDiscovered);

    public static Gen<ImmutableArray<EvaluationRecord>> EvaluationRecords() =>
        from mask in Gen.Choose(0, 1023)
        from levels in Gen.Elements<EvaluationLevel?>(null, EvaluationLevel.Excellent, EvaluationLevel.Good, EvaluationLevel.Complete, EvaluationLevel.NotComplete).ArrayOf(10)
        select Enumerable.Range(0, 10)
            .Where(i => (mask & (1 << i)) != 0)
            .Select(i => new EvaluationRecord(2020 + (i / 2), i % 2 == 0 ? EvaluationTrack.Party : EvaluationTrack.State, levels[i]))
            .ToImmutableArray();

    public static Gen<Cadre> Cadres(string id) =>
        from name in Gen.Elements(Names)
        from sex in Gen.Elements(Sex.Male, Sex.Female)
        from birth in BirthDates()
        from minority in Gen.Elements(true, false)
        from home in Gen.Elements<string?>(null, "xã Minh Khê", "phường 3")
        from partyYears in Gen.Choose(-1, 40)
        from positionCount in Gen.Choose(0, 3)
        from positions in Gen.CollectToArray(Enumerable.Range(0, positionCount).Select(Positions))
        from discipline in SerializableDisciplineRecords().ListOf().Select(l => l.Take(3).ToList())
        from evaluations in EvaluationRecords()
        select new Cadre(id, sex, birth, minority, home,
            partyYears < 0 ? null : new PartyMembership(birth.Date.PlusYears(18 + partyYears)),
            positions.Where(p => p.Start >= birth.Date), discipline, evaluations, name); // no post before the birth (issue #17)

    public static Gen<Roster> Rosters() =>
        from count in Gen.Choose(0, 6)
        from cadres in Gen.CollectToArray(Enumerable.Range(0, count).Select(i => Cadres("C-" + i)))
        from organisation in Gen.Elements<string?>(null, "Đảng bộ xã Minh Khê Thượng")
        select new Roster(cadres, organisation);

    public static Gen<Share> Shares() =>
        from denominator in Gen.Choose(1, 1000)
        from numerator in Gen.Choose(0, 1000)
        select Share.Of(System.Math.Min(numerator, denominator), denominator);

    public static Gen<LocalVariant> Variants() =>
        from minScore in Gen.Choose(-1, 100)
        from quota in Gen.OneOf(Gen.Constant<Share?>(null), Shares().Select(s => (Share?)s))
        from flag in Gen.Elements<bool?>(null, true, false)
        from mode in Gen.Elements<string?>(null, "Strict", "Lenient")
        from start in Dates(2020, 2030)
        from length in Gen.Choose(-1, 60)
        from clause in Gen.Elements<int?>(null, 1, 4)
        select new LocalVariant(
            "ser-test-local",
            SerializationTestRegulation.RegulationIdText,
            new LocalizedText("Biến thể tỉnh", "Provincial variant"),
            clause is null ? new LegalDocument("QĐ 12-QĐ/TU", "Tỉnh ủy", new LocalDate(2024, 3, 1)).Whole()
                : new LegalDocument("QĐ 12-QĐ/TU", "Tỉnh ủy", new LocalDate(2024, 3, 1)).Article(2, clause, clause == 4 ? "b" : null),
            new EffectivePeriod(start, length < 0 ? null : start.PlusMonths(length)),
            Overrides(minScore, quota, flag, mode));

    public static Gen<FactValue> FactValues() =>
        from name in Gen.Elements("score", "share", "date", "month", "flag", "text", "ratio")
        from kind in Gen.Choose(0, 6)
        from number in Gen.Choose(-5000, 5000)
        from share in Shares()
        from date in Dates(1950, 2060)
        select kind switch
        {
            0 => FactValue.Of(name, number),
            1 => FactValue.Of(name, number / 100m),
            2 => FactValue.Of(name, share),
            3 => FactValue.Of(name, date),
            4 => FactValue.Of(name, new YearMonth(date.Year, date.Month)),
            5 => FactValue.Of(name, number % 2 == 0),
            _ => FactValue.Of(name, "giá trị " + number),
        };

    public static Gen<Finding> Findings() => FindingTree(2);

    public static Gen<Verdict<string>> Verdicts() =>
        from outcome in Gen.Elements("Good", "NotRated", "eligible")
        from explanation in Findings()
        from withRegulation in Gen.Elements(true, false)
        select new Verdict<string>(outcome, explanation, withRegulation ? new SerializationTestRegulation().Reference : null);

    private static Gen<Finding> FindingTree(int depth) =>
        from code in Gen.Elements("Test.A", "QD366.HTXS.ExceededShare", "Retirement.NormalAge")
        from status in Gen.Elements(System.Enum.GetValues<FindingStatus>())
        from severity in Gen.Elements(System.Enum.GetValues<Severity>())
        from cited in Gen.Choose(0, 2)
        from values in FactValues().ListOf().Select(l => l.Take(4).ToImmutableArray())
        from childCount in Gen.Choose(0, depth == 0 ? 0 : 3)
        from children in Gen.CollectToArray(Enumerable.Range(0, childCount).Select(_ => FindingTree(depth - 1)))
        select new Finding(
            code,
            new LocalizedText("Mẫu {score}", "Template {score}"),
            cited switch
            {
                0 => null,
                1 => SerializationTestRegulation.Document.Article(5, 2, "a"),
                _ => SerializationTestRegulation.Document.Section("7.5"),
            },
            status,
            severity,
            values,
            [.. children]);

    private static Dictionary<string, ParameterValue> Overrides(int minScore, Share? quota, bool? flag, string? mode)
    {
        var overrides = new Dictionary<string, ParameterValue>();
        if (minScore >= 0)
        {
            overrides["minScore"] = ParameterValue.FromInteger(minScore);
        }

        if (quota is { } q)
        {
            overrides["quota"] = ParameterValue.FromShare(q);
        }

        if (flag is { } f)
        {
            overrides["countsMonths"] = ParameterValue.FromBoolean(f);
        }

        if (mode is not null)
        {
            overrides["mode"] = ParameterValue.FromChoice(mode);
        }

        return overrides;
    }
}
