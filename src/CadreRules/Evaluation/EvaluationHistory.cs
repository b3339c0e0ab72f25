using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>
/// One track (State or Party) of a person's yearly classification results, in year order, with the queries that the
/// consequence rules and other rule families ask of it: consecutive KHT years, two KHT years within three, KHT years in
/// a span.
/// </summary>
/// <remarks>
/// "Consecutive" means calendar years Y − 1 and Y both rated Không hoàn thành nhiệm vụ (KHT); a year not rated or not
/// recorded breaks a run. The queries never depend on the order in which records were given. Immutable and thread-safe.
/// </remarks>
public sealed class EvaluationHistory
{
    private readonly ImmutableArray<int> _notComplete;

    private EvaluationHistory(EvaluationTrack track, ImmutableArray<EvaluationRecord> records)
    {
        Track = track;
        Records = records;
        var kht = ImmutableArray.CreateBuilder<int>();
        foreach (EvaluationRecord record in records)
        {
            if (record.IsNotComplete)
            {
                kht.Add(record.Year);
            }
        }

        _notComplete = kht.ToImmutable();
    }

    /// <summary>Gets the track read.</summary>
    public EvaluationTrack Track { get; }

    /// <summary>Gets the records of <see cref="Track"/>, in year order.</summary>
    public ImmutableArray<EvaluationRecord> Records { get; }

    /// <summary>Gets the years rated KHT, ascending.</summary>
    public ImmutableArray<int> NotCompleteYears => _notComplete;

    /// <summary>Builds a history from records; records of the other track are ignored.</summary>
    /// <param name="records">The records, in any order.</param>
    /// <param name="track">The track to read (the consequences of Luật Cán bộ, công chức read the State track).</param>
    /// <returns>The history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> or an item is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="track"/> is not defined.</exception>
    /// <exception cref="ArgumentException">Two records of the track share a year.</exception>
    /// <exception cref="InputOutOfRangeException">A record's year is outside <see cref="DomainCalendar"/> (1900 to 2200).</exception>
    public static EvaluationHistory Of(IEnumerable<EvaluationRecord> records, EvaluationTrack track)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (!Enum.IsDefined(track))
        {
            throw new InputOutOfRangeException(nameof(track), track, "Unknown evaluation track.");
        }

        var list = new List<EvaluationRecord>();
        int i = 0;
        foreach (EvaluationRecord record in records)
        {
            if (record is null)
            {
                throw new ArgumentNullException(nameof(records), string.Create(CultureInfo.InvariantCulture, $"records[{i}] is null."));
            }

            DomainCalendar.CheckYear(record.Year, string.Create(CultureInfo.InvariantCulture, $"records[{i}].year"));
            if (record.Track == track)
            {
                list.Add(record);
            }

            i++;
        }

        list.Sort((a, b) => a.Year.CompareTo(b.Year));
        for (int k = 1; k < list.Count; k++)
        {
            if (list[k].Year == list[k - 1].Year)
            {
                throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture, $"Two {track} evaluation records for {list[k].Year}."), nameof(records));
            }
        }

        return new EvaluationHistory(track, [.. list]);
    }

    /// <summary>Builds a history from a cadre's evaluations.</summary>
    /// <param name="cadre">The cadre.</param>
    /// <param name="track">The track to read.</param>
    /// <returns>The history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cadre"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="track"/> is not defined.</exception>
    public static EvaluationHistory Of(Cadre cadre, EvaluationTrack track)
    {
        ArgumentNullException.ThrowIfNull(cadre);
        return Of(cadre.Evaluations, track);
    }

    /// <summary>Tells whether a year was rated KHT.</summary>
    /// <param name="year">The year.</param>
    /// <returns><see langword="true"/> when the year's record is KHT.</returns>
    public bool IsNotComplete(int year) => _notComplete.BinarySearch(year) >= 0;

    /// <summary>Finds the latest two consecutive KHT years up to a year.</summary>
    /// <param name="throughYear">The last year looked at (inclusive).</param>
    /// <returns>The pair (Y − 1, Y) with the largest Y ≤ <paramref name="throughYear"/>, or <see langword="null"/>.</returns>
    public (int First, int Second)? LatestConsecutiveNotComplete(int throughYear)
    {
        for (int k = _notComplete.Length - 1; k >= 1; k--)
        {
            if (_notComplete[k] <= throughYear && _notComplete[k - 1] == _notComplete[k] - 1)
            {
                return (_notComplete[k - 1], _notComplete[k]);
            }
        }

        return null;
    }

    /// <summary>Finds the latest two KHT years that fall within three consecutive years, up to a year.</summary>
    /// <param name="throughYear">The last year looked at (inclusive).</param>
    /// <returns>The pair with the largest second year ≤ <paramref name="throughYear"/> and second − first ≤ 2, or <see langword="null"/>.</returns>
    public (int First, int Second)? LatestTwoNotCompleteWithinThree(int throughYear)
    {
        for (int k = _notComplete.Length - 1; k >= 1; k--)
        {
            if (_notComplete[k] <= throughYear && _notComplete[k] - _notComplete[k - 1] <= 2)
            {
                return (_notComplete[k - 1], _notComplete[k]);
            }
        }

        return null;
    }

    /// <summary>Gets the KHT years in a span of years.</summary>
    /// <param name="firstYear">The first year (inclusive).</param>
    /// <param name="lastYear">The last year (inclusive).</param>
    /// <returns>The years, ascending; empty when <paramref name="lastYear"/> is before <paramref name="firstYear"/>.</returns>
    public ImmutableArray<int> NotCompleteYearsBetween(int firstYear, int lastYear)
    {
        var years = ImmutableArray.CreateBuilder<int>();
        foreach (int year in _notComplete)
        {
            if (year >= firstYear && year <= lastYear)
            {
                years.Add(year);
            }
        }

        return years.ToImmutable();
    }

    /// <summary>Gets the latest rated record up to a year (a record whose level is not <see langword="null"/>).</summary>
    /// <param name="throughYear">The last year looked at (inclusive).</param>
    /// <returns>The record, or <see langword="null"/>.</returns>
    public EvaluationRecord? LatestRated(int throughYear)
    {
        for (int k = Records.Length - 1; k >= 0; k--)
        {
            if (Records[k].Year <= throughYear && Records[k].Level is not null)
            {
                return Records[k];
            }
        }

        return null;
    }
}
