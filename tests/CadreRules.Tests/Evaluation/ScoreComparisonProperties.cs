using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CadreRules.Tests.Evaluation;

/// <summary>
/// The QĐ 366 rules compare the score's whole part with whole-point thresholds; these properties check that this reads
/// exactly as the decimal comparisons it replaces, and that <see cref="ScoreCard.FromTotal"/> splits as before.
/// </summary>
public class ScoreComparisonProperties
{
    private static readonly Arbitrary<int> Hundredths = Gen.Choose(0, 10_000).ToArbitrary();
    private static readonly Arbitrary<int> Whole = Gen.Choose(0, 100).ToArbitrary();

    [Property]
    public Property ScoreFloor_ComparedWithAWholeNumber_AgreesWithTheDecimalTotal() =>
        Prop.ForAll(Hundredths, Whole, (hundredths, n) =>
        {
            EvaluationInput input = EvaluationTestData.Scored(hundredths / 100m);
            return (input.ScoreFloor >= n) == (input.ScoreTotal >= n) && (input.ScoreFloor < n) == (input.ScoreTotal < n);
        });

    [Property]
    public Property Floor_OfACard_IsTheWholePointsOfItsTotal_HoweverMade() =>
        Prop.ForAll(Gen.Choose(0, 1_000_000_000).ToArbitrary(), Gen.Choose(0, 12).ToArbitrary(), (digits, scale) =>
        {
            // Totals from 0 to 100 with 0 to 12 decimals: the integer path (up to 7 decimals in FromTotal, 9 in the
            // parts' constructor) and the general one.
            decimal total = System.Math.Min(100m, new decimal(digits, 0, 0, false, (byte)scale));
            ScoreCard fromTotal = ScoreCard.FromTotal(total);
            var fromParts = new ScoreCard(fromTotal.General, fromTotal.Results);
            int expected = (int)decimal.Truncate(total);
            return fromTotal.Floor == expected && fromParts.Floor == expected && fromParts == fromTotal;
        });

    [Property]
    public Property FromTotal_SplitsAsMinOfTheTotalAndThirty() =>
        Prop.ForAll(Hundredths, hundredths =>
        {
            decimal total = hundredths / 100m;
            ScoreCard card = ScoreCard.FromTotal(total);
            decimal general = System.Math.Min(total, ScoreCard.GeneralMaximum);
            return card.General == general && card.Results == total - general && card.Total == total
                && card.Results.ToString(System.Globalization.CultureInfo.InvariantCulture) == (total - general).ToString(System.Globalization.CultureInfo.InvariantCulture);
        });

