using CadreRules.Cli.Commands;
using CadreRules.Rules;

namespace CadreRules.Cli.Demo;

/// <summary>Demo section: the regulation catalogue.</summary>
internal sealed class CatalogueSection : IDemoSection
{
    public string Title(Language language) => language == Language.Vietnamese ? "Danh mục văn bản" : "Regulation catalogue";

    public int Write(DemoContext demo)
    {
        CatalogueView.WriteText(demo.Cli.Out, demo.Cli.Catalog, demo.Language);
        return ExitCodes.Ok;
    }
}
