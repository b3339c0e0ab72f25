using System.Collections.Generic;
using System.Linq;
using CadreRules.Rules;

namespace CadreRules.Localization;

/// <summary>Collects the message tables of every rule family into <see cref="MessageCatalog.Default"/>.</summary>
internal static class ShippedMessages
{
    public static IEnumerable<KeyValuePair<RuleCode, LocalizedText>> All() =>
        Enumerable.Empty<KeyValuePair<RuleCode, LocalizedText>>()
            .Concat(EngineMessages.Entries)
            .Concat(RotationMessages.Entries)
            .Concat(AppointmentMessages.Entries);
}
