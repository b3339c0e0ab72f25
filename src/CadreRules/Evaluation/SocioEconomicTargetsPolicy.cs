namespace CadreRules.Evaluation;

/// <summary>
/// How QĐ 366-QĐ/TW's "không hoàn thành 5 chỉ tiêu kinh tế - xã hội cơ bản" reads for leaders and leadership
/// collectives: the text does not say whether missing one of the five basic targets is enough [U].
/// </summary>
public enum SocioEconomicTargetsPolicy
{
    /// <summary>Missing any one of the basic targets is a ground for Không hoàn thành nhiệm vụ (default).</summary>
    AnyMissed = 0,

    /// <summary>Only missing every basic target is a ground for Không hoàn thành nhiệm vụ.</summary>
    AllMissed = 1,
}
