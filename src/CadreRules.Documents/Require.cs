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

    public static DocumentException Missing(string path) => new(path, "required field is missing.", null);

    public static void SchemaVersion(int? version, string path = "$.schemaVersion")
    {
        int found = Value(version, path);
        if (found != DocumentReader.SchemaVersion)
        {
            throw new DocumentException(path, $"schema version {found} is not supported; this library reads version {DocumentReader.SchemaVersion}.", null);
        }
    }

    /// <summary>Runs a domain constructor; its argument errors become document errors at <paramref name="path"/>.</summary>
    public static T Build<T>(string path, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (ArgumentException e)
        {
            throw new DocumentException(path, e.Message, e);
        }
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
