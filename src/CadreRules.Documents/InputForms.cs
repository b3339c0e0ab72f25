using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using CadreRules.Rules;

namespace CadreRules.Documents;

/// <summary>The forms the documents accept for each kind of value a person writes, by the key used in the arguments of
/// <see cref="DocumentErrorCodes.NotUnderstood"/> (the forms themselves are <see cref="InputValues"/>').</summary>
internal static class InputForms
{
    public const string Date = "date";
    public const string Month = "month";
    public const string BirthDate = "birthDate";
    public const string Level = "level";
    public const string Share = "share";
    public const string Choice = "choice";
    public const string IsoDate = "isoDate";
    public const string IsoMonth = "isoMonth";
    public const string Regulation = "regulation";

    private static readonly LocalizedText IsoDateForms = new("một ngày dạng yyyy-MM-dd (2026-01-01)", "an ISO date, yyyy-MM-dd (2026-01-01)");

    private static readonly LocalizedText IsoMonthForms = new("một tháng dạng yyyy-MM (2026-01)", "an ISO month, yyyy-MM (2026-01)");

    private static readonly LocalizedText RegulationForms = new(
        "mã một quy định (lệnh regulations liệt kê các mã), \"in force\" hoặc \"in force on yyyy-MM-dd\"",
        "a regulation id (the regulations command lists them), \"in force\" or \"in force on yyyy-MM-dd\"");

    /// <summary>The accepted forms of a kind, or null for an unknown kind.</summary>
    public static LocalizedText? Of(string kind, string? choices) => kind switch
    {
        Date => InputValues.DateForms,
        Month => InputValues.MonthForms,
        BirthDate => InputValues.BirthDateForms,
        Level => InputValues.LevelForms,
        Share => InputValues.ShareForms,
        Choice when choices is not null => InputValues.ChoiceForms(choices.Split(", ")),
        IsoDate => IsoDateForms,
        IsoMonth => IsoMonthForms,
        Regulation => RegulationForms,
        _ => null,
    };

    /// <summary>A value as it is quoted in a message: on one line, at most 80 characters.</summary>
    public static string Shown(string text)
    {
        string value = text.Length > 80 ? text[..77] + "..." : text;
        var shown = new StringBuilder(value.Length);
        foreach (char c in value)
        {
            shown.Append(char.IsControl(c) ? ' ' : c);
        }

        return shown.ToString();
    }

    /// <summary>The text of a JSON token as a person wrote it (a string's content, a number's or literal's text).</summary>
    public static string TokenText(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString() ?? string.Empty,
        JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null => Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan),
        _ => reader.TokenType.ToString(),
    };
}

/// <summary>Thrown by a converter for a value in none of the accepted forms; <see cref="DocumentReader"/> turns it into
/// a <see cref="DocumentException"/> with the code <see cref="DocumentErrorCodes.NotUnderstood"/> at the value's path.</summary>
internal sealed class InputValueException : JsonException
{
    public InputValueException(string kind, string text)
        : base("'" + InputForms.Shown(text) + "' is not understood; expected " + (InputForms.Of(kind, null)?.English ?? kind) + ".")
    {
        Kind = kind;
        Text = text;
    }

    public InputValueException()
    {
        Kind = InputForms.Choice;
        Text = string.Empty;
    }

    public InputValueException(string message)
        : base(message)
    {
        Kind = InputForms.Choice;
        Text = string.Empty;
    }

    public InputValueException(string message, Exception innerException)
        : base(message, innerException)
    {
        Kind = InputForms.Choice;
        Text = string.Empty;
    }

    public string Kind { get; }

    public string Text { get; }
}
