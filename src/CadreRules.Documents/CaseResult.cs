using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace CadreRules.Documents;

/// <summary>The result of running one analyst case file: passed, or the list of differences from the expected outcome.</summary>
/// <remarks>Immutable.</remarks>
public sealed class CaseResult
{
    /// <summary>Initializes a new instance of the <see cref="CaseResult"/> class.</summary>
    /// <param name="source">Where the case came from (usually its file path).</param>
    /// <param name="kind">The case kind (e.g. <c>retirement</c>).</param>
    /// <param name="name">The case name.</param>
    /// <param name="failures">The differences found; empty when the case passed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public CaseResult(string source, string kind, string name, IEnumerable<string> failures)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(failures);
        Source = source;
        Kind = kind;
        Name = name;
        Failures = [.. failures];
    }

    /// <summary>Gets where the case came from.</summary>
    public string Source { get; }

    /// <summary>Gets the case kind.</summary>
    public string Kind { get; }

    /// <summary>Gets the case name.</summary>
    public string Name { get; }

    /// <summary>Gets the differences between the expected and the actual outcome, one sentence each.</summary>
    public ImmutableArray<string> Failures { get; }

    /// <summary>Gets a value indicating whether the actual outcome is the expected one.</summary>
    public bool Passed => Failures.IsEmpty;

    /// <inheritdoc/>
    public override string ToString() => Passed ? $"PASS {Name} ({Source})" : $"FAIL {Name} ({Source}): {string.Join("; ", Failures)}";
}
