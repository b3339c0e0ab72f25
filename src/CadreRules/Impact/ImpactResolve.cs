using System;
using System.Globalization;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Impact;

/// <summary>Helpers shared by the impact adapters.</summary>
internal static class ImpactResolve
{
    /// <summary>Resolves a side's regulation for one subject; a failure names the subject by position and id.</summary>
    public static TRegulation Resolve<TRegulation>(ImpactSide side, RegulationTopic topic, SubjectKind kind, LocalDate asOf, string collection, int index, CadreId id)
        where TRegulation : Regulation
    {
        try
        {
            return side.Resolve<TRegulation>(topic, kind, asOf);
        }
        catch (RegulationNotFoundException e)
        {
            throw new RegulationNotFoundException(string.Create(CultureInfo.InvariantCulture, $"{collection}[{index}] ({id}): {e.Message}"), e);
        }
    }

    /// <summary>An enum value as the documents write it (camelCase), e.g. <c>district</c>.</summary>
    public static string Camel<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        string name = value.ToString();
        return name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
    }
}
