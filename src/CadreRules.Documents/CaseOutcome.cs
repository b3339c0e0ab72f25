using System.Collections.Generic;
using CadreRules.Rules;

namespace CadreRules.Documents;

/// <summary>What a case kind returns: the explanation of the actual outcome and the differences it found.</summary>
/// <param name="Explanation">The explanation tree; expected rule codes and citations are searched in it.</param>
/// <param name="Failures">The differences from the expected outcome.</param>
internal sealed record CaseOutcome(Finding Explanation, IReadOnlyList<string> Failures);
