using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Tests.Rules;

public class RegulationTests
{
    private static readonly TestRegulation Old = new("old", new LocalDate(2018, 3, 8), new LocalDate(2023, 10, 3));
    private static readonly TestRegulation Current = new("current", new LocalDate(2023, 10, 4), null);
    private static readonly LocalizedText Title = new("Tiêu đề", "Title");
    private static readonly Citation Whole = TestRegulation.Document.Whole();
    private static readonly ImmutableArray<RegulationScope> Scopes = [new RegulationScope(SubjectKind.PartyMember, EffectivePeriod.From(new LocalDate(2020, 1, 1)))];

    private static LocalVariant Variant(string baseId, LocalDate start, LocalDate? end) =>
        new("province-x", baseId, new LocalizedText("Biến thể", "Variant"), TestRegulation.Document.Article(2), new EffectivePeriod(start, end),
            new Dictionary<string, ParameterValue>());

    [Fact]
    public void WithVariant_StartingBeforeTheBase_IsRefusedNamingItsStart()
    {
        // Issue #17: the variant's dates used to be cut silently to the base's.
        InputOutOfRangeException error = Assert.Throws<InputOutOfRangeException>(() => Current.WithVariant(Variant("current", new LocalDate(2023, 1, 1), new LocalDate(2024, 12, 31))));

        Assert.Equal("period.start", error.Field);
        Assert.StartsWith("The local variant 'province-x' starts on 2023-01-01, before 'current' comes into force on 2023-10-04", error.Message, StringComparison.Ordinal);
        Assert.Equal(EffectivePeriod.Between(new LocalDate(2023, 10, 4), new LocalDate(2024, 12, 31)), Current.WithVariant(Variant("current", new LocalDate(2023, 10, 4), new LocalDate(2024, 12, 31))).Reference.Scopes[0].Period);
    }

    [Fact]
    public void WithVariant_StartingAfterTheBase_StartsWithTheVariant()
    {
        Regulation derived = Current.WithVariant(Variant("current", new LocalDate(2025, 1, 1), null));

        Assert.Equal(EffectivePeriod.From(new LocalDate(2025, 1, 1)), derived.Reference.Scopes[0].Period);
    }

    [Fact]
    public void WithVariant_EndingAfterTheBase_IsRefusedNamingItsEnd()
    {
        InputOutOfRangeException error = Assert.Throws<InputOutOfRangeException>(() => Old.WithVariant(Variant("old", new LocalDate(2020, 1, 1), new LocalDate(2025, 12, 31))));

        Assert.Equal("period.end", error.Field);
        Assert.Equal("period.end", Assert.Throws<InputOutOfRangeException>(() => Old.WithVariant(Variant("old", new LocalDate(2020, 1, 1), null))).Field);
    }

    [Theory]
    [InlineData(2023, 10, 3, 2023, 10, 3)] // both end together
    [InlineData(2021, 12, 31, 2021, 12, 31)] // the variant ends first
    public void WithVariant_BothClosed_EndsWithTheEarlierEnd(int y, int m, int d, int endY, int endM, int endD)
    {
        Regulation derived = Old.WithVariant(Variant("old", new LocalDate(2020, 1, 1), new LocalDate(y, m, d)));

        Assert.Equal(EffectivePeriod.Between(new LocalDate(2020, 1, 1), new LocalDate(endY, endM, endD)), derived.Reference.Scopes[0].Period);
        Assert.Equal(new RegulationId("old"), derived.Reference.DerivedFrom);
        Assert.Equal("province-x", derived.ToString());
    }

    [Fact]
    public void WithVariant_OfAnotherRegulation_ThrowsNamingVariant() =>
        Assert.Throws<InvalidInputException>("variant", () => Old.WithVariant(Variant("current", new LocalDate(2020, 1, 1), null)));

    [Fact]
    public void Constructor_NullArguments_ThrowNamingTheParameter()
    {
        var reference = new RegulationReference("bare", Title, RegulationTopic.Evaluation, Whole, Scopes);

        Assert.Throws<ArgumentNullException>("reference", () => new Bare(null!, ParameterSet.Defaults([])));
        Assert.Throws<ArgumentNullException>("parameters", () => new Bare(reference, null!));
    }

    [Fact]
    public void Reference_BadArguments_ThrowNamingTheParameter()
    {
        Assert.Throws<InvalidInputException>("id", () => new RegulationReference(default, Title, RegulationTopic.Evaluation, Whole, Scopes));
        Assert.Throws<ArgumentNullException>("title", () => new RegulationReference("r", null!, RegulationTopic.Evaluation, Whole, Scopes));
        Assert.Throws<ArgumentNullException>("citation", () => new RegulationReference("r", Title, RegulationTopic.Evaluation, null!, Scopes));
        Assert.Throws<InvalidInputException>("scopes", () => new RegulationReference("r", Title, RegulationTopic.Evaluation, Whole, []));
        Assert.Throws<InvalidInputException>("scopes", () => new RegulationReference("r", Title, RegulationTopic.Evaluation, Whole, default));
    }

    [Fact]
    public void Reference_AppliesTo_NeedsTheKindAndADateInItsPeriod()
    {
        var reference = new RegulationReference("r", Title, RegulationTopic.Evaluation, Whole,
        [
            new RegulationScope(SubjectKind.PartyMember, EffectivePeriod.Between(new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31))),
            new RegulationScope(SubjectKind.CivilServant, EffectivePeriod.From(new LocalDate(2022, 1, 1))),
        ]);

