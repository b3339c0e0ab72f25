using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;

namespace CadreRules.Documents;

/// <summary>
/// The JSON schemas (draft 2020-12) of the documents, shipped inside this package as embedded resources: a host can
/// validate or publish them without the repository's <c>docs/schemas</c> folder.
/// </summary>
/// <remarks>
/// <para>Names are the schema file names, e.g. <c>roster.schema.json</c>; the short form (<c>roster</c>) is accepted too.
/// The schemas refer to each other by file name (<c>common.schema.json#/$defs/cadre</c>), so a validator that registers
/// each one under its name resolves the references.</para>
/// <para>Thread-safe; every call opens a new stream.</para>
/// </remarks>
public static class CadreSchemas
{
    private const string Prefix = "CadreRules.Documents.Schemas.";
    private const string Suffix = ".schema.json";

    private static readonly Assembly Assembly = typeof(CadreSchemas).Assembly;

    private static readonly ImmutableArray<string> AllNames =
        [.. Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(Suffix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..])
            .Order(StringComparer.Ordinal)];

    /// <summary>Gets the names of the shipped schemas, in ordinal order: <c>appointment-requests.schema.json</c>,
    /// <c>case.schema.json</c>, <c>catalogue.schema.json</c>, <c>common.schema.json</c>…</summary>
    public static ImmutableArray<string> Names => AllNames;

    /// <summary>Opens a schema.</summary>
    /// <param name="name">A name of <see cref="Names"/> (<c>roster.schema.json</c>) or its short form (<c>roster</c>).</param>
    /// <returns>A new read-only stream of the schema's UTF-8 text; the caller disposes it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No schema has that name.</exception>
    public static Stream Open(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string full = name.EndsWith(Suffix, StringComparison.Ordinal) ? name : name + Suffix;
        return AllNames.Contains(full, StringComparer.Ordinal) && Assembly.GetManifestResourceStream(Prefix + full) is { } stream
            ? stream
            : throw new ArgumentException($"No schema '{name}'. Known: {string.Join(", ", AllNames)}.", nameof(name));
    }

    /// <summary>Reads a schema's text.</summary>
    /// <param name="name">A name of <see cref="Names"/> or its short form.</param>
    /// <returns>The schema, exactly as shipped.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No schema has that name.</exception>
    public static string Read(string name)
    {
        using Stream stream = Open(name);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
