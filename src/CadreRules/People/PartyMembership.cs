using NodaTime;

namespace CadreRules.People;

/// <summary>A cadre's party membership (đảng viên).</summary>
/// <param name="AdmittedOn">The date of admission (ngày vào Đảng).</param>
/// <remarks>The date is checked against <see cref="Rules.DomainCalendar"/> where it is used: by <see cref="Cadre"/>.</remarks>
public sealed record PartyMembership(LocalDate AdmittedOn);
