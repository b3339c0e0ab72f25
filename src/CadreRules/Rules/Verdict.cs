using System;
using System.Text;

namespace CadreRules.Rules;

/// <summary>
/// An outcome with its explanation: the tree of findings, each with its rule code, citation and values, and the
/// regulation that was applied.
/// </summary>
/// <typeparam name="TOutcome">The outcome type.</typeparam>
/// <remarks>Immutable and thread-safe. Text is rendered late (<see cref="Explain(Language)"/>).</remarks>
public sealed class Verdict<TOutcome>
{
    /// <summary>Creates a verdict.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="explanation">The root finding of the explanation.</param>
    /// <param name="regulation">The regulation applied, or <see langword="null"/> when a rule was used on its own.</param>
    /// <exception cref="ArgumentNullException"><paramref name="explanation"/> is null.</exception>
    public Verdict(TOutcome outcome, Finding explanation, RegulationReference? regulation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        Outcome = outcome;
        Explanation = explanation;
        Regulation = regulation;
    }

    /// <summary>Gets the outcome.</summary>
    public TOutcome Outcome { get; }

    /// <summary>Gets the root finding of the explanation.</summary>
    public Finding Explanation { get; }

    /// <summary>Gets the regulation applied, if any.</summary>
    public RegulationReference? Regulation { get; }

    /// <summary>Renders the explanation: the regulation applied, then the finding tree.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The multi-line text.</returns>
    public string Explain(Language language)
    {
        var text = new StringBuilder();
        if (Regulation is not null)
        {
            text.Append(language == Language.Vietnamese ? "Văn bản áp dụng: " : "Regulation applied: ")
                .Append(Regulation.Title.Get(language)).Append(" [").Append(Regulation.Id.Value).Append("] — ")
                .Append(Regulation.Citation.Format(language)).Append('\n');
        }

        text.Append(Explanation.Explain(language));
        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => Explain(Language.English);
}
