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
            .Select(g => string.Join(" / ", g.Select(d => d.Number).Distinct()))
            .ToList();

        Assert.Empty(spelledTwice);
    }

    [Fact]
    public void PartyGuidance_IsSpelledHĐ()
    {
        // Hướng dẫn is abbreviated HĐ in the number's prefix (the suffix keeps the documents' own "-HD/BTCTW").
        var misspelled = EveryDocument().Select(d => d.Number).Distinct().Where(n => n.StartsWith("HD ", System.StringComparison.Ordinal)).ToList();

        Assert.Empty(misspelled);
    }
}
