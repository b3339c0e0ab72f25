using CadreRules.Documents;
using CadreRules.Rules;

namespace CadreRules.Cli;

/// <summary>How a command reads its documents: its name and output language (for the errors) and the size limit.</summary>
/// <param name="Command">The command's name, e.g. <c>plan</c>, named when a document of another kind is given.</param>
/// <param name="Language">The language of the errors the tool writes itself.</param>
/// <param name="Limits">The limits (<c>--max-bytes</c>).</param>
internal sealed record DocumentRead(string Command, Language Language, DocumentLimits Limits);
