using System.Text.RegularExpressions;
using CadreRules.Rules;

namespace CadreRules.Cli.Localization;

/// <summary>The shapes of the library's <see cref="RegulationNotFoundException"/> sentences, optionally after the
/// subject they are about (<c>requests[0] (MKT-017): </c>).</summary>
internal static partial class RegulationShapes
{
    [GeneratedRegex(@"^(?<where>\w+\[\d+\] \([^)]*\): )?(?:No regulation '(?<unknown>[^']+)' in this catalogue\. Known: .*|'(?<other>[^']+)' is a (?<topic>\w+) regulation, not a (?<asked>\w+) one\.|'(?<type>[^']+)' is not an? \w+\.|No (?<topic>\w+) regulation for (?<kind>\w+) is in force on (?<date>\d\d/\d\d/\d{4}) in this catalogue\.)$", RegexOptions.Singleline)]
    public static partial Regex NotFound();
}
