namespace CadreRules.Rules;

/// <summary>What a finding's status means to a reader: a condition to meet, or a ground whose presence decides.</summary>
/// <remarks>
/// A condition (to be rated HTXS, to be eligible) is good news when satisfied. A ground (a reason not to rate, a
/// ground that forces a level or caps it) is good news when absent: "not satisfied" then means "the ground is not
/// there", not "something failed". Renderers label the two differently (ĐẠT / KHÔNG ĐẠT for conditions, CÓ / KHÔNG CÓ for
/// grounds) so that an absent ground never reads as a failure; the status itself is the same in both.
/// </remarks>
public enum FindingRole
{
    /// <summary>A condition: satisfied means met.</summary>
    Condition = 0,

    /// <summary>A ground: satisfied means the ground is present and decides (not rated, a forced level, a cap).</summary>
    Ground = 1,
}
