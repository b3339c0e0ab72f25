using CadreRules.People;

namespace CadreRules.Rotation;

/// <summary>The levels a movement goes from and to (e.g. province to commune), as programmes count them.</summary>
/// <param name="From">The level of the post held before.</param>
/// <param name="To">The level of the destination.</param>
public readonly record struct LevelPair(OrganisationalLevel From, OrganisationalLevel To);
