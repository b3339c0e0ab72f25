using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Documents;

/// <summary>A string-valued identifier: a JSON string both as a value and as a dictionary key; a blank or missing string
/// is refused with a <see cref="JsonException"/> (the identifier's own check).</summary>
/// <typeparam name="T">The identifier type.</typeparam>
internal abstract class StringValueJsonConverter<T> : JsonConverter<T>
{
    public override bool HandleNull => false;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? Create(reader.GetString())
            : throw new JsonException($"expected a string, found {reader.TokenType}.");

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Text(value));
    }

    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Create(reader.GetString());

    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(Text(value));
    }

    protected abstract T Build(string text);

    protected abstract string Text(T value);

    private T Create(string? text)
    {
        try
        {
            return Build(text ?? string.Empty);
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message, e);
        }
    }
}

/// <summary>A <see cref="CadreId"/> as the identifier as given (<c>"MKT-001"</c>).</summary>
internal sealed class CadreIdJsonConverter : StringValueJsonConverter<CadreId>
{
    protected override CadreId Build(string text) => new(text);

    protected override string Text(CadreId value) => value.Value;
}

/// <summary>A <see cref="RuleCode"/> as its text (<c>"QD366.HTXS"</c>).</summary>
internal sealed class RuleCodeJsonConverter : StringValueJsonConverter<RuleCode>
{
    protected override RuleCode Build(string text) => new(text);

    protected override string Text(RuleCode value) => value.Value;
}

/// <summary>A <see cref="RegulationId"/> as its text (<c>"party-eval-qd366"</c>).</summary>
internal sealed class RegulationIdJsonConverter : StringValueJsonConverter<RegulationId>
{
    protected override RegulationId Build(string text) => new(text);

    protected override string Text(RegulationId value) => value.Value;
}

/// <summary>A <see cref="BirthDate"/> as <c>yyyy-MM-dd</c>, <c>yyyy-MM</c> or <c>yyyy</c>: the form is the precision.</summary>
internal sealed class BirthDateJsonConverter : JsonConverter<BirthDate>
{
    public override BirthDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"expected a birth date string, found {reader.TokenType}.");
        }

        // Hosts are machines: only the ISO forms (documents also read dd/MM/yyyy and MM/yyyy).
        string text = reader.GetString() ?? string.Empty;
        if (text.Contains('/', StringComparison.Ordinal) || text.Trim().Length != text.Length)
        {
            throw new JsonException("expected a birth date as yyyy-MM-dd, yyyy-MM or yyyy.");
        }

        try
        {
            return RosterMapper.ParseBirthDate(text, "$");
        }
        catch (DocumentException e)
        {
            throw new JsonException(e.Message["$: ".Length..], e);
        }
    }

    public override void Write(Utf8JsonWriter writer, BirthDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(RosterMapper.FormatBirthDate(value));
    }
}

/// <summary>A <see cref="Share"/> as the exact fraction <c>{"numerator": 1, "denominator": 5}</c>, written in lowest
/// terms; any equivalent fraction is read; percent strings are refused.</summary>
internal sealed class ShareJsonConverter : JsonConverter<Share>
{
    private const string NumeratorName = "numerator";
    private const string DenominatorName = "denominator";

    public override Share Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"expected a share {{\"numerator\": n, \"denominator\": d}}, found {reader.TokenType}.");
        }

        long? numerator = null;
        long? denominator = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = reader.GetString() ?? string.Empty;
            if (!reader.Read() || reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out long number))
            {
                throw new JsonException($"a share's {name} is an integer.");
            }

            switch (name)
            {
                case NumeratorName when numerator is null:
                    numerator = number;
                    break;
                case DenominatorName when denominator is null:
                    denominator = number;
                    break;
                default:
                    throw new JsonException($"a share has only numerator and denominator, once each; found '{name}'.");
            }
        }

        if (numerator is not { } n || denominator is not { } d)
        {
            throw new JsonException("a share needs numerator and denominator.");
        }

        if (n < 0 || d < 1)
        {
            throw new JsonException("a share's numerator is 0 or more and its denominator 1 or more.");
        }

        return Share.Of(n, d);
    }

    public override void Write(Utf8JsonWriter writer, Share value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber(NumeratorName, value.Numerator);
        writer.WriteNumber(DenominatorName, value.Denominator);
        writer.WriteEndObject();
    }
}
