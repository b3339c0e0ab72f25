namespace CadreRules.Rotation;

/// <summary>Why one post kind at one level has no non-local target (<see cref="NonLocalPostReport.NoTarget"/>).</summary>
public enum NonLocalNoTarget
{
    /// <summary>Chỉ thị 45-CT/TW sets targets only for party secretaries (provincial, and commune level to be basically
    /// completed); for the other titles it encourages the policy without a number.</summary>
    EncouragedOnly = 0,

    /// <summary>The survey's date is before Chỉ thị 45-CT/TW (14/04/2025), whose targets these are: no national target
    /// per post was in force then (a province's own target is its variant's <c>nonLocal.targetShare</c>).</summary>
    BeforeDirective = 1,
}
