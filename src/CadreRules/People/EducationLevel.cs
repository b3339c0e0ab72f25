namespace CadreRules.People;

/// <summary>The highest level of general or professional education (trình độ chuyên môn) a cadre holds.</summary>
/// <remarks>Members are in ascending order: a larger value is a higher level, so standards compare with <c>&gt;=</c>
/// ("đại học trở lên" is <c>&gt;= <see cref="University"/></c>).</remarks>
public enum EducationLevel
{
    /// <summary>Upper-secondary school (trung học phổ thông).</summary>
    UpperSecondary = 0,

    /// <summary>Vocational secondary (trung cấp).</summary>
    Vocational = 1,

    /// <summary>College (cao đẳng).</summary>
    College = 2,

    /// <summary>University degree (đại học).</summary>
    University = 3,

    /// <summary>Master's degree (thạc sĩ).</summary>
    Master = 4,

    /// <summary>Doctorate (tiến sĩ).</summary>
    Doctorate = 5,
}
