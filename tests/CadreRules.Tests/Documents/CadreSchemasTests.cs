using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using CadreRules.Documents;

namespace CadreRules.Tests.Documents;

/// <summary>The schemas embedded in CadreRules.Documents are those of docs/schemas, one for every document kind.</summary>
public class CadreSchemasTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Schemas");

    [Fact]
    public void Names_AreTheFilesOfDocsSchemas() =>
        Assert.Equal(
            Directory.EnumerateFiles(Folder, "*.schema.json").Select(Path.GetFileName).Order(StringComparer.Ordinal),
            CadreSchemas.Names);

    [Fact]
    public void EveryEmbeddedSchema_EqualsItsFile()
    {
        foreach (string name in CadreSchemas.Names)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(Folder, name)), CadreSchemas.Read(name));
        }
    }

    // The document kinds of docs/documents.md, the case file, and the shared definitions.
    [Theory]
    [InlineData("roster")]
    [InlineData("evaluations")]
    [InlineData("planning-list")]
    [InlineData("planning-review")]
    [InlineData("key-posts")]
    [InlineData("position-changes")]
    [InlineData("committee-candidacies")]
    [InlineData("body")]
    [InlineData("title-standards")]
    [InlineData("movements")]
    [InlineData("history")]
    [InlineData("rotation-requests")]
    [InlineData("appointment-requests")]
    [InlineData("local-variant")]
    [InlineData("verdict")]
    [InlineData("catalogue")]
    [InlineData("retirement-report")]
    [InlineData("case")]
    [InlineData("common")]
    public void EveryDocumentKind_HasItsSchema(string kind)
    {
        Assert.Contains(kind + ".schema.json", CadreSchemas.Names);
        using Stream stream = CadreSchemas.Open(kind);
        using JsonDocument schema = JsonDocument.Parse(stream);
        Assert.Equal(JsonValueKind.Object, schema.RootElement.ValueKind);
        Assert.Equal(CadreSchemas.Read(kind + ".schema.json"), CadreSchemas.Read(kind));
    }

    [Theory]
    [InlineData("nothing")]
    [InlineData("Roster")]
    [InlineData("")]
    public void UnknownName_IsRefused(string name)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => CadreSchemas.Open(name));
        Assert.Contains("roster.schema.json", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullName_IsRefused() => Assert.Throws<ArgumentNullException>(() => CadreSchemas.Read(null!));
}
