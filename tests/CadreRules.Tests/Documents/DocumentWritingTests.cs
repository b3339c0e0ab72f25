using System;
using System.Linq;
using System.Text.Json;
using CadreRules.People;
using CadreRules.Retirement;
using CadreRules.Rules;
using CadreRules.Documents;

namespace CadreRules.Tests.Documents;

/// <summary>What written documents look like: indentation, the catalogue's optional parameter fields, the verdict's outcome text.</summary>
public class DocumentWritingTests
{
    [Fact]
    public void WriteRoster_IsIndentedByTwoSpacesWithNewLines() =>
        Assert.Equal(
            "{\n  \"schemaVersion\": 1,\n  \"cadres\": [\n    {\n      \"id\": \"A\",\n      \"sex\": \"male\",\n      \"birthDate\": \"1980\"\n    }\n  ]\n}",
            CadreDocuments.WriteRoster(new Roster([new Cadre("A", Sex.Male, BirthDate.OfYear(1980))])));

    // ---- catalogue: choices and citation are written only when the parameter has them ----------

    private static JsonElement ListedParameter(JsonDocument catalog, string key) =>
        catalog.RootElement.GetProperty("regulations")[0].GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("key").GetString() == key);

    [Fact]
    public void WriteCatalog_ChoiceParameter_ListsItsChoices()
    {
        using JsonDocument document = JsonDocument.Parse(CadreDocuments.WriteCatalog(SerializationTestRegulation.Catalog, Language.English));
        Assert.Equal(["Strict", "Lenient"], ListedParameter(document, "mode").GetProperty("choices").EnumerateArray().Select(c => c.GetString()));
    }

    [Theory]
    [InlineData("minScore")]
    [InlineData("quota")]
    [InlineData("countsMonths")]
    public void WriteCatalog_OtherParameters_HaveNoChoicesAndNoCitation(string key)
    {
        using JsonDocument document = JsonDocument.Parse(CadreDocuments.WriteCatalog(SerializationTestRegulation.Catalog, Language.English));
        JsonElement parameter = ListedParameter(document, key);
        Assert.False(parameter.TryGetProperty("choices", out _));
        Assert.False(parameter.TryGetProperty("citation", out _));
    }

    [Fact]
    public void WriteCatalog_ShippedParameters_CarryTheirCitationWhenTheyHaveOne()
    {
        RegulationCatalog catalog = ShippedRegulations.Catalog;
        using JsonDocument document = JsonDocument.Parse(CadreDocuments.WriteCatalog(catalog, Language.English));
        JsonElement[] listings = [.. document.RootElement.GetProperty("regulations").EnumerateArray()];
        Assert.Equal(catalog.Regulations.Length, listings.Length);
        int cited = 0;
        foreach ((Regulation regulation, JsonElement listing) in catalog.Regulations.Zip(listings))
        {
            JsonElement[] parameters = [.. listing.GetProperty("parameters").EnumerateArray()];
            foreach ((ParameterDefinition definition, JsonElement parameter) in regulation.Parameters.Schema.Zip(parameters))
            {
                Assert.Equal(definition.Key, parameter.GetProperty("key").GetString());
                bool written = parameter.TryGetProperty("citation", out JsonElement citation);
                Assert.Equal(definition.Citation is not null, written);
                if (definition.Citation is { } expected)
                {
                    cited++;
                    Assert.Equal(expected.Document.Number, citation.GetProperty("document").GetProperty("number").GetString());
                    Assert.Equal(expected.Format(Language.English), citation.GetProperty("text").GetString());
                }
            }
        }

        Assert.True(cited > 0, "no shipped parameter has a citation");
    }

    // ---- verdict outcome ---------------------------------------------------------------------

    private static Finding Explanation => RetirementSchedule.For(Sex.Male, BirthDate.OfMonth(1961, 1)).Explain();

    private static string WrittenOutcome(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("outcome").GetString()!;
    }

    [Fact]
    public void WriteVerdict_DescribeOutcome_IsUsed() =>
        Assert.Equal("723 months", WrittenOutcome(CadreDocuments.WriteVerdict(new Verdict<int>(723, Explanation, null), Language.English, o => $"{o} months")));

    [Fact]
    public void WriteVerdict_NullOutcomeWithoutDescription_IsWrittenEmpty() =>
        Assert.Equal(string.Empty, WrittenOutcome(CadreDocuments.WriteVerdict(new Verdict<string?>(null, Explanation, null), Language.English)));
}
