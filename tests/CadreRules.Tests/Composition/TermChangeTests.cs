using System;
using System.IO;
using System.Linq;
using CadreRules.Composition;
using CadreRules.Documents;
using CadreRules.People;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CadreRules.Tests.Composition;

/// <summary>The change of a body's structure from the previous term: percentage points and relative change, exact.</summary>
public class TermChangeTests
{
    [Fact]
    public void Seed004_WomenUp_IsInPercentagePoints()
    {
        // Lạng Sơn city committee 2020–2025: 17 women of 41 (41,5%), "tăng 11,27% so với nhiệm kỳ 2015 – 2020". The
        // seed does not give 2015–2020's counts; 41,5 − 11,27 = 30,23 is 13/43 printed to two decimals, so a body of 43
        // with 13 women reproduces the figure as a difference of printed percentages. As a relative change the same
        // numbers give 37%, far from 11,27: the article's figure is percentage points.
        TermChange change = TermChange.Between(new CompositionShare(13, 43), new CompositionShare(17, 41));
        Assert.Equal((198, 1763), (change.PointsNumerator, change.PointsDenominator)); // 17/41 − 13/43, exact
        Assert.Equal("+11,2 điểm phần trăm", change.FormatPoints(Language.Vietnamese));
        Assert.Equal("+11.23 percentage points", change.FormatPoints(Language.English, 2));
        Assert.Equal((198, 533), (change.RelativeNumerator, change.RelativeDenominator));
        Assert.Equal("+37,1%", change.FormatRelative(Language.Vietnamese));
    }

    [Fact]
    public void Seed004_YoungManagers_FromZero_OnlyPointsExist()
    {
        // Heads and deputies of departments: 19 of 49 under 40 (38,8%), "tăng 38,8%": only a previous share of zero makes
        // the change equal the share, and from zero no relative change exists. Hence "tăng …%" reads as points.
        TermChange change = TermChange.Between(new CompositionShare(0, 45), new CompositionShare(19, 49));
        Assert.True(change.HasPoints);
        Assert.Equal("+38,8 điểm phần trăm", change.FormatPoints(Language.Vietnamese));
        Assert.False(change.HasRelative);
        Assert.Equal("—", change.FormatRelative(Language.Vietnamese));
    }

    [Fact]
    public void Down_HasAMinusSign_AndEmptyBodiesHaveNoChange()
    {
        Assert.Equal("−10.0 percentage points", TermChange.Between(new CompositionShare(3, 10), new CompositionShare(2, 10)).FormatPoints(Language.English));
        Assert.Equal("−33.3%", TermChange.Between(new CompositionShare(3, 10), new CompositionShare(2, 10)).FormatRelative(Language.English));
        Assert.Equal("0,0 điểm phần trăm", TermChange.Between(new CompositionShare(1, 4), new CompositionShare(2, 8)).FormatPoints(Language.Vietnamese));
        Assert.False(TermChange.Between(new CompositionShare(0, 0), new CompositionShare(2, 8)).HasPoints);
        Assert.Equal("—", TermChange.Between(new CompositionShare(2, 8), new CompositionShare(0, 0)).FormatPoints(Language.English));
    }

