using System;
using System.Collections.Generic;

namespace CadreRules.Rules;

/// <summary>Builds a <see cref="DecisionLadder{TFacts, TLevel}"/> step by step.</summary>
/// <typeparam name="TFacts">The facts type.</typeparam>
/// <typeparam name="TLevel">The level type.</typeparam>
/// <remarks>Not thread-safe; the ladder it builds is.</remarks>
public sealed class DecisionLadderBuilder<TFacts, TLevel>
    where TLevel : struct, Enum
{
    private readonly RuleDescriptor _descriptor;
    private readonly List<LadderStep<TFacts, TLevel>> _steps = [];
    private Func<TLevel, LocalizedText>? _levelNames;

    internal DecisionLadderBuilder(RuleDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        _descriptor = descriptor;
    }

    /// <summary>Adds an exclusion: when the guard holds, the subject is not rated.</summary>
    /// <param name="guard">The guard.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="guard"/> is null.</exception>
    public DecisionLadderBuilder<TFacts, TLevel> Exclude(Rule<TFacts> guard) => Add(LadderStepKind.Exclusion, default, guard);

    /// <summary>Adds an override: when the guard holds, the subject gets <paramref name="level"/>.</summary>
    /// <param name="level">The level given.</param>
    /// <param name="guard">The guard.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="guard"/> is null.</exception>
    public DecisionLadderBuilder<TFacts, TLevel> Force(TLevel level, Rule<TFacts> guard) => Add(LadderStepKind.Override, level, guard);

    /// <summary>Adds the next rung, lower than the ones before it.</summary>
    /// <param name="level">The level.</param>
    /// <param name="guard">The guard.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="guard"/> is null.</exception>
    public DecisionLadderBuilder<TFacts, TLevel> Level(TLevel level, Rule<TFacts> guard) => Add(LadderStepKind.Level, level, guard);

    /// <summary>Adds a cap: when the guard holds, the level given is at most <paramref name="maximum"/>.</summary>
    /// <param name="maximum">The highest level allowed.</param>
    /// <param name="guard">The guard.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="guard"/> is null.</exception>
    public DecisionLadderBuilder<TFacts, TLevel> Cap(TLevel maximum, Rule<TFacts> guard) => Add(LadderStepKind.Cap, maximum, guard);

    /// <summary>Builds the ladder.</summary>
    /// <returns>The ladder.</returns>
    /// <exception cref="ArgumentException">The steps do not make a valid ladder (see the ladder's constructor).</exception>
    public DecisionLadder<TFacts, TLevel> Build() => new(_descriptor, _steps, _levelNames);

    /// <summary>Names the levels in both languages for explanations (otherwise the enum names are shown).</summary>
    /// <param name="levelNames">The name of each level.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="levelNames"/> is null.</exception>
    public DecisionLadderBuilder<TFacts, TLevel> NameLevels(Func<TLevel, LocalizedText> levelNames)
    {
        ArgumentNullException.ThrowIfNull(levelNames);
        _levelNames = levelNames;
        return this;
    }

    private DecisionLadderBuilder<TFacts, TLevel> Add(LadderStepKind kind, TLevel level, Rule<TFacts> guard)
    {
        ArgumentNullException.ThrowIfNull(guard);
        _steps.Add(new LadderStep<TFacts, TLevel>(kind, level, guard));
        return this;
    }
}
