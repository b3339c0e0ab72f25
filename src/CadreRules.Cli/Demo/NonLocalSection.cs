using CadreRules.Cli.Commands;
using CadreRules.Rotation;
using CadreRules.Rules;

namespace CadreRules.Cli.Demo;

/// <summary>The demo's non-local section: seed 001's Thanh Trì figures (12 of 16 secretaries and 5 of 16 chairs not
/// local, 17/32 = 53,1%, 3,1 points over a 50% target), rebuilt unit by unit from the published totals.</summary>
internal sealed class NonLocalSection : IDemoSection
{
    public string Title(Language language) => language == Language.Vietnamese ? "Bí thư, chủ tịch không phải người địa phương" : "Non-local secretaries and chairs";

    public int Write(DemoContext demo)
    {
        KeyPostSurvey survey = DemoSample.KeyPosts();
        var regulation = (RotationRegulation)demo.Cli.Catalog.InForce(RegulationTopic.Rotation, SubjectKind.Cadre, survey.Date);
        NonLocalView.WriteTable(demo.Cli.Out, survey, regulation, regulation.MeasureNonLocalShare(survey.Holders), demo.Language);
        return ExitCodes.Ok;
    }
}
