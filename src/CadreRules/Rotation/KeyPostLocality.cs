namespace CadreRules.Rotation;

/// <summary>Whether the holder of a key post counts as local (người địa phương) under a regulation's threshold
/// (<see cref="RotationRegulation.IsLocal(LocalityTies)"/>): the outcome compared by <see cref="NonLocalImpact"/>.</summary>
public enum KeyPostLocality
{
    /// <summary>Born or raised in the locality, or studied or worked there for the threshold's years (người địa phương).</summary>
    Local = 0,

    /// <summary>None of these (không phải người địa phương).</summary>
    NonLocal = 1,
}
