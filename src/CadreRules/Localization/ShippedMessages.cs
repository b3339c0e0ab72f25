using System.Collections.Generic;
using CadreRules.Appointment;
using CadreRules.Composition;
using CadreRules.Evaluation;
using CadreRules.Planning;
using CadreRules.Retirement;
using CadreRules.Rotation;
using CadreRules.Rules;
using CadreRules.Standards;

namespace CadreRules.Localization;

/// <summary>Collects the message tables every rule family owns (in its own folder) into <see cref="MessageCatalog.Default"/>.</summary>
internal static class ShippedMessages
{
    // One family a line.
    public static IEnumerable<KeyValuePair<RuleCode, LocalizedText>> All() =>
    [
        .. EngineMessages.Entries,
        .. AppointmentMessages.Entries,
        .. CompositionMessages.Entries,
        .. EvaluationMessages.Entries,
        .. PlanningMessages.Entries,
        .. QuotaMessages.Entries,
        .. RetirementMessages.Entries,
        .. RotationMessages.Entries,
        .. StandardsMessages.Entries,
    ];

    // The failure and not-applicable texts, one family a line.
    public static IEnumerable<StatusText> StatusTexts() =>
    [
        .. OutcomeMessages.Entries,
        .. EvaluationOutcomeMessages.Entries,
        .. PlanningOutcomeMessages.Entries,
        .. StandardsMessages.StatusTexts,
    ];
}
