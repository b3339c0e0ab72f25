namespace CadreRules.Composition;

/// <summary>On which day a directive's "young" (under an age) is measured (Chỉ thị 45-CT/TW says the young share is
/// counted over the whole term and gives no day: a named policy parameter, <c>young.measuredOn</c>).</summary>
public enum YoungAgeDate
{
    /// <summary>On the last day of the term's age-reference month (<see cref="BodyMembership.TermReferenceMonth"/>, e.g.
    /// 07/2025 for commune committees of 2025–2030): a member young then counts as young for the whole term. A body that
    /// does not give the month is measured on its own date, and the finding says so. The default (unconfirmed).</summary>
    TermReferenceMonth = 0,

    /// <summary>On the body's own date (<see cref="BodyMembership.AsOf"/>).</summary>
    BodyDate = 1,
}
