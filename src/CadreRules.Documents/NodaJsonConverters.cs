using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace CadreRules.Documents;

/// <summary>Dates written <c>yyyy-MM-dd</c> (ISO, as the documents are written) and read as <c>yyyy-MM-dd</c> or
/// <c>dd/MM/yyyy</c> (<see cref="InputValues.TryParseDate"/>).</summary>
/// <remarks>
/// Not NodaTime.Serialization.SystemTextJson: that package is not annotated for trimming (IL2104 in every trimmed or
/// AOT app that references it), and these two pattern converters are all the documents need.
/// </remarks>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    /// <summary>Gets a value indicating whether only <c>yyyy-MM-dd</c> is read (for hosts: machines write ISO).</summary>
    public bool Strict { get; init; }

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (Strict)
        {
            ParseResult<LocalDate>? iso = reader.TokenType == JsonTokenType.String ? LocalDatePattern.Iso.Parse(reader.GetString() ?? string.Empty) : null;
            return iso is { Success: true } ? iso.Value : throw new JsonException("expected an ISO date (yyyy-MM-dd).");
        }

        return reader.TokenType == JsonTokenType.String && InputValues.TryParseDate(reader.GetString(), out LocalDate date)
            ? date
            : throw new InputValueException(InputForms.Date, InputForms.TokenText(ref reader));
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
}

/// <summary>Months written <c>yyyy-MM</c> (ISO) and read as <c>yyyy-MM</c> or <c>MM/yyyy</c>
/// (<see cref="InputValues.TryParseMonth"/>).</summary>
internal sealed class YearMonthJsonConverter : JsonConverter<YearMonth>
{
    /// <summary>Gets a value indicating whether only <c>yyyy-MM</c> is read (for hosts).</summary>
    public bool Strict { get; init; }

    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (Strict)
        {
            ParseResult<YearMonth>? iso = reader.TokenType == JsonTokenType.String ? YearMonthPattern.Iso.Parse(reader.GetString() ?? string.Empty) : null;
            return iso is { Success: true } ? iso.Value : throw new JsonException("expected an ISO month (yyyy-MM).");
        }

        return reader.TokenType == JsonTokenType.String && InputValues.TryParseMonth(reader.GetString(), out YearMonth month)
            ? month
            : throw new InputValueException(InputForms.Month, InputForms.TokenText(ref reader));
    }

    public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options) =>
        writer.WriteStringValue(YearMonthPattern.Iso.Format(value));
}

/// <summary><c>yyyy-MM-dd</c> dates only, for hosts (<see cref="CadreHostJson"/>).</summary>
internal sealed class IsoLocalDateJsonConverter : JsonConverter<LocalDate>
{
    private static readonly LocalDateJsonConverter Inner = new() { Strict = true };

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Inner.Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) => Inner.Write(writer, value, options);
}

/// <summary><c>yyyy-MM</c> months only, for hosts (<see cref="CadreHostJson"/>).</summary>
internal sealed class IsoYearMonthJsonConverter : JsonConverter<YearMonth>
{
    private static readonly YearMonthJsonConverter Inner = new() { Strict = true };

    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Inner.Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options) => Inner.Write(writer, value, options);
}
