using System;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CadreRules.Serialization;

/// <summary>
/// Parses documents through the source-generated context and turns every JSON error into a
/// <see cref="DocumentException"/> whose message starts with the JSON path.
/// </summary>
internal static class DocumentReader
{
    /// <summary>The schema version written into, and required from, every top-level document.</summary>
    public const int SchemaVersion = 1;

    public static T Parse<T>(string json, JsonTypeInfo<T> info)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize(json, info) ?? throw new DocumentException("$", "the document is null.", null);
        }
        catch (DocumentException)
        {
            throw;
        }
        catch (JsonException e)
        {
            throw Wrap(e, "$");
        }
    }

    public static T Parse<T>(Stream utf8Json, JsonTypeInfo<T> info)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        try
        {
            return JsonSerializer.Deserialize(utf8Json, info) ?? throw new DocumentException("$", "the document is null.", null);
        }
        catch (DocumentException)
        {
            throw;
        }
        catch (JsonException e)
        {
            throw Wrap(e, "$");
        }
    }

    /// <summary>Reads a nested element (e.g. a case's facts) whose JSON paths are reported under <paramref name="basePath"/>.</summary>
    public static T ParseElement<T>(JsonElement element, JsonTypeInfo<T> info, string basePath)
        where T : class
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new DocumentException(basePath, $"expected an object, found {Describe(element.ValueKind)}.", null);
        }

        try
        {
            return element.Deserialize(info) ?? throw new DocumentException(basePath, "required field is missing.", null);
        }
        catch (DocumentException)
        {
            throw;
        }
        catch (JsonException e)
        {
            throw Wrap(e, basePath);
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

    private static DocumentException Wrap(JsonException e, string basePath)
    {
        string relative = string.IsNullOrEmpty(e.Path) ? "$" : e.Path;
        string path = basePath + relative[1..];
        string message = e.Message;
        int cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }

        if (e.InnerException is JsonException inner && e.Message == inner.Message)
        {
            message = inner.Message;
        }

        if (e.LineNumber is { } line)
        {
            message += string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, byte {e.BytePositionInLine + 1})");
        }

        return new DocumentException(path, message, e);
    }
}
