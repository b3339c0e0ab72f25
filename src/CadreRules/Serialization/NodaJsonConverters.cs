using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace CadreRules.Serialization;

/// <summary>ISO <c>yyyy-MM-dd</c> dates through NodaTime.Serialization.SystemTextJson, with a readable error.</summary>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return ((JsonConverter<LocalDate>)NodaConverters.LocalDateConverter).Read(ref reader, typeToConvert, options);
        }
        catch (Exception e)
        {
            throw new JsonException("expected an ISO date (yyyy-MM-dd).", e);
        }
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        ((JsonConverter<LocalDate>)NodaConverters.LocalDateConverter).Write(writer, value, options);
}

/// <summary>ISO <c>yyyy-MM</c> months through NodaTime.Serialization.SystemTextJson, with a readable error.</summary>
internal sealed class YearMonthJsonConverter : JsonConverter<YearMonth>
{
    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return ((JsonConverter<YearMonth>)NodaConverters.YearMonthConverter).Read(ref reader, typeToConvert, options);
        }
        catch (Exception e)
        {
            throw new JsonException("expected an ISO month (yyyy-MM).", e);
        }
    }

    public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options) =>
        ((JsonConverter<YearMonth>)NodaConverters.YearMonthConverter).Write(writer, value, options);
}
