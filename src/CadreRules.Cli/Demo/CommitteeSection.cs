using CadreRules.Cli.Commands;
using CadreRules.Rules;

namespace CadreRules.Cli.Demo;

/// <summary>The demo's committee section: candidates for the commune's party committee of 2025–2030, age counted at
/// 07/2025 (Chỉ thị 45-CT/TW).</summary>
internal sealed class CommitteeSection : IDemoSection
{
    public string Title(Language language) => language == Language.Vietnamese ? "Tuổi tham gia cấp ủy" : "Age for party committees";

    public int Write(DemoContext demo)
    {
        CommitteeView.WriteTable(demo.Cli.Out, CommitteeCommand.Judge(DemoSample.Committee(demo.Roster), demo.Cli.Catalog, null), demo.Language);
        return ExitCodes.Ok;
    }
}
