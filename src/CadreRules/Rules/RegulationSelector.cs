using System;
using System.Linq;
using CadreRules.Rules;
using NodaTime;
using NodaTime.Text;

namespace CadreRules.Rules;

/// <summary>
/// Which regulation to apply, as analysts write it in case files and on the command line: a regulation id
/// (<c>party-eval-qd366</c>), <c>in force on yyyy-MM-dd</c>, or <c>in force</c> (on the date being judged).
/// </summary>
/// <remarks>Immutable. Exactly one of <see cref="Id"/> and "in force" holds.</remarks>
public readonly record struct RegulationSelector
{
    private const string InForceText = "in force";
    private const string InForceOnText = "in force on ";

    private RegulationSelector(RegulationId? id, LocalDate? inForceOn)
    {
        Id = id;
        InForceOn = inForceOn;
    }

    /// <summary>Gets the regulation id, or null when the selector is "in force".</summary>
    public RegulationId? Id { get; }

    /// <summary>Gets the date of "in force on DATE", or null (an id, or "in force" on the date being judged).</summary>
    public LocalDate? InForceOn { get; }

    /// <summary>Gets the selector "the regulation in force on the date being judged" (also the default value).</summary>
    public static RegulationSelector InForce => default;

    /// <summary>Selects a regulation by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The selector.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    public static RegulationSelector ById(RegulationId id) =>
        id.IsEmpty ? throw new InvalidInputException("The regulation id is empty.", nameof(id)) : new(id, null);

    /// <summary>Selects the regulation in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The selector.</returns>
    public static RegulationSelector InForceOnDate(LocalDate date) => new(null, date);

    /// <summary>Reads <c>in force</c>, <c>in force on DATE</c> (case-insensitive; the date as <c>dd/MM/yyyy</c> or
    /// <c>yyyy-MM-dd</c>, <see cref="InputValues.TryParseDate"/>) or a regulation id.</summary>
    /// <param name="text">The text.</param>
    /// <param name="selector">The selector read.</param>
    /// <returns>Whether <paramref name="text"/> is one of the three forms.</returns>
    public static bool TryParse(string? text, out RegulationSelector selector)
    {
        selector = default;
        string trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return false;
        }

        if (trimmed.Equals(InForceText, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (trimmed.StartsWith(InForceOnText, StringComparison.OrdinalIgnoreCase))
        {
            if (ValueParsing.TryParseDate(trimmed[InForceOnText.Length..], out LocalDate date))
            {
                selector = new(null, date);
                return true;
            }

            return false;
        }

        if (!trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            return false;
        }

        selector = new(new RegulationId(trimmed), null);
        return true;
    }

    /// <summary>Finds the selected regulation.</summary>
    /// <param name="catalog">The catalogue.</param>
    /// <param name="topic">The topic asked about (checked against a regulation selected by id).</param>
    /// <param name="kind">The kind of subject (for "in force").</param>
    /// <param name="asOf">The date being judged (for "in force" without a date).</param>
    /// <returns>The regulation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    /// <exception cref="RegulationNotFoundException">No such id, the id is about another topic, or none is in force.</exception>
    public Regulation Resolve(RegulationCatalog catalog, RegulationTopic topic, SubjectKind kind, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (Id is { } id)
        {
            Regulation regulation = catalog.Get(id);
            return regulation.Topic == topic
                ? regulation
                : throw new RegulationNotFoundException($"'{id}' is a {regulation.Topic} regulation, not a {topic} one.");
        }

        return catalog.InForce(topic, kind, InForceOn ?? asOf);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        Id is { } id ? id.Value : InForceOn is { } date ? InForceOnText + LocalDatePattern.Iso.Format(date) : InForceText;
}
