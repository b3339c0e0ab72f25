using System.Collections.Generic;
using System.Collections.Immutable;
using System;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>
/// The evaluation inputs of one organisation for one year (the evaluation document): for each person, the unit and peer
/// group the per-unit quota of Hoàn thành xuất sắc nhiệm vụ (HTXS) is counted in, and the facts to classify.
/// </summary>
/// <remarks>Immutable and thread-safe. The package <c>CadreRules.Documents</c> reads and writes it as the evaluation
/// document; the evaluation round runs it.</remarks>
public sealed class EvaluationSheet
{
    /// <summary>Creates a sheet.</summary>
    /// <param name="year">The year evaluated.</param>
    /// <param name="entries">The people, in order; identifiers are unique and every entry is of <paramref name="year"/>.</param>
    /// <param name="organisation">The organisation's name, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    /// <exception cref="ArgumentException">Two entries share an identifier, or an entry is of another year.</exception>
    public EvaluationSheet(int year, IEnumerable<EvaluationEntry> entries, string? organisation = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ImmutableArray<EvaluationEntry> list = [.. entries];
        var seen = new HashSet<People.CadreId>();
        foreach (EvaluationEntry entry in list)
        {
            ArgumentNullException.ThrowIfNull(entry, nameof(entries));
            if (!seen.Add(entry.Id))
            {
                throw new InvalidInputException($"The identifier '{entry.Id}' is used twice.", nameof(entries));
            }

            if (entry.Input.Year != year)
            {
                throw new InvalidInputException($"'{entry.Id}' is evaluated for {entry.Input.Year}, not {year}.", nameof(entries));
            }
        }

        Year = year;
        Entries = list;
        Organisation = organisation;
    }

    /// <summary>Gets the year evaluated.</summary>
    public int Year { get; }

    /// <summary>Gets the people evaluated, in document order.</summary>
    public ImmutableArray<EvaluationEntry> Entries { get; }

    /// <summary>Gets the organisation's name, or null.</summary>
    public string? Organisation { get; }
}
