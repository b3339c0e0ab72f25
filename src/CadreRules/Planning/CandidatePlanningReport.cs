using System.Collections.Immutable;
using System.Linq;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Planning;

/// <summary>What a planning report says about one candidate: the titles planned for, the months of service left at the
/// age-reference month, and the findings about the candidate.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CandidatePlanningReport
{
    internal CandidatePlanningReport(CadreId cadreId, ImmutableArray<string> titleIds, YearMonth ageReferenceMonth, int monthsLeft, ImmutableArray<Finding> findings)
    {
        CadreId = cadreId;
        TitleIds = titleIds;
        AgeReferenceMonth = ageReferenceMonth;
        MonthsLeft = monthsLeft;
        Findings = findings;
    }

    /// <summary>Gets the cadre.</summary>
    public CadreId CadreId { get; }

    /// <summary>Gets the ids of the titles the cadre is planned for, in ordinal order.</summary>
    public ImmutableArray<string> TitleIds { get; }

    /// <summary>Gets the month at which the months of service left were counted.</summary>
    public YearMonth AgeReferenceMonth { get; }

    /// <summary>Gets the months of service left at <see cref="AgeReferenceMonth"/> (retirement age minus age, in whole months; negative when past it).</summary>
    public int MonthsLeft { get; }

    /// <summary>Gets the findings that are not satisfied, in a fixed order (candidate rules, titles per level, then each title by id); a finding about one title has a <c>title</c> value.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>Gets a value indicating whether no finding about the candidate is a violation.</summary>
    public bool IsEligible => !Findings.Any(f => f.Severity == Severity.Violation);
}
