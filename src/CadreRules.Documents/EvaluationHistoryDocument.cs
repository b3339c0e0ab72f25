using System;
using System.Collections.Immutable;
using CadreRules.Evaluation;
using CadreRules.History;
using CadreRules.People;

namespace CadreRules.Documents;

/// <summary>
/// An evaluation history document as read: its years and, for a person's own records on the State track with an
/// <c>asOf</c> date and a kind of subject, the <see cref="ConsequenceQuestion"/> those same records answer.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class EvaluationHistoryDocument
{
    internal EvaluationHistoryDocument(ImmutableArray<YearLevels> years, Cadre? cadre, EvaluationTrack? track, ConsequenceQuestion? question)
    {
        Years = years;
        Cadre = cadre;
        Track = track;
        Question = question;
    }

    /// <summary>Gets the years, in document order (from the person's records on <see cref="Track"/>, oldest first, when
    /// the document names a person).</summary>
    public ImmutableArray<YearLevels> Years { get; }

    /// <summary>Gets the person whose records give the years when a question is asked, or <see langword="null"/>.</summary>
    public Cadre? Cadre { get; }

    /// <summary>Gets the track of the person's records, or <see langword="null"/> when the document gives the years.</summary>
    public EvaluationTrack? Track { get; }

    /// <summary>Gets the question asked of the person's records, or <see langword="null"/> when the document asks none.</summary>
    public ConsequenceQuestion? Question { get; }

    /// <summary>Answers the question from the person's records (the records <see cref="Years"/> came from): empty when
    /// no question is asked or the kind of subject has no consequences.</summary>
    /// <returns>The consequences, each effective-dated and cited.</returns>
    public ImmutableArray<Consequence> Consequences() =>
        Question is { } question && Cadre is { } cadre ? question.Ask(cadre) : [];
}
