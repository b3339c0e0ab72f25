using System;
using System.Collections.Immutable;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>One unit and peer group in a NĐ 48/2023 share comparison: HTXS over all rated staff on the State side against
/// HTXS over all rated party members on the Party side, exactly.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record QuotaShareGroup
{
    internal QuotaShareGroup(string unit, string peerGroup, long stateExcellent, long stateTotal, long partyExcellent, long partyTotal)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(peerGroup);
        Unit = unit;
        PeerGroup = peerGroup;
        StateExcellent = stateExcellent;
        StateTotal = stateTotal;
        PartyExcellent = partyExcellent;
        PartyTotal = partyTotal;
        StateShare = stateTotal > 0 ? Share.Of(stateExcellent, stateTotal) : null;
        PartyShare = partyTotal > 0 ? Share.Of(partyExcellent, partyTotal) : null;
        MaximumStateExcellent = PartyShare is { } p ? p.FloorOf(stateTotal) : null;
        Status = stateTotal == 0 ? QuotaShareStatus.Holds
            : PartyShare is not { } party ? QuotaShareStatus.Undetermined
            : StateShare!.Value <= party ? QuotaShareStatus.Holds
            : QuotaShareStatus.Exceeds;
    }

    /// <summary>Gets the unit.</summary>
    public string Unit { get; }

    /// <summary>Gets the peer group.</summary>
    public string PeerGroup { get; }

    /// <summary>Gets the number of State staff rated HTXS.</summary>
    public long StateExcellent { get; }

    /// <summary>Gets the number of State staff rated.</summary>
    public long StateTotal { get; }

    /// <summary>Gets the number of party members rated HTXS.</summary>
    public long PartyExcellent { get; }

    /// <summary>Gets the number of party members rated.</summary>
    public long PartyTotal { get; }

    /// <summary>Gets the State HTXS share, or <see langword="null"/> when no staff were rated.</summary>
    public Share? StateShare { get; }

    /// <summary>Gets the Party HTXS share, or <see langword="null"/> when no party member was rated.</summary>
    public Share? PartyShare { get; }

    /// <summary>Gets the most State HTXS the Party share allows (⌊party share × State total⌋), or <see langword="null"/>.</summary>
    public long? MaximumStateExcellent { get; }

    /// <summary>Gets the outcome.</summary>
    public QuotaShareStatus Status { get; }

    /// <summary>Explains the comparison with its counts, shares and clause.</summary>
    /// <returns>The finding: satisfied, not satisfied, or not applicable when undetermined.</returns>
    public Finding Explain() => new(
        QuotaShareComparison.Code,
        EvaluationMessages.Table.Get(QuotaShareComparison.Code),
        QuotaDocuments.Nd48PartyShare,
        Status switch
        {
            QuotaShareStatus.Holds => FindingStatus.Satisfied,
            QuotaShareStatus.Exceeds => FindingStatus.NotSatisfied,
            _ => FindingStatus.NotApplicable,
        },
        Severity.Violation,
        [
            FactValue.Of("unit", Unit),
            FactValue.Of("peerGroup", PeerGroup),
            FactValue.Of("stateExcellent", StateExcellent),
            FactValue.Of("stateTotal", StateTotal),
            FactValue.Of("partyExcellent", PartyExcellent),
            FactValue.Of("partyTotal", PartyTotal),
            StateShare is { } s ? FactValue.Of("stateShare", s) : FactValue.Of("stateShare", "-"),
            PartyShare is { } p ? FactValue.Of("partyShare", p) : FactValue.Of("partyShare", "-"),
        ],
        ImmutableArray<Finding>.Empty);
}
