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
        var run = new EvaluationRun(sheet.Year, sheet.Organisation, new EvaluationRound(demo.Cli.Catalog).Run(sheet));
        EvaluationView.WriteTable(demo.Cli.Out, run, demo.Language, explain: null);
        return ExitCodes.Ok;
    }
}
