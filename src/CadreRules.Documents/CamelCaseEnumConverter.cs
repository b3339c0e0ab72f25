using System;
using System.Collections.Frozen;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using CadreRules.People;

namespace CadreRules.Documents;

/// <summary>Enums written as camelCase strings (<c>"male"</c>, <c>"notComplete"</c>) and read forgivingly: the name in
/// any case, with or without separators, or its Vietnamese or English word (<see cref="InputValues.TryParseChoice{TEnum}(string?, out TEnum)"/>);
/// levels also as HTXS, HTT, HTNV, KHT. Integers are rejected.</summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class CamelCaseEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> Names =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));

    private static readonly FrozenDictionary<string, TEnum> ByName =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()), v => v, StringComparer.Ordinal);

    /// <summary>Gets a value indicating whether only the exact camelCase names are read (for hosts: machines write them).</summary>
    public bool Strict { get; init; }

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && (Strict ? ByName.TryGetValue(reader.GetString()!, out TEnum value) : InputValues.TryParseChoice(reader.GetString(), out value)))
        {
            return value;
        }

        if (Strict)
        {
            throw new JsonException();
        }

        // A level gets its own message (it has more forms than its names); other enums the serializer's, which the
        // reader turns into "expected one of …".
        throw typeof(TEnum) == typeof(EvaluationLevel) ? new InputValueException(InputForms.Level, InputForms.TokenText(ref reader)) : new JsonException();
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Names.TryGetValue(value, out string? name) ? name : throw new JsonException());

    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        (Strict ? ByName.TryGetValue(reader.GetString()!, out TEnum value) : InputValues.TryParseChoice(reader.GetString(), out value)) ? value : throw new JsonException();

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WritePropertyName(Names.TryGetValue(value, out string? name) ? name : throw new JsonException());
}

/// <summary>Enums as exact camelCase strings only, for hosts (<see cref="CadreHostJson"/>): machines write the names.</summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class StrictEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly CamelCaseEnumConverter<TEnum> Inner = new() { Strict = true };

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Inner.Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => Inner.Write(writer, value, options);

    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Inner.ReadAsPropertyName(ref reader, typeToConvert, options);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => Inner.WriteAsPropertyName(writer, value, options);
}
