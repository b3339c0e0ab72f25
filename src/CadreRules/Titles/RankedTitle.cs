using System;

namespace CadreRules.Titles;

/// <summary>A commune title at a place.</summary>
/// <param name="Title">The title.</param>
/// <param name="Tier">Where the commune is.</param>
public readonly record struct RankedTitle(CommuneTitle Title, ProvinceTier Tier)
{
    /// <summary>Checks the values.</summary>
    /// <returns>This title.</returns>
    /// <exception cref="Rules.InputOutOfRangeException">A value is not defined.</exception>
    public RankedTitle Checked()
    {
        if (!Enum.IsDefined(Title))
        {
            throw new Rules.InputOutOfRangeException("title", Title, "Unknown CommuneTitle.");
        }

        if (!Enum.IsDefined(Tier))
        {
            throw new Rules.InputOutOfRangeException("tier", Tier, "Unknown ProvinceTier.");
        }

        return this;
    }
}
