using System;
using System.Text.Json;
using CadreRules.Appointment;
using CadreRules.People;
using CadreRules.Documents;
using NodaTime;

namespace CadreRules.Tests.Documents;

/// <summary>The rotation and appointment request readers (path and message of each missing field) and writers.</summary>
public class RequestMapperTests
{
    private const string Rotation = """
        { "schemaVersion": 1, "requests": [ { "cadre": { "id": "a", "sex": "male", "birthDate": "1990" }, "start": "2026-03-01", "plannedEnd": "2029-03-01",
          "fromLevel": "commune", "toLevel": "provincial", "sameLocality": true, "comparison": "equivalent", "isInPlanning": true } ] }
        """;

    private const string Appointment = """
        { "schemaVersion": 1, "requests": [ { "cadre": { "id": "a", "sex": "male", "birthDate": "1990" }, "kind": "higher", "dossierReceivedOn": "2026-03-01", "isPlanned": true } ] }
        """;

    private const string Post = """{ "title": "T", "unit": "U", "level": "commune", "start": "2020-01-01" }""";

    private static string Edit(string document, string old, string replacement)
    {
        Assert.Contains(old, document, StringComparison.Ordinal);
        return document.Replace(old, replacement, StringComparison.Ordinal);
    }

    private static void Missing(string path, Action read) =>
        Assert.Equal(path + ": required field is missing.", DocumentAssert.FailsAt(path, read).Message);

    [Fact]
    public void ValidDocuments_Read()
    {
        Assert.Single(CadreDocuments.ReadRotationRequests(Rotation));
        Assert.Single(CadreDocuments.ReadAppointmentRequests(Appointment));
    }

    [Theory]
    [InlineData("\"start\": \"2026-03-01\", ", "$.requests[0].start")]
    [InlineData("\"plannedEnd\": \"2029-03-01\",", "$.requests[0].plannedEnd")]
    [InlineData("\"fromLevel\": \"commune\", ", "$.requests[0].fromLevel")]
    [InlineData("\"toLevel\": \"provincial\", ", "$.requests[0].toLevel")]
    [InlineData("\"sameLocality\": true, ", "$.requests[0].sameLocality")]
    [InlineData("\"comparison\": \"equivalent\", ", "$.requests[0].comparison")]
    [InlineData(", \"isInPlanning\": true", "$.requests[0].isInPlanning")]
    [InlineData(", \"sex\": \"male\"", "$.requests[0].cadre.sex")]
    public void Rotation_MissingField_NamesItsPath(string old, string path) =>
        Missing(path, () => CadreDocuments.ReadRotationRequests(Edit(Rotation, old, string.Empty)));

    [Fact]
    public void Rotation_MissingRequests_NamesThem() =>
        Missing("$.requests", () => CadreDocuments.ReadRotationRequests("""{ "schemaVersion": 1 }"""));

    [Theory]
    [InlineData(", \"isPlanned\": true", "", "$.requests[0].isPlanned")]
    [InlineData(", \"birthDate\": \"1990\"", "", "$.requests[0].cadre.birthDate")]
    [InlineData(", \"isPlanned\": true", ", \"isPlanned\": true, \"currentPost\": { \"unit\": \"U\" }", "$.requests[0].currentPost.title")]
    [InlineData(", \"isPlanned\": true", ", \"isPlanned\": true, \"equivalentPosts\": [ { \"title\": \"T\" } ]", "$.requests[0].equivalentPosts[0].unit")]
    public void Appointment_MissingField_NamesItsPath(string old, string replacement, string path) =>
        Missing(path, () => CadreDocuments.ReadAppointmentRequests(Edit(Appointment, old, replacement)));

    [Fact]
    public void Appointment_MissingRequests_NamesThem() =>
        Missing("$.requests", () => CadreDocuments.ReadAppointmentRequests("""{ "schemaVersion": 1 }"""));

    [Fact]
    public void Appointment_PostsOfTheRecord_AreRead()
    {
        string json = Edit(Appointment, "\"birthDate\": \"1990\"", "\"birthDate\": \"1990\", \"positions\": [ " + Post + " ]");
        json = Edit(json, ", \"isPlanned\": true", ", \"isPlanned\": true, \"equivalentPosts\": [ " + Post + " ]");
        AppointmentCase request = Assert.Single(CadreDocuments.ReadAppointmentRequests(json));
        Assert.Equal("T", Assert.Single(request.EquivalentPosts).Title);
    }

    [Fact]
    public void WriteAppointment_EquivalentPosts_WrittenOnlyWhenThereAreSome()
    {
        var post = new PositionHeld("Phó chủ tịch", "UBND xã", OrganisationalLevel.Commune, new LocalDate(2020, 1, 1), new LocalDate(2022, 12, 31));
        var cadre = new Cadre("a", Sex.Male, BirthDate.OfYear(1990), positions: [post]);
        var date = new LocalDate(2026, 3, 1);
        string json = CadreDocuments.WriteAppointmentRequests(
            [new AppointmentCase(cadre, AppointmentKind.Higher, date, true, equivalentPosts: [post]), new AppointmentCase(cadre, AppointmentKind.Higher, date, true)]);
        using JsonDocument document = JsonDocument.Parse(json);
        JsonElement requests = document.RootElement.GetProperty("requests");
        JsonElement written = Assert.Single(requests[0].GetProperty("equivalentPosts").EnumerateArray());
        Assert.Equal("Phó chủ tịch", written.GetProperty("title").GetString());
        Assert.Equal("2022-12-31", written.GetProperty("end").GetString());
        Assert.False(requests[1].TryGetProperty("equivalentPosts", out _));
    }
}