    [Fact]
    public void FromTotal_Bounds_ZeroAndHundredIn_AnythingOutsideOut()
    {
        Assert.Equal(0m, ScoreCard.FromTotal(decimal.Negate(0.00m)).Total); // negative zero is zero
        Assert.Equal(0m, ScoreCard.FromTotal(0m).Total);
        Assert.Equal(100m, ScoreCard.FromTotal(100.00m).Total);
        Assert.Equal(30.0m, ScoreCard.FromTotal(30.0m).General);
        Assert.Equal("0.0", ScoreCard.FromTotal(30.0m).Results.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Throws<EvaluationInputException>(() => ScoreCard.FromTotal(-0.01m));
        Assert.Throws<EvaluationInputException>(() => ScoreCard.FromTotal(100.01m));
        Assert.Throws<EvaluationInputException>(() => ScoreCard.FromTotal(decimal.MinValue));
    }

    [Property]
    public Property FromTotal_KeepsTheSumOfItsParts_ValueAndScale() =>
        Prop.ForAll(Gen.Choose(0, 100_000).ToArbitrary(), Gen.Choose(0, 3).ToArbitrary(), (units, scale) =>
        {
            decimal total = units / (scale switch { 0 => 1000m, 1 => 100m, 2 => 10m, _ => 1m }) is var t && t <= 100m ? t : 100m;
            total = decimal.Round(total, scale);
            ScoreCard card = ScoreCard.FromTotal(total);
            var rebuilt = new ScoreCard(card.General, card.Results);
            string Text(decimal d) => d.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return card == rebuilt && Text(card.Total) == Text(card.General + card.Results) && Text(card.Total) == Text(total);
        });

    // Decimals of every shape FromTotal meets: both signs, scales 0 to 28, digits around the 30- and 100-point
    // boundaries of their scale, small digits, and digits beyond 32 bits.
    private static Gen<decimal> AnyTotal() =>
        from scale in Gen.Choose(0, 28)
        from shape in Gen.Choose(0, 5)
        from offset in Gen.Choose(-2, 2)
        from small in Gen.Choose(0, 2_000_000)
        from mid in Gen.Choose(1, int.MaxValue)
        from negative in Gen.Elements(false, false, false, true)
        select Total(scale, shape, offset, small, mid, negative);

    private static decimal Total(int scale, int shape, int offset, int small, int mid, bool negative)
    {
        decimal unit = scale <= 9 ? (decimal)System.Math.Pow(10, scale) : 1_000_000_000m;
        decimal digits = shape switch
        {
            0 => (30 * unit) + offset,
            1 => (100 * unit) + offset,
            2 => small,
            3 => (int)(small % 1000) * unit,
            _ => -1m,
        };
        if (digits < 0m || digits > uint.MaxValue || scale > 9)
        {
            // Digits beyond 32 bits (or a scale where 10^scale does not fit): middle bits set.
            return new decimal(small, shape == 4 ? mid : 0, shape == 5 ? 1 : 0, negative, (byte)scale);
        }

        uint lo = (uint)digits;
        return new decimal(unchecked((int)lo), 0, 0, negative, (byte)scale);
    }

    [Property(MaxTest = 2000)]
    public Property FromTotal_EveryDecimal_AsTheDecimalArithmeticReadsIt() =>
        Prop.ForAll(AnyTotal().ToArbitrary(), total =>
        {
            static string Text(decimal d) => d.ToString(System.Globalization.CultureInfo.InvariantCulture);
            bool valid = total >= 0m && total <= 100m; // negative zero is zero: valid
            if (!valid)
            {
                EvaluationInputException e = Assert.Throws<EvaluationInputException>(() => ScoreCard.FromTotal(total));
                return e.ParamName == "score.total" && e.Message.Contains(Text(total), System.StringComparison.Ordinal);
            }

            ScoreCard card = ScoreCard.FromTotal(total);
            decimal general = total <= ScoreCard.GeneralMaximum ? total : ScoreCard.GeneralMaximum;
            return Text(card.General) == Text(general)
                && Text(card.Results) == Text(total - general)
                && Text(card.Total) == Text(total)
                && card.Results.Scale == (total - general).Scale;
        });

    [Fact]
    public void FromTotal_BoundariesAtEachScale_SplitExactly()
    {
        static string Text(decimal d) => d.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("0.0000001", Text(ScoreCard.FromTotal(30.0000001m).Results));
        Assert.Equal("30", Text(ScoreCard.FromTotal(30.0000001m).General));
        Assert.Equal("0.0000000", Text(ScoreCard.FromTotal(30.0000000m).Results));
        Assert.Equal("30.0000000", Text(ScoreCard.FromTotal(30.0000000m).General));
        Assert.Equal("70.0000000", Text(ScoreCard.FromTotal(100.0000000m).Results));
        Assert.Throws<EvaluationInputException>(() => ScoreCard.FromTotal(100.0000001m));
        Assert.Equal("0.00000001", Text(ScoreCard.FromTotal(30.00000001m).Results)); // scale 8: the general path
        Assert.Throws<EvaluationInputException>(() => ScoreCard.FromTotal(100.00000001m));
        Assert.Equal("69", Text(ScoreCard.FromTotal(99m).Results));
        Assert.Equal("40.25", Text(ScoreCard.FromTotal(70.25m).Results));
        Assert.Equal("0", Text(ScoreCard.FromTotal(0m).Results));
        Assert.Throws<EvaluationInputException>(() => ScoreCard.FromTotal(4294967295m)); // the largest 32-bit digits
    }

    [Property]
    public Property Qd366Variant_ScoreBands_ReadAsDecimalComparisons() =>
        Prop.ForAll(Gen.Choose(1, 98).ToArbitrary(), Gen.Choose(0, 400).ToArbitrary(), (low, quarters) =>
        {
            // Whole thresholds nv < tt < xs; every other condition of the levels holds, so the score decides.
            int nv = low;
            int tt = low + 1 + (quarters % (99 - low));
            int xs = System.Math.Min(100, tt + 1 + (quarters % 7));
            if (xs <= tt)
            {
                return true;
            }

            EvaluationRegulation local = EvaluationTestData.WithOverrides(
                EvaluationRegime.Qd366,
                ("htxs.minScore", ParameterValue.FromInteger(xs)),
                ("htt.minScore", ParameterValue.FromInteger(tt)),
                ("htnv.minScore", ParameterValue.FromInteger(nv)));
            decimal total = quarters / 4m;
            EvaluationLevel expected = total >= xs ? EvaluationLevel.Excellent
                : total >= tt ? EvaluationLevel.Good
                : total >= nv ? EvaluationLevel.Complete
                : EvaluationLevel.NotComplete;
            return local.Classify(EvaluationTestData.Scored(total)).Level == expected;
        });
}
