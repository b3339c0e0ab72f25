using System.Collections.Immutable;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>
/// The result of NĐ 48/2023's check (NĐ 90/2020 Điều 2 khoản 6 as added): in each unit and peer group, the share of
/// staff rated HTXS may not exceed the share of party members rated HTXS. Built by
/// <see cref="QuotaAllocator.ComparePartyShare"/>.
/// </summary>
/// <remarks>In force from 15/09/2023; ratings made before are not revisited. Immutable and thread-safe.</remarks>
public sealed class QuotaShareComparison
{
    internal static readonly RuleCode Code = new("ND48.Quota.PartyShare");

    internal QuotaShareComparison(ImmutableArray<QuotaShareGroup> groups)
    {
        Groups = groups;
        QuotaShareStatus status = QuotaShareStatus.Holds;
        foreach (QuotaShareGroup group in groups)
        {
            if (group.Status == QuotaShareStatus.Exceeds)
            {
                status = QuotaShareStatus.Exceeds;
                break;
            }

            if (group.Status == QuotaShareStatus.Undetermined)
            {
                status = QuotaShareStatus.Undetermined;
            }
        }

        Status = status;
    }

    /// <summary>Gets the comparison per unit and peer group, ordered by unit then peer group (ordinal).</summary>
    public ImmutableArray<QuotaShareGroup> Groups { get; }

    /// <summary>Gets the overall outcome: exceeds if any group exceeds, else undetermined if any group is, else holds.</summary>
    public QuotaShareStatus Status { get; }

    /// <summary>Gets the clause applied.</summary>
    public static Citation Citation => QuotaDocuments.Nd48PartyShare;
}
