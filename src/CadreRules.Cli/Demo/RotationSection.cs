using CadreRules.Cli.Commands;
using CadreRules.Rules;
using CadreRules.People;

namespace CadreRules.Cli.Demo;

/// <summary>The demo's rotation section: six requests starting 01/03/2026, eligibility with reasons.</summary>
internal sealed class RotationSection : IDemoSection
{
    public string Title(Language language) => language == Language.Vietnamese ? "Luân chuyển cán bộ" : "Rotation";

    public int Write(DemoContext demo)
    {
        var results = RotationCommand.Assess(DemoSample.Rotations(demo.Roster), demo.Cli.Catalog, null, demo.Language);
        RequestView.WriteTable(demo.Cli.Out, results, demo.Language, demo.Language == Language.Vietnamese ? "Đề nghị luân chuyển" : "Rotation requests");
        return ExitCodes.Ok;
    }
}
