using CadreRules.Cli.Commands;
using CadreRules.Rules;

namespace CadreRules.Cli.Demo;

/// <summary>The demo's appointment section: eight requests whose dossiers were received on 02/03/2026, each judged under
/// the appointment regulation in force that day, with the reasons of those refused.</summary>
internal sealed class AppointmentSection : IDemoSection
{
    public string Title(Language language) => language == Language.Vietnamese ? "Điều kiện bổ nhiệm" : "Appointment eligibility";

    public int Write(DemoContext demo)
    {
        var results = AppointmentCommand.Assess(DemoSample.Appointments(demo.Roster), demo.Cli.Catalog, null, SubjectKind.Cadre, demo.Language);
        // The rotation section above printed the legend of these lines; the demo prints each legend once.
        RequestView.WriteTable(demo.Cli.Out, results, demo.Language, demo.Language == Language.Vietnamese ? "Đề nghị bổ nhiệm" : "Appointment requests", legend: false);
        return ExitCodes.Ok;
    }
}
