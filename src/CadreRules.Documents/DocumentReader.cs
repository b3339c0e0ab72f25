using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CadreRules.Documents;

/// <summary>
/// Parses documents through the source-generated context and turns every JSON error into a
/// <see cref="DocumentException"/> whose message starts with the JSON path.
/// </summary>
internal static class DocumentReader
{
    /// <summary>The schema version written into, and required from, every top-level document.</summary>
    public const int SchemaVersion = 1;

    public static T Parse<T>(string json, JsonTypeInfo<T> info, DocumentLimits? limits = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        return ParseUtf8(DocumentBytes.FromText(json, limits ?? DocumentLimits.Default), info);
    }

    public static T Parse<T>(Stream utf8Json, JsonTypeInfo<T> info, DocumentLimits? limits = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ReadOnlyMemory<byte> bytes;
        try
        {
            bytes = DocumentBytes.Read(utf8Json, limits ?? DocumentLimits.Default);
        }
        catch (IOException e)
        {
            throw DocumentException.Of("$", DocumentErrorCodes.Unreadable, e, e.Message);
        }

        return ParseUtf8(bytes.Span, info);
    }

    /// <summary>Parses a whole document; an error in a document of another kind than <typeparamref name="T"/> is
    /// reported as such.</summary>
    public static T ParseUtf8<T>(ReadOnlySpan<byte> utf8, JsonTypeInfo<T> info)
        where T : class
    {
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        try
        {
            return JsonSerializer.Deserialize(utf8, info) ?? throw DocumentException.Coded("$", DocumentErrorCodes.WrongType, "the document is null.", null, null, "object");
        }
        catch (DocumentException)
        {
            throw;
        }
        catch (JsonException e)
        {
            DocumentKind expected = KindOf(typeof(T));
            DocumentKind found = expected == DocumentKind.Unknown ? DocumentKind.Unknown : DocumentBytes.KindOf(utf8);
            if (found != DocumentKind.Unknown && found != expected)
            {
                throw DocumentException.WrongKind(found, expected, e);
            }

            throw Wrap(e, "$");
        }
    }

    /// <summary>The kind of document a wire type reads.</summary>
    private static DocumentKind KindOf(Type type) =>
        type == typeof(RosterJson) ? DocumentKind.Roster
        : type == typeof(EvaluationSheetJson) ? DocumentKind.EvaluationSheet
        : type == typeof(PlanningListJson) ? DocumentKind.PlanningList
        : type == typeof(RotationRequestsJson) ? DocumentKind.RotationRequests
        : type == typeof(AppointmentRequestsJson) ? DocumentKind.AppointmentRequests
        : type == typeof(VariantJson) ? DocumentKind.LocalVariant
        : type == typeof(CaseJson) ? DocumentKind.CaseFile
        : type == typeof(VerdictJson) ? DocumentKind.Verdict
        : type == typeof(PlanningReviewJson) ? DocumentKind.PlanningReview
        : type == typeof(KeyPostsJson) ? DocumentKind.KeyPosts
        : type == typeof(PositionChangesJson) ? DocumentKind.PositionChanges
        : type == typeof(CommitteeCandidaciesJson) ? DocumentKind.CommitteeCandidacies
        : type == typeof(BodyJson) ? DocumentKind.Body
        : type == typeof(TitleStandardsJson) ? DocumentKind.TitleStandards
        : type == typeof(MovementsJson) ? DocumentKind.Movements
        : type == typeof(HistoryJson) ? DocumentKind.EvaluationHistory
        : DocumentKind.Unknown;

