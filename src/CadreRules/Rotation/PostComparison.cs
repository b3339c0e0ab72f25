namespace CadreRules.Rotation;

/// <summary>How the post a cadre is rotated to compares with the post held before (an input fact, decided by the
/// organisation body).</summary>
public enum PostComparison
{
    /// <summary>A lower post (thấp hơn).</summary>
    Lower = 0,

    /// <summary>An equivalent post (tương đương).</summary>
    Equivalent = 1,

    /// <summary>A higher post (cao hơn).</summary>
    Higher = 2,
}
