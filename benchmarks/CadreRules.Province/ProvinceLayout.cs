using System;
using System.Collections.Generic;

namespace CadreRules.Province;

/// <summary>A unit of the generated province: its place in the document and in its commune or ward.</summary>
/// <param name="Index">The unit's number in the document, from 0.</param>
/// <param name="Size">The people in the unit (the candidates of an organisation in a planning list).</param>
/// <param name="FirstPerson">The number of the unit's first person in the document, from 0.</param>
/// <param name="Locality">The number of the commune or ward the unit belongs to, from 0.</param>
/// <param name="IndexInLocality">The unit's number within its commune or ward, from 0.</param>
public readonly record struct ProvinceUnit(int Index, int Size, int FirstPerson, int Locality, int IndexInLocality);

/// <summary>
/// How the people of a generated document are split into units. Units have <see cref="MinUnitSize"/> to
/// <see cref="MaxUnitSize"/> people (most are small: the size is 20 + 180·u² for a uniform u, about 80 on average)
/// and belong to communes or wards of 3 to 10 units each. The split depends only on the document kind, the number of
/// people and the seed; it is computed lazily, so it costs no memory.
/// </summary>
public static class ProvinceLayout
{
    /// <summary>The least number of people in a unit (unless the whole document has fewer).</summary>
    public const int MinUnitSize = 20;

    /// <summary>The largest number of people in a unit.</summary>
    public const int MaxUnitSize = 200;

    /// <summary>The units of a document. Evaluation sheets and rosters of the same size and seed share their layout;
    /// planning lists have their own (one organisation, a commune or ward, per unit).</summary>
    /// <param name="kind">The document kind.</param>
    /// <param name="people">The number of people (candidates for a planning list), at least 1.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The units in document order; their sizes add up to <paramref name="people"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="people"/> is below 1.</exception>
    public static IEnumerable<ProvinceUnit> Units(ProvinceDocument kind, int people, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(people, 1);
        return Enumerate(kind == ProvinceDocument.Planning ? StreamTags.PlanningLayout : StreamTags.PeopleLayout, people, seed);
    }

    private static IEnumerable<ProvinceUnit> Enumerate(ulong tag, int people, ulong seed)
    {
        var random = new ProvinceRandom(ProvinceRandom.Derive(seed, tag));
        int remaining = people, first = 0, index = 0, locality = 0, inLocality = 0;
        int localityUnits = random.Between(3, 10);
        while (remaining > 0)
        {
            int size;
            if (remaining <= MaxUnitSize)
            {
                size = remaining;
            }
            else
            {
                // Leave at least MinUnitSize for the units after this one.
                int u = random.Below(1000);
                size = Math.Min(MinUnitSize + (int)((long)(MaxUnitSize - MinUnitSize) * u * u / 1_000_000), remaining - MinUnitSize);
            }

            yield return new ProvinceUnit(index, size, first, locality, inLocality);
            remaining -= size;
            first += size;
            index++;
            if (++inLocality == localityUnits)
            {
                locality++;
                inLocality = 0;
                localityUnits = random.Between(3, 10);
            }
        }
    }
}

/// <summary>The stream numbers that keep the generator's random streams apart.</summary>
internal static class StreamTags
{
    public const ulong PeopleLayout = 1;
    public const ulong PlanningLayout = 2;
    public const ulong EvaluationUnits = 10;
    public const ulong RosterUnits = 11;
    public const ulong PlanningUnits = 12;
}
