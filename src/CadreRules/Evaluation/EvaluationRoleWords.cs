using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>The words for each <see cref="EvaluationRole"/>, in both languages; the family's messages and
/// <c>Localization.Terms</c> read them here.</summary>
internal static class EvaluationRoleWords
{
    public static LocalizedText Of(EvaluationRole role) => role switch
    {
        EvaluationRole.NonLeader => new("không giữ chức vụ lãnh đạo", "not a leader"),
        EvaluationRole.Leader => new("lãnh đạo, quản lý", "leader or manager"),
        _ => new("tập thể lãnh đạo", "leadership collective"),
    };
}
