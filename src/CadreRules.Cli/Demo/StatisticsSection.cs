using CadreRules.Cli.Commands;
using CadreRules.Composition;
using CadreRules.Rules;

namespace CadreRules.Cli.Demo;

/// <summary>The demo's statistics section: the shares of the whole invented roster on the committee's date (young under
/// 42), each over every cadre on it, as <c>statistics</c> prints them.</summary>
internal sealed class StatisticsSection : IDemoSection
{
    public string Title(Language language) => language == Language.Vietnamese ? "Thống kê danh sách cán bộ" : "Statistics of the roster";

    public int Write(DemoContext demo)
    {
        BodyMembership body = DemoSample.Body(demo.Roster);
        BodyComposition composition = BodyComposition.Of(demo.Roster.Cadres, body.AsOf, body.YoungAgeLimit);
        CompositionView.WriteStatistics(demo.Cli.Out, demo.Roster, composition, QualificationShares.Of(demo.Roster.Cadres, body.AsOf), demo.Language);
        return ExitCodes.Ok;
    }
}
