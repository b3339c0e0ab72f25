using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace CadreRules.Evaluation;

/// <summary>
/// An evaluation round that cannot be run because some people cannot be classified: no evaluation regulation for their
/// subject kind and date, a role their regulation does not evaluate, facts the regulation refuses, or an identifier used
/// twice. Every such person is listed (up to <see cref="EvaluationRound.MaximumErrors"/>); nothing was allocated.
/// </summary>
public sealed class EvaluationRoundException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="EvaluationRoundException"/> class with no errors.</summary>
    public EvaluationRoundException()
        : this([], 0)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="EvaluationRoundException"/> class with a message.</summary>
    /// <param name="message">The message.</param>
    public EvaluationRoundException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Initializes a new instance of the <see cref="EvaluationRoundException"/> class with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public EvaluationRoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Initializes a new instance of the <see cref="EvaluationRoundException"/> class for a list of errors.</summary>
    /// <param name="errors">The errors kept (the first ones found, in input order).</param>
    /// <param name="totalErrors">How many errors were found in all, at least the number kept.</param>
    /// <exception cref="ArgumentNullException"><paramref name="errors"/> is null.</exception>
    public EvaluationRoundException(IEnumerable<EvaluationRoundError> errors, int totalErrors)
        : this(errors is null ? throw new ArgumentNullException(nameof(errors)) : [.. errors], totalErrors)
    {
    }

    private EvaluationRoundException(ImmutableArray<EvaluationRoundError> errors, int totalErrors)
        : base(Describe(errors, Math.Max(totalErrors, errors.Length)))
    {
        Errors = errors;
        TotalErrors = Math.Max(totalErrors, errors.Length);
    }

    /// <summary>Gets the errors kept, in input order.</summary>
    public ImmutableArray<EvaluationRoundError> Errors { get; }

    /// <summary>Gets how many errors were found in all (more than <see cref="Errors"/> holds when the limit was reached).</summary>
    public int TotalErrors { get; }

    private static string Describe(ImmutableArray<EvaluationRoundError> errors, int total)
    {
        if (errors.IsEmpty)
        {
            return "The evaluation round cannot be run.";
        }

        string list = string.Join("; ", errors.Select(e => e.ToString()));
        return total > errors.Length
            ? string.Create(CultureInfo.InvariantCulture, $"{total} people cannot be classified: {list}; and {total - errors.Length} more.")
            : string.Create(CultureInfo.InvariantCulture, $"{total} {(total == 1 ? "person" : "people")} cannot be classified: {list}.");
    }
}
