using System;
using System.IO;
using System.Linq;
using CadreRules.Documents;

namespace CadreRules.Tests.Documents;

/// <summary>The evaluation, planning, rotation and appointment case kinds: failures are reported, bad cases name the path.</summary>
public class CaseKindsTests
{
    private static string Shipped(string file) => File.ReadAllText(Path.Combine(CaseRunnerTests.CasesFolder, file));

    private static CaseResult Run(string json) => CaseRunner.Run(json, "case.json", ShippedRegulations.Catalog);

    [Fact]
    public void Kinds_ListsEveryKind() =>
        Assert.Equal(["retirement", "evaluation", "planning", "rotation", "appointment", "review", "non-local", "position-change", "committee", "composition", "statistics", "standards", "movement", "history", "title-ranking"], CaseRunner.Kinds);

    [Theory]
    [InlineData("evaluation")]
    [InlineData("planning")]
    [InlineData("rotation")]
    [InlineData("appointment")]
    public void ShippedCases_CoverEachKind(string kind) =>
        Assert.True(Directory.EnumerateFiles(Path.Combine(CaseRunnerTests.CasesFolder, kind), "*.json").Count() >= 2);

    [Fact]
    public void Evaluation_WrongExpectations_ReportEachDifference()
    {
        string json = Shipped("evaluation/qd366-quota-ten-good-ten-qualified-keeps-three.json")
            .Replace("\"x07\": \"good\"", "\"x07\": \"excellent\"", StringComparison.Ordinal)
            .Replace("\"excellent\": 3", "\"excellent\": 4", StringComparison.Ordinal);
        CaseResult result = Run(json);
        Assert.False(result.Passed);
        Assert.Contains("x07 after the quota: expected excellent, actual good", result.Failures);
        Assert.Contains("count of excellent: expected 4, actual 3", result.Failures);
    }

    [Fact]
    public void Evaluation_QualifiedAndOutcomeDifferForALoneHtxs()
    {
        string json = Shipped("evaluation/qd366-band-edge-90-points.json")
            .Replace("\"qualified\": {", "\"outcomes\": { \"p1\": \"good\" }, \"qualified\": {", StringComparison.Ordinal);
        Assert.True(Run(json).Passed, Run(json).ToString());
    }

    [Fact]
    public void Evaluation_UnknownPersonInExpected_NamesThePath()
    {
        string json = Shipped("evaluation/qd366-band-edge-90-points.json").Replace("\"p1\": \"excellent\"", "\"p9\": \"excellent\"", StringComparison.Ordinal);
        Assert.Equal("$.expected.qualified.p9", Assert.Throws<DocumentException>(() => Run(json)).Path);
    }

    [Fact]
    public void Evaluation_BadFact_NamesThePathUnderFacts()
    {
        string json = Shipped("evaluation/qd366-band-edge-90-points.json").Replace("\"completed\": 10", "\"completed\": 11", StringComparison.Ordinal);
        Assert.Equal("$.facts.people[0].tasks.completed", Assert.Throws<DocumentException>(() => Run(json)).Path);
    }

    [Fact]
    public void Evaluation_RegulationOfAnotherTopic_NamesRegulation()
    {
        string json = Shipped("evaluation/qd366-gap-60-points-one-task-failed.json").Replace("\"party-eval-qd366\"", "\"planning-qd377\"", StringComparison.Ordinal);
        Assert.Equal("$.regulation", Assert.Throws<DocumentException>(() => Run(json)).Path);
    }

    [Fact]
    public void Evaluation_NoRegulationInForce_NamesRegulation()
    {
        string json = Shipped("evaluation/qd366-band-edge-90-points.json").Replace("in force on 2025-12-20", "in force on 1990-01-01", StringComparison.Ordinal);
        Assert.Equal("$.regulation", Assert.Throws<DocumentException>(() => Run(json)).Path);
    }

    [Fact]
    public void Planning_WrongWomenShare_Fails()
    {
        CaseResult result = Run(Shipped("planning/qd377-committee-17-women-of-41.json").Replace("41,5%", "41,4%", StringComparison.Ordinal));
        Assert.Contains("women share of commune: expected 41,4%, actual 41,5%", result.Failures);
    }

    [Fact]
    public void Planning_UnknownStructureGroup_NamesThePath()
    {
        string json = Shipped("planning/qd377-committee-17-women-of-41.json").Replace("\"commune\": \"41,5%\"", "\"province\": \"41,5%\"", StringComparison.Ordinal);
        Assert.Equal("$.expected.womenShare.province", Assert.Throws<DocumentException>(() => Run(json)).Path);
    }

    [Fact]
    public void Planning_CadreRef_IsRefusedWithoutARoster()
    {
        string json = Shipped("planning/planning-qd377-1-candidates.json").Replace("\"cadre\": {", "\"cadreRef\": \"c01\", \"x\": {", StringComparison.Ordinal);
        Assert.StartsWith("$.facts.candidates[0]", Assert.Throws<DocumentException>(() => Run(json)).Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Planning_WrongViolationCount_Fails() =>
        Assert.Contains("violations: expected 0, actual 1", Run(Shipped("planning/planning-term2020-5-candidates.json").Replace("\"violations\": 1", "\"violations\": 0", StringComparison.Ordinal)).Failures);

    [Fact]
    public void Rotation_WrongOutcomeAndMonths_ReportBoth()
    {
        CaseResult result = Run(Shipped("rotation/qd65-service-left-119-months.json")
            .Replace("\"notEligible\"", "\"eligible\"", StringComparison.Ordinal).Replace("\"monthsLeft\": 119", "\"monthsLeft\": 120", StringComparison.Ordinal));
        Assert.Equal(["outcome: expected eligible, actual notEligible", "months left: expected 120, actual 119"], result.Failures.ToArray());
    }

    [Fact]
    public void Rotation_BadOutcomeWord_NamesThePath()
    {
        string json = Shipped("rotation/qd65-service-left-120-months.json").Replace("\"outcome\": \"eligible\"", "\"outcome\": \"yes\"", StringComparison.Ordinal);
        Assert.Equal("$.expected.outcome", Assert.Throws<DocumentException>(() => Run(json)).Path);
    }

    [Fact]
    public void Appointment_MissingFact_NamesThePath()
    {
        string json = Shipped("appointment/hd06-man-born-1965-02-dossier-2021-08.json").Replace("\"kind\": \"first\",", string.Empty, StringComparison.Ordinal);
        Assert.Equal("$.facts.kind", Assert.Throws<DocumentException>(() => Run(json)).Path);
    }

    [Fact]
    public void Appointment_NothingExpected_NamesExpected()
    {
        string json = Shipped("appointment/hd06-man-born-1965-02-dossier-2021-08.json");
        int start = json.IndexOf("\"expected\"", StringComparison.Ordinal);
        int end = json.IndexOf('}', start);
        json = json[..start] + "\"expected\": {" + json[end..];
        Assert.Equal("$.expected", Assert.Throws<DocumentException>(() => Run(json)).Path);
    }
}
