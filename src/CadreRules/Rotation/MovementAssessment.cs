using NodaTime;

namespace CadreRules.Rotation;

/// <summary>The answer about a transfer or a secondment with the dates that follow from the regulation.</summary>
/// <param name="Outcome"><see cref="MovementOutcome.Eligible"/> or <see cref="MovementOutcome.NotEligible"/>.</param>
/// <param name="AllowanceKeptUntil">For a transfer: the last day a higher leadership allowance held before is kept
/// (the day before the same day <see cref="MovementRegulation.TransferAllowanceMonths"/> months after the start;
/// NodaTime clips a day missing from the target month to that month's last day). For a secondment:
/// <see langword="null"/>.</param>
/// <param name="LatestEnd">For a secondment: the last day the regulation allows (the day before the same day
/// <see cref="MovementRegulation.SecondmentMaxMonths"/> months after the start). For a transfer: <see langword="null"/>.</param>
public sealed record MovementAssessment(MovementOutcome Outcome, LocalDate? AllowanceKeptUntil, LocalDate? LatestEnd);
