using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CadreRules.Documents;

/// <summary>Enums as camelCase strings (<c>"male"</c>, <c>"notComplete"</c>); integers are rejected.</summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
