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
