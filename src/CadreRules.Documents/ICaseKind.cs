namespace CadreRules.Documents;

/// <summary>
/// One kind of analyst case (the <c>kind</c> discriminator of a case file). To add a kind: implement this
/// interface in one file and add the instance to <see cref="CaseRunner"/>'s list of kinds.
/// </summary>
internal interface ICaseKind
{
    /// <summary>Gets the value of <c>kind</c> in the case file, e.g. <c>retirement</c>.</summary>
    string Name { get; }

    /// <summary>Reads the facts and expectations (throwing <see cref="DocumentException"/> with paths under
    /// <c>$.facts</c> / <c>$.expected</c>), evaluates through the public API and compares.</summary>
    /// <param name="input">The case.</param>
    /// <returns>The explanation and the differences.</returns>
    CaseOutcome Run(CaseInput input);
}
