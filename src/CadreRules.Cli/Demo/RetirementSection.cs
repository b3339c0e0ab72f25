using CadreRules.Cli.Commands;
using CadreRules.Rules;
using CadreRules.People;

namespace CadreRules.Cli.Demo;

/// <summary>Demo section: retirement dates and months of service left for the whole sample.</summary>
internal sealed class RetirementSection : IDemoSection
{
    public string Title(Language language) => language == Language.Vietnamese ? "Nghỉ hưu" : "Retirement";

    public int Write(DemoContext demo)
    {
        RetirementView.WriteTable(demo.Cli.Out, demo.Roster, demo.AsOf, demo.Language);
        return ExitCodes.Ok;
    }
}
