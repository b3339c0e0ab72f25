using CadreRules.Cli.Commands;
using CadreRules.Rules;
using CadreRules.Documents;
using CadreRules.Evaluation;

namespace CadreRules.Cli.Demo;

/// <summary>The demo's classification section: the sample's evaluation inputs for 2025 under the regulation in force
/// on the evaluation date, then the unit quota of HTXS and the counts per level.</summary>
internal sealed class EvaluationSection : IDemoSection
{
    public string Title(Language language) => language == Language.Vietnamese ? "Xếp loại chất lượng và tỷ lệ HTXS" : "Classification and the HTXS quota";

    public int Write(DemoContext demo)
    {
        EvaluationSheet sheet = DemoSample.Evaluations();
        EvaluationRun run = EvaluationRun.Of(sheet, demo.Cli.Catalog, null);
        EvaluationView.WriteTable(demo.Cli.Out, sheet, run, demo.Language, explain: false);
        return ExitCodes.Ok;
    }
}
