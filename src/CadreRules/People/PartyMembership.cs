using NodaTime;

namespace CadreRules.People;

/// <summary>A cadre's party membership (đảng viên).</summary>
/// <param name="AdmittedOn">The date of admission (ngày vào Đảng).</param>
public sealed record PartyMembership(LocalDate AdmittedOn);
