using System;
using System.IO;
using System.Linq;
using CadreRules.Documents;
using CadreRules.Planning;
using CadreRules.Rules;
using CadreRules.Tests.Docs;
using Xunit;

namespace CadreRules.Tests.Documents;

/// <summary>Rules a province adds, replaces and removes, written in its variant document.</summary>
public class VariantRuleDocumentTests
{
    private static string Sample(string name) =>
        File.ReadAllText(Path.Combine(RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples", name));

    // Text surgery rather than JsonNode, which would escape '<' and '>' in the operators.
    private static string WithRules(string rules) => WithRules(Sample("demo-variant-planning.json"), rules);

    private static string WithRules(string variant, string rules)
    {
        int rulesAt = variant.IndexOf("\"rules\"", StringComparison.Ordinal);
        string head = rulesAt < 0 ? variant.TrimEnd()[..^1].TrimEnd() : variant[..variant.LastIndexOf(',', rulesAt)];
        return head + ",\n  \"rules\": " + rules + "\n}\n";
    }

    [Fact]
    public void SampleVariant_AddsTheRequirement_CitedToItsDocument()
    {
        LocalVariant variant = CadreDocuments.ReadVariant(Sample("demo-variant-planning.json"), ShippedRegulations.Catalog);
        var local = (PlanningRegulation)PlanningRegulations.Qd377.WithVariant(variant);

        RuleChange change = Assert.Single(variant.RuleChanges);
        Assert.Equal(RuleChangeKind.Add, change.Kind);
        Assert.Equal(PlanningRegulation.CandidateRequirement, change.Target);
        RuleDescriptor added = local.Rules.Single(r => r.Code == new RuleCode("MKT.Planning.TwoGoodYears"));
        Assert.Equal(variant.Citation, added.Citation);
    }

    [Fact]
    public void VariantWithRules_RoundTrips_AndConformsToItsSchema()
    {
        string json = WithRules("""
            {
              "remove": ["QD377.Planning.PoliticalStandard"],
              "replace": [{ "code": "QD377.Planning.NotCompleteLatestYear", "when": { "not": { "fact": "evaluation[year-1].level", "op": "<", "value": "HTNV" } } }],
              "add": [{ "to": "candidate", "code": "X.Young", "text": { "vi": "Còn ít nhất 10 năm công tác", "en": "At least 10 years of service left" }, "severity": "advisory",
                        "when": { "any": [{ "fact": "monthsLeft", "op": ">=", "value": 120 }, { "fact": "woman", "op": "=", "value": true }] } }]
            }
            """);

        LocalVariant read = CadreDocuments.ReadVariant(json, ShippedRegulations.Catalog);
        string written = CadreDocuments.WriteVariant(read);
        LocalVariant again = CadreDocuments.ReadVariant(written, ShippedRegulations.Catalog);

        Assert.Equal([RuleChangeKind.Remove, RuleChangeKind.Replace, RuleChangeKind.Add], read.RuleChanges.Select(c => c.Kind));
        Assert.Equal(read, again);
        Assert.True(SchemaTests.ConformsTo("local-variant.schema.json", json));
        Assert.True(SchemaTests.ConformsTo("local-variant.schema.json", written), written);
    }

    [Theory]
    [InlineData("""{ "add": [{ "to": "candidate", "code": "X.A", "text": { "vi": "a", "en": "a" }, "when": { "all": [{ "fact": "woman", "op": "=", "value": true }, { "fact": "score", "op": ">=", "value": 90 }] } }] }""", "$.rules.add[0].when.all[1].fact")]
    [InlineData("""{ "add": [{ "to": "candidate", "code": "X.A", "text": { "vi": "a", "en": "a" }, "when": { "fact": "evaluation[year-1].level", "op": ">=", "value": "tốt" } }] }""", "$.rules.add[0].when.value")]
    [InlineData("""{ "add": [{ "to": "candidate", "code": "X.A", "text": { "vi": "a", "en": "a" }, "when": { "fact": "woman", "op": "~", "value": true } }] }""", "$.rules.add[0].when.op")]
    [InlineData("""{ "add": [{ "to": "candidate", "code": "X.A", "text": { "vi": "a", "en": "a" }, "when": { "fact": "woman", "op": "=", "value": true, "all": [] } }] }""", "$.rules.add[0].when")]
    [InlineData("""{ "add": [{ "to": "title", "code": "X.A", "text": { "vi": "a", "en": "a" }, "when": { "fact": "woman", "op": "=", "value": true } }] }""", "$.rules.add[0].to")]
    [InlineData("""{ "add": [{ "to": "candidate", "code": "X.A", "text": { "vi": "a", "en": "a" }, "severity": "fatal", "when": { "fact": "woman", "op": "=", "value": true } }] }""", "$.rules.add[0].severity")]
    [InlineData("""{ "remove": ["QD377.Planning.Nothing"] }""", "$.rules.remove[0]")]
    [InlineData("""{ "replace": [{ "code": "QD377.Planning.MonthsLeft", "when": { "fact": "monthsLeft", "op": ">=", "value": 60 } }] }""", "$.rules.replace[0].code")]
    public void BadRuleChange_IsRefused_AtItsPath(string rules, string path)
    {
        DocumentException e = Assert.Throws<DocumentException>(() => CadreDocuments.ReadVariant(WithRules(rules), ShippedRegulations.Catalog));

        Assert.Equal(path, e.Path);
    }

    [Fact]
    public void EvaluationRuleChanges_AreReadChecked_AndRefusedAtTheirPath()
    {
        Assert.Equal("$.rules.remove[0]", Assert.Throws<DocumentException>(() => CadreDocuments.ReadVariant(
            WithRules(Sample("demo-variant.json"), """{ "remove": ["QD366.Nothing"] }"""), ShippedRegulations.Catalog)).Path);
        Assert.Equal("$.rules.add[0].to", Assert.Throws<DocumentException>(() => CadreDocuments.ReadVariant(
            WithRules(Sample("demo-variant.json"), """{ "add": [{ "to": "level.KHT", "code": "X.A", "text": { "vi": "a", "en": "a" }, "when": { "fact": "score", "op": ">=", "value": 90 } }] }"""), ShippedRegulations.Catalog)).Path);
        Assert.Equal("$.rules.add[0].when.value", Assert.Throws<DocumentException>(() => CadreDocuments.ReadVariant(
            WithRules(Sample("demo-variant.json"), """{ "add": [{ "to": "level.HTXS", "code": "X.A", "text": { "vi": "a", "en": "a" }, "when": { "fact": "tasks.exceededShare", "op": ">=", "value": "many" } }] }"""), ShippedRegulations.Catalog)).Path);

        LocalVariant sample = CadreDocuments.ReadVariant(Sample("demo-variant-evaluation.json"), ShippedRegulations.Catalog);
        RuleChange added = Assert.Single(sample.RuleChanges);
        Assert.Equal("level.HTXS", added.Target);
        string written = CadreDocuments.WriteVariant(sample);
        Assert.Equal(sample, CadreDocuments.ReadVariant(written, ShippedRegulations.Catalog));
        Assert.True(SchemaTests.ConformsTo("local-variant.schema.json", written), written);
    }

    [Fact]
    public void RuleChangeErrors_HaveTheirCode_AndAVietnameseSentence()
    {
        DocumentException e = Assert.Throws<DocumentException>(() => CadreDocuments.ReadVariant(
            WithRules(Sample("demo-variant.json"), """{ "add": [{ "to": "level.HTXS", "code": "X.A", "text": { "vi": "a", "en": "a" }, "when": { "fact": "points", "op": ">=", "value": 90 } }] }"""), ShippedRegulations.Catalog));

        Assert.Equal(DocumentErrorCodes.RuleChange, e.Code);
        Assert.Equal("$.rules.add[0].when.fact", e.Path);
        Assert.Contains("is not a fact of this family", DocumentMessages.Format(e, global::CadreRules.Rules.Language.English), StringComparison.Ordinal);
        Assert.StartsWith("$.rules.add[0].when.fact: 'points' không phải là dữ kiện của nhóm quy định này", DocumentMessages.Format(e, global::CadreRules.Rules.Language.Vietnamese), StringComparison.Ordinal);
    }
}
