using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.People;

/// <summary>
/// The facts about one cadre that the rules read: identity, sex, birth date, ethnicity, home locality, party membership,
/// posts held, discipline records, evaluation history and qualifications.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: change a fact with a <c>With…</c> method, which returns a new, checked instance.
/// Collections are compared by value and kept in a canonical order (posts and discipline by date, evaluations by year),
/// so results never depend on the order in which records were given.
/// </remarks>
public sealed class Cadre : IEquatable<Cadre>
{
    /// <summary>Creates a cadre.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="sex">The sex.</param>
    /// <param name="birthDate">The birth date.</param>
    /// <param name="isEthnicMinority">Whether the cadre belongs to an ethnic minority (dân tộc thiểu số).</param>
    /// <param name="homeLocality">The home locality (quê quán), or <see langword="null"/>.</param>
    /// <param name="partyMembership">The party membership, or <see langword="null"/> for a non-member.</param>
    /// <param name="positions">The posts held; none may overlap another post in the same unit with the same title.</param>
    /// <param name="discipline">The discipline records.</param>
    /// <param name="evaluations">The evaluation history; one record per year and track.</param>
    /// <param name="name">A display name, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty; the same post is held twice over overlapping dates;
    /// two evaluations share a year and track; the party admission is before the birth date.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sex"/> is not defined.</exception>
    /// <exception cref="InputOutOfRangeException">A post starts, or a discipline decision is dated, before the birth date
    /// (the field names the item in the order given, e.g. <c>positions[1].start</c>); the party admission date
    /// (<c>partyMembership.admittedOn</c>) or an evaluation year (<c>evaluations[i].year</c>) is outside
    /// <see cref="DomainCalendar"/>.</exception>
    /// <remarks>The identifier is compared as <see cref="CadreId"/> does (trimmed, case-insensitive).</remarks>
    public Cadre(
        CadreId id,
        Sex sex,
        BirthDate birthDate,
        bool isEthnicMinority = false,
        string? homeLocality = null,
        PartyMembership? partyMembership = null,
        IEnumerable<PositionHeld>? positions = null,
        IEnumerable<DisciplineRecord>? discipline = null,
        IEnumerable<EvaluationRecord>? evaluations = null,
        string? name = null)
    {
        if (string.IsNullOrEmpty(id.Value))
        {
            throw new InvalidInputException("A cadre needs an identifier.", nameof(id));
        }

        if (!Enum.IsDefined(sex))
        {
            throw new InputOutOfRangeException(nameof(sex), sex, "Unknown sex.");
        }

        if (partyMembership is not null)
        {
            DomainCalendar.Check(partyMembership.AdmittedOn, "partyMembership.admittedOn");
        }

        if (partyMembership is not null && partyMembership.AdmittedOn < birthDate.Date)
        {
            throw new InvalidInputException($"Cadre '{id}': party admission {TextFormat.IsoDate(partyMembership.AdmittedOn)} is before the birth date {TextFormat.IsoDate(birthDate.Date)}.", nameof(partyMembership))
            {
                Text = new($"ngày vào Đảng {TextFormat.Date(partyMembership.AdmittedOn)} của '{id}' trước ngày sinh {TextFormat.Date(birthDate.Date)}.", $"the party admission of '{id}' on {TextFormat.Date(partyMembership.AdmittedOn)} is before the birth date {TextFormat.Date(birthDate.Date)}."),
            };
        }

        Id = id;
        Sex = sex;
        BirthDate = birthDate;
        IsEthnicMinority = isEthnicMinority;
        HomeLocality = string.IsNullOrWhiteSpace(homeLocality) ? null : homeLocality;
        PartyMembership = partyMembership;
        Name = string.IsNullOrWhiteSpace(name) ? null : name;
        PositionHeld[] givenPositions = Canonical(positions, nameof(positions));
        DisciplineRecord[] givenDiscipline = Canonical(discipline, nameof(discipline));
        CheckAfterBirth(id, birthDate, givenPositions, givenDiscipline);
        Positions = givenPositions.OrderBy(p => p.Start).ThenBy(p => p.Unit, StringComparer.Ordinal).ThenBy(p => p.Title, StringComparer.Ordinal).ToImmutableArray();
        Discipline = givenDiscipline.OrderBy(d => d.DecidedOn).ThenBy(d => d.Track).ThenBy(d => d.Form).ThenBy(d => d.ViolationYear).ToImmutableArray();
        EvaluationRecord[] givenEvaluations = Canonical(evaluations, nameof(evaluations));
        for (int i = 0; i < givenEvaluations.Length; i++)
        {
            DomainCalendar.CheckYear(givenEvaluations[i].Year, string.Create(CultureInfo.InvariantCulture, $"evaluations[{i}].year"));
        }

        Evaluations = givenEvaluations.OrderBy(e => e.Year).ThenBy(e => e.Track).ToImmutableArray();
        CheckPositions(id, Positions);
        CheckEvaluations(id, Evaluations);
    }

