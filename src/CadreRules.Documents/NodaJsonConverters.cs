using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace CadreRules.Documents;

/// <summary>ISO <c>yyyy-MM-dd</c> dates through NodaTime's invariant ISO pattern.</summary>
/// <remarks>
/// Not NodaTime.Serialization.SystemTextJson: that package is not annotated for trimming (IL2104 in every trimmed or
/// AOT app that references it), and these two pattern converters are all the documents need.
/// </remarks>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ParseResult<LocalDate>? result = reader.TokenType == JsonTokenType.String ? LocalDatePattern.Iso.Parse(reader.GetString() ?? string.Empty) : null;
        return result is { Success: true } ? result.Value : throw new JsonException("expected an ISO date (yyyy-MM-dd).");
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
}

/// <summary>ISO <c>yyyy-MM</c> months through NodaTime's invariant ISO pattern.</summary>
internal sealed class YearMonthJsonConverter : JsonConverter<YearMonth>
{
    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ParseResult<YearMonth>? result = reader.TokenType == JsonTokenType.String ? YearMonthPattern.Iso.Parse(reader.GetString() ?? string.Empty) : null;
        return result is { Success: true } ? result.Value : throw new JsonException("expected an ISO month (yyyy-MM).");
    }

    public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options) =>
        writer.WriteStringValue(YearMonthPattern.Iso.Format(value));
}
