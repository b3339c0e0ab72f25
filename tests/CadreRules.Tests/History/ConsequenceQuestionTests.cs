using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using CadreRules.Documents;
using CadreRules.Evaluation;
using CadreRules.History;
using CadreRules.People;
using CadreRules.Rules;
using CadreRules.Tests.Cli;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CadreRules.Tests.History;

/// <summary>The history feeds the consequences: the questions a history document asks are answered from the very
/// records its years come from.</summary>
public sealed class ConsequenceQuestionTests
{
    private const string Person = """
        { "schemaVersion": 1, "track": "state", "asOf": "ASOF", "subjectKind": "civilServant",
          "cadre": { "id": "c1", "sex": "male", "birthDate": "1980-04", "evaluations": [
            { "year": 2021, "track": "state", "level": "good" },
            { "year": 2022, "track": "state", "level": "notComplete" },
            { "year": 2023, "track": "state", "level": "notComplete" },
            { "year": 2023, "track": "party", "level": "complete" } ] } }
        """;

    private static Cadre WithRecords(params EvaluationRecord[] records) => new(new CadreId("p"), Sex.Female, BirthDate.OfMonth(1985, 6), evaluations: records);

    [Theory]
    [InlineData("2025-06-30", ConsequenceStatus.Applies)]
    [InlineData("2025-07-01", ConsequenceStatus.Undetermined)]
    public void Document_AsksTheConsequences_OfTheSameStateRecords(string asOf, ConsequenceStatus expected)
    {
        EvaluationHistoryDocument document = CadreDocuments.ReadEvaluationHistoryDocument(Person.Replace("ASOF", asOf, StringComparison.Ordinal));

        Assert.Equal([2021, 2022, 2023], document.Years.Select(y => y.Year));
        Assert.Equal(2, document.Years.Sum(y => y.NotComplete));
        ImmutableArray<Consequence> answers = document.Consequences();
        Assert.Equal([ConsequenceKind.Dismissal, ConsequenceKind.LowerPosition], answers.Select(a => a.Kind));
        Assert.All(answers, a => Assert.Equal(expected, a.Status));
        if (expected == ConsequenceStatus.Applies)
        {
            Assert.All(answers, a => Assert.Equal([2022, 2023], a.DecidingYears.ToArray()));
            Assert.All(answers, a => Assert.NotNull(a.Citation));
        }
    }

    [Fact]
    public void Document_ConsequenceFields_NeedAPersonOnTheStateTrackAndASubject()
    {
        string years = """{ "schemaVersion": 1, "asOf": "2024-01-01", "years": [ { "year": 2022, "level": "good" } ] }""";
        Assert.Equal("$.asOf", Assert.Throws<DocumentException>(() => CadreDocuments.ReadEvaluationHistoryDocument(years)).Path);

        string party = Person.Replace("ASOF", "2024-01-01", StringComparison.Ordinal).Replace("\"track\": \"state\", \"asOf\"", "\"track\": \"party\", \"asOf\"", StringComparison.Ordinal);
        Assert.Equal("$.track", Assert.Throws<DocumentException>(() => CadreDocuments.ReadEvaluationHistoryDocument(party)).Path);

        string noSubject = Person.Replace("ASOF", "2024-01-01", StringComparison.Ordinal).Replace(", \"subjectKind\": \"civilServant\"", string.Empty, StringComparison.Ordinal);
        Assert.Equal("$.subjectKind", Assert.Throws<DocumentException>(() => CadreDocuments.ReadEvaluationHistoryDocument(noSubject)).Path);

        // Without any consequence field the document reads as before, and asks nothing.
        Assert.Null(CadreDocuments.ReadEvaluationHistoryDocument("""{ "schemaVersion": 1, "years": [ { "year": 2022, "level": "good" } ] }""").Question);
    }

