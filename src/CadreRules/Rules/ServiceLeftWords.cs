namespace CadreRules.Rules;

/// <summary>The months of working time left before the retirement age, in words a failure text can use without reading
/// as nonsense when the person is already past that age ("chỉ còn -47 tháng"): "only N months of working time left", or
/// "already N months past the retirement age". Findings carry it as the value <c>serviceLeft</c> beside the number
/// <c>monthsLeft</c>.</summary>
internal static class ServiceLeftWords
{
    public static LocalizedText Of(int monthsLeft) => monthsLeft >= 0
        ? new LocalizedText($"chỉ còn {TextFormat.Count(monthsLeft, Language.Vietnamese)} tháng công tác", $"only {TextFormat.Count(monthsLeft, Language.English)} months of working time left")
        : new LocalizedText($"đã quá tuổi nghỉ hưu {TextFormat.Count(-(long)monthsLeft, Language.Vietnamese)} tháng", $"already {TextFormat.Count(-(long)monthsLeft, Language.English)} months past the retirement age");

    public static FactValue Value(int monthsLeft) => FactValue.Of("serviceLeft", Of(monthsLeft));
}
