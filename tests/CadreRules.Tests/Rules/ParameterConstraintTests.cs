using System;
using System.Collections.Generic;
using System.Linq;
using CadreRules.Documents;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CadreRules.Tests.Rules;

/// <summary>Constraints between parameters: declared with the schema, checked on the defaults and on every override,
/// reported with all their keys; the shipped regulations declare theirs.</summary>
public class ParameterConstraintTests
{
    private static readonly LocalizedText Text = new("Mô tả", "Description");
    private static readonly Parameter<int> High = Parameter.Integer("high", Text, 90, minimum: 0, maximum: 100);
    private static readonly Parameter<int> Middle = Parameter.Integer("middle", Text, 70, minimum: 0, maximum: 100);
    private static readonly Parameter<int> Low = Parameter.Integer("low", Text, 50, minimum: 0, maximum: 100);
    private static readonly ParameterSet Scores = ParameterSet.Defaults([High, Middle, Low], [ParameterConstraint.Descending(High, Middle, Low)]);

    private static KeyValuePair<string, ParameterValue> Set(Parameter<int> parameter, int value) => new(parameter.Key, ParameterValue.FromInteger(value));

    [Fact]
    public void Descending_DescribesItselfWithTheKeys()
    {
        ParameterConstraint constraint = ParameterConstraint.Descending(High, Middle, Low);

        Assert.Equal(["high", "middle", "low"], constraint.Keys.ToArray());
        Assert.Equal("high > middle > low", constraint.Description.English);
        Assert.Equal("high > middle > low", constraint.Description.Vietnamese);
        Assert.True(constraint.IsSatisfiedBy(Scores));
    }

    [Fact]
    public void With_ValuesOutOfOrder_NamesEveryKeyAndValue()
    {
        ParameterException error = Assert.Throws<ParameterException>(() => Scores.With([Set(High, 60), Set(Middle, 80), Set(Low, 95)]));

        Assert.Equal(["high", "middle", "low"], error.Keys.ToArray());
        Assert.Equal("high", error.Key);
        Assert.Equal(
            "The values break a constraint between parameters: high > middle > low does not hold for high = 60, middle = 80, low = 95.",
            error.Message);
    }

    [Fact]
    public void With_EqualNeighbours_BreakAStrictOrder() =>
        Assert.Throws<ParameterException>(() => Scores.With([Set(Middle, 90)]));

    [Fact]
    public void With_AValidOrder_IsAccepted()
    {
        ParameterSet changed = Scores.With([Set(High, 95), Set(Middle, 91), Set(Low, 1)]);

        Assert.Equal(91, changed.Get(Middle));
        Assert.Equal(["high", "low", "middle"], changed.Overridden.Order(StringComparer.Ordinal));
        Assert.Single(changed.Constraints);
    }

