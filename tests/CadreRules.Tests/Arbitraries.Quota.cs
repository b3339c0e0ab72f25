using System.Collections.Immutable;
using System.Linq;
using System.Globalization;
using CadreRules.Evaluation;
using CadreRules.People;
using FsCheck;
using FsCheck.Fluent;

namespace CadreRules.Tests;

public static partial class Arbitraries
{
    /// <summary>Populations of up to a few dozen candidates over 4 units × 2 peer groups, with unique ids, coarse scores
    /// (so ties happen) and a per-unit outstanding flag.</summary>
    public static Gen<ImmutableArray<QuotaCandidate>> QuotaPopulation()
    {
        Gen<(int Unit, int Group, EvaluationLevel Level, int Score)> person =
            from unit in Gen.Choose(0, 3)
            from peer in Gen.Choose(0, 1)
            from level in Gen.Elements(EvaluationLevel.Excellent, EvaluationLevel.Excellent, EvaluationLevel.Excellent, EvaluationLevel.Good, EvaluationLevel.Good, EvaluationLevel.Good, EvaluationLevel.Complete, EvaluationLevel.NotComplete)
            from score in Gen.Choose(0, 10)
            select (unit, peer, level, 50 + (5 * score));
        return
            from outstanding in Gen.ArrayOf(Gen.Elements(true, false), 4)
            from people in Gen.ArrayOf(person)
            from ids in Gen.Shuffle(Enumerable.Range(0, people.Length).ToArray())
            select people.Select((p, i) => new QuotaCandidate(
                "p" + ids[i].ToString("D3", CultureInfo.InvariantCulture),
                "U" + p.Unit.ToString(CultureInfo.InvariantCulture),
                p.Group == 0 ? "staff" : "leaders",
                p.Level,
                p.Score,
                outstanding[p.Unit])).ToImmutableArray();
    }

    /// <summary>A population and a shuffled copy of it.</summary>
    public static Gen<(ImmutableArray<QuotaCandidate> Population, ImmutableArray<QuotaCandidate> Shuffled)> ShuffledQuotaPopulation() =>
        from population in QuotaPopulation()
        from shuffled in Gen.Shuffle(population.ToArray())
        select (population, shuffled.ToImmutableArray());
}
