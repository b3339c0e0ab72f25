using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Titles;

/// <summary>
/// The ranking of commune titles by QĐ 368-QĐ/TW (Bộ Chính trị, 08/09/2025), Group IV, ranks 5 to 10, effective-dated
/// from 08/09/2025: higher, equivalent or lower between two titles, each at its place.
/// </summary>
/// <remarks>
/// <para>A smaller rank number is a higher rank. The communes of Hà Nội and TP. Hồ Chí Minh sit one rank higher than
/// elsewhere (a party secretary is rank 5 there, rank 6 elsewhere), so two titles compare across places too.</para>
/// <para>The table is known from a legal Q&amp;A site's summary of the annex (<see cref="Confidence.News"/>); that
/// HĐ 45-HD/BTCTW uses this ranking to decide what a higher title is is confirmed. A title the table does not list at a
/// place (the inspection commission member outside Hà Nội and TP.HCM; the deputy head of a socio-political organisation
/// in them) and any date before 08/09/2025 compare as <see cref="TitleComparison.Undetermined"/>, with the reason.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public static class TitleRanking
{
    /// <summary>Gets QĐ 368-QĐ/TW, the document the ranking cites.</summary>
    public static LegalDocument Qd368 { get; } = new("QĐ 368-QĐ/TW", "Bộ Chính trị", new LocalDate(2025, 9, 8));

    /// <summary>Gets the first day of the ranking.</summary>
    public static LocalDate EffectiveFrom { get; } = new(2025, 9, 8);

    /// <summary>Gets how sure the library is of the table: from a summary of the annex, not the annex itself.</summary>
    public static Confidence TableConfidence => Confidence.News;

    private static readonly FrozenDictionary<RankedTitle, int> Ranks = Build();

    /// <summary>Gets a title's rank on a date.</summary>
    /// <param name="title">The title at its place.</param>
    /// <param name="on">The date.</param>
    /// <returns>The rank (5 to 10), or <see langword="null"/> before 08/09/2025 or when the table does not list the
    /// title at that place.</returns>
    /// <exception cref="InputOutOfRangeException">A value is not defined, or <paramref name="on"/> is outside <see cref="DomainCalendar"/>.</exception>
    public static int? Rank(RankedTitle title, LocalDate on)
    {
        title.Checked();
        DomainCalendar.Check(on, nameof(on));
        return on >= EffectiveFrom && Ranks.TryGetValue(title, out int rank) ? rank : null;
    }

    /// <summary>Gets every title the table lists at a place, with its rank, highest first.</summary>
    /// <param name="tier">The place.</param>
    /// <returns>The titles and ranks.</returns>
    public static IReadOnlyList<(CommuneTitle Title, int Rank)> Listed(ProvinceTier tier)
    {
        var list = new List<(CommuneTitle, int)>();
        foreach (CommuneTitle title in Enum.GetValues<CommuneTitle>())
        {
            if (Ranks.TryGetValue(new RankedTitle(title, tier), out int rank))
            {
                list.Add((title, rank));
            }
        }

        list.Sort((a, b) => a.Item2 != b.Item2 ? a.Item2.CompareTo(b.Item2) : a.Item1.CompareTo(b.Item1));
        return list;
    }

    /// <summary>Compares a title with another on a date.</summary>
    /// <param name="title">The first title at its place.</param>
    /// <param name="other">The second title at its place.</param>
    /// <param name="on">The date.</param>
    /// <returns>How the first compares with the second, the ranks read and the reason.</returns>
    /// <exception cref="InputOutOfRangeException">A value is not defined, or <paramref name="on"/> is outside <see cref="DomainCalendar"/>.</exception>
    public static TitleRankAnswer Compare(RankedTitle title, RankedTitle other, LocalDate on)
    {
        title.Checked();
        other.Checked();
        DomainCalendar.Check(on, nameof(on));
        Citation citation = Qd368.Whole();
        if (on < EffectiveFrom)
        {
            return new TitleRankAnswer(TitleComparison.Undetermined, null, null, citation, TitleRankReason.BeforeRanking);
        }

        int? a = Ranks.TryGetValue(title, out int ra) ? ra : null;
        int? b = Ranks.TryGetValue(other, out int rb) ? rb : null;
        if (a is not { } first || b is not { } second)
        {
            return new TitleRankAnswer(TitleComparison.Undetermined, a, b, citation, TitleRankReason.NotListed);
        }

        TitleComparison comparison = first < second ? TitleComparison.Higher : first > second ? TitleComparison.Lower : TitleComparison.Equivalent;
        return new TitleRankAnswer(comparison, first, second, citation, TitleRankReason.Ranked);
    }

    private static FrozenDictionary<RankedTitle, int> Build()
    {
        var ranks = new Dictionary<RankedTitle, int>();
        void Add(ProvinceTier tier, int rank, params CommuneTitle[] titles)
        {
            foreach (CommuneTitle title in titles)
            {
                ranks.Add(new RankedTitle(title, tier), rank);
            }
        }

        const ProvinceTier big = ProvinceTier.HanoiOrHoChiMinhCity;
        Add(big, 5, CommuneTitle.PartySecretary);
        Add(big, 6, CommuneTitle.DeputyPartySecretary, CommuneTitle.CouncilChair, CommuneTitle.CommitteeChair);
        Add(big, 7, CommuneTitle.StandingCommitteeMember, CommuneTitle.CouncilViceChair, CommuneTitle.CommitteeViceChair, CommuneTitle.FrontChair);
        Add(big, 8, CommuneTitle.PartyCommitteeMember, CommuneTitle.PartyBodyHead, CommuneTitle.AgencyHead, CommuneTitle.CouncilBoardHead, CommuneTitle.FrontViceChairHeadingOrganisation);
        Add(big, 9, CommuneTitle.FrontViceChair);
        Add(big, 10, CommuneTitle.PartyBodyDeputy, CommuneTitle.AgencyDeputy, CommuneTitle.CouncilBoardDeputy, CommuneTitle.InspectionCommissionMember);

        const ProvinceTier other = ProvinceTier.OtherProvince;
        Add(other, 6, CommuneTitle.PartySecretary);
        Add(other, 7, CommuneTitle.DeputyPartySecretary, CommuneTitle.CouncilChair, CommuneTitle.CommitteeChair);
        Add(other, 8, CommuneTitle.StandingCommitteeMember, CommuneTitle.CouncilViceChair, CommuneTitle.CommitteeViceChair, CommuneTitle.FrontChair);
        Add(other, 9, CommuneTitle.PartyCommitteeMember, CommuneTitle.PartyBodyHead, CommuneTitle.AgencyHead, CommuneTitle.CouncilBoardHead, CommuneTitle.FrontViceChairHeadingOrganisation);
        Add(other, 10, CommuneTitle.FrontViceChair, CommuneTitle.OrganisationDeputy, CommuneTitle.PartyBodyDeputy, CommuneTitle.AgencyDeputy, CommuneTitle.CouncilBoardDeputy);
        return ranks.ToFrozenDictionary();
    }
}
