using CadreRules.Rules;
using CadreRules.Documents;
using NodaTime;
using CadreRules.People;

namespace CadreRules.Cli.Demo;

/// <summary>What a demo section works on.</summary>
/// <param name="Cli">The streams and catalogue.</param>
/// <param name="Roster">The bundled sample roster.</param>
/// <param name="AsOf">The date of the demo.</param>
/// <param name="Language">The output language.</param>
internal sealed record DemoContext(CliContext Cli, Roster Roster, LocalDate AsOf, Language Language);
