using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CadreRules.Composition;
using CadreRules.Documents;
using CadreRules.People;
using CadreRules.Rotation;
using CadreRules.Rules;
using CadreRules.Tests.Cli;

namespace CadreRules.Tests.Documents;

/// <summary>
/// <see cref="CadreResultJson"/> called directly, as a host would, writes the bytes of the CLI's <c>--format json</c>
/// on the samples: the CLI and the server call the same writers, and this holds the public API to them.
/// </summary>
public sealed class CadreResultJsonTests
{
    private static string Sample(string name) =>
        Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples", name);

    private static Roster Roster() => CadreDocuments.ReadRoster(File.ReadAllText(Sample("demo-roster.json")));

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, CadreResultJson.WriterOptions))
        {
            body(json);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    [Theory]
    [InlineData("vi", Language.Vietnamese)]
    [InlineData("en", Language.English)]
    public void Composition_IsTheCliOutput(string lang, Language language)
    {
        BodyMembership body = CadreDocuments.ReadBody(File.ReadAllText(Sample("demo-body.json")), Roster());

        string written = Write(json => CadreResultJson.WriteComposition(json, body, body.Measure(), language));

        CliRun cli = CliRun.Of("composition", Sample("demo-body.json"), "--roster", Sample("demo-roster.json"), "--lang", lang, "--format", "json");
        Assert.Equal(cli.Output, written);
        Assert.Contains("\"findings\"", written, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vi", Language.Vietnamese)]
    [InlineData("en", Language.English)]
    public void PositionChangesWithTheirExplanations_AreTheCliOutput(string lang, Language language)
    {
        var cases = CadreDocuments.ReadPositionChanges(File.ReadAllText(Sample("demo-position-changes.json")), Roster());
        var answers = cases.Select(c =>
        {
            var regulation = ShippedRegulations.Catalog.InForce<PositionChangeRegulation>(SubjectKind.CivilServant, c.AsOf);
            return (c, regulation, regulation.Explain(c));
        }).ToList();

        string written = Write(json => CadreResultJson.WritePositionChanges(json, answers, language, explain: true));

        CliRun cli = CliRun.Of("position-change", Sample("demo-position-changes.json"), "--roster", Sample("demo-roster.json"), "--lang", lang, "--format", "json", "--explain");
        Assert.Equal(cli.Output, written);

        // The trees are there, with a sector written as a word of the language, not its key.
        Assert.Contains("\"explanation\"", written, StringComparison.Ordinal);
        Assert.Contains(language == Language.Vietnamese ? "\"value\": \"tổ chức cán bộ\"" : "\"value\": \"personnel\"", written, StringComparison.Ordinal);
    }

    [Fact]
    public void RequestAnswer_ReasonsAreTheUnsatisfiedLeaves()
    {
        Finding Leaf(string code, FindingStatus status) =>
            new(new RuleCode(code), new LocalizedText("v", "e"), null, status, Severity.Violation, [], []);
        Finding met = Leaf("T.A", FindingStatus.Satisfied);
        Finding notMet = Leaf("T.B", FindingStatus.NotSatisfied);
        Finding notApplicable = Leaf("T.C", FindingStatus.NotApplicable);
        var inner = new Finding(new RuleCode("T.D"), new LocalizedText("v", "e"), null, FindingStatus.NotSatisfied, Severity.Violation, [], [notApplicable, notMet]);
        var root = new Finding(new RuleCode("T"), new LocalizedText("v", "e"), null, FindingStatus.NotSatisfied, Severity.Violation, [], [met, inner]);
        RegulationReference regulation = ShippedRegulations.Catalog.Entries.First().Regulation.Reference;

        var answer = new RequestAnswer(Roster().Cadres[0], regulation, eligible: false, monthsLeft: 12, root);

        Assert.Equal(["T.B"], answer.Reasons.Select(f => f.Code.Value));
        Assert.Same(root.Children[1].Children[1], Assert.Single(answer.Reasons));
        Assert.Equal(["T.B"], RequestAnswer.NotMet(inner).Select(f => f.Code.Value));
        Assert.Empty(RequestAnswer.NotMet(met));
        Assert.Empty(new RequestAnswer(Roster().Cadres[0], regulation, eligible: true, monthsLeft: 12, met).Reasons);
    }
}
