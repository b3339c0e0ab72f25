using NodaTime;

namespace CadreRules.People;

/// <summary>A cadre's qualifications: education (trình độ chuyên môn), political theory (lý luận chính trị) and
/// state-management training (quản lý nhà nước), each the highest level held with the date it was obtained.</summary>
/// <remarks>
/// Every part is optional: <see langword="null"/> means "not recorded", which a standard reads as not known, never as
/// "none". Immutable and thread-safe; compared by value. The dates are checked by <see cref="Cadre"/> (within
/// <see cref="Rules.DomainCalendar"/>, not before the birth date).
/// </remarks>
public sealed record Qualifications
{
    /// <summary>Gets the empty record: nothing recorded.</summary>
    public static Qualifications None { get; } = new();

    /// <summary>Gets the highest education level, if recorded.</summary>
    public Attainment<EducationLevel>? Education { get; init; }

    /// <summary>Gets the highest political theory level, if recorded.</summary>
    public Attainment<PoliticalTheoryLevel>? PoliticalTheory { get; init; }

    /// <summary>Gets the highest state-management programme completed, if recorded.</summary>
    public Attainment<StateManagementLevel>? StateManagement { get; init; }

    /// <summary>Gets a value indicating whether nothing is recorded.</summary>
    public bool IsEmpty => Education is null && PoliticalTheory is null && StateManagement is null;

    /// <summary>Gets the education level held on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The level, or <see langword="null"/> when none is recorded or it was obtained after <paramref name="date"/>.</returns>
    public EducationLevel? EducationOn(LocalDate date) => Education is { } a && a.IsHeldOn(date) ? a.Level : null;

    /// <summary>Gets the political theory level held on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The level, or <see langword="null"/> when none is recorded or it was obtained after <paramref name="date"/>.</returns>
    public PoliticalTheoryLevel? PoliticalTheoryOn(LocalDate date) => PoliticalTheory is { } a && a.IsHeldOn(date) ? a.Level : null;

    /// <summary>Gets the state-management programme completed on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The level, or <see langword="null"/> when none is recorded or it was completed after <paramref name="date"/>.</returns>
    public StateManagementLevel? StateManagementOn(LocalDate date) => StateManagement is { } a && a.IsHeldOn(date) ? a.Level : null;
}
