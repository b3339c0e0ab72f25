using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CadreRules.Cli;
using CadreRules.Cli.Commands;
using CadreRules.Documents;
using CadreRules.Evaluation;
using CadreRules.Province;
using CadreRules.Rules;
using Xunit;

namespace CadreRules.Tests.Cli;

/// <summary><c>diff</c>'s one reading of a sheet shared by two rounds: the same results as two readings, a bounded
/// number of people held, and errors of the reading given to the caller.</summary>
public sealed class SharedReadingTests
{
    [Fact]
    public void Run_GivesTheResultsOfTwoSeparateRounds()
    {
        EvaluationSheet sheet = Sheet(3 * SharedReading.Window + 17); // several windows: each side waits for the other
        var before = new EvaluationRound(ShippedRegulations.Catalog);
        string variant = Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples", "demo-variant.json");
        var context = new CliContext(TextReader.Null, TextWriter.Null, TextWriter.Null, ShippedRegulations.Catalog);
        var after = new EvaluationRound(CliInput.Catalog(context, variant));
        var held = new CountingPeople(sheet.Entries);

        (EvaluationRoundResult first, EvaluationRoundResult second) = SharedReading.Run(held, before, after);

        Assert.Equal(1, held.Enumerations);
        Assert.Equal(Describe(before.Run(sheet)), Describe(first));
        Assert.Equal(Describe(after.Run(sheet)), Describe(second));
    }

    [Fact]
    public void Run_AnErrorOfTheReading_IsThrown()
    {
        EvaluationSheet sheet = Sheet(SharedReading.Window + 10);
        IEnumerable<EvaluationEntry> failing = sheet.Entries.Take(SharedReading.Window + 5).Concat(Fail());
        var round = new EvaluationRound(ShippedRegulations.Catalog);

        DocumentException e = Assert.Throws<DocumentException>(() => SharedReading.Run(failing, round, round));
        Assert.Equal("$.people[9]", e.Path);

        static IEnumerable<EvaluationEntry> Fail()
        {
            throw new DocumentException("$.people[9]", "bad.", null);
#pragma warning disable CS0162 // an iterator needs a yield
            yield break;
#pragma warning restore CS0162
        }
    }

    private static string Describe(EvaluationRoundResult result) =>
        string.Join("\n", result.People.Select(p => $"{p.Id} {p.Final} {p.Regulation.Id} {string.Join(",", p.Codes())}"))
        + $"\nmoved {result.MovedCount}";

    private static EvaluationSheet Sheet(int people)
    {
        using var stream = new MemoryStream();
        ProvinceGenerator.WriteEvaluations(stream, people, seed: 5);
        stream.Position = 0;
        using EvaluationSheetReader reader = EvaluationSheetReader.Open(stream);
        return reader.ReadSheet();
    }

    /// <summary>People that count how often they are enumerated.</summary>
    private sealed class CountingPeople(IEnumerable<EvaluationEntry> people) : IEnumerable<EvaluationEntry>
    {
        public int Enumerations { get; private set; }

        public IEnumerator<EvaluationEntry> GetEnumerator()
        {
            Enumerations++;
            return people.GetEnumerator();
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
