namespace CadreRules.People;

/// <summary>Which system imposed a discipline.</summary>
public enum DisciplineTrack
{
    /// <summary>Party discipline (kỷ luật Đảng).</summary>
    Party = 0,

    /// <summary>Administrative discipline under State law (kỷ luật hành chính).</summary>
    Administrative = 1,
}
