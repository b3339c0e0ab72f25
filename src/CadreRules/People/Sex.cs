namespace CadreRules.People;

/// <summary>Sex as recorded for retirement-age purposes (giới tính).</summary>
public enum Sex
{
    /// <summary>Male (nam).</summary>
    Male = 0,

    /// <summary>Female (nữ).</summary>
    Female = 1,
}
