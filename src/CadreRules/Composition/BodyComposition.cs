using System;
using System.Collections.Generic;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Composition;

/// <summary>
/// The structure (cơ cấu) of a set of cadres on a date: how many are women (cán bộ nữ), young (cán bộ trẻ) and of an
/// ethnic minority (cán bộ người dân tộc thiểu số, DTTS), each as an exact share of the whole.
/// </summary>
/// <remarks>
/// "Young" means an age in completed years on <see cref="AsOf"/> strictly below <see cref="YoungAgeLimit"/> ("dưới 40
/// tuổi" → age &lt; 40). Each cadre is counted once, whatever order or repetition the input has: duplicates by
/// <see cref="CadreId"/> are counted once. Immutable and thread-safe.
/// </remarks>
public sealed class BodyComposition
{
    private BodyComposition(LocalDate asOf, int youngAgeLimit, int total, int women, int young, int ethnicMinority)
    {
        AsOf = asOf;
        YoungAgeLimit = youngAgeLimit;
        Women = new CompositionShare(women, total);
        Young = new CompositionShare(young, total);
        EthnicMinority = new CompositionShare(ethnicMinority, total);
        Total = total;
    }

    /// <summary>Gets the date on which ages are measured.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the age in years below which a cadre counts as young.</summary>
    public int YoungAgeLimit { get; }

    /// <summary>Gets the number of distinct cadres.</summary>
    public int Total { get; }

    /// <summary>Gets the women among them.</summary>
    public CompositionShare Women { get; }

    /// <summary>Gets the young cadres among them (age &lt; <see cref="YoungAgeLimit"/> on <see cref="AsOf"/>).</summary>
    public CompositionShare Young { get; }

    /// <summary>Gets the ethnic-minority cadres among them.</summary>
    public CompositionShare EthnicMinority { get; }

    /// <summary>Measures the structure of a set of cadres.</summary>
    /// <param name="cadres">The cadres; a cadre listed twice (same id) counts once.</param>
    /// <param name="asOf">The date on which ages are measured.</param>
    /// <param name="youngAgeLimit">The age in years below which a cadre is young (for example 40 or 45), 1 to 100.</param>
    /// <returns>The structure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cadres"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="youngAgeLimit"/> is outside 1 to 100, or a cadre is born after <paramref name="asOf"/>.</exception>
    public static BodyComposition Of(IEnumerable<Cadre> cadres, LocalDate asOf, int youngAgeLimit)
    {
        ArgumentNullException.ThrowIfNull(cadres);
        ArgumentBounds.Between(youngAgeLimit, 1, 100, nameof(youngAgeLimit));
        var seen = new HashSet<CadreId>();
        int total = 0, women = 0, young = 0, minority = 0;
        foreach (Cadre cadre in cadres)
        {
            ArgumentNullException.ThrowIfNull(cadre, nameof(cadres));
            if (!seen.Add(cadre.Id))
            {
                continue;
            }

            if (asOf < cadre.BirthDate.Date)
            {
                throw new InputOutOfRangeException(nameof(cadres), null, $"Cadre '{cadre.Id}' is born after {TextFormat.Date(asOf)}.");
            }

            total++;
            women += cadre.Sex == Sex.Female ? 1 : 0;
            young += cadre.BirthDate.AgeInYearsAt(asOf) < youngAgeLimit ? 1 : 0;
            minority += cadre.IsEthnicMinority ? 1 : 0;
        }

        return new BodyComposition(asOf, youngAgeLimit, total, women, young, minority);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Total} cadres; women {Women}; young {Young}; ethnic minority {EthnicMinority}";
}
