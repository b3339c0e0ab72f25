using System;
using System.Collections.Generic;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Tests.Rules;

public class RegulationCatalogTests
{
    private static readonly TestRegulation Old = new("old", new LocalDate(2018, 3, 8), new LocalDate(2023, 10, 3));
    private static readonly TestRegulation Current = new("current", new LocalDate(2023, 10, 4), null);

    private static LocalVariant Variant(LocalDate start, LocalDate? end, params (string Key, ParameterValue Value)[] overrides)
    {
        var values = new Dictionary<string, ParameterValue>();
        foreach ((string key, ParameterValue value) in overrides)
        {
            values[key] = value;
        }

        return new LocalVariant("province-x", "current", new LocalizedText("Biến thể tỉnh X", "Province X variant"),
            new LegalDocument("QĐ 99-QĐ/TU", "Tỉnh ủy X", new LocalDate(2024, 1, 1)).Article(2), new EffectivePeriod(start, end), values);
    }

    [Theory]
    [InlineData(2023, 10, 3, "old")]
    [InlineData(2023, 10, 4, "current")]
    [InlineData(2018, 3, 8, "old")]
    [InlineData(2030, 1, 1, "current")]
    public void InForce_PicksTheVersionWhosePeriodContainsTheDate(int y, int m, int d, string expected)
    {
        RegulationCatalog catalog = RegulationCatalog.Create([Old, Current]);

        Assert.Equal(expected, catalog.InForce(RegulationTopic.Evaluation, SubjectKind.PartyMember, new LocalDate(y, m, d)).Id.Value);
        Assert.Equal(expected, catalog.InForce<TestRegulation>(SubjectKind.PartyMember, new LocalDate(y, m, d)).Id.Value);
    }

    [Fact]
    public void InForce_BeforeEveryVersionOrForAnotherKind_ThrowsNotFound()
    {
        RegulationCatalog catalog = RegulationCatalog.Create([Old, Current]);

        Assert.Throws<RegulationNotFoundException>(() => catalog.InForce(RegulationTopic.Evaluation, SubjectKind.PartyMember, new LocalDate(2018, 3, 7)));
        Assert.Throws<RegulationNotFoundException>(() => catalog.InForce(RegulationTopic.Evaluation, SubjectKind.CivilServant, new LocalDate(2024, 1, 1)));
        Assert.Null(catalog.TryInForce(RegulationTopic.Planning, SubjectKind.PartyMember, new LocalDate(2024, 1, 1)));
        Assert.Throws<RegulationNotFoundException>(() => catalog.Get("missing"));
    }

