using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CadreRules.Evaluation;

namespace CadreRules.Documents;

/// <summary>The people an <see cref="EvaluationRound"/> could not classify, as a <see cref="DocumentException"/> at the
/// JSON path of each one's field.</summary>
internal static class RoundErrors
{
    /// <summary>The JSON path of an error: <c>PEOPLE[i].field</c>, or <paramref name="otherPath"/> when the round names no
    /// field (the regulation itself is at fault).</summary>
    public static string PathOf(EvaluationRoundError error, string peoplePath, string otherPath) =>
        error.Field is null ? otherPath : Require.Item(peoplePath, error.Index) + "." + error.Field;

    /// <summary>One exception whose path is the first error's and whose message lists every error kept, each at its
    /// path (<c>$.facts.people[0].score: …; $.facts.people[3].role: …</c>), then how many more there were.</summary>
    public static DocumentException ToDocumentException(EvaluationRoundException e, string peoplePath, string otherPath)
    {
        if (e.Errors.IsEmpty)
        {
            return new DocumentException(peoplePath, Sentence(e.Message), e);
        }

        string first = PathOf(e.Errors[0], peoplePath, otherPath);
        IEnumerable<string> rest = e.Errors.Skip(1).Select(error => PathOf(error, peoplePath, otherPath) + ": " + Sentence(error.Message));
        string message = string.Join("; ", new[] { Sentence(e.Errors[0].Message) }.Concat(rest).Distinct());
        if (e.TotalErrors > e.Errors.Length)
        {
            message += string.Create(CultureInfo.InvariantCulture, $"; and {e.TotalErrors - e.Errors.Length} more.");
        }

        return new DocumentException(first, message, e);
    }

    /// <summary>The library's sentence as the documents' messages write it: starting with a lower-case letter.</summary>
    private static string Sentence(string message) =>
        message.Length > 0 && char.IsUpper(message[0]) && (message.Length == 1 || !char.IsUpper(message[1]))
            ? char.ToLowerInvariant(message[0]) + message[1..]
            : message;
}
