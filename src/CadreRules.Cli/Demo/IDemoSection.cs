using CadreRules.Rules;

namespace CadreRules.Cli.Demo;

/// <summary>
/// One section of the <c>demo</c> output. To add one (classification, quotas, planning, rotation…): implement this
/// interface in one file and add the instance to <see cref="DemoCommand.Sections"/>.
/// </summary>
internal interface IDemoSection
{
    /// <summary>Gets the section heading in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The heading.</returns>
    string Title(Language language);

    /// <summary>Writes the section.</summary>
    /// <param name="demo">The sample and options.</param>
    /// <returns>The section's exit code contribution (<see cref="ExitCodes"/>).</returns>
    int Write(DemoContext demo);
}
