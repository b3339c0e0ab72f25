using NodaTime;

namespace CadreRules.People;

/// <summary>A cadre's party membership (đảng viên).</summary>
/// <param name="AdmittedOn">The date of admission (ngày vào Đảng).</param>
/// <remarks>The date must be in <see cref="Rules.DomainCalendar"/> (01/01/1900 to 31/12/2200), or
/// <see cref="Rules.InputOutOfRangeException"/> names the field <c>partyMembership.admittedOn</c>.</remarks>
public sealed record PartyMembership(LocalDate AdmittedOn)
{
    private readonly LocalDate _admittedOn = Rules.DomainCalendar.Check(AdmittedOn, "partyMembership.admittedOn");

    /// <summary>Gets the date of admission (ngày vào Đảng).</summary>
    public LocalDate AdmittedOn
    {
        get => _admittedOn;
        init => _admittedOn = Rules.DomainCalendar.Check(value, "partyMembership.admittedOn");
    }
}
