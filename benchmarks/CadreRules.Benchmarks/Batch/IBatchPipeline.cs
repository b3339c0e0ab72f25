namespace CadreRules.Benchmarks.Batch;

/// <summary>Classifies a population and applies the unit quotas, writing each member's final outcome.</summary>
public interface IBatchPipeline
{
    string Name { get; }

    /// <summary>Gets whether the pipeline reads <see cref="Population.MemberIds"/>; when not, the population is made
    /// without them (5.6 M strings are about 450 MB).</summary>
    bool NeedsIds => true;

    /// <summary>Runs once over every unit.</summary>
    /// <param name="population">The members.</param>
    /// <param name="final">One <see cref="Classification.Outcome"/> per member, written by the run.</param>
    /// <param name="parallel">Whether to use the parallel overload / split the units over the cores.</param>
    void Run(Population population, byte[] final, bool parallel);
}
