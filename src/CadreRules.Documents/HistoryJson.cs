using System.Collections.Generic;
using CadreRules.History;
using CadreRules.People;

namespace CadreRules.Documents;

// Wire shapes of the evaluation history document (internal; several per file).

/// <summary>The evaluation history document: <c>{ schemaVersion, years: [...] }</c>, or a person's own records:
/// <c>{ schemaVersion, cadre | cadreRef, track }</c>.</summary>
internal sealed class HistoryJson
{
    public int? SchemaVersion { get; set; }

    public List<HistoryYearJson?>? Years { get; set; }

    public CadreJson? Cadre { get; set; }

    public string? CadreRef { get; set; }

    public EvaluationTrack? Track { get; set; }

    /// <summary>The date the consequences are asked on (with a person whose track is <c>state</c>).</summary>
    public NodaTime.LocalDate? AsOf { get; set; }

    /// <summary>The kind of subject: <c>civilServant</c> and <c>cadre</c> have consequences.</summary>
    public Rules.SubjectKind? SubjectKind { get; set; }

    public bool? HoldsLeadership { get; set; }

    public PeriodJson? AppointmentTerm { get; set; }

    public NodaTime.LocalDate? StepHeldSince { get; set; }

    public bool? IncludePartyDiscipline { get; set; }
}

/// <summary>One year: a person's <c>level</c>, or a unit's counts per level (each optional, 0 when left out).</summary>
internal sealed class HistoryYearJson
{
    public int? Year { get; set; }

    public EvaluationLevel? Level { get; set; }

    public long? Excellent { get; set; }

    public long? Good { get; set; }

    public long? Complete { get; set; }

    public long? NotComplete { get; set; }

    public long? NotRated { get; set; }
}

/// <summary>The facts of a <c>history</c> case: the denominator and the years.</summary>
internal sealed class HistoryFactsJson
{
    public ShareDenominator? Denominator { get; set; }

    public List<HistoryYearJson?>? Years { get; set; }

    public CadreJson? Cadre { get; set; }

    public string? CadreRef { get; set; }

    public EvaluationTrack? Track { get; set; }

    public NodaTime.LocalDate? AsOf { get; set; }

    public Rules.SubjectKind? SubjectKind { get; set; }

    public bool? HoldsLeadership { get; set; }

    public PeriodJson? AppointmentTerm { get; set; }

    public NodaTime.LocalDate? StepHeldSince { get; set; }

    public bool? IncludePartyDiscipline { get; set; }

    /// <summary>The same fields as an evaluation history document, to read with the document's rules.</summary>
    public HistoryJson ToDocument() => new()
    {
        Years = Years,
        Cadre = Cadre,
        CadreRef = CadreRef,
        Track = Track,
        AsOf = AsOf,
        SubjectKind = SubjectKind,
        HoldsLeadership = HoldsLeadership,
        AppointmentTerm = AppointmentTerm,
        StepHeldSince = StepHeldSince,
        IncludePartyDiscipline = IncludePartyDiscipline,
    };
}

/// <summary>Expected outcome of a <c>history</c> case; at least one field.</summary>
internal sealed class HistoryExpectedJson
{
    public LevelSharesJson? Pooled { get; set; }

    public LevelSharesJson? MeanOfYearlyShares { get; set; }

    /// <summary>The consequences expected, in the order they are asked (<see cref="History.ConsequenceQuestion.Ask"/>).</summary>
    public List<ConsequenceExpectedJson?>? Consequences { get; set; }
}

/// <summary>Exact shares per level, each as <c>"numerator/denominator"</c> in lowest terms (<c>"none"</c> when the
/// denominator is zero).</summary>
internal sealed class LevelSharesJson
{
    public string? Excellent { get; set; }

    public string? Good { get; set; }

    public string? Complete { get; set; }

    public string? NotComplete { get; set; }
}

/// <summary>One expected consequence: its kind and status, and optionally the deciding years and the months.</summary>
internal sealed class ConsequenceExpectedJson
{
    public Evaluation.ConsequenceKind? Kind { get; set; }

    public Evaluation.ConsequenceStatus? Status { get; set; }

    public List<int>? DecidingYears { get; set; }

    public int? Months { get; set; }
}