    [Fact]
    public void PreviousTerm_RefusesCountsAboveTheTotal() =>
        Assert.Equal("women", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new PreviousTerm(10, women: 11)).ParamName);

    [Fact]
    public void BodyDocument_ReadsThePreviousTerm_AndWritesItBack()
    {
        string json = """
            { "schemaVersion": 1, "name": "BCH", "asOf": "2020-10-01", "youngAge": 40,
              "previous": { "name": "2015–2020", "total": 43, "women": 13 },
              "members": [ { "cadre": { "id": "a", "sex": "female", "birthDate": "1975" } }, { "cadre": { "id": "b", "sex": "male", "birthDate": "1975" } } ] }
            """;
        BodyMembership body = CadreDocuments.ReadBody(json);
        Assert.Equal(new PreviousTerm(43, women: 13, name: "2015–2020"), body.Previous);
        Assert.Null(body.Previous!.YoungChange(body.Measure()));
        Assert.Equal("+19,8 điểm phần trăm", body.Previous.WomenChange(body.Measure())!.Value.FormatPoints(Language.Vietnamese));
        Assert.Equal(body.Previous, CadreDocuments.ReadBody(CadreDocuments.WriteBody(body)).Previous);
    }

    [Theory]
    [InlineData("""{ "total": 10, "women": 11 }""", "$.previous.women")]
    [InlineData("""{ "women": 1 }""", "$.previous.total")]
    [InlineData("""{ "total": -1 }""", "$.previous.total")]
    public void BodyDocument_BadPreviousTerm_IsRefusedAtItsPath(string previous, string path) =>
        CadreRules.Tests.Documents.DocumentAssert.FailsAt(path, () => CadreDocuments.ReadBody($$"""{ "schemaVersion": 1, "asOf": "2020-10-01", "youngAge": 40, "previous": {{previous}}, "members": [] }"""));

    private static Arbitrary<(int PreviousCount, int PreviousTotal, int Count, int Total)> Pairs() =>
        (from pt in Gen.Choose(1, 80)
         from pc in Gen.Choose(0, pt)
         from t in Gen.Choose(1, 80)
         from c in Gen.Choose(0, t - 1)
         select (pc, pt, c, t)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property AddingAMemberWhoCounts_NeverLowersThePointsChange() =>
        Prop.ForAll(Pairs(), x =>
        {
            TermChange before = TermChange.Between(new CompositionShare(x.PreviousCount, x.PreviousTotal), new CompositionShare(x.Count, x.Total));
            TermChange after = TermChange.Between(new CompositionShare(x.PreviousCount, x.PreviousTotal), new CompositionShare(x.Count + 1, x.Total + 1));
            // a/b ≤ c/d ⇔ a·d ≤ c·b (positive denominators)
            return before.PointsNumerator * after.PointsDenominator <= after.PointsNumerator * before.PointsDenominator;
        });

    [Property(MaxTest = 300)]
    public Property PointsAreExact_TheDifferenceOfTheTwoShares() =>
        Prop.ForAll(Pairs(), x =>
        {
            TermChange change = TermChange.Between(new CompositionShare(x.PreviousCount, x.PreviousTotal), new CompositionShare(x.Count, x.Total));
            long lhs = change.PointsNumerator * x.Total * x.PreviousTotal;
            long rhs = change.PointsDenominator * (((long)x.Count * x.PreviousTotal) - ((long)x.PreviousCount * x.Total));
            bool relative = x.PreviousCount == 0 ? !change.HasRelative
                : change.RelativeNumerator * x.PreviousCount * x.Total == change.RelativeDenominator * (((long)x.Count * x.PreviousTotal) - ((long)x.PreviousCount * x.Total));
            return lhs == rhs && change.PointsDenominator > 0 && relative;
        });

    [Theory]
    [InlineData(CadreRules.Spreadsheets.SpreadsheetFormat.Csv)]
    [InlineData(CadreRules.Spreadsheets.SpreadsheetFormat.Xlsx)]
    public void BodyWithThePreviousTerm_ThroughASheet_IsTheSameBody(CadreRules.Spreadsheets.SpreadsheetFormat format)
    {
        string samples = Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples");
        Roster roster = CadreDocuments.ReadRoster(File.ReadAllText(Path.Combine(samples, "demo-roster.json")));
        string json = """
            { "schemaVersion": 1, "name": "BCH", "asOf": "2025-07-01", "youngAge": 42,
              "previous": { "name": "2020–2025", "total": 15, "women": 4, "ethnicMinority": 2 },
              "members": [ { "cadreRef": "MKT-001" }, { "cadreRef": "MKT-002" } ] }
            """;
        string expected = CadreDocuments.WriteBody(CadreDocuments.ReadBody(json, roster));
        using var sheet = new MemoryStream();
        Assert.Equal(DocumentKind.Body, CadreRules.Spreadsheets.SpreadsheetDocuments.WriteDocument(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), format, sheet));
        sheet.Position = 0;
        using CadreRules.Spreadsheets.SpreadsheetSource source = CadreRules.Spreadsheets.SpreadsheetSource.Open(sheet, format, Language.English);
        Assert.Equal(expected, CadreDocuments.WriteBody(CadreDocuments.ReadBody(source, roster, DocumentLimits.Default)));
    }
}
