using System;
using System.Text;
using System.Threading;

namespace CadreRules.Rules;

/// <summary>
/// An outcome with its explanation: the tree of findings, each with its rule code, citation and values, and the
/// regulation that was applied.
/// </summary>
/// <typeparam name="TOutcome">The outcome type.</typeparam>
/// <remarks>Two steps, two names: <c>Explain</c> (on a regulation, a rule or a ladder) returns the verdict and its finding
/// tree, data to inspect, serialise or test; <c>Localization.LocalizationExtensions.ToText</c> renders them as text, in a language, when
/// asked. Immutable and thread-safe. Text is rendered late; the finding tree of a verdict
/// made by <see cref="DecisionLadder{TFacts, TLevel}.Explain(TFacts, RegulationReference?)"/> is built late too, on first
/// read of <see cref="Explanation"/>.</remarks>
public sealed class Verdict<TOutcome>
{
    private readonly Func<Finding>? _build;
    private Finding? _explanation;

    /// <summary>Creates a verdict.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="explanation">The root finding of the explanation.</param>
    /// <param name="regulation">The regulation applied, or <see langword="null"/> when a rule was used on its own.</param>
    /// <exception cref="ArgumentNullException"><paramref name="explanation"/> is null.</exception>
    public Verdict(TOutcome outcome, Finding explanation, RegulationReference? regulation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        Outcome = outcome;
        _explanation = explanation;
        Regulation = regulation;
    }

    /// <summary>
    /// Creates a verdict whose explanation is built when it is first read (<see cref="Explanation"/>,
    /// <c>Localization.LocalizationExtensions.ToText</c>), once: a caller that only needs the outcome and the regulation pays for no tree.
    /// </summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="explanation">Builds the root finding of the explanation; it must depend only on immutable facts,
    /// so that the tree it builds later is the one it would have built now. It may run more than once when threads race
    /// on the first read; one result is kept.</param>
    /// <param name="regulation">The regulation applied, or <see langword="null"/> when a rule was used on its own.</param>
    /// <exception cref="ArgumentNullException"><paramref name="explanation"/> is null.</exception>
    public Verdict(TOutcome outcome, Func<Finding> explanation, RegulationReference? regulation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        Outcome = outcome;
        _build = explanation;
        Regulation = regulation;
    }

    /// <summary>Gets the outcome.</summary>
    public TOutcome Outcome { get; }

    /// <summary>Gets the root finding of the explanation (built on first read when the verdict was created deferred).</summary>
    /// <exception cref="InvalidOperationException">A deferred explanation builder returned null.</exception>
    public Finding Explanation => _explanation ?? Materialize();

    /// <summary>Gets the regulation applied, if any.</summary>
    public RegulationReference? Regulation { get; }

    /// <summary>Names the verdict for debugging: its outcome. For text a person reads, render it with
    /// <c>Localization.LocalizationExtensions.ToText</c>.</summary>
    /// <returns>The outcome.</returns>
    public override string ToString() => Outcome?.ToString() ?? string.Empty;

    private Finding Materialize()
    {
        Finding built = _build!() ?? throw new InvalidOperationException("The explanation builder of a verdict returned null.");
        return Interlocked.CompareExchange(ref _explanation, built, null) ?? built;
    }
}