    /// <summary>Gets the identifier.</summary>
    public CadreId Id { get; }

    /// <summary>Gets the display name, if any.</summary>
    public string? Name { get; }

    /// <summary>Gets the sex.</summary>
    public Sex Sex { get; }

    /// <summary>Gets the birth date.</summary>
    public BirthDate BirthDate { get; }

    /// <summary>Gets a value indicating whether the cadre belongs to an ethnic minority.</summary>
    public bool IsEthnicMinority { get; }

    /// <summary>Gets the home locality, if known.</summary>
    public string? HomeLocality { get; }

    /// <summary>Gets the party membership, or <see langword="null"/>.</summary>
    public PartyMembership? PartyMembership { get; }

    /// <summary>Gets the posts held, ordered by start date, then unit and title (ordinal), whatever order they were given in.</summary>
    public ImmutableArray<PositionHeld> Positions { get; }

    /// <summary>Gets the discipline records, ordered by decision date, then track (party first), form (lightest first) and violation year.</summary>
    public ImmutableArray<DisciplineRecord> Discipline { get; }

    /// <summary>Gets the evaluation history, ordered by year, then track.</summary>
    public ImmutableArray<EvaluationRecord> Evaluations { get; }

    /// <summary>Gets the qualifications (education, political theory, state management); <see cref="Qualifications.None"/>
    /// unless given.</summary>
    /// <remarks>Set it in an object initializer (<c>new Cadre(...) { Qualifications = ... }</c>) or with
    /// <see cref="WithQualifications"/>; the dates are checked when set.</remarks>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    /// <exception cref="InputOutOfRangeException">A date obtained is outside <see cref="DomainCalendar"/> or before the
    /// birth date (the field is <c>qualifications.education.obtainedOn</c>, <c>qualifications.politicalTheory.obtainedOn</c>
    /// or <c>qualifications.stateManagement.obtainedOn</c>).</exception>
    public Qualifications Qualifications
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            CheckObtained(Id, BirthDate, value.Education?.ObtainedOn, "qualifications.education.obtainedOn");
            CheckObtained(Id, BirthDate, value.PoliticalTheory?.ObtainedOn, "qualifications.politicalTheory.obtainedOn");
            CheckObtained(Id, BirthDate, value.StateManagement?.ObtainedOn, "qualifications.stateManagement.obtainedOn");
            field = value;
        }
    } = Qualifications.None;

    /// <summary>Gets the posts held on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The posts.</returns>
    public IEnumerable<PositionHeld> PositionsOn(LocalDate date) => Positions.Where(p => p.IsHeldOn(date));

    /// <summary>Gets the recorded level for a year and track.</summary>
    /// <param name="year">The year.</param>
    /// <param name="track">The track.</param>
    /// <returns>The record, or <see langword="null"/>.</returns>
    public EvaluationRecord? EvaluationFor(int year, EvaluationTrack track) => Evaluations.FirstOrDefault(e => e.Year == year && e.Track == track);

    /// <summary>Returns a copy with another discipline history.</summary>
    /// <param name="discipline">The records.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="discipline"/> or an item is null.</exception>
    public Cadre WithDiscipline(IEnumerable<DisciplineRecord> discipline)
    {
        ArgumentNullException.ThrowIfNull(discipline);
        return new(Id, Sex, BirthDate, IsEthnicMinority, HomeLocality, PartyMembership, Positions, discipline, Evaluations, Name) { Qualifications = Qualifications };
    }

    /// <summary>Returns a copy with another evaluation history.</summary>
    /// <param name="evaluations">The records.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluations"/> or an item is null.</exception>
    /// <exception cref="ArgumentException">Two records share a year and track.</exception>
    public Cadre WithEvaluations(IEnumerable<EvaluationRecord> evaluations)
    {
        ArgumentNullException.ThrowIfNull(evaluations);
        return new(Id, Sex, BirthDate, IsEthnicMinority, HomeLocality, PartyMembership, Positions, Discipline, evaluations, Name) { Qualifications = Qualifications };
    }

    /// <summary>Returns a copy with other posts.</summary>
    /// <param name="positions">The posts.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="positions"/> or an item is null.</exception>
    /// <exception cref="ArgumentException">The same post is held twice over overlapping dates.</exception>
    public Cadre WithPositions(IEnumerable<PositionHeld> positions)
    {
        ArgumentNullException.ThrowIfNull(positions);
        return new(Id, Sex, BirthDate, IsEthnicMinority, HomeLocality, PartyMembership, positions, Discipline, Evaluations, Name) { Qualifications = Qualifications };
    }

    /// <summary>Returns a copy with other qualifications.</summary>
    /// <param name="qualifications">The qualifications.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="qualifications"/> is null.</exception>
    /// <exception cref="InputOutOfRangeException">A date obtained is outside <see cref="DomainCalendar"/> or before the birth date.</exception>
    public Cadre WithQualifications(Qualifications qualifications)
    {
        ArgumentNullException.ThrowIfNull(qualifications);
        return new(Id, Sex, BirthDate, IsEthnicMinority, HomeLocality, PartyMembership, Positions, Discipline, Evaluations, Name) { Qualifications = qualifications };
    }

    /// <inheritdoc />
    public bool Equals(Cadre? other) =>
        other is not null
        && Id == other.Id && Name == other.Name && Sex == other.Sex && BirthDate == other.BirthDate
        && IsEthnicMinority == other.IsEthnicMinority && HomeLocality == other.HomeLocality && PartyMembership == other.PartyMembership
        && Positions.SequenceEqual(other.Positions) && Discipline.SequenceEqual(other.Discipline) && Evaluations.SequenceEqual(other.Evaluations)
        && Qualifications == other.Qualifications;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Cadre);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Sex, BirthDate, Positions.Length, Discipline.Length, Evaluations.Length);

    /// <inheritdoc />
    public override string ToString() => Name is null ? Id.Value : $"{Id.Value} ({Name})";

    private static T[] Canonical<T>(IEnumerable<T>? items, string name)
        where T : class
    {
        if (items is null)
        {
            return [];
        }

        T[] array = [.. items];
        foreach (T item in array)
        {
            if (item is null)
            {
                throw new ArgumentNullException(name, $"The list '{name}' has a null item.");
            }
        }

        return array;
    }

    private static void CheckAfterBirth(CadreId id, BirthDate birthDate, PositionHeld[] positions, DisciplineRecord[] discipline)
    {
        for (int i = 0; i < positions.Length; i++)
        {
            if (positions[i].Start < birthDate.Date)
            {
                string field = string.Create(CultureInfo.InvariantCulture, $"positions[{i}].start");
                throw new InputOutOfRangeException(field, positions[i].Start,
                    $"Cadre '{id}': the post '{positions[i].Title}' starts on {TextFormat.IsoDate(positions[i].Start)}, before the birth date {TextFormat.IsoDate(birthDate.Date)}.");
            }
        }

        for (int i = 0; i < discipline.Length; i++)
        {
            if (discipline[i].DecidedOn < birthDate.Date)
            {
                string field = string.Create(CultureInfo.InvariantCulture, $"discipline[{i}].decidedOn");
                throw new InputOutOfRangeException(field, discipline[i].DecidedOn,
                    $"Cadre '{id}': a discipline decision of {TextFormat.IsoDate(discipline[i].DecidedOn)} is before the birth date {TextFormat.IsoDate(birthDate.Date)}.");
            }
        }
    }

    private static void CheckObtained(CadreId id, BirthDate birthDate, LocalDate? obtainedOn, string field)
    {
        if (obtainedOn is not { } date)
        {
            return;
        }

        DomainCalendar.Check(date, field);
        if (date < birthDate.Date)
        {
            throw new InputOutOfRangeException(field, date, $"Cadre '{id}': a qualification obtained on {TextFormat.IsoDate(date)} is before the birth date {TextFormat.IsoDate(birthDate.Date)}.")
            {
                Text = new($"văn bằng, chứng chỉ của '{id}' cấp ngày {TextFormat.Date(date)}, trước ngày sinh {TextFormat.Date(birthDate.Date)}.", $"the qualification of '{id}' obtained on {TextFormat.Date(date)} is before the birth date {TextFormat.Date(birthDate.Date)}."),
            };
        }
    }

    private static void CheckPositions(CadreId id, ImmutableArray<PositionHeld> positions)
    {
        for (int i = 0; i < positions.Length; i++)
        {
            for (int j = i + 1; j < positions.Length; j++)
            {
                PositionHeld a = positions[i];
                PositionHeld b = positions[j];
                bool samePost = a.Title == b.Title && a.Unit == b.Unit;
                bool overlap = (a.End is null || b.Start <= a.End.Value) && (b.End is null || a.Start <= b.End.Value);
                if (samePost && overlap)
                {
                    throw new InvalidInputException($"Cadre '{id}': the post '{a.Title}' at '{a.Unit}' is held twice over overlapping dates.", "positions");
                }
            }
        }
    }

    private static void CheckEvaluations(CadreId id, ImmutableArray<EvaluationRecord> evaluations)
    {
        for (int i = 1; i < evaluations.Length; i++)
        {
            if (evaluations[i].Year == evaluations[i - 1].Year && evaluations[i].Track == evaluations[i - 1].Track)
            {
                throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture, $"Cadre '{id}': two {evaluations[i].Track} evaluations for {evaluations[i].Year}."), "evaluations");
            }
        }
    }
}
