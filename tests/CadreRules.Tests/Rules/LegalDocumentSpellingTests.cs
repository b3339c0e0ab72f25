using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CadreRules.Rules;

namespace CadreRules.Tests.Rules;

/// <summary>
/// A legal document is spelled one way across the library: an analyst's case file names a cited document by its
/// number, so "HD 21-HD/BTCTW" in one family and "HĐ 21-HD/BTCTW" in another would make the same guidance two documents.
/// </summary>
public class LegalDocumentSpellingTests
{
    private static IEnumerable<LegalDocument> EveryDocument()
    {
        foreach (Regulation regulation in ShippedRegulations.Catalog.Regulations)
        {
            yield return regulation.Reference.Citation.Document;
            foreach (RuleDescriptor rule in regulation.Rules)
            {
                if (rule.Citation is { } citation)
                {
                    yield return citation.Document;
                }
            }

            foreach (ParameterDefinition parameter in regulation.Parameters.Schema)
            {
                if (parameter.Citation is { } citation)
                {
                    yield return citation.Document;
                }
            }
        }

        // The document tables of every family, including citations that only findings carry (quotas, consequences).
        const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;
        foreach (System.Type type in typeof(LegalDocument).Assembly.GetTypes().Where(t => t.Name.EndsWith("Documents", System.StringComparison.Ordinal)))
        {
            foreach (FieldInfo field in type.GetFields(Static).Where(f => f.FieldType == typeof(LegalDocument)))
            {
                yield return (LegalDocument)field.GetValue(null)!;
            }

            foreach (PropertyInfo property in type.GetProperties(Static).Where(p => p.PropertyType == typeof(LegalDocument)))
            {
                yield return (LegalDocument)property.GetValue(null)!;
            }
        }
    }

    [Fact]
    public void SameIssuerAndSigningDate_HaveOneNumber()
    {
        List<LegalDocument> documents = [.. EveryDocument().Distinct()];
        Assert.True(documents.Count > 20, $"only {documents.Count} documents found");

        var spelledTwice = documents.GroupBy(d => (d.Issuer, d.SignedOn))
            .Where(g => g.Select(d => d.Number).Distinct().Count() > 1)
            .Select(g => string.Join(" / ", g.Select(d => d.Number).Distinct().Order(System.StringComparer.Ordinal)))
            .Where(pair => !SignedTheSameDay.Contains(pair))
            .ToList();

        Assert.Empty(spelledTwice);
    }

    // Different documents the same issuer signed on the same day (regulations.md §7): QĐ 365 (title standards) and
    // QĐ 366 (evaluation) on 30/08/2025; Chỉ thị 45 (congresses) and KL 150 (commune cadres) on 14/04/2025.
    private static readonly HashSet<string> SignedTheSameDay = new(System.StringComparer.Ordinal)
    {
        "QĐ 365-QĐ/TW / QĐ 366-QĐ/TW",
        "Chỉ thị 45-CT/TW / KL 150-KL/TW",
    };

    [Fact]
    public void SignedTheSameDay_ListsOnlyPairsThatExist()
    {
        HashSet<string> numbers = [.. EveryDocument().Select(d => d.Number)];
        Assert.All(SignedTheSameDay.SelectMany(pair => pair.Split(" / ")), n => Assert.Contains(n, numbers));
    }

    [Fact]
    public void PartyGuidance_IsSpelledHĐ()
    {
        // Hướng dẫn is abbreviated HĐ in the number's prefix (the suffix keeps the documents' own "-HD/BTCTW").
        var misspelled = EveryDocument().Select(d => d.Number).Distinct().Where(n => n.StartsWith("HD ", System.StringComparison.Ordinal)).ToList();

        Assert.Empty(misspelled);
    }
}
