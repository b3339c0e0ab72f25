using System;
using CadreRules.Rules;

namespace CadreRules.Documents;

/// <summary>Presence checks and domain construction, each naming the JSON path of the value.</summary>
internal static class Require
{
    public static T Object<T>(T? value, string path)
        where T : class => value ?? throw Missing(path);

    public static T Value<T>(T? value, string path)
        where T : struct => value ?? throw Missing(path);

    public static string Text(string? value, string path) =>
        string.IsNullOrWhiteSpace(value) ? throw Missing(path) : value;

    public static DocumentException Missing(string path) => DocumentException.Coded(path, DocumentErrorCodes.MissingField, "required field is missing.", null, null);

    /// <summary>A reference to something that does not exist, with the code <see cref="DocumentErrorCodes.UnknownReference"/>.</summary>
    /// <param name="path">The path of the reference.</param>
    /// <param name="value">The value referred to.</param>
    /// <param name="what"><c>title</c>, <c>candidate</c>, <c>cadre</c>, <c>post</c> or <c>sector</c>.</param>
    /// <param name="message">The English sentence.</param>
    /// <param name="known">The values that exist, or null.</param>
    public static DocumentException Unknown(string path, string value, string what, string message, System.Collections.Generic.IEnumerable<string>? known = null) =>
        DocumentException.Coded(path, DocumentErrorCodes.UnknownReference, message, null, null, value, what, known is null ? string.Empty : string.Join(", ", known));

    /// <summary>A case naming a regulation its kind cannot apply, at <c>$.regulation</c>
    /// (<see cref="DocumentErrorCodes.WrongTopic"/>).</summary>
    public static DocumentException WrongTopic(Regulation regulation, string caseKind) =>
        DocumentException.Of("$.regulation", DocumentErrorCodes.WrongTopic, null, regulation.Id.Value, regulation.Topic.ToString(), caseKind);

    /// <summary>An id given a second time (ids compared trimmed, ignoring case), with the code
    /// <see cref="DocumentErrorCodes.DuplicateId"/>.</summary>
    public static DocumentException Duplicate(string path, People.CadreId id, string firstPath) =>
        DocumentException.Coded(path, DocumentErrorCodes.DuplicateId, $"the identifier '{id}' is already used by {firstPath} (ids are compared trimmed and ignoring case).", null, null, id.Value, firstPath);

    public static void SchemaVersion(int? version, string path = "$.schemaVersion")
    {
        int found = Value(version, path);
        if (found != DocumentReader.SchemaVersion)
        {
            throw DocumentException.Of(path, DocumentErrorCodes.SchemaVersion, null, found.ToString(System.Globalization.CultureInfo.InvariantCulture), DocumentReader.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Runs a domain constructor; its argument errors become document errors at <paramref name="path"/>, or at
    /// the field they name (<see cref="InputOutOfRangeException.Field"/>, else <see cref="ArgumentException.ParamName"/>)
    /// when it is one of <paramref name="fields"/>.</summary>
    /// <param name="path">The JSON path of the object built.</param>
    /// <param name="build">The construction.</param>
    /// <param name="fields">The constructor's fields that are properties of the object, each <c>name</c> (the same in
    /// JSON) or <c>name=json</c> (renamed; <c>json</c> may be a dotted path). A field such as <c>positions[1].start</c>
    /// is matched by its first segment (<c>positions</c>).</param>
    public static T Build<T>(string path, Func<T> build, params string[] fields)
    {
        try
        {
            return build();
        }
        catch (InputOutOfRangeException e) when (e.Minimum is not null || e.Maximum is not null)
        {
            throw DocumentException.Coded(FieldPath(path, e, fields), DocumentErrorCodes.OutOfRange, Sentence(e), e, null, Invariant(e.ActualValue), e.Minimum ?? string.Empty, e.Maximum ?? string.Empty);
        }
        catch (ArgumentException e)
        {
            throw DocumentException.Refusal(FieldPath(path, e, fields), Sentence(e), e);
        }
        catch (OverflowException e)
        {
            throw DocumentException.Of(path, DocumentErrorCodes.Overflow, e);
        }
    }

    /// <summary>A value written culture-invariantly: dates as <c>yyyy-MM-dd</c>, months as <c>yyyy-MM</c>.</summary>
    private static string Invariant(object? value) => value switch
    {
        null => string.Empty,
        NodaTime.LocalDate date => NodaTime.Text.LocalDatePattern.Iso.Format(date),
        NodaTime.YearMonth month => NodaTime.Text.YearMonthPattern.Iso.Format(month),
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>The path of the field an argument error names, when it is one of <paramref name="fields"/>.</summary>
    public static string FieldPath(string path, ArgumentException e, string[] fields)
    {
        string? field = e is InputOutOfRangeException { Field.Length: > 0 } range ? range.Field : e.ParamName;
        if (string.IsNullOrEmpty(field))
        {
            return path;
        }

        int cut = field.IndexOfAny(['.', '[']);
        string head = cut < 0 ? field : field[..cut];
        string rest = cut < 0 ? string.Empty : field[cut..];
        foreach (string entry in fields)
        {
            int equals = entry.IndexOf('=', StringComparison.Ordinal);
            string name = equals < 0 ? entry : entry[..equals];
            string json = equals < 0 ? entry : entry[(equals + 1)..];
            if (name == field)
            {
                return path + "." + json;
            }

            if (name == head)
            {
                return path + "." + json + rest;
            }
        }

        return path;
    }

    /// <summary>An expected count of a case file: 0 or more (at least <paramref name="minimum"/>), else bad input at
    /// <paramref name="path"/>, never a case that simply fails.</summary>
    public static void Count(long? value, string path, long minimum = 0)
    {
        if (value is { } count && count < minimum)
        {
            string least = minimum.ToString(System.Globalization.CultureInfo.InvariantCulture);
            throw DocumentException.Coded(path, DocumentErrorCodes.OutOfRange, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"a count is {least} or more, not {count}."), null, null, count.ToString(System.Globalization.CultureInfo.InvariantCulture), least, string.Empty);
        }
    }

    /// <summary>An argument error's own sentence, without what .NET appends (<c>(Parameter 'x')</c>, <c>Actual value
    /// was …</c>), which names C# parameters and formats values with the machine's culture.</summary>
    public static string Sentence(Exception e)
    {
        string message = e.Message;
        int newLine = message.IndexOfAny(['\r', '\n']);
        if (newLine >= 0)
        {
            message = message[..newLine];
        }

        if (e is ArgumentException { ParamName: { } name })
        {
            string suffix = " (Parameter '" + name + "')";
            if (message.EndsWith(suffix, StringComparison.Ordinal))
            {
                message = message[..^suffix.Length];
            }
        }

        message = message.TrimEnd();
        return message.Length == 0 ? "the value is not accepted." : message;
    }

    public static string Item(string path, int index) => path + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    public static string Key(string path, string key)
    {
        foreach (char c in key)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return path + "['" + key + "']";
            }
        }

        return path + "." + key;
    }

    public static LocalizedText LocalizedText(TextJson? text, string path)
    {
        TextJson value = Object(text, path);
        return new LocalizedText(Text(value.Vi, path + ".vi"), Text(value.En, path + ".en"));
    }

    public static TextJson FromText(LocalizedText text) => new() { Vi = text.Vietnamese, En = text.English };
}
