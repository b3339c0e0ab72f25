using System;
using System.Collections.Generic;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Composition;

/// <summary>
/// The qualifications of a set of cadres on a date, as the seed articles count them: how many hold a university degree
/// or higher (đại học và trên đại học), how many the advanced level of political theory (cao cấp, a bachelor's degree
/// in political theory, cử nhân, counted with it), and how many the intermediate level or higher (cao cấp và trung
/// cấp), each as an exact share of the whole.
/// </summary>
/// <remarks>
/// <para>The denominator of every share is <see cref="Total"/>, the number of distinct cadres ("90,2% ủy viên" divides
/// by all the members), never the number whose qualifications are recorded. A cadre with no level recorded as held on
/// <see cref="AsOf"/> (nothing recorded, or a level obtained after that date) is counted in the denominator and not in
/// the numerator, and is counted in <see cref="EducationUnrecorded"/> or <see cref="PoliticalTheoryUnrecorded"/> so
/// that a reader sees how much of a share is unknown rather than missing.</para>
/// <para>Each cadre counts once (duplicates by <see cref="CadreId"/> are skipped). Immutable and thread-safe.</para>
/// </remarks>
public sealed class QualificationShares
{
    private QualificationShares(LocalDate asOf, int total, int university, int advanced, int intermediate, int educationUnrecorded, int theoryUnrecorded)
    {
        AsOf = asOf;
        Total = total;
        UniversityOrHigher = new CompositionShare(university, total);
        PoliticalTheoryAdvanced = new CompositionShare(advanced, total);
        PoliticalTheoryIntermediateOrHigher = new CompositionShare(intermediate, total);
        EducationUnrecorded = educationUnrecorded;
        PoliticalTheoryUnrecorded = theoryUnrecorded;
    }

    /// <summary>Gets the date on which the levels held are read (a level counts from the day it was obtained).</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the number of distinct cadres: the denominator of every share.</summary>
    public int Total { get; }

    /// <summary>Gets the cadres with a university degree or higher (<see cref="EducationLevel.University"/> or above).</summary>
    public CompositionShare UniversityOrHigher { get; }

    /// <summary>Gets the cadres with advanced political theory: <see cref="PoliticalTheoryLevel.Advanced"/> or
    /// <see cref="PoliticalTheoryLevel.Bachelor"/>.</summary>
    public CompositionShare PoliticalTheoryAdvanced { get; }

    /// <summary>Gets the cadres with intermediate political theory or higher ("cao cấp và trung cấp"):
    /// <see cref="PoliticalTheoryLevel.Intermediate"/>, <see cref="PoliticalTheoryLevel.Advanced"/> or
    /// <see cref="PoliticalTheoryLevel.Bachelor"/>.</summary>
    public CompositionShare PoliticalTheoryIntermediateOrHigher { get; }

    /// <summary>Gets how many cadres have no education level recorded as held on <see cref="AsOf"/>.</summary>
    public int EducationUnrecorded { get; }

    /// <summary>Gets how many cadres have no political theory level recorded as held on <see cref="AsOf"/>.</summary>
    public int PoliticalTheoryUnrecorded { get; }

    /// <summary>Counts the qualifications of a set of cadres.</summary>
    /// <param name="cadres">The cadres; a cadre listed twice (same id) counts once.</param>
    /// <param name="asOf">The date on which the levels held are read.</param>
    /// <returns>The shares.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cadres"/> or one of its items is null.</exception>
    public static QualificationShares Of(IEnumerable<Cadre> cadres, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(cadres);
        var seen = new HashSet<CadreId>();
        int total = 0, university = 0, advanced = 0, intermediate = 0, educationUnrecorded = 0, theoryUnrecorded = 0;
        foreach (Cadre cadre in cadres)
        {
            ArgumentNullException.ThrowIfNull(cadre, nameof(cadres));
            if (!seen.Add(cadre.Id))
            {
                continue;
            }

            total++;
            if (cadre.Qualifications.EducationOn(asOf) is { } education)
            {
                university += education >= EducationLevel.University ? 1 : 0;
            }
            else
            {
                educationUnrecorded++;
            }

            if (cadre.Qualifications.PoliticalTheoryOn(asOf) is { } theory)
            {
                advanced += theory >= PoliticalTheoryLevel.Advanced ? 1 : 0;
                intermediate += theory >= PoliticalTheoryLevel.Intermediate ? 1 : 0;
            }
            else
            {
                theoryUnrecorded++;
            }
        }

        return new QualificationShares(asOf, total, university, advanced, intermediate, educationUnrecorded, theoryUnrecorded);
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Total} cadres; university or higher {UniversityOrHigher}; political theory advanced {PoliticalTheoryAdvanced}; intermediate or higher {PoliticalTheoryIntermediateOrHigher}";
}
