using System.IO;
using CadreRules.Rules;

namespace CadreRules.Cli;

/// <summary>What every command runs against: the standard streams and the regulation catalogue.</summary>
/// <param name="In">Standard input (read for the file name <c>-</c>).</param>
/// <param name="Out">Standard output: results.</param>
/// <param name="Error">Standard error: bad-input messages.</param>
/// <param name="Catalog">The catalogue (the shipped one; tests may pass their own).</param>
internal sealed record CliContext(TextReader In, TextWriter Out, TextWriter Error, RegulationCatalog Catalog);
