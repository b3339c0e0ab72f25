namespace CadreRules.Rotation;

/// <summary>The grounds on which a periodic position change is not yet carried out (trường hợp chưa thực hiện việc
/// chuyển đổi vị trí công tác, NĐ 59/2019/NĐ-CP Điều 38).</summary>
public enum DeferralKind
{
    /// <summary>Being considered or handled for discipline (khoản 1).</summary>
    DisciplinaryReview = 0,

    /// <summary>Under inspection, verification, investigation, prosecution or trial (khoản 2).</summary>
    Investigation = 1,

    /// <summary>Treatment of a serious illness certified by a competent medical body (khoản 3).</summary>
    SeriousIllness = 2,

    /// <summary>Full-time study of 12 months or more (khoản 3).</summary>
    FullTimeStudy = 3,

    /// <summary>On secondment (biệt phái, khoản 3).</summary>
    Secondment = 4,

    /// <summary>A woman during pregnancy (khoản 4).</summary>
    Pregnancy = 5,

    /// <summary>A woman raising a child under 36 months (khoản 4).</summary>
    YoungChild = 6,

    /// <summary>A man raising a child under 36 months because his wife died or for another objective reason (khoản 4).</summary>
    FatherRaisingChildAlone = 7,
}
