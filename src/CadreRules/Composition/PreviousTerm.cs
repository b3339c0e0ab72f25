using System;
using CadreRules.Rules;

namespace CadreRules.Composition;

/// <summary>
/// The same body in the previous term, as counts: its size and how many women, young and ethnic-minority members it had
/// (each optional), so that a body's structure can be compared with it (<see cref="TermChange"/>).
/// </summary>
/// <remarks>Counts, not members: articles and reports give the previous term's figures, rarely its people. "Young" is
/// counted as the previous term's own documents counted it. Immutable and thread-safe.</remarks>
public sealed record PreviousTerm
{
    /// <summary>Creates the previous term's figures.</summary>
    /// <param name="total">The number of members, 0 or more.</param>
    /// <param name="women">The number of women, or <see langword="null"/> when not known.</param>
    /// <param name="young">The number of young members, or <see langword="null"/> when not known.</param>
    /// <param name="ethnicMinority">The number of ethnic-minority members, or <see langword="null"/> when not known.</param>
    /// <param name="name">The term's name (e.g. <c>2015–2020</c>), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is negative, or a count is negative or above
    /// the total (the parameter names it).</exception>
    public PreviousTerm(int total, int? women = null, int? young = null, int? ethnicMinority = null, string? name = null)
    {
        ArgumentBounds.NotNegative(total, nameof(total));
        Check(women, total, nameof(women));
        Check(young, total, nameof(young));
        Check(ethnicMinority, total, nameof(ethnicMinority));
        Total = total;
        Women = women;
        Young = young;
        EthnicMinority = ethnicMinority;
        Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
    }

    /// <summary>Gets the number of members.</summary>
    public int Total { get; }

    /// <summary>Gets the number of women, if known.</summary>
    public int? Women { get; }

    /// <summary>Gets the number of young members, if known.</summary>
    public int? Young { get; }

    /// <summary>Gets the number of ethnic-minority members, if known.</summary>
    public int? EthnicMinority { get; }

    /// <summary>Gets the term's name, if given.</summary>
    public string? Name { get; }

    /// <summary>Gets the change of the share of women from this term to a body's structure.</summary>
    /// <param name="current">The body's structure now.</param>
    /// <returns>The change, or <see langword="null"/> when the previous count is not known.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> is null.</exception>
    public TermChange? WomenChange(BodyComposition current) => Change(Women, current, c => c.Women);

    /// <summary>Gets the change of the share of young members.</summary>
    /// <param name="current">The body's structure now.</param>
    /// <returns>The change, or <see langword="null"/> when the previous count is not known.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> is null.</exception>
    public TermChange? YoungChange(BodyComposition current) => Change(Young, current, c => c.Young);

    /// <summary>Gets the change of the share of ethnic-minority members.</summary>
    /// <param name="current">The body's structure now.</param>
    /// <returns>The change, or <see langword="null"/> when the previous count is not known.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> is null.</exception>
    public TermChange? EthnicMinorityChange(BodyComposition current) => Change(EthnicMinority, current, c => c.EthnicMinority);

    private TermChange? Change(int? count, BodyComposition current, Func<BodyComposition, CompositionShare> measure)
    {
        ArgumentNullException.ThrowIfNull(current);
        return count is { } c ? TermChange.Between(new CompositionShare(c, Total), measure(current)) : null;
    }

    private static void Check(int? count, int total, string name)
    {
        if (count is { } c)
        {
            ArgumentBounds.Between(c, 0, total, name);
        }
    }
}
