using CadreRules.Cli.Commands;
using CadreRules.Composition;
using CadreRules.Rules;

namespace CadreRules.Cli.Demo;

/// <summary>The demo's composition section: the commune's invented party committee of 2025–2030 against invented
/// targets (women 15%, young under 42 10%, ethnic minority 20%).</summary>
internal sealed class CompositionSection : IDemoSection
{
    public string Title(Language language) => language == Language.Vietnamese ? "Cơ cấu Ban Chấp hành" : "Structure of the committee";

    public int Write(DemoContext demo)
    {
        BodyMembership body = DemoSample.Body(demo.Roster);
        CompositionView.WriteTable(demo.Cli.Out, body, body.Measure(), demo.Language);
        return ExitCodes.Ok;
    }
}
