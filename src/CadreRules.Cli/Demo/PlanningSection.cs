using CadreRules.Cli.Commands;
using CadreRules.Planning;
using CadreRules.Rules;
using CadreRules.Standards;
using CadreRules.People;

namespace CadreRules.Cli.Demo;

/// <summary>The demo's planning section: the commune's planning list for the 2030–2035 term, checked by the
/// planning regulation in force on the list's date.</summary>
internal sealed class PlanningSection : IDemoSection
{
    public string Title(Language language) => language == Language.Vietnamese ? "Quy hoạch cán bộ" : "Planning";

    public int Write(DemoContext demo)
    {
        PlanningList list = DemoSample.Planning(demo.Roster);
        PlanningRegulation regulation = (PlanningRegulation)demo.Cli.Catalog.InForce(RegulationTopic.Planning, SubjectKind.Cadre, list.Date);
        PlanningView.WriteTable(demo.Cli.Out, regulation.Validate(list, TitleStandardsRegulation.InForce(demo.Cli.Catalog, list.Date)), demo.Language, list);
        return ExitCodes.Ok;
    }
}
