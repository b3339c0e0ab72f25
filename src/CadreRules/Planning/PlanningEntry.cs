using CadreRules.People;

namespace CadreRules.Planning;

/// <summary>One line of a planning list: a cadre planned for a title, and how far above the cadre's current post the title is.</summary>
/// <param name="CadreId">The cadre.</param>
/// <param name="TitleId">The title's identifier.</param>
/// <param name="Tier">Đối tượng 1 (one level up, the default) or đối tượng 2 (two levels up).</param>
public readonly record struct PlanningEntry(CadreId CadreId, string TitleId, PlanningTier Tier = PlanningTier.OneLevelUp)
{
    /// <summary>Gets the identifier of the title the cadre is planned for.</summary>
    /// <exception cref="System.ArgumentException">The identifier is null or blank.</exception>
    public string TitleId { get; init; } = !string.IsNullOrWhiteSpace(TitleId)
        ? TitleId
        : throw new System.ArgumentException("A planning entry needs the identifier of its title.", nameof(TitleId));
}
