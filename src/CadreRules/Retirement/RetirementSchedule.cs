using System;
using System.Collections.Immutable;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Retirement;

/// <summary>
/// When a person retires: the retirement age, the month in which it is reached, the retirement date (the last day of
/// that month; retirement takes effect at the end of that day) and the first day of pension (the next day).
/// </summary>
/// <remarks>Immutable and thread-safe. Create with <see cref="For(Sex, BirthDate)"/> or <see cref="For(Cadre)"/>.</remarks>
public sealed record RetirementSchedule
{
    private RetirementSchedule(Sex sex, BirthDate birthDate)
    {
        Sex = sex;
        BirthDate = birthDate;
        Age = RetirementAge.For(sex, birthDate);
        AgeReachedIn = birthDate.Month.PlusMonths(Age.TotalMonths);
        RetirementDate = AgeReachedIn.OnDayOfMonth(AgeReachedIn.Calendar.GetDaysInMonth(AgeReachedIn.Year, AgeReachedIn.Month));
        PensionStart = RetirementDate.PlusDays(1);
    }

    /// <summary>Gets the sex.</summary>
    public Sex Sex { get; }

    /// <summary>Gets the birth date.</summary>
    public BirthDate BirthDate { get; }

    /// <summary>Gets the retirement age.</summary>
    public RetirementAge Age { get; }

    /// <summary>Gets the month in which the retirement age is reached.</summary>
    public YearMonth AgeReachedIn { get; }

    /// <summary>Gets the retirement date: the last day of <see cref="AgeReachedIn"/>.</summary>
    public LocalDate RetirementDate { get; }

    /// <summary>Gets the first day of pension: the day after <see cref="RetirementDate"/>.</summary>
    public LocalDate PensionStart { get; }

    /// <summary>Gets the rule code of the retirement schedule's explanation.</summary>
    public static RuleCode NormalAgeCode { get; } = new("Retirement.NormalAge");

    /// <summary>Gets the clause the schedule rests on.</summary>
    public static Citation Citation => RetirementDocuments.Schedule;

    /// <summary>Computes the schedule for a sex and birth date.</summary>
    /// <param name="sex">The sex.</param>
    /// <param name="birthDate">The birth date.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sex"/> is not defined.</exception>
    public static RetirementSchedule For(Sex sex, BirthDate birthDate)
    {
        if (!Enum.IsDefined(sex))
        {
            throw new InputOutOfRangeException(nameof(sex), sex, "Unknown sex.");
        }

        return new(sex, birthDate);
    }

    /// <summary>Computes the schedule for a cadre.</summary>
    /// <param name="cadre">The cadre.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cadre"/> is null.</exception>
    public static RetirementSchedule For(Cadre cadre)
    {
        ArgumentNullException.ThrowIfNull(cadre);
        return new(cadre.Sex, cadre.BirthDate);
    }

    /// <summary>
    /// Gets the whole months of working time left on a date: the months from the month of <paramref name="asOf"/> to the
    /// month in which the retirement age is reached, which is how the regulations count ("retirement age minus age").
    /// Negative once the retirement month has passed.
    /// </summary>
    /// <param name="asOf">The date asked.</param>
    /// <returns>The months left.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is before the birth date.</exception>
    public int MonthsLeftAt(LocalDate asOf)
    {
        if (asOf < BirthDate.Date)
        {
            throw new InputOutOfRangeException(nameof(asOf), asOf, $"The date asked, {TextFormat.IsoDate(asOf)}, is before the birth date {BirthDate}.");
        }

        return BirthDate.MonthsBetween(new YearMonth(asOf.Year, asOf.Month), AgeReachedIn);
    }

    /// <summary>Gets the whole months of working time left at the start of a month (the age-reference month of a regulation).</summary>
    /// <param name="month">The month.</param>
    /// <returns>The months left: retirement age minus age in months at <paramref name="month"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is before the birth month.</exception>
    public int MonthsLeftAt(YearMonth month) => Age.TotalMonths - BirthDate.AgeInMonthsAt(month);

    /// <summary>Explains the schedule as a finding with its values and citation.</summary>
    /// <returns>The finding.</returns>
    public Finding Explain() => new(
        NormalAgeCode,
        RetirementMessages.Table.Get(NormalAgeCode),
        Citation,
        FindingStatus.Satisfied,
        Severity.Advisory,
        [
            FactValue.Of("sex", Sex.ToString()),
            FactValue.Of("birthDate", BirthDate.ToString()),
            FactValue.Of("retirementAge", new LocalizedText(Age.Format(Language.Vietnamese), Age.Format(Language.English))),
            FactValue.Of("reachedIn", AgeReachedIn),
            FactValue.Of("retirementDate", RetirementDate),
            FactValue.Of("pensionStart", PensionStart),
        ],
        ImmutableArray<Finding>.Empty);
}
