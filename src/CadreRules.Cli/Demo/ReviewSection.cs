using CadreRules.Cli.Commands;
using CadreRules.Planning;
using CadreRules.Rules;
using CadreRules.Standards;

namespace CadreRules.Cli.Demo;

/// <summary>The demo's annual planning review: the commune's planning list reviewed on 15/12/2026 with one new
/// discipline decision and three proposed additions, under the planning regulation in force on the review date.</summary>
internal sealed class ReviewSection : IDemoSection
{
    public string Title(Language language) => language == Language.Vietnamese ? "Rà soát quy hoạch hằng năm" : "Annual planning review";

    public int Write(DemoContext demo)
    {
        PlanningReviewInput input = DemoSample.Review(demo.Roster);
        PlanningRegulation regulation = (PlanningRegulation)demo.Cli.Catalog.InForce(RegulationTopic.Planning, SubjectKind.Cadre, input.ReviewDate);
        ReviewView.WriteTable(demo.Cli.Out, input, regulation.Review(input, TitleStandardsRegulation.InForce(demo.Cli.Catalog, input.ReviewDate)), demo.Language);
        return ExitCodes.Ok;
    }
}
