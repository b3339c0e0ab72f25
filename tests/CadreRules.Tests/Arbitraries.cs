using FsCheck;
using FsCheck.Fluent;

namespace CadreRules.Tests;

/// <summary>
/// Domain generators for FsCheck properties. Split by rule family into partial files (Arbitraries.Evaluation.cs, …);
/// use with <c>[Property(Arbitrary = new[] { typeof(Arbitraries) })]</c> or call the generators directly.
/// </summary>
public static partial class Arbitraries
{
}
