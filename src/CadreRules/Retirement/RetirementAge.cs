using System;
using CadreRules.Rules;
using System.Globalization;
using CadreRules.People;

namespace CadreRules.Retirement;

/// <summary>
/// The normal retirement age (tuổi nghỉ hưu trong điều kiện lao động bình thường) under Bộ luật Lao động 2019 Điều 169
/// khoản 2 and Nghị định 135/2020/NĐ-CP Điều 4, in whole months.
/// </summary>
/// <remarks>
/// <para>Men: 60 years for births up to 12/1960; from 01/1961 the age rises by 3 months for every 9 months of birth
/// (one step a calendar year of reaching it), up to 62 years from births in 04/1966.</para>
/// <para>Women: 55 years for births up to 12/1965; from 01/1966 it rises by 4 months for every 8 months of birth, up to
/// 60 years from births in 05/1975.</para>
/// <para>In closed form, with m the months from 01/1961 (men) or 01/1966 (women) to the birth month:
/// men 720 if m &lt; 0, else min(723 + 3⌊m/9⌋, 744); women 660 if m &lt; 0, else min(664 + 4⌊m/8⌋, 720).
/// Only the birth month matters: a birth date known only to the year counts as January.</para>
/// <para>Later retirement (NĐ 83/2022, NĐ 99/2024) and early retirement (Annex II) are not applied here.</para>
/// </remarks>
public readonly record struct RetirementAge : IComparable<RetirementAge>
{
    private RetirementAge(int totalMonths) => TotalMonths = totalMonths;

    /// <summary>Gets the age in whole months (e.g. 723 for 60 years 3 months).</summary>
    public int TotalMonths { get; }

    /// <summary>Gets the whole years of the age.</summary>
    public int Years => TotalMonths / 12;

    /// <summary>Gets the months beyond <see cref="Years"/>.</summary>
    public int Months => TotalMonths % 12;

    /// <summary>Gets the normal retirement age for a sex and birth date.</summary>
    /// <param name="sex">The sex.</param>
    /// <param name="birthDate">The birth date (only the month is used).</param>
    /// <returns>The retirement age.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sex"/> is not defined.</exception>
    public static RetirementAge For(Sex sex, BirthDate birthDate)
    {
        int year = birthDate.Year;
        int month = birthDate.Month.Month;
        return sex switch
        {
            Sex.Male => new(Step((year - 1961) * 12 + month - 1, 720, 723, 3, 9, 744)),
            Sex.Female => new(Step((year - 1966) * 12 + month - 1, 660, 664, 4, 8, 720)),
            _ => throw new InputOutOfRangeException(nameof(sex), sex, "Unknown sex."),
        };
    }

    /// <inheritdoc />
    public int CompareTo(RetirementAge other) => TotalMonths.CompareTo(other.TotalMonths);

    /// <summary>Formats the age, e.g. <c>60y3m</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Years}y{Months}m");

    /// <summary>Formats the age in a language, e.g. <c>60 năm 3 tháng</c> or <c>60 years 3 months</c>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string Format(Rules.Language language) => language == Rules.Language.Vietnamese
        ? string.Create(CultureInfo.InvariantCulture, $"{Years} năm {Months} tháng")
        : string.Create(CultureInfo.InvariantCulture, $"{Years} years {Months} months");

    /// <summary>Compares two ages.</summary>
    /// <param name="left">The left age.</param>
    /// <param name="right">The right age.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is lower.</returns>
    public static bool operator <(RetirementAge left, RetirementAge right) => left.TotalMonths < right.TotalMonths;

    /// <summary>Compares two ages.</summary>
    /// <param name="left">The left age.</param>
    /// <param name="right">The right age.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is higher.</returns>
    public static bool operator >(RetirementAge left, RetirementAge right) => left.TotalMonths > right.TotalMonths;

    /// <summary>Compares two ages.</summary>
    /// <param name="left">The left age.</param>
    /// <param name="right">The right age.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not higher.</returns>
    public static bool operator <=(RetirementAge left, RetirementAge right) => left.TotalMonths <= right.TotalMonths;

    /// <summary>Compares two ages.</summary>
    /// <param name="left">The left age.</param>
    /// <param name="right">The right age.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not lower.</returns>
    public static bool operator >=(RetirementAge left, RetirementAge right) => left.TotalMonths >= right.TotalMonths;

    private static int Step(int m, int before, int first, int increment, int monthsPerStep, int cap) =>
        m < 0 ? before : Math.Min(first + (increment * (m / monthsPerStep)), cap);
}
