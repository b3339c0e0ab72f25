using System;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Standards;

/// <summary>One question to the title standards: does this cadre meet the qualification standards of this title on this
/// date, and for what purpose (appointment, or planning in a group)?</summary>
/// <remarks>Immutable and thread-safe; each property is checked when set.</remarks>
public sealed record TitleStandardsCase
{
    /// <summary>Gets the cadre, whose <see cref="Cadre.Qualifications"/> are read.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public required Cadre Cadre
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Gets the title's name, for the findings (e.g. <c>Bí thư Đảng ủy xã</c>).</summary>
    /// <exception cref="InvalidInputException">The value set is blank (the field is <c>title</c>).</exception>
    public required string Title
    {
        get;
        init => field = string.IsNullOrWhiteSpace(value)
            ? throw new InvalidInputException("A title standards case needs the title's name.", "title") { Text = new("cần tên chức danh.", "the title's name is needed.") }
            : value.Trim();
    }

    /// <summary>Gets the title's level; a commune title reads the province's commune parameters.</summary>
    /// <exception cref="InputOutOfRangeException">The value set is not defined (the field is <c>level</c>).</exception>
    public required OrganisationalLevel Level
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new InputOutOfRangeException("level", value, "Unknown organisational level.");
    }

    /// <summary>Gets a value indicating whether the title is managed by the Bộ Chính trị or the Ban Bí thư (which
    /// need the central political-theory level and allow no later training).</summary>
    public bool ManagedCentrally { get; init; }

    /// <summary>Gets the date the standards are checked on (a qualification counts from its date obtained, inclusive);
    /// it picks the regulation in force.</summary>
    /// <exception cref="InputOutOfRangeException">The value set is outside <see cref="DomainCalendar"/> (the field is
    /// <c>assessedOn</c>).</exception>
    public required LocalDate AssessedOn
    {
        get;
        init => field = DomainCalendar.Check(value, "assessedOn");
    }

    /// <summary>Gets the purpose: <see cref="PlanningGroup.None"/> (appointment, nomination) unless a planning group is given.</summary>
    /// <exception cref="InputOutOfRangeException">The value set is not defined (the field is <c>planningGroup</c>).</exception>
    public PlanningGroup PlanningGroup
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new InputOutOfRangeException("planningGroup", value, "Unknown planning group.");
    }

    /// <summary>Gets a value indicating whether a training plan (kế hoạch đào tạo, bồi dưỡng) exists to complete the
    /// political-theory standard; read only for <see cref="PlanningGroup.Second"/>.</summary>
    public bool HasTrainingPlan { get; init; }
}
