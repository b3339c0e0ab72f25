namespace CadreRules.People;

/// <summary>The level of political theory training (trình độ lý luận chính trị) a cadre holds.</summary>
/// <remarks>Members are in ascending order of the programme's length, <see cref="Bachelor"/> last. Whether a
/// bachelor's degree in political theory (cử nhân) counts as the advanced level (cao cấp) wherever a standard asks for
/// cao cấp is not fixed here: the standards that compare levels say so by a named parameter.</remarks>
public enum PoliticalTheoryLevel
{
    /// <summary>Elementary (sơ cấp).</summary>
    Elementary = 0,

    /// <summary>Intermediate (trung cấp).</summary>
    Intermediate = 1,

    /// <summary>Advanced (cao cấp).</summary>
    Advanced = 2,

    /// <summary>Bachelor's degree in political theory (cử nhân).</summary>
    Bachelor = 3,
}
