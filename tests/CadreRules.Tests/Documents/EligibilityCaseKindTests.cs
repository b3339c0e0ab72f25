using System;
using CadreRules.Documents;
using CadreRules.Rules;

namespace CadreRules.Tests.Documents;

/// <summary>The <c>rotation</c> and <c>appointment</c> case kinds: regulation choice, each expectation alone, paths of bad cases.</summary>
public class EligibilityCaseKindTests
{
    // Rotation: 119 months left at the start, notEligible under QĐ 65.
    private static string Rotation(string expected = """{ "outcome": "notEligible" }""", string? regulation = "in force on 2026-03-01", string facts = CaseDocuments.RotationFacts) =>
        CaseDocuments.Case("rotation", facts, expected, regulation);

    // Appointment: 60 months left at the dossier month, eligible under QĐ 80.
    private static string Appointment(string expected = """{ "outcome": "eligible" }""", string facts = CaseDocuments.AppointmentFacts) =>
        CaseDocuments.Case("appointment", facts, expected, "appointment-qd80");

    [Theory]
    [InlineData("""{ "outcome": "notEligible" }""")]
    [InlineData("""{ "outcome": "NOT_ELIGIBLE" }""")]
    [InlineData("""{ "outcome": "không đủ điều kiện" }""")]
    [InlineData("""{ "monthsLeft": 119 }""")]
    [InlineData("""{ "outcome": "notEligible", "monthsLeft": 119 }""")]
    public void Rotation_RightExpectations_Pass(string expected)
    {
        CaseResult result = CaseDocuments.Run(Rotation(expected));
        Assert.True(result.Passed, result.ToString());
    }

    [Theory]
    [InlineData("""{ "outcome": "eligible" }""")]
    [InlineData("""{ "monthsLeft": 60 }""")]
    public void Appointment_OneRightExpectation_Passes(string expected)
    {
        CaseResult result = CaseDocuments.Run(Appointment(expected));
        Assert.True(result.Passed, result.ToString());
    }

    [Theory]
    [InlineData("""{ "outcome": "notEligible" }""", "outcome: expected notEligible, actual eligible")]
    [InlineData("""{ "monthsLeft": 59 }""", "months left: expected 59, actual 60")]
    public void Appointment_OneWrongExpectation_ReportsIt(string expected, string failure) =>
        Assert.Equal([failure], CaseDocuments.Failures(Appointment(expected)));

    [Fact]
    public void Rotation_RotationRegulationById_IsUsed()
    {
        CaseResult result = CaseDocuments.Run(Rotation(regulation: "rotation-qd65"));
        Assert.True(result.Passed, result.ToString());
    }

    [Fact]
    public void Rotation_RegulationOfAnotherTopic_IsRefused()
    {
        DocumentException e = DocumentAssert.FailsAt("$.regulation", () => CaseDocuments.Run(Rotation(regulation: "planning-qd377")));
        Assert.Equal("$.regulation: 'planning-qd377' is a regulation on planning; a case of kind 'rotation' cannot apply it: name a regulation of its kind (the regulations command lists them) or write \"in force on yyyy-MM-dd\".", e.Message);
        Assert.Equal(DocumentErrorCodes.WrongTopic, e.Code);
        Assert.Equal(["planning-qd377", "Planning", "rotation"], e.Arguments);
        Assert.StartsWith("$.regulation: 'planning-qd377' là quy định về quy hoạch cán bộ; tình huống loại 'rotation' không áp dụng được", DocumentMessages.Format(e, Language.Vietnamese), StringComparison.Ordinal);
    }

    [Fact]
    public void Appointment_RegulationOfAnotherTopic_IsRefused()
    {
        string json = CaseDocuments.Case("appointment", CaseDocuments.AppointmentFacts, """{ "outcome": "eligible" }""", "rotation-qd65");
        DocumentException e = DocumentAssert.FailsAt("$.regulation", () => CaseDocuments.Run(json));
        Assert.Equal("$.regulation: 'rotation-qd65' is a regulation on rotation; a case of kind 'appointment' cannot apply it: name a regulation of its kind (the regulations command lists them) or write \"in force on yyyy-MM-dd\".", e.Message);
    }

    [Fact]
    public void Rotation_FactsNotAnObject_NamesFacts()
    {
        DocumentException e = DocumentAssert.FailsAt("$.facts", () => CaseDocuments.Run(Rotation(facts: "5")));
        Assert.Equal("$.facts: expected an object, found a number.", e.Message);
    }

    [Fact]
    public void Rotation_MissingFact_NamesItsPathUnderFacts()
    {
        string facts = CaseDocuments.RotationFacts.Replace("\"start\": \"2026-03-01\",", string.Empty, System.StringComparison.Ordinal);
        DocumentException e = DocumentAssert.FailsAt("$.facts.start", () => CaseDocuments.Run(Rotation(facts: facts)));
        Assert.Equal("$.facts.start: required field is missing.", e.Message);
    }

    [Fact]
    public void Rotation_FactOfTheWrongType_NamesItsPathUnderFacts()
    {
        string facts = CaseDocuments.RotationFacts.Replace("\"sameLocality\": true", "\"sameLocality\": 1", System.StringComparison.Ordinal);
        DocumentAssert.FailsAt("$.facts.sameLocality", () => CaseDocuments.Run(Rotation(facts: facts)));
    }

    [Fact]
    public void Appointment_FactsNotAnObject_NamesFacts()
    {
        DocumentException e = DocumentAssert.FailsAt("$.facts", () => CaseDocuments.Run(Appointment(facts: "[]")));
        Assert.Equal("$.facts: expected an object, found an array.", e.Message);
    }

    [Fact]
    public void Appointment_MissingFact_NamesItsPathUnderFacts()
    {
        string facts = CaseDocuments.AppointmentFacts.Replace(", \"isPlanned\": true", string.Empty, System.StringComparison.Ordinal);
        DocumentAssert.FailsAt("$.facts.isPlanned", () => CaseDocuments.Run(Appointment(facts: facts)));
    }

    [Fact]
    public void Appointment_FactOfTheWrongType_NamesItsPathUnderFacts()
    {
        string facts = CaseDocuments.AppointmentFacts.Replace("\"isPlanned\": true", "\"isPlanned\": \"yes\"", System.StringComparison.Ordinal);
        DocumentAssert.FailsAt("$.facts.isPlanned", () => CaseDocuments.Run(Appointment(facts: facts)));
    }

    [Fact]
    public void Rotation_ExpectedNotAnObject_NamesExpected()
    {
        DocumentException e = DocumentAssert.FailsAt("$.expected", () => CaseDocuments.Run(Rotation(expected: "\"eligible\"")));
        Assert.Equal("$.expected: expected an object, found a string.", e.Message);
    }

    [Fact]
    public void Rotation_NothingExpected_NamesExpected()
    {
        DocumentException e = DocumentAssert.FailsAt("$.expected", () => CaseDocuments.Run(Rotation(expected: "{}")));
        Assert.Equal("$.expected: the case expects at least one of outcome, monthsLeft.", e.Message);
    }
}