    /// <summary>Reads a nested element (e.g. a case's facts) whose JSON paths are reported under <paramref name="basePath"/>.</summary>
    public static T ParseElement<T>(JsonElement element, JsonTypeInfo<T> info, string basePath)
        where T : class
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw DocumentException.Coded(basePath, DocumentErrorCodes.WrongType, $"expected an object, found {Describe(element.ValueKind)}.", null, null, "object");
        }

        try
        {
            return element.Deserialize(info) ?? throw Require.Missing(basePath);
        }
        catch (DocumentException)
        {
            throw;
        }
        catch (JsonException e)
        {
            // The reader counts lines and bytes from the element's own start, not the file's: no location is given.
            throw Wrap(e, basePath, withLocation: false);
        }
    }

    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>A message on one line: System.Text.Json quotes the bytes of a bad literal, new lines included.</summary>
    private static string OneLine(string message)
    {
        if (!message.AsSpan().ContainsAnyInRange('\0', '\x1f'))
        {
            return message;
        }

        var text = new System.Text.StringBuilder(message.Length + 8);
        foreach (char c in message)
        {
            _ = c switch
            {
                '\n' => text.Append("\\n"),
                '\r' => text.Append("\\r"),
                '\t' => text.Append("\\t"),
                < ' ' => text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => text.Append(c),
            };
        }

        return text.ToString();
    }

    /// <summary>Rewrites System.Text.Json's messages, which name internal .NET types, in the document's terms, with
    /// the error's code and arguments (<see cref="DocumentErrorCodes"/>).</summary>
    private static (string Code, string[] Arguments, string Message) Friendly(string message)
    {
        const string converted = "The JSON value could not be converted to ";
        const string unmapped = "The JSON property '";
        const string duplicate = "Duplicate property '";
        if (message.StartsWith(duplicate, StringComparison.Ordinal))
        {
            int end = message.IndexOf("' encountered", duplicate.Length, StringComparison.Ordinal);
            if (end >= 0)
            {
                string name = message[duplicate.Length..end];
                return (DocumentErrorCodes.RepeatedProperty, [name], $"the property '{name}' is given twice; give each property once.");
            }
        }

        if (message.StartsWith("Duplicate propert", StringComparison.Ordinal))
        {
            return (DocumentErrorCodes.RepeatedProperty, [string.Empty], "this property is given twice; give each property once.");
        }

        if (message.StartsWith(converted, StringComparison.Ordinal))
        {
            string type = message[converted.Length..].TrimEnd('.');
            if (type.StartsWith("System.Nullable`1[", StringComparison.Ordinal))
            {
                type = type["System.Nullable`1[".Length..].TrimEnd(']');
            }

            string expected = Expected(type);
            string[] arguments = ExpectedKey(type, expected);
            return (arguments.Length > 0 ? DocumentErrorCodes.WrongType : DocumentErrorCodes.Invalid, arguments, "expected " + expected + ".");
        }

        if (message.StartsWith(unmapped, StringComparison.Ordinal))
        {
            // The name may itself hold a quote (e.g. a'b): look for the end of the whole phrase, not the next quote.
            int end = message.IndexOf("' could not be mapped", unmapped.Length, StringComparison.Ordinal);
            if (end >= 0)
            {
                string name = message[unmapped.Length..end];
                return (DocumentErrorCodes.UnknownProperty, [name], $"unknown property '{name}'.");
            }
        }

        return (DocumentErrorCodes.Invalid, [], message);
    }

    /// <summary>The arguments of <see cref="DocumentErrorCodes.WrongType"/> for an expectation (none if it has no key).</summary>
    private static string[] ExpectedKey(string type, string expected) => expected switch
    {
        "an integer" => ["integer"],
        "a number" => ["number"],
        "true or false" => ["boolean"],
        "a string" => ["string"],
        "an array" => ["array"],
        "an object" => ["object"],
        _ when expected.StartsWith("one of ", StringComparison.Ordinal) && type.StartsWith("CadreRules.", StringComparison.Ordinal) => ["oneOf", expected["one of ".Length..]],
        _ => [],
    };

    private static string Expected(string type) => type switch
    {
        "System.Int32" or "System.Int64" => "an integer",
        "System.Decimal" => "a number",
        "System.Boolean" => "true or false",
        "System.String" => "a string",
        "CadreRules.People.Sex" => OneOf<People.Sex>(),
        "CadreRules.People.OrganisationalLevel" => OneOf<People.OrganisationalLevel>(),
        "CadreRules.People.DisciplineForm" => OneOf<People.DisciplineForm>(),
        "CadreRules.People.DisciplineTrack" => OneOf<People.DisciplineTrack>(),
        "CadreRules.People.EvaluationTrack" => OneOf<People.EvaluationTrack>(),
        "CadreRules.People.EvaluationLevel" => OneOf<People.EvaluationLevel>(),
        "CadreRules.People.EducationLevel" => OneOf<People.EducationLevel>(),
        "CadreRules.People.PoliticalTheoryLevel" => OneOf<People.PoliticalTheoryLevel>(),
        "CadreRules.People.StateManagementLevel" => OneOf<People.StateManagementLevel>(),
        "CadreRules.Standards.PlanningGroup" => OneOf<Standards.PlanningGroup>(),
        "CadreRules.Standards.StandardsOutcome" => OneOf<Standards.StandardsOutcome>(),
        "CadreRules.Rules.FindingStatus" => OneOf<Rules.FindingStatus>(),
        "CadreRules.Rules.Severity" => OneOf<Rules.Severity>(),
        "CadreRules.Rules.RegulationTopic" => OneOf<Rules.RegulationTopic>(),
        "CadreRules.Rules.SubjectKind" => OneOf<Rules.SubjectKind>(),
        "CadreRules.Rules.ParameterKind" => OneOf<Rules.ParameterKind>(),
        "CadreRules.Rules.Confidence" => OneOf<Rules.Confidence>(),
        "CadreRules.Evaluation.EvaluationRole" => OneOf<Evaluation.EvaluationRole>(),
        "CadreRules.Evaluation.CriterionGrade" => OneOf<Evaluation.CriterionGrade>(),
        "CadreRules.Planning.PlanningTier" => OneOf<Planning.PlanningTier>(),
        "CadreRules.Planning.PlanningTitleKind" => OneOf<Planning.PlanningTitleKind>(),
        "CadreRules.Rotation.PostComparison" => OneOf<Rotation.PostComparison>(),
        "CadreRules.Rotation.RotationPurpose" => OneOf<Rotation.RotationPurpose>(),
        "CadreRules.Appointment.AppointmentKind" => OneOf<Appointment.AppointmentKind>(),
        "CadreRules.Planning.PlanningReviewOutcome" => OneOf<Planning.PlanningReviewOutcome>(),
        "CadreRules.Planning.PlanningTitleStatus" => OneOf<Planning.PlanningTitleStatus>(),
        "CadreRules.Rotation.KeyPostKind" => OneOf<Rotation.KeyPostKind>(),
        "CadreRules.Rotation.DeferralKind" => OneOf<Rotation.DeferralKind>(),
        "CadreRules.Appointment.CommitteeLevel" => OneOf<Appointment.CommitteeLevel>(),
        "CadreRules.Rotation.PositionChangeStatus" => OneOf<Rotation.PositionChangeStatus>(),
        "CadreRules.Rotation.MovementKind" => OneOf<Rotation.MovementKind>(),
        "CadreRules.Rotation.MovementBar" => OneOf<Rotation.MovementBar>(),
        "CadreRules.Rotation.MovementOutcome" => OneOf<Rotation.MovementOutcome>(),
        "CadreRules.History.ShareDenominator" => OneOf<History.ShareDenominator>(),
        _ when type.StartsWith("System.Collections.Generic.List", StringComparison.Ordinal) => "an array",
        _ when type.StartsWith("System.Collections.Generic.Dictionary", StringComparison.Ordinal) => "an object",
        _ when type.StartsWith("CadreRules.", StringComparison.Ordinal) => "an object",
        _ => type,
    };

    private static string OneOf<TEnum>()
        where TEnum : struct, Enum =>
        "one of " + string.Join(", ", Enum.GetNames<TEnum>().Select(n => JsonNamingPolicy.CamelCase.ConvertName(n)));

    /// <summary>Wraps an error at a location given by the caller (a streaming reader, which knows the line).</summary>
    internal static DocumentException Wrap(JsonException e, string basePath, (long Line, long Byte) location)
    {
        if (e is InputValueException value)
        {
            return DocumentException.NotUnderstood(basePath + (string.IsNullOrEmpty(e.Path) ? string.Empty : e.Path[1..]), value.Kind, value.Text, null, e, location);
        }

        DocumentException wrapped = Wrap(e, basePath, withLocation: false);
        string message = wrapped.Message[(wrapped.Path!.Length + 2)..]
            + string.Create(CultureInfo.InvariantCulture, $" (line {location.Line}, byte {location.Byte})");
        return DocumentException.Coded(wrapped.Path, wrapped.Code, message, e, location, [.. wrapped.Arguments]);
    }

    internal static DocumentException Wrap(JsonException e, string basePath, bool withLocation = true)
    {
        string relative = string.IsNullOrEmpty(e.Path) ? "$" : e.Path;
        string path = basePath + relative[1..];
        if (e is InputValueException value)
        {
            return DocumentException.NotUnderstood(path, value.Kind, value.Text, null, e,
                withLocation && e.LineNumber is { } at ? (at + 1, (e.BytePositionInLine ?? 0) + 1) : null);
        }

        string message = e.Message;
        int cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }

        (string code, string[] arguments, string friendly) = Friendly(message);
        if (code == DocumentErrorCodes.Invalid && (e.GetType().Name == "JsonReaderException" || e.InnerException?.GetType().Name == "JsonReaderException"))
        {
            // The tokenizer's own errors (its type is internal to System.Text.Json): the text is not JSON.
            (code, arguments) = (DocumentErrorCodes.Syntax, [OneLine(friendly).TrimEnd('.')]);
        }

        message = OneLine(friendly);
        (long Line, long Byte)? location = null;
        if (withLocation && e.LineNumber is { } line)
        {
            location = (line + 1, (e.BytePositionInLine ?? 0) + 1);
            message += string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, byte {e.BytePositionInLine + 1})");
        }

        return DocumentException.Coded(path, code, message, e, location, arguments);
    }
}
