using CadreRules.Evaluation;
using CadreRules.People;

namespace CadreRules.Tests.Evaluation;

public class EvaluationVariantTests
{
    [Fact]
    public void WithVariant_LowerExcellentScore_RebuildsTheBands()
    {
        EvaluationRegulation local = EvaluationTestData.WithOverrides(EvaluationRegime.Nd335, ("htxs.minScore", CadreRules.Rules.ParameterValue.FromInteger(85)));
        EvaluationInput input = EvaluationTestData.Scored(87, on: EvaluationTestData.Nd335Date);

        Assert.Equal(EvaluationLevel.Good, EvaluationRegulations.Get(EvaluationRegime.Nd335).Classify(input).Level);
        Assert.Equal(EvaluationLevel.Excellent, local.Classify(input).Level);
        Assert.Equal(EvaluationRegime.Nd335, local.Regime);
    }

    [Fact]
    public void WithVariant_ExceededShareOutOfBounds_IsRejected()
    {
        Assert.Throws<CadreRules.Rules.ParameterException>(() => EvaluationTestData.WithOverrides(
            EvaluationRegime.Qd366, ("htxs.exceededShare", CadreRules.Rules.ParameterValue.FromShare(CadreRules.Rules.Share.Of(3, 2)))));
    }
}
