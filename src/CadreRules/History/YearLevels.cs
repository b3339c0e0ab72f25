using System;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.History;

/// <summary>The evaluation results of one year for a person or a unit: how many were rated at each level and how many
/// were not rated.</summary>
/// <remarks>A person's year is a count of one at one level (or one not rated). Immutable and thread-safe.</remarks>
public sealed class YearLevels
{
    /// <summary>Creates a year's counts.</summary>
    /// <param name="year">The year evaluated.</param>
    /// <param name="excellent">The count rated Hoàn thành xuất sắc nhiệm vụ (HTXS).</param>
    /// <param name="good">The count rated Hoàn thành tốt nhiệm vụ (HTT).</param>
    /// <param name="complete">The count rated Hoàn thành nhiệm vụ (HTNV).</param>
    /// <param name="notComplete">The count rated Không hoàn thành nhiệm vụ (KHT).</param>
    /// <param name="notRated">The count not rated (không xếp loại).</param>
    /// <exception cref="InputOutOfRangeException"><paramref name="year"/> is outside <see cref="DomainCalendar"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public YearLevels(int year, long excellent, long good, long complete, long notComplete, long notRated = 0)
    {
        DomainCalendar.CheckYear(year, nameof(year));
        ArgumentBounds.NotNegative(excellent, nameof(excellent));
        ArgumentBounds.NotNegative(good, nameof(good));
        ArgumentBounds.NotNegative(complete, nameof(complete));
        ArgumentBounds.NotNegative(notComplete, nameof(notComplete));
        ArgumentBounds.NotNegative(notRated, nameof(notRated));
        Year = year;
        Excellent = excellent;
        Good = good;
        Complete = complete;
        NotComplete = notComplete;
        NotRated = notRated;
    }

    /// <summary>Gets the year evaluated.</summary>
    public int Year { get; }

    /// <summary>Gets the count rated HTXS.</summary>
    public long Excellent { get; }

    /// <summary>Gets the count rated HTT.</summary>
    public long Good { get; }

    /// <summary>Gets the count rated HTNV.</summary>
    public long Complete { get; }

    /// <summary>Gets the count rated KHT.</summary>
    public long NotComplete { get; }

    /// <summary>Gets the count not rated.</summary>
    public long NotRated { get; }

    /// <summary>Gets the count rated at any level.</summary>
    public long Rated => Excellent + Good + Complete + NotComplete;

    /// <summary>Creates a person's year: one result at a level.</summary>
    /// <param name="year">The year evaluated.</param>
    /// <param name="level">The level, or <see langword="null"/> when not rated.</param>
    /// <returns>The year's counts.</returns>
    /// <exception cref="InputOutOfRangeException"><paramref name="year"/> is outside <see cref="DomainCalendar"/>, or
    /// <paramref name="level"/> is not defined.</exception>
    public static YearLevels OfPerson(int year, EvaluationLevel? level)
    {
        if (level is { } l && !Enum.IsDefined(l))
        {
            throw new InputOutOfRangeException(nameof(level), l, "Unknown EvaluationLevel.");
        }

        return new YearLevels(year, level == EvaluationLevel.Excellent ? 1 : 0, level == EvaluationLevel.Good ? 1 : 0, level == EvaluationLevel.Complete ? 1 : 0, level == EvaluationLevel.NotComplete ? 1 : 0, level is null ? 1 : 0);
    }

    /// <summary>Reads a person's years from their evaluation records on one track (the records the consequence rules
    /// read): one year per record, a count of one at its level, or one not rated when the record has no level.</summary>
    /// <param name="records">The records (e.g. <see cref="Cadre.Evaluations"/>), each year at most once per track.</param>
    /// <param name="track">The track to read (party or State).</param>
    /// <returns>The years of that track, oldest first (empty when there are none).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> or an item is null.</exception>
    /// <exception cref="ArgumentException">A year has two records on the track.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="track"/> is not defined.</exception>
    public static System.Collections.Immutable.ImmutableArray<YearLevels> FromRecords(System.Collections.Generic.IEnumerable<EvaluationRecord> records, EvaluationTrack track)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (!Enum.IsDefined(track))
        {
            throw new ArgumentOutOfRangeException(nameof(track), track, "Unknown EvaluationTrack.");
        }

        var years = new System.Collections.Generic.SortedDictionary<int, YearLevels>();
        foreach (EvaluationRecord record in records)
        {
            ArgumentNullException.ThrowIfNull(record, nameof(records));
            if (record.Track != track)
            {
                continue;
            }

            if (years.ContainsKey(record.Year))
            {
                throw new InvalidInputException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Two {track} records for {record.Year}."), nameof(records));
            }

            years.Add(record.Year, OfPerson(record.Year, record.Level));
        }

        return [.. years.Values];
    }

    /// <summary>Gets the count rated at a level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The count.</returns>
    public long CountOf(EvaluationLevel level) => level switch
    {
        EvaluationLevel.Excellent => Excellent,
        EvaluationLevel.Good => Good,
        EvaluationLevel.Complete => Complete,
        _ => NotComplete,
    };

    /// <summary>Gets the size of a denominator in this year.</summary>
    /// <param name="denominator">The denominator.</param>
    /// <returns>The count it takes the shares over.</returns>
    public long Over(ShareDenominator denominator) => denominator == ShareDenominator.GoodOrBetter ? Excellent + Good : Rated;
}
