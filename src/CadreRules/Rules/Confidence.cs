namespace CadreRules.Rules;

/// <summary>How firmly a rule or parameter is grounded in a retrieved legal text.</summary>
public enum Confidence
{
    /// <summary>Confirmed from the text or an official summary ([C]).</summary>
    Confirmed = 0,

    /// <summary>Confirmed only through news or question-and-answer summaries ([N]).</summary>
    News = 1,

    /// <summary>Not confirmed ([U]): a documented default that users should check and may override.</summary>
    Unconfirmed = 2,
}