        Assert.True(reference.AppliesTo(SubjectKind.PartyMember, new LocalDate(2020, 12, 31)));
        Assert.False(reference.AppliesTo(SubjectKind.PartyMember, new LocalDate(2021, 1, 1)));
        Assert.False(reference.AppliesTo(SubjectKind.CivilServant, new LocalDate(2021, 6, 1)));
        Assert.True(reference.AppliesTo(SubjectKind.CivilServant, new LocalDate(2022, 1, 1)));
        Assert.False(reference.AppliesTo(SubjectKind.Cadre, new LocalDate(2022, 1, 1)));
    }

    public static TheoryData<RegulationReference> ReferencesDifferingInOneComponent() =>
    [
        new("other", Title, RegulationTopic.Evaluation, Whole, Scopes, "base"),
        new("r", new LocalizedText("Khác", "Other"), RegulationTopic.Evaluation, Whole, Scopes, "base"),
        new("r", Title, RegulationTopic.Planning, Whole, Scopes, "base"),
        new("r", Title, RegulationTopic.Evaluation, TestRegulation.Document.Article(1), Scopes, "base"),
        new("r", Title, RegulationTopic.Evaluation, Whole, Scopes, "other-base"),
        new("r", Title, RegulationTopic.Evaluation, Whole, Scopes),
        new("r", Title, RegulationTopic.Evaluation, Whole, [new RegulationScope(SubjectKind.CivilServant, EffectivePeriod.From(new LocalDate(2020, 1, 1)))], "base"),
    ];

    [Theory]
    [MemberData(nameof(ReferencesDifferingInOneComponent))]
    public void Reference_Equals_DifferingInAnyComponent_IsFalse(RegulationReference other)
    {
        var reference = new RegulationReference("r", Title, RegulationTopic.Evaluation, Whole, Scopes, "base");

        Assert.NotEqual(reference, other);
        Assert.NotEqual(other, reference);
    }

    [Fact]
    public void Reference_Equals_SameComponents_IsTrueWithTheSameHash()
    {
        var reference = new RegulationReference("r", Title, RegulationTopic.Evaluation, Whole, Scopes, "base");
        var same = new RegulationReference("r", new LocalizedText("Tiêu đề", "Title"), RegulationTopic.Evaluation, TestRegulation.Document.Whole(),
            [new RegulationScope(SubjectKind.PartyMember, EffectivePeriod.From(new LocalDate(2020, 1, 1)))], "base");

        Assert.Equal(reference, same);
        Assert.Equal(reference.GetHashCode(), same.GetHashCode());
        Assert.False(reference.Equals(null));
    }

    [Fact]
    public void LocalVariant_BadArguments_ThrowNamingTheParameter()
    {
        var none = new Dictionary<string, ParameterValue>();
        EffectivePeriod period = EffectivePeriod.From(new LocalDate(2020, 1, 1));

        Assert.Throws<InvalidInputException>("id", () => new LocalVariant(default, "base", Title, Whole, period, none));
        Assert.Throws<InvalidInputException>("baseId", () => new LocalVariant("v", default, Title, Whole, period, none));
        Assert.Throws<ArgumentNullException>("title", () => new LocalVariant("v", "base", null!, Whole, period, none));
        Assert.Throws<ArgumentNullException>("citation", () => new LocalVariant("v", "base", Title, null!, period, none));
        Assert.Throws<ArgumentNullException>("overrides", () => new LocalVariant("v", "base", Title, Whole, period, null!));
    }

    public static TheoryData<LocalVariant> VariantsDifferingInOneComponent() =>
    [
        LocalVariantOf(id: "w"),
        LocalVariantOf(baseId: "other-base"),
        LocalVariantOf(title: new LocalizedText("Khác", "Other")),
        LocalVariantOf(citation: TestRegulation.Document.Article(3)),
        LocalVariantOf(period: EffectivePeriod.From(new LocalDate(2021, 1, 1))),
        LocalVariantOf(overrides: new() { ["minScore"] = ParameterValue.FromInteger(80) }),
        LocalVariantOf(overrides: new() { ["minScore"] = ParameterValue.FromInteger(85), ["quota"] = ParameterValue.FromShare(Share.Percent(30)) }),
        LocalVariantOf(overrides: new() { ["maxScore"] = ParameterValue.FromInteger(85) }),
    ];

    [Theory]
    [MemberData(nameof(VariantsDifferingInOneComponent))]
    public void LocalVariant_Equals_DifferingInAnyComponent_IsFalse(LocalVariant other)
    {
        LocalVariant variant = LocalVariantOf();

        Assert.False(variant.Equals(other));
        Assert.False(other.Equals(variant));
    }

    [Fact]
    public void LocalVariant_Equals_SameComponents_IsTrueWithTheSameHash()
    {
        LocalVariant variant = LocalVariantOf();
        LocalVariant same = LocalVariantOf();

        Assert.True(variant.Equals(same));
        Assert.True(variant == same);
        Assert.Equal(variant.GetHashCode(), same.GetHashCode());
        Assert.False(variant.Equals(null));
    }

    private static LocalVariant LocalVariantOf(
        string id = "v", string baseId = "base", LocalizedText? title = null, Citation? citation = null, EffectivePeriod? period = null,
        Dictionary<string, ParameterValue>? overrides = null) =>
        new(id, baseId, title ?? Title, citation ?? Whole, period ?? EffectivePeriod.From(new LocalDate(2020, 1, 1)),
            overrides ?? new Dictionary<string, ParameterValue> { ["minScore"] = ParameterValue.FromInteger(85) });

    private sealed class Bare(RegulationReference reference, ParameterSet parameters) : Regulation(reference, parameters)
    {
        public override IEnumerable<RuleDescriptor> Rules => [];

        protected override Regulation Rebuild(RegulationReference reference, ParameterSet parameters) => new Bare(reference, parameters);
    }
}
