using CadreRules.Cli.Commands;
using CadreRules.Rotation;
using CadreRules.Rules;

namespace CadreRules.Cli.Demo;

/// <summary>The demo's programme of movements, in the way seeds 000 and 003 report them (so many movements, from the
/// city to wards and communes, back up, between communes and between agencies; rotations and transfers in batches):
/// fourteen invented movements in two batches, with a transfer on 30/06/2025 (undetermined: no encoded regulation)
/// beside ones on 01/07/2025 (NĐ 170/2025), a bar lifted at the person's request and one not, and a secondment one
/// month longer than three years.</summary>
internal sealed class MovementsSection : IDemoSection
{
    public string Title(Language language) => language == Language.Vietnamese ? "Kế hoạch điều động, luân chuyển, biệt phái" : "Programme of movements";

    public int Write(DemoContext demo)
    {
        MovementProgrammeReport report = MovementProgramme.Assess(DemoSample.Movements(demo.Roster), demo.Cli.Catalog);
        MovementsView.WriteTable(demo.Cli.Out, report, demo.Language, explain: false);
        return ExitCodes.Ok;
    }
}
