using System;
using System.Globalization;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Planning;

/// <summary>A title (chức danh) of a planning list: its identifier, name, organisational level, number of seats,
/// seniority rank and group.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PlanningTitle
{
    /// <summary>Creates a title.</summary>
    /// <param name="id">The identifier, unique in the list.</param>
    /// <param name="name">The name, e.g. "Phó Chủ tịch UBND tỉnh".</param>
    /// <param name="level">The organisational level, which is also the approving level used to count titles per candidate.</param>
    /// <param name="seats">How many people hold the title (e.g. 3 deputy heads), 1 to <see cref="MaxSeats"/>.</param>
    /// <param name="rank">Seniority among titles (higher is more senior), compared with a candidate's current rank; or <see langword="null"/> when unknown.</param>
    /// <param name="kind">A leadership title or a committee membership.</param>
    /// <param name="group">The group of titles whose structure is measured together (e.g. "Ban Thường vụ"), or <see langword="null"/> for the level as a whole.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="name"/> is blank.</exception>
    /// <exception cref="InputOutOfRangeException"><paramref name="seats"/> is outside 1 to <see cref="MaxSeats"/> (the field is <c>seats</c>).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> or <paramref name="kind"/> is not defined.</exception>
    public PlanningTitle(string id, string name, OrganisationalLevel level, int seats = 1, int? rank = null, PlanningTitleKind kind = PlanningTitleKind.Leadership, string? group = null)
    {
        ArgumentBounds.NotBlank(id, nameof(id));
        ArgumentBounds.NotBlank(name, nameof(name));
        if (seats < 1 || seats > MaxSeats)
        {
            string text = seats.ToString(CultureInfo.InvariantCulture);
            throw new InputOutOfRangeException(nameof(seats), seats, string.Create(CultureInfo.InvariantCulture, $"Title '{id}': {text} seats; a title has 1 to {MaxSeats} seats."))
            {
                Minimum = "1",
                Maximum = MaxSeats.ToString(CultureInfo.InvariantCulture),
            };
        }
        if (!Enum.IsDefined(level))
        {
            throw new InputOutOfRangeException(nameof(level), level, $"Title '{id}': unknown organisational level.");
        }

        if (!Enum.IsDefined(kind))
        {
            throw new InputOutOfRangeException(nameof(kind), kind, $"Title '{id}': unknown kind of title.");
        }

        Id = id;
        Name = name;
        Level = level;
        Seats = seats;
        Rank = rank;
        Kind = kind;
        Group = string.IsNullOrWhiteSpace(group) ? string.Empty : group;
    }

    /// <summary>Gets a value indicating whether the title is managed by the Bộ Chính trị or the Ban Bí thư: its political-theory
    /// standard is the central one and a second-group candidate may not complete it later (HĐ 45-HD/BTCTW §II.5.1). Read
    /// only when the planning regulation checks title standards (<see cref="PlanningRegulation.Validate(PlanningList, Standards.TitleStandardsRegulation?)"/>).</summary>
    public bool ManagedCentrally { get; init; }

    /// <summary>The most seats a title may have: 1,000. The largest bodies a planning list covers (a party central
    /// committee of about 200 members, a national assembly of 500 deputies) stay well below it, and with it every
    /// bound the planning rules compute (at most 20 candidates per seat, or 5 × the seats for a committee) fits in an
    /// <see cref="int"/>.</summary>
    public const int MaxSeats = 1000;

    /// <summary>Gets the identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the organisational (and approving) level.</summary>
    public OrganisationalLevel Level { get; }

    /// <summary>Gets the number of seats.</summary>
    public int Seats { get; }

    /// <summary>Gets the seniority rank, if known.</summary>
    public int? Rank { get; }

    /// <summary>Gets the kind of title.</summary>
    public PlanningTitleKind Kind { get; }

    /// <summary>Gets the structure group (empty for the level as a whole).</summary>
    public string Group { get; }
}
