using System.Collections.Generic;

namespace CadreRules.Rules;

/// <summary>Why a variant's rule change cannot be applied, in Vietnamese and English (one sentence each, for
/// <see cref="FactConditionException.Text"/>). Every family's rule changes use these sentences.</summary>
internal static class RuleChangeText
{
    private static string List(IEnumerable<string> items) => string.Join(", ", items);

    public static LocalizedText NotAPlace(string target, LocalizedText family, IEnumerable<string> places)
    {
        string all = List(places);
        return new(
            $"'{target}' không phải là vị trí mà {family.Vietnamese} nhận quy tắc bổ sung; các vị trí là: {all}.",
            $"'{target}' is not a place where {family.English} takes an added rule; the places are {all}.");
    }

    public static LocalizedText OnlyPlace(string target, LocalizedText family, string place, LocalizedText what) => new(
        $"'{target}' không phải là vị trí mà {family.Vietnamese} nhận quy tắc bổ sung; vị trí duy nhất là '{place}' ({what.Vietnamese}).",
        $"'{target}' is not a place where {family.English} takes an added rule; the only one is '{place}' ({what.English}).");

    public static LocalizedText OnlyBindingRequirements(RuleCode code, RegulationId id) => new(
        $"quy tắc bổ sung '{code}' phải có mức độ vi phạm (violation): '{id}' quyết định đủ điều kiện bằng một quy tắc duy nhất mà mọi yêu cầu trong đó đều có tính quyết định; yêu cầu chỉ để lưu ý không được nhận.",
        $"the added rule '{code}' must have severity violation: '{id}' decides eligibility by one rule in which every requirement decides; an advisory requirement is not taken.");

    public static LocalizedText CodeTaken(RuleCode code, RegulationId id) => new(
        $"mã '{code}' đã là một quy tắc của '{id}'; quy tắc bổ sung cần một mã riêng (hoặc hãy thay thế quy tắc đó).",
        $"the code '{code}' is already a rule of '{id}'; an added rule needs a code of its own (or replace that rule instead).");

    public static LocalizedText NotARule(string target, RegulationId id, IEnumerable<string> rules)
    {
        string all = List(rules);
        return new(
            $"'{target}' không phải là quy tắc của '{id}' mà biến thể có thể thay thế hoặc bỏ; các quy tắc là: {all}.",
            $"'{target}' is not a rule of '{id}' that a variant can replace or remove; its rules are {all}.");
    }

    public static LocalizedText NotRemovable(RuleCode code, RuleCode holder) => new(
        $"không thể bỏ riêng quy tắc '{code}' khỏi '{holder}' (đó là điều kiện duy nhất của nó, hoặc nằm trong một phủ định hay một ngoại lệ); hãy thay thế quy tắc đó.",
        $"the rule '{code}' cannot be taken out of '{holder}' (it is its only part, or sits inside a negation or an exception); replace it instead.");

    public static LocalizedText WholeEligibility(RuleCode code, RegulationId id) => new(
        $"quy tắc '{code}' là toàn bộ điều kiện của '{id}'; hãy thay thế quy tắc đó.",
        $"the rule '{code}' is the whole eligibility of '{id}'; replace it instead.");

    public static LocalizedText LastLevel(RuleCode code, RegulationId id) => new(
        $"quy tắc '{code}' là mức cuối cùng của một thang xếp loại của '{id}'; thang cần ít nhất một mức.",
        $"the rule '{code}' is the last level of a ladder of '{id}'; a ladder needs at least one level.");

    public static LocalizedText NoRung(string target, RegulationId id) => new(
        $"'{target}' chỉ một mức không có trong thang xếp loại nào của '{id}'.",
        $"'{target}' names a level that no ladder of '{id}' has as a rung.");

    public static LocalizedText WrongFacts(string target, string given, string expected) => new(
        $"quy tắc viết cho '{target}' đọc {given}; vị trí này đọc {expected}.",
        $"the rule given for '{target}' reads {given}; this place reads {expected}.");

