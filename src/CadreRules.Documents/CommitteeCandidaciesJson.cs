using System.Collections.Generic;
using CadreRules.Appointment;
using NodaTime;

namespace CadreRules.Documents;

// Wire shapes of the committee candidacies document (internal; several per file).

/// <summary>The committee candidacies document: <c>{ schemaVersion, candidacies: [...] }</c>.</summary>
internal sealed class CommitteeCandidaciesJson
{
    public int? SchemaVersion { get; set; }

    public List<CommitteeCandidacyJson?>? Candidacies { get; set; }
}

/// <summary>One candidacy for a party committee of the 2025–2030 term.</summary>
internal sealed class CommitteeCandidacyJson
{
    public CadreJson? Cadre { get; set; }

    public string? CadreRef { get; set; }

    public CommitteeLevel? Level { get; set; }

    public bool? ReElection { get; set; }

    public bool? ProvincialDeputySecretary { get; set; }
}

/// <summary>Expected outcome of a <c>committee</c> case; at least one field.</summary>
internal sealed class CommitteeExpectedJson
{
    /// <summary><c>eligible</c> or <c>notEligible</c>.</summary>
    public string? Outcome { get; set; }

    public int? MonthsLeft { get; set; }

    public int? MinMonths { get; set; }

    public YearMonth? AgeMonth { get; set; }
}
