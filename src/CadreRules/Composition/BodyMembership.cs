using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Composition;

/// <summary>
/// The members of a body (a party committee, a standing committee, a People's Council, the managers of a department)
/// on a date, with the age below which a member counts as young and the body's targets: the body document's content,
/// measured by <see cref="Measure"/> and compared by <see cref="CompositionTargets.Check(BodyComposition)"/>.
/// </summary>
/// <remarks>Construction refuses a member listed twice (by <see cref="CadreId"/>) and a member born after the date.
/// Members are kept in the order given. Immutable and thread-safe.</remarks>
public sealed class BodyMembership
{
    /// <summary>Creates the membership.</summary>
    /// <param name="asOf">The date ages are measured on.</param>
    /// <param name="members">The members.</param>
    /// <param name="youngAgeLimit">The age in years below which a member is young (e.g. 40), 1 to 100.</param>
    /// <param name="targets">The targets, or <see langword="null"/> for none.</param>
    /// <param name="name">The body's name, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> or an item is null.</exception>
    /// <exception cref="InputOutOfRangeException"><paramref name="asOf"/> is outside <see cref="DomainCalendar"/>, a member
    /// is born after it, or <paramref name="youngAgeLimit"/> is outside 1 to 100.</exception>
    /// <exception cref="InvalidInputException">A member is listed twice.</exception>
    public BodyMembership(LocalDate asOf, IEnumerable<Cadre> members, int youngAgeLimit, CompositionTargets? targets = null, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(members);
        DomainCalendar.Check(asOf, nameof(asOf));
        ArgumentBounds.Between(youngAgeLimit, 1, 100, nameof(youngAgeLimit));
        var seen = new HashSet<CadreId>();
        var list = ImmutableArray.CreateBuilder<Cadre>();
        foreach (Cadre member in members)
        {
            ArgumentNullException.ThrowIfNull(member, nameof(members));
            if (!seen.Add(member.Id))
            {
                throw new InvalidInputException($"The member '{member.Id}' is listed twice.", nameof(members));
            }

            if (asOf < member.BirthDate.Date)
            {
                throw new InputOutOfRangeException(nameof(members), null, $"The member '{member.Id}' is born after {TextFormat.IsoDate(asOf)}.");
            }

            list.Add(member);
        }

        AsOf = asOf;
        Members = list.ToImmutable();
        YoungAgeLimit = youngAgeLimit;
        Targets = targets ?? CompositionTargets.None;
        Name = name;
    }

    /// <summary>Gets the date ages are measured on.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the members, in the order given.</summary>
    public ImmutableArray<Cadre> Members { get; }

    /// <summary>Gets the age in years below which a member is young.</summary>
    public int YoungAgeLimit { get; }

    /// <summary>Gets the targets (<see cref="CompositionTargets.None"/> when none was given).</summary>
    public CompositionTargets Targets { get; }

    /// <summary>Gets the body's name, or <see langword="null"/>.</summary>
    public string? Name { get; }

    /// <summary>Gets the same body's figures in the previous term, to measure the change, or <see langword="null"/>.</summary>
    public PreviousTerm? Previous { get; init; }

    /// <summary>Gets a value indicating whether the body is a party committee elected by a congress, so that the structure
    /// targets of the directive in force on <see cref="AsOf"/> (<see cref="StructureTargetsRegulation"/>) apply to it
    /// besides its own targets.</summary>
    public bool DirectiveTargets { get; init; }

    /// <summary>Gets the members who sit on the standing committee (ban thường vụ), or <see langword="null"/> when the
    /// body does not say (the standing-committee target is then undetermined). Ids that are not members are ignored.</summary>
    public ImmutableHashSet<CadreId>? StandingCommittee { get; init; }

    /// <summary>Gets the members elected for the first time (the renewal, tỷ lệ đổi mới), or <see langword="null"/> when
    /// not known for every member (the renewal target is then undetermined). Ids that are not members are ignored.</summary>
    public ImmutableHashSet<CadreId>? FirstTime { get; init; }

    /// <summary>Gets the age-reference month of the body's term (Chỉ thị 45-CT/TW fixes one per committee level, e.g.
    /// 07/2025 for communes, 09/2025 for provinces), or <see langword="null"/> when not given. A directive measuring
    /// "young" at the term's reference month (<see cref="YoungAgeDate.TermReferenceMonth"/>) reads ages on its last day.</summary>
    /// <exception cref="InputOutOfRangeException">Set to a month outside <see cref="DomainCalendar"/>.</exception>
    public YearMonth? TermReferenceMonth
    {
        get;
        init => field = value is { } month ? YearMonthOf(DomainCalendar.Check(month.OnDayOfMonth(1), nameof(TermReferenceMonth))) : null;
    }

    /// <summary>Gets a value indicating whether the body is the committee of an organisation formed by a merger
    /// (exempt from the renewal target under Chỉ thị 45-CT/TW).</summary>
    public bool Merged { get; init; }

    /// <summary>Measures the body's structure.</summary>
    /// <returns>The women, young and ethnic-minority shares.</returns>
    public BodyComposition Measure() => BodyComposition.Of(Members, AsOf, YoungAgeLimit);

    /// <summary>Counts the members' qualifications on <see cref="AsOf"/>, over all the members.</summary>
    /// <returns>The education and political theory shares.</returns>
    public QualificationShares MeasureQualifications() => QualificationShares.Of(Members, AsOf);

    /// <summary>Gets the members elected for the first time, over all the members, or <see langword="null"/> when
    /// <see cref="FirstTime"/> is not known.</summary>
    public CompositionShare? FirstTimeMembers => FirstTime is { } first ? new CompositionShare(Count(first), Members.Length) : null;

    /// <summary>Gets the members re-elected (every member not elected for the first time), over all the members, or
    /// <see langword="null"/> when <see cref="FirstTime"/> is not known.</summary>
    public CompositionShare? ReElectedMembers => FirstTime is { } first ? new CompositionShare(Members.Length - Count(first), Members.Length) : null;

    private static YearMonth YearMonthOf(LocalDate day) => new(day.Year, day.Month);

    private int Count(ImmutableHashSet<CadreId> ids)
    {
        int count = 0;
        foreach (Cadre member in Members)
        {
            count += ids.Contains(member.Id) ? 1 : 0;
        }

        return count;
    }
}
