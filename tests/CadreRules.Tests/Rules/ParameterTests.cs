using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CadreRules.Rules;

namespace CadreRules.Tests.Rules;

public class ParameterTests
{
    private static readonly LocalizedText Description = new("Mô tả", "Description");

    [Fact]
    public void Integer_DefaultOutsideItsBounds_Throws()
    {
        Assert.Throws<ParameterException>(() => Parameter.Integer("tooHigh", Description, 101, maximum: 100));
        Assert.Throws<ParameterException>(() => Parameter.Integer("tooLow", Description, -1, minimum: 0));
        Assert.Equal(100, Parameter.Integer("atMaximum", Description, 100, minimum: 0, maximum: 100).Default);
    }

    [Fact]
    public void RangeDescription_ShowsTheBoundsGiven()
    {
        Assert.Equal("≥ 0", Parameter.Integer("k", Description, 5, minimum: 0).RangeDescription);
        Assert.Equal("≤ 100", Parameter.Integer("k", Description, 5, maximum: 100).RangeDescription);
        Assert.Equal("0 … 100", Parameter.Integer("k", Description, 5, minimum: 0, maximum: 100).RangeDescription);
        Assert.Null(Parameter.Integer("k", Description, 5).RangeDescription);
        Assert.Null(Parameter.Boolean("b", Description, true).RangeDescription);
    }

    [Fact]
    public void ToValue_OutsideTheBounds_Throws()
    {
        ParameterException error = Assert.Throws<ParameterException>(() => TestRegulation.MinScore.ToValue(101));

        Assert.Equal("minScore", error.Key);
        Assert.Equal("minScore", error.ParamName);
        Assert.Equal(ParameterValue.FromInteger(100), TestRegulation.MinScore.ToValue(100));
        Assert.Equal(ParameterValue.FromInteger(0), TestRegulation.MinScore.ToValue(0));
    }

    [Fact]
    public void Share_ZeroIsWithinTheBounds()
    {
        Parameter<Share> share = Parameter.Share("rate", Description, Share.Zero);

        Assert.Equal(Share.Zero, share.Default);
        Assert.Equal(ParameterValue.FromShare(Share.Zero), share.ToValue(Share.Zero));
        Assert.Equal(ParameterValue.FromShare(Share.One), share.ToValue(Share.One));
        Assert.Throws<ParameterException>(() => Parameter.Share("capped", Description, Share.Percent(60), maximum: Share.Percent(50)));
    }

    [Fact]
    public void Choices_DefaultArray_BecomesEmpty()
    {
        var parameter = new Parameter<int>("k", Description, ParameterKind.Integer, 1, Confidence.Confirmed, null, default,
            static v => (int)v.Integer, static v => ParameterValue.FromInteger(v), null, null);

        Assert.False(parameter.Choices.IsDefault);
        Assert.Empty(parameter.Choices);
    }

    [Fact]
    public void ToString_IsKeyEqualsDefault()
    {
        Assert.Equal("minScore = 90", TestRegulation.MinScore.ToString());
        Assert.Equal("quota = 1/5", TestRegulation.Quota.ToString());
    }

    [Fact]
    public void ParameterValue_SetsOnlyTheFieldOfItsKind()
    {
        ParameterValue integer = ParameterValue.FromInteger(7);
        ParameterValue share = ParameterValue.FromShare(Share.One);
        ParameterValue choice = ParameterValue.FromChoice("Qd366");

        Assert.False(integer.Boolean);
        Assert.False(share.Boolean);
        Assert.False(choice.Boolean);
        Assert.Equal(0, share.Integer);
        Assert.Null(integer.Choice);
        Assert.Equal("7", integer.ToString());
        Assert.Equal("Qd366", choice.ToString());
        Assert.Equal("true", ParameterValue.FromBoolean(true).ToString());
        Assert.Equal("1/1", share.ToString());
    }

    [Fact]
    public void ParameterException_ConventionConstructors_HaveAnEmptyKey()
    {
        Assert.Equal(string.Empty, new ParameterException().Key);
        Assert.Equal(string.Empty, new ParameterException("message").Key);
        Assert.Equal(string.Empty, new ParameterException("message", new InvalidOperationException()).Key);
        Assert.Equal("k", new ParameterException("k", "message").Key);
    }

    [Fact]
    public void Defaults_NullOrDuplicateDefinition_ThrowsNamingSchema()
    {
        Assert.Throws<ArgumentNullException>("schema", () => ParameterSet.Defaults([TestRegulation.MinScore, null!]));
        Assert.Throws<InvalidInputException>("schema", () => ParameterSet.Defaults([TestRegulation.MinScore, Parameter.Integer("minScore", Description, 1)]));
    }

    [Fact]
    public void Get_ParameterNotInTheSet_ThrowsParameterException()
    {
        ParameterSet set = ParameterSet.Defaults([TestRegulation.MinScore]);
        Parameter<int> sameKey = Parameter.Integer("minScore", Description, 90);

        Assert.Throws<ArgumentNullException>("parameter", () => set.Get<int>(null!));
        Assert.Equal("minScore", Assert.Throws<ParameterException>(() => set.Get(sameKey)).Key);
        Assert.Equal("quota", Assert.Throws<ParameterException>(() => set.Get(TestRegulation.Quota)).Key);
        Assert.Equal(90, set.Get(TestRegulation.MinScore));
    }

    [Fact]
    public void Get_IntegerOverrideBeyondInt_OverflowsInsteadOfWrapping()
    {
        Parameter<int> unbounded = Parameter.Integer("count", Description, 1);
        ParameterSet set = ParameterSet.Defaults([unbounded])
            .With([new KeyValuePair<string, ParameterValue>("count", ParameterValue.FromInteger((1L << 32) + 5))]);

        Assert.Throws<OverflowException>(() => set.Get(unbounded));
    }

    [Fact]
    public void With_BackToTheDefault_IsNoLongerOverridden()
    {
        ParameterSet set = ParameterSet.Defaults([TestRegulation.MinScore, TestRegulation.Quota]);

        ParameterSet changed = set.With([new KeyValuePair<string, ParameterValue>("minScore", ParameterValue.FromInteger(80))]);
        ParameterSet restored = changed.With([new KeyValuePair<string, ParameterValue>("minScore", ParameterValue.FromInteger(90))]);

        Assert.Equal(new[] { "minScore" }, changed.Overridden);
        Assert.Equal(80, changed.Get(TestRegulation.MinScore));
        Assert.Empty(restored.Overridden);
        Assert.Equal(90, restored.Get(TestRegulation.MinScore));
    }
}
