using System.Text.Json;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Documents;

/// <summary>What a case kind receives: the parsed common fields and its own facts and expectations, still JSON.</summary>
/// <param name="Name">The case name.</param>
/// <param name="AsOf">The case's <c>asOf</c>, or else the date of <c>"in force on DATE"</c>, or null.</param>
/// <param name="Regulation">The regulation named by id, or the one in force found by the kind itself (null here).</param>
/// <param name="InForceOn">The date of <c>"in force on DATE"</c>, or null.</param>
/// <param name="Facts">The <c>facts</c> object (path <c>$.facts</c>).</param>
/// <param name="Expected">The <c>expected</c> object (path <c>$.expected</c>).</param>
/// <param name="Catalog">The catalogue to resolve regulations in.</param>
/// <param name="Roster">The case's <c>roster</c> (path <c>$.roster</c>), which <c>cadreRef</c> entries of the facts refer to; or null.</param>
internal sealed record CaseInput(string Name, LocalDate? AsOf, Regulation? Regulation, LocalDate? InForceOn, JsonElement Facts, JsonElement Expected, RegulationCatalog Catalog, People.Roster? Roster = null)
{
    /// <summary>Gets the case's <c>regulation</c> as the library's selector: by id, in force on a date, or (absent or
    /// <c>"in force"</c>) in force on the date being judged.</summary>
    public RegulationSelector Selector =>
        Regulation is { } regulation ? RegulationSelector.ById(regulation.Id)
        : InForceOn is { } date ? RegulationSelector.InForceOnDate(date)
        : RegulationSelector.InForce;
}
