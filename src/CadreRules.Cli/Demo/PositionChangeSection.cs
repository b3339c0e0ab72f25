using CadreRules.Cli.Commands;
using CadreRules.Rules;

namespace CadreRules.Cli.Demo;

/// <summary>The demo's periodic position change: nine commune civil servants on 01/01/2026 under NĐ 59/2019, with a
/// young child's and two studies' deferrals (one of 12 months, which defers; one of 9, which does not).</summary>
internal sealed class PositionChangeSection : IDemoSection
{
    public string Title(Language language) => language == Language.Vietnamese ? "Định kỳ chuyển đổi vị trí công tác" : "Periodic change of work position";

    public int Write(DemoContext demo)
    {
        var results = PositionChangeCommand.Decide(DemoSample.PositionChanges(demo.Roster), demo.Cli.Catalog, null, SubjectKind.CivilServant);
        PositionChangeView.WriteTable(demo.Cli.Out, results, demo.Language, explain: false);
        return ExitCodes.Ok;
    }
}