    [Fact]
    public void Ask_Leader_TermQuestion_NonLeader_WithinThree_PublicEmployee_None()
    {
        Cadre cadre = WithRecords(new(2021, EvaluationTrack.State, EvaluationLevel.NotComplete), new(2023, EvaluationTrack.State, EvaluationLevel.NotComplete));
        var on = new LocalDate(2024, 3, 1);

        Assert.Equal([ConsequenceKind.Dismissal, ConsequenceKind.LowerPosition], new ConsequenceQuestion(on, SubjectKind.CivilServant).Ask(cadre).Select(a => a.Kind));
        ImmutableArray<Consequence> leader = new ConsequenceQuestion(on, SubjectKind.CivilServant, holdsLeadership: true, appointmentTerm: new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2024, 12, 31))).Ask(cadre);
        Assert.Equal([ConsequenceKind.Dismissal, ConsequenceKind.Reassignment], leader.Select(a => a.Kind));
        Assert.Equal(ConsequenceStatus.Applies, leader[1].Status);
        Assert.Empty(new ConsequenceQuestion(on, SubjectKind.PublicEmployee).Ask(cadre));
        Assert.Throws<InvalidInputException>(() => new ConsequenceQuestion(on, SubjectKind.CivilServant, appointmentTerm: new DateInterval(on, on)));
        Assert.Throws<InputOutOfRangeException>(() => new ConsequenceQuestion(on, SubjectKind.CivilServant, stepHeldSince: on.PlusDays(1)));
    }

    [Fact]
    public void Cli_History_ShowsTheConsequences_InBothLanguages_AndJson()
    {
        string folder = Directory.CreateTempSubdirectory("gaps-history-").FullName;
        string file = Path.Combine(folder, "h.json");
        File.WriteAllText(file, Person.Replace("ASOF", "2025-06-30", StringComparison.Ordinal));
        try
        {
            CliRun vi = CliRun.Of("history", file);
            Assert.Equal(0, vi.ExitCode);
            Assert.Contains("Hệ quả từ chính các bản ghi đánh giá này (mảng Nhà nước) vào ngày 30/06/2025:", vi.Output, StringComparison.Ordinal);

            CliRun en = CliRun.Of("history", file, "--lang", "en");
            Assert.Contains("Consequences of these same records (State track) on 30/06/2025:", en.Output, StringComparison.Ordinal);
            Assert.Equal(2, en.Output.Split('\n').Count(l => l.StartsWith("  APPLIES ", StringComparison.Ordinal) && l.Contains("Luật", StringComparison.Ordinal)));
            Assert.Equal(2, vi.Output.Split('\n').Count(l => l.StartsWith("  ÁP DỤNG ", StringComparison.Ordinal)));

            CliRun json = CliRun.Of("history", file, "--format", "json");
            using JsonDocument parsed = JsonDocument.Parse(json.Output);
            JsonElement consequences = parsed.RootElement.GetProperty("consequences");
            Assert.Equal("2025-06-30", consequences.GetProperty("asOf").GetString());
            Assert.Equal(["dismissal", "lowerPosition"], consequences.GetProperty("answers").EnumerateArray().Select(a => a.GetProperty("kind").GetString()));
            Assert.All(consequences.GetProperty("answers").EnumerateArray(), a => Assert.Equal("applies", a.GetProperty("status").GetString()));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Gen<ImmutableArray<EvaluationRecord>> Records() =>
        from mask in Gen.Choose(0, (1 << 10) - 1)
        from levels in Gen.ArrayOf(Gen.Choose(0, 4), 10)
        select ImmutableArray.CreateRange(Enumerable.Range(0, 10).Where(i => (mask & (1 << i)) != 0)
            .Select(i => new EvaluationRecord(2016 + i, EvaluationTrack.State, levels[i] == 4 ? null : (EvaluationLevel)levels[i])));

    [Property(MaxTest = 300)]
    public Property Ask_ReadsTheRecordsTheSharesRead() =>
        Prop.ForAll(Records().ToArbitrary(), Gen.Choose(0, 4000).ToArbitrary(), (records, days) =>
        {
            Cadre cadre = WithRecords([.. records]);
            var asOf = new LocalDate(2018, 1, 1).PlusDays(days);
            ImmutableArray<YearLevels> years = YearLevels.FromRecords(cadre.Evaluations, EvaluationTrack.State);
            int[] khtYears = [.. years.Where(y => y.NotComplete == 1).Select(y => y.Year)];
            ImmutableArray<Consequence> answers = new ConsequenceQuestion(asOf, SubjectKind.CivilServant).Ask(cadre);

            // The same KHT years, and every deciding year of an answer is a year of the shares, never after asOf.
            bool sameYears = khtYears.SequenceEqual(EvaluationHistory.Of(cadre.Evaluations, EvaluationTrack.State).NotCompleteYears);
            bool decidingKnown = answers.All(a => a.DecidingYears.All(y => years.Any(l => l.Year == y) && y <= asOf.Year));
            bool applyOnlyWithKht = answers.All(a => a.Status != ConsequenceStatus.Applies || a.DecidingYears.Any(y => khtYears.Contains(y)));
            return sameYears && decidingKnown && applyOnlyWithKht && answers.Length == 2;
        });
}