    [Fact]
    public void NotGreater_AllowsEqualValues()
    {
        ParameterSet set = ParameterSet.Defaults([Middle, Low], [ParameterConstraint.NotGreater(Low, Middle)]);

        Assert.Equal(70, set.With([Set(Low, 70)]).Get(Low));
        ParameterException error = Assert.Throws<ParameterException>(() => set.With([Set(Low, 71)]));
        Assert.Contains("low ≤ middle does not hold for low = 71, middle = 70", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_ThatBreakAConstraint_AreRefused() =>
        Assert.Throws<ParameterException>(() => ParameterSet.Defaults([High, Middle], [ParameterConstraint.NotGreater(High, Middle)]));

    [Fact]
    public void Defaults_AConstraintOverAParameterOutsideTheSchema_IsRefused() =>
        Assert.Throws<InvalidInputException>("constraints", () => ParameterSet.Defaults([High, Middle], [ParameterConstraint.Descending(High, Middle, Low)]));

    [Fact]
    public void Factories_RefuseTooFewOrRepeatedParameters()
    {
        Assert.Throws<InvalidInputException>("parameters", () => ParameterConstraint.Descending(High));
        Assert.Throws<InvalidInputException>("parameters", () => ParameterConstraint.Descending(High, Middle, High));
        Assert.Throws<InvalidInputException>("parameters", () => ParameterConstraint.NotGreater(High, High));
        Assert.Throws<InvalidInputException>("parameters", () => ParameterConstraint.Create(Text, [], _ => true));
        Assert.Throws<ArgumentNullException>("values", () => ParameterConstraint.Descending(High, Middle).IsSatisfiedBy(null!));
    }

    [Fact]
    public void Create_ReadsAnyShape()
    {
        ParameterConstraint zeroOrAbove = ParameterConstraint.Create(Text, [Low, Middle], s => s.Get(Low) == 0 || s.Get(Low) >= s.Get(Middle));
        ParameterSet set = ParameterSet.Defaults([Middle, Low], []).With([Set(Low, 0)]);

        Assert.True(zeroOrAbove.IsSatisfiedBy(set));
        Assert.False(zeroOrAbove.IsSatisfiedBy(set.With([Set(Low, 1)])));
    }

    [Property]
    public Property With_AcceptsExactlyTheStrictlyDescendingScores() =>
        Prop.ForAll(Gen.Choose(0, 100).ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(), (h, m, l) =>
        {
            bool ordered = h > m && m > l;
            try
            {
                ParameterSet set = Scores.With([Set(High, h), Set(Middle, m), Set(Low, l)]);
                return ordered && set.Get(High) == h;
            }
            catch (ParameterException e)
            {
                return !ordered && e.Keys.SequenceEqual(["high", "middle", "low"]);
            }
        });

    [Fact]
    public void ShippedRegulations_EachDefaultsKeepTheirConstraints()
    {
        foreach (Regulation regulation in ShippedRegulations.Catalog.Regulations)
        {
            foreach (ParameterConstraint constraint in regulation.Parameters.Constraints)
            {
                Assert.True(constraint.IsSatisfiedBy(regulation.Parameters), $"{regulation.Id}: {constraint}");
                Assert.All(constraint.Keys, key => Assert.True(regulation.Parameters.Contains(key)));
            }
        }
    }

    [Theory]
    [InlineData("party-eval-qd366", "htxs.minScore > htt.minScore > htnv.minScore")]
    [InlineData("party-eval-qd366", "quota.htxsShare ≤ quota.outstandingShare")]
    [InlineData("state-eval-nd90", "cap.leaveFromMonths ≤ cap.leaveBelowMonths")]
    [InlineData("planning-qd377", "candidates.minimumPerTitle ≤ candidates.maximumPerTitle")]
    [InlineData("planning-qd50", "committee.minimumCoefficient ≤ committee.maximumCoefficient")]
    [InlineData("appointment-qd80", "discipline.lightBarMonths ≤ discipline.heavyBarMonths")]
    [InlineData("rotation-qd65", "serviceLeft.policyMinMonths ≤ serviceLeft.minMonths")]
    public void ShippedRegulations_DeclareTheOrderOfTheirThresholds(string id, string constraint)
    {
        Regulation regulation = ShippedRegulations.Catalog.Find(new RegulationId(id))!;

        Assert.Contains(constraint, regulation.Parameters.Constraints.Select(c => c.Description.English));
    }

    [Fact]
    public void Variant_WithScoresOutOfOrder_IsRefusedBeforeAnythingIsApplied()
    {
        // The example: each value is within 0–100, together they would rate almost everyone KHT.
        Regulation qd366 = ShippedRegulations.Catalog.Find(new RegulationId("party-eval-qd366"))!;
        var variant = new LocalVariant(new RegulationId("hn-eval-test"), qd366.Id, Text, qd366.Reference.Citation,
            EffectivePeriod.From(new LocalDate(2026, 1, 1)),
            new Dictionary<string, ParameterValue>
            {
                ["htxs.minScore"] = ParameterValue.FromInteger(60),
                ["htt.minScore"] = ParameterValue.FromInteger(80),
                ["htnv.minScore"] = ParameterValue.FromInteger(95),
            });

        ParameterException error = Assert.Throws<ParameterException>(() => ShippedRegulations.Catalog.WithVariant(variant));

        Assert.Equal(["htxs.minScore", "htt.minScore", "htnv.minScore"], error.Keys.ToArray());
        Assert.Null(ShippedRegulations.Catalog.Find(variant.Id));
    }

    [Theory]
    [InlineData("""{ "htxs.minScore": 60, "htt.minScore": 80, "htnv.minScore": 95 }""", "$.overrides['htxs.minScore']")]
    [InlineData("""{ "htnv.minScore": 75 }""", "$.overrides['htnv.minScore']")]
    public void VariantDocument_BreakingAConstraint_NamesTheOverrideItSets(string overrides, string path)
    {
        string json = $$"""
            { "schemaVersion": 1, "id": "hn-eval-test", "baseId": "party-eval-qd366", "title": { "vi": "Thử", "en": "Test" },
              "citation": { "document": { "number": "07-QĐ/TU", "issuer": "Thành ủy Hà Nội", "signedOn": "2025-12-01" } },
              "effective": { "start": "2026-01-01" }, "overrides": {{overrides}} }
            """;

        DocumentException error = Assert.Throws<DocumentException>(() => CadreDocuments.ReadVariant(json, ShippedRegulations.Catalog));

        Assert.Equal(path, error.Path);
        Assert.Contains("htxs.minScore > htt.minScore > htnv.minScore does not hold", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", error.Message, StringComparison.Ordinal);
    }
}
