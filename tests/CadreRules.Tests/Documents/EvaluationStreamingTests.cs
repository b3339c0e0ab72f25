using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using CadreRules.Documents;
using CadreRules.Evaluation;
using CadreRules.Province;
using CadreRules.Rules;
using Xunit;

namespace CadreRules.Tests.Documents;

/// <summary>The streaming evaluation reader and the round writer: same results as the whole-document reader, bounded
/// allocations per person, and the writer's output read back.</summary>
public sealed class EvaluationStreamingTests
{
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "Samples");

    public static TheoryData<string> SampleSheets()
    {
        var data = new TheoryData<string>();
        string root = FindRepositoryRoot();
        data.Add(Path.Combine(root, "src", "CadreRules.Cli", "Samples", "demo-evaluations.json"));
        return data;
    }

    [Theory]
    [MemberData(nameof(SampleSheets))]
    public void ReadSheet_EqualsTheWholeDocumentReader(string path)
    {
        EvaluationSheet whole = CadreDocuments.ReadEvaluations(File.ReadAllText(path));
        using FileStream stream = File.OpenRead(path);
        using EvaluationSheetReader reader = EvaluationSheetReader.Open(stream);
        EvaluationSheet streamed = reader.ReadSheet();

        Assert.Equal(whole.Year, streamed.Year);
        Assert.Equal(whole.Organisation, streamed.Organisation);
        Assert.Equal(CadreDocuments.WriteEvaluations(whole), CadreDocuments.WriteEvaluations(streamed));
    }

    [Fact]
    public async Task ReadPeopleAsync_GivesTheSameEntriesAsTheSyncReader()
    {
        byte[] document = Generate(1_500);
        EvaluationSheet sync;
        using (var s = new MemoryStream(document))
        using (EvaluationSheetReader reader = EvaluationSheetReader.Open(s))
        {
            sync = reader.ReadSheet();
        }

        var entries = new List<EvaluationEntry>();
        using (var s = new OneByteAtATimeStream(document))
        using (EvaluationSheetReader reader = await EvaluationSheetReader.OpenAsync(s))
        {
            await foreach (EvaluationEntry entry in reader.ReadPeopleAsync())
            {
                entries.Add(entry);
            }
        }

        Assert.Equal(CadreDocuments.WriteEvaluations(sync), CadreDocuments.WriteEvaluations(new EvaluationSheet(sync.Year, entries, sync.Organisation)));
    }

    [Fact]
    public void YearAfterPeople_TheArrayIsKeptAndTheSheetInherits()
    {
        const string Json = """{"schemaVersion":1,"people":[{"id":"a","unit":"U","peerGroup":"G","tasks":{"total":1,"completed":1,"onTimeAndQuality":1},"score":{"general":25,"results":60}}],"subjectKind":"partyMember","evaluatedOn":"2025-12-15","year":2025}""";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Json));
        using EvaluationSheetReader reader = EvaluationSheetReader.Open(stream);
        EvaluationEntry entry = Assert.Single(reader.ReadPeople());
        Assert.Equal(2025, entry.Input.Year);
        Assert.Equal(SubjectKind.PartyMember, entry.SubjectKind);
    }

    [Theory]
    [InlineData("""{"schemaVersion":1,"year":2025,"year":2026,"people":[]}""", "$.year: the property is given twice.")]
    [InlineData("""{"schemaVersion":1,"year":2025,"people":[],"extra":1}""", "$.extra: unknown property 'extra'.")]
    [InlineData("""{"schemaVersion":1,"year":2025,"people":[]} {}""", "$: unexpected content after the end of the document.")]
    [InlineData("""{"schemaVersion":1,"year":2025}""", "$.people: required field is missing.")]
    [InlineData("""[]""", "$: expected an object, found an array.")]
    [InlineData("", "$: the document is empty.")]
    public void BadDocuments_AreNamedAtTheirPath(string json, string message)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        DocumentException e = Assert.Throws<DocumentException>(() =>
        {
            using EvaluationSheetReader reader = EvaluationSheetReader.Open(stream);
            _ = reader.ReadPeople().ToList();
        });
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void ABadPersonDeepInTheFile_IsNamedWithItsIndexLineAndByte()
    {
        string json = "{\"schemaVersion\":1,\"year\":2025,\"subjectKind\":\"partyMember\",\"evaluatedOn\":\"2025-12-15\",\"people\":[\n"
            + string.Join(",\n", Enumerable.Range(0, 3000).Select(i => $"{{\"id\":\"p{i}\",\"unit\":\"U\",\"peerGroup\":\"G\",\"tasks\":{{\"total\":1,\"completed\":1,\"onTimeAndQuality\":{(i == 2500 ? "\"x\"" : "1")}}}}}"))
            + "\n]}";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        using EvaluationSheetReader reader = EvaluationSheetReader.Open(stream);
        DocumentException e = Assert.Throws<DocumentException>(() => reader.ReadPeople().ToList());
        Assert.StartsWith("$.people[2500].tasks.onTimeAndQuality: expected an integer. (line 2502, byte ", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void BytesThatAreNotUtf8_AreATypedErrorWithTheirOffset(bool oneByteAtATime)
    {
        // A bad byte inside a property name of the 2nd person (the reader decodes names), a character cut short, and
        // a lone continuation byte in a value: each is named by its offset, whatever the reads' sizes.
        byte[] head = Encoding.UTF8.GetBytes("{\"schemaVersion\":1,\"year\":2025,\"subjectKind\":\"partyMember\",\"evaluatedOn\":\"2025-12-15\",\"people\":[{\"id\":\"Lê\",\"unit\":\"U\",\"peerGroup\":\"G\",\"tasks\":{\"total\":1,\"completed\":1,\"onTimeAndQuality\":1}},{\"id\":\"b\",\"u");
        byte[] rest = "\",\"peerGroup\":\"G\",\"tasks\":{\"total\":1,\"completed\":1,\"onTimeAndQuality\":1}}]}"u8.ToArray();
        (byte[] Bad, int At)[] cases =
        [
            ([.. head, 0xFF, .. "nit\":\"U"u8, .. rest], head.Length),
            ([.. head, .. "nit\":\"U"u8, .. rest, 0xE1, 0xBB], head.Length + 7 + rest.Length),
            ([.. head, .. "nit\":\""u8, 0x80, .. rest], head.Length + 6),
        ];
        foreach ((byte[] bad, int at) in cases)
        {
            using Stream stream = oneByteAtATime ? new OneByteAtATimeStream(bad) : new MemoryStream(bad);
            DocumentException e = Assert.Throws<DocumentException>(() =>
            {
                using EvaluationSheetReader reader = EvaluationSheetReader.Open(stream);
                _ = reader.ReadPeople().ToList();
            });
            Assert.Equal("$", e.Path);
            Assert.Equal($"$: the document is not UTF-8: byte 0x{bad[at]:X2} at offset {at} (counted from 0) cannot start or continue a character.", e.Message);
        }
    }

    [Fact]
    public void Limits_StopTheReadingWithAClearError()
    {
        byte[] document = Generate(300);
        using (var stream = new MemoryStream(document))
        {
            using EvaluationSheetReader reader = EvaluationSheetReader.Open(stream, new DocumentLimits { MaxPeople = 100 });
            DocumentException e = Assert.Throws<DocumentException>(() => reader.ReadPeople().ToList());
            Assert.Equal("$.people[100]: the document has more than 100 people, the limit; raise the limit to read it.", e.Message);
        }

        using (var stream = new MemoryStream(document))
        {
            DocumentException e = Assert.Throws<DocumentException>(() =>
            {
                using EvaluationSheetReader reader = EvaluationSheetReader.Open(stream, new DocumentLimits { MaxBytes = 10_000 });
                _ = reader.ReadPeople().ToList();
            });
            Assert.Equal("$: the document is larger than the limit of 10000 bytes; reading stopped there. Raise DocumentLimits.MaxBytes (the command line's --max-bytes) to read it.", e.Message);
            Assert.Equal(DocumentErrorCodes.TooLarge, e.Code);
        }
    }

    [Fact]
    public void Reading_AllocatesAboutTheSamePerPersonWhateverTheSize()
    {
        // Memory is bounded by one person, not by the document: the bytes allocated per person do not grow with the
        // number of people (a reader that kept the document or every id would allocate more per person as it grows).
        double small = AllocatedPerPerson(Generate(4_000));
        double large = AllocatedPerPerson(Generate(40_000));
        Assert.InRange(large / small, 0.8, 1.2);
        Assert.InRange(large, 0, 1_500); // today about 840 bytes per person (wire objects, id, name, entry); about 3 KB through the serializer
    }

    [Fact]
    public void RoundWriter_JsonAndJsonLines_ReadBackToTheRound()
    {
        byte[] document = Generate(2_000);
        EvaluationRoundResult result;
        using (var s = new MemoryStream(document))
        using (EvaluationSheetReader reader = EvaluationSheetReader.Open(s))
        {
            result = new EvaluationRound(ShippedRegulations.Catalog).Run(reader.ReadPeople());
        }

        using var json = new MemoryStream();
        EvaluationRoundWriter.Write(json, result, 2025, "Org", ResultFormat.Json, Language.English);
        using JsonDocument parsed = JsonDocument.Parse(json.ToArray());
        JsonElement[] people = [.. parsed.RootElement.GetProperty("people").EnumerateArray()];
        Assert.Equal(result.People.Length, people.Length);
        Assert.Equal(result.MovedCount, parsed.RootElement.GetProperty("moved").GetInt32());
        Assert.Equal(result.CountsAfter[EvaluationOutcome.Excellent], parsed.RootElement.GetProperty("counts").GetProperty("HTXS").GetInt32());
        for (int i = 0; i < people.Length; i++)
        {
            EvaluationRoundPerson p = result.People[i];
            Assert.Equal(p.Id.Value, people[i].GetProperty("id").GetString());
            Assert.Equal(p.MovedByQuota, people[i].GetProperty("movedByQuota").GetBoolean());
            Assert.Equal(p.Codes().Select(c => c.Value), people[i].GetProperty("ruleCodes").EnumerateArray().Select(c => c.GetString()));
        }

        using var lines = new MemoryStream();
        EvaluationRoundWriter.Write(lines, result, 2025, "Org", ResultFormat.JsonLines, Language.English);
        string[] rows = Encoding.UTF8.GetString(lines.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(people.Length, rows.Length);
        Assert.Equal(people[7].GetRawText(), rows[7]);
    }

    private static double AllocatedPerPerson(byte[] document)
    {
        using var stream = new MemoryStream(document);
        using EvaluationSheetReader reader = EvaluationSheetReader.Open(stream);
        int people = 0;
        long before = GC.GetAllocatedBytesForCurrentThread();
        foreach (EvaluationEntry entry in reader.ReadPeople())
        {
            people++;
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)people;
    }

    private static byte[] Generate(int people)
    {
        using var stream = new MemoryStream();
        ProvinceGenerator.WriteEvaluations(stream, people, seed: 7);
        return stream.ToArray();
    }

    private static string FindRepositoryRoot()
    {
        string? folder = AppContext.BaseDirectory;
        while (folder is not null && !File.Exists(Path.Combine(folder, "CadreRules.sln")))
        {
            folder = Path.GetDirectoryName(folder);
        }

        return folder ?? throw new InvalidOperationException("The repository root is not above the test folder.");
    }

    /// <summary>A stream that gives one byte per read, so every refill path of the reader is taken.</summary>
    private sealed class OneByteAtATimeStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, System.Threading.CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 1)], cancellationToken);
    }
}
