namespace CadreRules.Rules;

/// <summary>How much a rule that is not satisfied matters.</summary>
public enum Severity
{
    /// <summary>A breach of a binding rule (vi phạm quy định).</summary>
    Violation = 0,

    /// <summary>A target the text asks to strive for ("phấn đấu") is not met.</summary>
    TargetNotMet = 1,

    /// <summary>Worth a look; not a breach (for example a single candidate where no minimum is confirmed).</summary>
    Advisory = 2,
}
