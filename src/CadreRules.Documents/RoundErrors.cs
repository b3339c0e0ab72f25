using System;
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

    /// <summary>One exception for every error kept (<see cref="DocumentException.Errors"/>), each at its path
    /// (<c>$.facts.people[0].score</c>, <c>$.facts.people[3].role</c>) with the round's sentence in both languages (the
    /// code <see cref="DocumentErrorCodes.Refused"/>), and the total counted.</summary>
    public static DocumentException ToDocumentException(EvaluationRoundException e, string peoplePath, string otherPath)
    {
        if (e.Errors.IsEmpty)
        {
            return new DocumentException(peoplePath, Sentence(e.Message), e);
        }

        DocumentException[] errors = [.. e.Errors.Select(error => DocumentException.Coded(PathOf(error, peoplePath, otherPath), DocumentErrorCodes.Refused, Sentence(error.Text.English), e, null, Sentence(error.Text.Vietnamese)))];
        return DocumentException.Combine(errors, Math.Max(e.TotalErrors, errors.Length));
    }

    /// <summary>The library's sentence as the documents' messages write it: starting with a lower-case letter.</summary>
    private static string Sentence(string message) =>
        message.Length > 0 && char.IsUpper(message[0]) && (message.Length == 1 || !char.IsUpper(message[1]))
            ? char.ToLowerInvariant(message[0]) + message[1..]
            : message;
}
