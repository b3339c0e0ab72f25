using CadreRules.Cli.Commands;
using CadreRules.Rules;

namespace CadreRules.Cli.Demo;

/// <summary>The demo's title standards section: five invented people against the qualification standards of a commune
/// party secretary on 01/12/2025 (the commune levels are the province's parameters; their defaults are unconfirmed).</summary>
internal sealed class StandardsSection : IDemoSection
{
    public string Title(Language language) => language == Language.Vietnamese ? "Tiêu chuẩn chức danh" : "Title standards";

    public int Write(DemoContext demo)
    {
        StandardsView.WriteTable(demo.Cli.Out, StandardsCommand.Judge(DemoSample.Standards(), demo.Cli.Catalog, null), demo.Language);
        return ExitCodes.Ok;
    }
}
