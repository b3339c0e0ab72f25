using System.IO;
using CadreRules.Rules;

namespace CadreRules.Cli;

/// <summary>What a command reads and writes: text readers and writers (tests use strings), the catalogue, and, when the
/// tool runs in a console, the raw standard streams so that large documents stream in and out without being held as
/// text.</summary>
/// <param name="In">Standard input as text.</param>
/// <param name="Out">Standard output as text.</param>
/// <param name="Error">Standard error.</param>
/// <param name="Catalog">The regulation catalogue.</param>
/// <param name="InStream">Standard input as bytes, or null to read <paramref name="In"/>.</param>
/// <param name="OutStream">Standard output as bytes (written after <paramref name="Out"/> is flushed), or null to
/// write through <paramref name="Out"/>.</param>
internal sealed record CliContext(TextReader In, TextWriter Out, TextWriter Error, RegulationCatalog Catalog, Stream? InStream = null, Stream? OutStream = null)
{
    /// <summary>Gets the output's language as <c>--lang</c> asks (Vietnamese by default), for errors raised before a
    /// command has read its options (opening a file, the size limit).</summary>
    public Language Language { get; init; } = Language.Vietnamese;
}