    public static LocalizedText RemovedTwice(RuleCode code) => new(
        $"quy tắc '{code}' bị bỏ hai lần.",
        $"the rule '{code}' is removed twice.");

    public static LocalizedText RemovedEarlier(RuleCode code) => new(
        $"quy tắc '{code}' đã bị bỏ ở một thay đổi trước; không thể thay thế nữa.",
        $"the rule '{code}' is removed by an earlier change; it cannot be replaced too.");

    public static LocalizedText NotReplaceable(RuleCode code, IEnumerable<string> replaceable)
    {
        string all = List(replaceable);
        return new(
            $"quy tắc '{code}' đọc những dữ kiện mà quy tắc thay thế không đọc được; các quy tắc thay thế được là {all}. Hãy bỏ quy tắc đó và bổ sung một quy tắc mới.",
            $"the rule '{code}' reads facts a replacement cannot; the rules that can be replaced are {all}. Remove it and add a rule instead.");
    }

    public static LocalizedText NoRuleChanges(RegulationId id) => new(
        $"Quy định '{id}' chưa nhận việc bổ sung, thay thế hay bỏ quy tắc; chỉ thay đổi được các con số của nó.",
        $"The regulation '{id}' takes no added, replaced or removed rules yet; only its numbers can be changed.");

    public static LocalizedText UnknownFact(string fact, IEnumerable<string> known)
    {
        string all = List(known);
        return new(
            $"'{fact}' không phải là dữ kiện của nhóm quy định này; các dữ kiện là: {all}.",
            $"'{fact}' is not a fact of this family; known facts: {all}.");
    }

    public static LocalizedText TrueOrFalseOnly(string fact) => new(
        $"dữ kiện '{fact}' chỉ đúng hoặc sai: chỉ so sánh bằng = hoặc !=.",
        $"the fact '{fact}' is true or false: compare it with = or != only.");

    public static LocalizedText UnknownCondition() => new("Không rõ loại điều kiện.", "Unknown kind of condition.");

    // The Vietnamese word of a fact's unit (FactDefinition.Unit names it in English).
    private static string UnitWord(string unit) => unit switch
    {
        "months" => "tháng",
        "decisions" => "quyết định",
        "members" => "thành viên",
        "points" => "điểm",
        "rank" => "bậc",
        "shortcomings" => "khuyết điểm",
        "tasks" => "nhiệm vụ",
        "units" => "đơn vị",
        _ => unit,
    };

    public static LocalizedText NotWholeNumber(string text, string fact, string unit) => new(
        $"'{text}' không phải là số nguyên (dữ kiện '{fact}' tính bằng {UnitWord(unit)}).",
        $"'{text}' is not a whole number (the fact '{fact}' is counted in {unit}).");

    public static LocalizedText NotANumber(string text, string fact, string unit) => new(
        $"'{text}' không phải là số (viết với dấu chấm thập phân, ví dụ 92.5; dữ kiện '{fact}' tính bằng {UnitWord(unit)}).",
        $"'{text}' is not a number (write it with a decimal point, e.g. 92.5; the fact '{fact}' is counted in {unit}).");

    public static LocalizedText NotAShare(string text) => new(
        $"'{text}' không phải là tỉ lệ (viết 30%, 0.3 hoặc 3/10).",
        $"'{text}' is not a share (write 30%, 0.3 or 3/10).");

    public static LocalizedText NotTrueOrFalse(string text) => new(
        $"'{text}' không phải là true hoặc false.",
        $"'{text}' is not true or false.");

    public static LocalizedText NotAValue(string text, string fact, IEnumerable<string> values)
    {
        string all = List(values);
        return new(
            $"'{text}' không phải là giá trị của dữ kiện '{fact}' (một trong: {all}).",
            $"'{text}' is not a value of the fact '{fact}' (one of {all}).");
    }
}
