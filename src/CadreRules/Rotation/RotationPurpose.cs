namespace CadreRules.Rotation;

/// <summary>Why a cadre is rotated; it decides how much working time must be left.</summary>
public enum RotationPurpose
{
    /// <summary>To train a cadre in planning for a leadership title (the general case: ≥ 10 years left).</summary>
    Training = 0,

    /// <summary>To place a non-local holder in a key post (bố trí không phải người địa phương): the time left must
    /// cover an appointment term.</summary>
    NonLocalPolicy = 1,

    /// <summary>So that a head does not hold the same post for more than two consecutive terms: the time left must
    /// cover an appointment term.</summary>
    TwoTermLimit = 2,
}
