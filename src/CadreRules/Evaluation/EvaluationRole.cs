namespace CadreRules.Evaluation;

/// <summary>Who is being classified: the regimes give different conditions for each.</summary>
public enum EvaluationRole
{
    /// <summary>An individual without a leadership or management post (cá nhân không giữ chức vụ lãnh đạo, quản lý).</summary>
    NonLeader = 0,

    /// <summary>An individual holding a leadership or management post (cá nhân giữ chức vụ lãnh đạo, quản lý).</summary>
    Leader = 1,

    /// <summary>A collective: a party organisation or a leadership collective (tập thể, tập thể lãnh đạo, quản lý).</summary>
    Collective = 2,
}
