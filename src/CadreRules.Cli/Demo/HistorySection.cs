using CadreRules.Cli.Commands;
using CadreRules.History;
using CadreRules.Rules;

namespace CadreRules.Cli.Demo;

/// <summary>The demo's evaluation results across years: the commune's invented party members, 2020–2024, the way seed 000
/// reports a yearly average ("bình quân hằng năm … hoàn thành tốt nhiệm vụ"), with the denominator and both
/// aggregations named.</summary>
internal sealed class HistorySection : IDemoSection
{
    public string Title(Language language) => language == Language.Vietnamese ? "Kết quả đánh giá qua các năm" : "Evaluation results across years";

    public int Write(DemoContext demo)
    {
        HistoryView.WriteTable(demo.Cli.Out, HistoryShares.Measure(DemoSample.History(), ShareDenominator.AllRated), demo.Language);
        return ExitCodes.Ok;
    }
}