    [Fact]
    public void Create_OverlappingVersions_Throws()
    {
        var overlapping = new TestRegulation("overlap", new LocalDate(2023, 10, 3), null);

        RegulationCatalogException error = Assert.Throws<RegulationCatalogException>(() => RegulationCatalog.Create([Old, overlapping]));
        Assert.Equal("overlap", error.RegulationId!.Value.Value);
        Assert.Contains("overlaps", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_GappedVersions_Throws()
    {
        var late = new TestRegulation("late", new LocalDate(2023, 10, 5), null);

        RegulationCatalogException error = Assert.Throws<RegulationCatalogException>(() => RegulationCatalog.Create([Old, late]));
        Assert.Contains("no Evaluation regulation covers", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_DuplicateIdentifier_Throws()
    {
        var twin = new TestRegulation("old", new LocalDate(2030, 1, 1), null, SubjectKind.CivilServant);

        Assert.Throws<RegulationCatalogException>(() => RegulationCatalog.Create([Old, twin]));
    }

    [Fact]
    public void Create_SameDatesForDifferentKinds_IsAllowed()
    {
        var civil = new TestRegulation("civil", new LocalDate(2020, 1, 1), null, SubjectKind.CivilServant);

        RegulationCatalog catalog = RegulationCatalog.Create([Old, Current, civil]);

        Assert.Equal(3, catalog.Regulations.Length);
    }

    [Fact]
    public void WithVariant_ReplacesTheBaseOnlyWithinItsDates_AndRebuildsTheRulesFromItsParameters()
    {
        RegulationCatalog catalog = RegulationCatalog.Create([Old, Current])
            .WithVariant(Variant(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31), ("minScore", ParameterValue.FromInteger(85))));

        var before = (TestRegulation)catalog.InForce(RegulationTopic.Evaluation, SubjectKind.PartyMember, new LocalDate(2024, 12, 31));
        var during = (TestRegulation)catalog.InForce(RegulationTopic.Evaluation, SubjectKind.PartyMember, new LocalDate(2025, 6, 1));
        var after = (TestRegulation)catalog.InForce(RegulationTopic.Evaluation, SubjectKind.PartyMember, new LocalDate(2026, 1, 1));

        Assert.Equal("current", before.Id.Value);
        Assert.Equal("province-x", during.Id.Value);
        Assert.Equal("current", after.Id.Value);
        Assert.Equal(new RegulationId("current"), during.Reference.DerivedFrom);
        Assert.False(before.ScoreRule.Holds(87));
        Assert.True(during.ScoreRule.Holds(87));
        Assert.Equal(85, during.Parameters.Get(TestRegulation.MinScore));
        Assert.Contains("minScore", during.Parameters.Overridden);
        Assert.Equal(90, Current.Parameters.Get(TestRegulation.MinScore));
    }

    [Fact]
    public void WithVariant_BadOverrides_ThrowAndChangeNothing()
    {
        RegulationCatalog catalog = RegulationCatalog.Create([Old, Current]);

        ParameterException unknown = Assert.Throws<ParameterException>(() => catalog.WithVariant(Variant(new LocalDate(2025, 1, 1), null, ("maxScore", ParameterValue.FromInteger(1)))));
        ParameterException wrongKind = Assert.Throws<ParameterException>(() => catalog.WithVariant(Variant(new LocalDate(2025, 1, 1), null, ("minScore", ParameterValue.FromBoolean(true)))));
        ParameterException outOfRange = Assert.Throws<ParameterException>(() => catalog.WithVariant(Variant(new LocalDate(2025, 1, 1), null, ("minScore", ParameterValue.FromInteger(101)))));
        ParameterException shareTooBig = Assert.Throws<ParameterException>(() => catalog.WithVariant(Variant(new LocalDate(2025, 1, 1), null, ("quota", ParameterValue.FromShare(Share.Of(3, 2))))));

        Assert.Equal("maxScore", unknown.Key);
        Assert.Equal("minScore", wrongKind.Key);
        Assert.Equal("minScore", outOfRange.Key);
        Assert.Equal("quota", shareTooBig.Key);
        Assert.Equal(2, catalog.Regulations.Length);
        Assert.Equal("current", catalog.InForce(RegulationTopic.Evaluation, SubjectKind.PartyMember, new LocalDate(2025, 6, 1)).Id.Value);
    }

    [Fact]
    public void WithVariant_OutsideTheBasesDates_Throws()
    {
        var variant = new LocalVariant("early", "old", new LocalizedText("Sớm", "Early"), TestRegulation.Document.Whole(),
            new EffectivePeriod(new LocalDate(2010, 1, 1), new LocalDate(2011, 1, 1)), new Dictionary<string, ParameterValue>());

        Assert.Throws<InputOutOfRangeException>("period.start", () => RegulationCatalog.Create([Old, Current]).WithVariant(variant));
        Assert.Throws<RegulationNotFoundException>(() => RegulationCatalog.Empty.WithVariant(variant));
    }

    [Fact]
    public void Regulations_AreOrderedByTopicThenStartThenIdentifier()
    {
        var civilB = new TestRegulation("b-civil", new LocalDate(2015, 1, 1), null, SubjectKind.CivilServant);
        var cadreA = new TestRegulation("a-cadre", new LocalDate(2015, 1, 1), null, SubjectKind.Cadre);

        RegulationCatalog catalog = RegulationCatalog.Create([Current, civilB, Old, cadreA]);

        Assert.Equal(new[] { "a-cadre", "b-civil", "old", "current" }, System.Linq.Enumerable.Select(catalog.Regulations, r => r.Id.Value));
    }

    [Fact]
    public void Create_NullArguments_ThrowNamingRegulations()
    {
        Assert.Throws<ArgumentNullException>("regulations", () => RegulationCatalog.Create(null!));
        Assert.Throws<ArgumentNullException>("regulations", () => RegulationCatalog.Create([Old, null!]));
        Assert.Throws<ArgumentNullException>("regulations", () => RegulationCatalog.Empty.AddRange(null!));
    }

    [Fact]
    public void WithVariant_KeepsEveryOtherEntry()
    {
        var civil = new TestRegulation("civil", new LocalDate(2020, 1, 1), null, SubjectKind.CivilServant);
        RegulationCatalog catalog = RegulationCatalog.Create([Old, Current, civil])
            .WithVariant(Variant(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)));

        Assert.Equal("old", catalog.InForce(RegulationTopic.Evaluation, SubjectKind.PartyMember, new LocalDate(2020, 1, 1)).Id.Value);
        Assert.Equal("civil", catalog.InForce(RegulationTopic.Evaluation, SubjectKind.CivilServant, new LocalDate(2025, 6, 1)).Id.Value);
        Assert.Equal("province-x", catalog.InForce(RegulationTopic.Evaluation, SubjectKind.PartyMember, new LocalDate(2025, 6, 1)).Id.Value);
    }

    [Fact]
    public void WithVariant_StartingWithTheBase_LeavesNothingBefore()
    {
        RegulationCatalog catalog = RegulationCatalog.Create([Old, Current])
            .WithVariant(Variant(new LocalDate(2023, 10, 4), new LocalDate(2024, 12, 31)));

        Assert.Equal("old", catalog.InForce(RegulationTopic.Evaluation, SubjectKind.PartyMember, new LocalDate(2023, 10, 3)).Id.Value);
        Assert.Equal("province-x", catalog.InForce(RegulationTopic.Evaluation, SubjectKind.PartyMember, new LocalDate(2023, 10, 4)).Id.Value);
        Assert.Equal("current", catalog.InForce(RegulationTopic.Evaluation, SubjectKind.PartyMember, new LocalDate(2025, 1, 1)).Id.Value);
    }

    [Theory]
    [InlineData(2023, 10, 3, null)] // ends with the base: nothing of the base after it
    [InlineData(2022, 12, 31, "old")] // ends before the base: the base resumes the next day
    public void WithVariant_OfAClosedBase_KeepsTheBaseAfterTheVariantOnlyIfItEndsLater(int y, int m, int d, string? afterwards)
    {
        var variant = new LocalVariant("province-x", "old", new LocalizedText("Biến thể", "Variant"), TestRegulation.Document.Article(2),
            new EffectivePeriod(new LocalDate(2020, 1, 1), new LocalDate(y, m, d)), new Dictionary<string, ParameterValue>());

        RegulationCatalog catalog = RegulationCatalog.Create([Old, Current]).WithVariant(variant);
        LocalDate nextDay = new LocalDate(y, m, d).PlusDays(1);

        Assert.Equal("old", catalog.InForce(RegulationTopic.Evaluation, SubjectKind.PartyMember, new LocalDate(2019, 12, 31)).Id.Value);
        Assert.Equal("province-x", catalog.InForce(RegulationTopic.Evaluation, SubjectKind.PartyMember, new LocalDate(y, m, d)).Id.Value);
        Assert.Equal(afterwards ?? "current", catalog.InForce(RegulationTopic.Evaluation, SubjectKind.PartyMember, nextDay).Id.Value);
    }

    [Fact]
    public void WithVariant_OverlappingAnEarlierVariant_Throws()
    {
        RegulationCatalog catalog = RegulationCatalog.Create([Old, Current])
            .WithVariant(Variant(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)));
        var second = new LocalVariant("province-y", "current", new LocalizedText("Biến thể Y", "Variant Y"), TestRegulation.Document.Article(3),
            new EffectivePeriod(new LocalDate(2024, 6, 1), new LocalDate(2025, 12, 31)), new Dictionary<string, ParameterValue>());

        RegulationCatalogException error = Assert.Throws<RegulationCatalogException>(() => catalog.WithVariant(second));
        Assert.Contains("overlaps", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EffectivePeriod_EndBeforeStart_Throws() =>
        Assert.Throws<InputOutOfRangeException>("end", () => new EffectivePeriod(new LocalDate(2020, 1, 2), new LocalDate(2020, 1, 1)));

    [Fact]
    public void LocalVariant_DerivingFromItself_Throws() =>
        Assert.Throws<InvalidInputException>("baseId", () => new LocalVariant("x", "x", new LocalizedText("a", "b"), TestRegulation.Document.Whole(),
            EffectivePeriod.From(new LocalDate(2020, 1, 1)), new Dictionary<string, ParameterValue>()));
}
