using System;
using System.Linq;
using System.Collections.Generic;
using System.Text.Json;

namespace CadreRules.Documents;

/// <summary>
/// A JSON document that cannot be read: malformed JSON, a missing required field, an unknown enum value or
/// identifier, a value of the wrong type or out of range. The message starts with the JSON path of the offending
/// value (e.g. <c>$.cadres[3].birthDate</c>), which is also in <see cref="JsonException.Path"/>.
/// </summary>
/// <remarks>
/// Derives from <see cref="JsonException"/>, so callers that already catch JSON errors catch this one too.
/// When it is thrown nothing has been built: documents are parsed and validated completely before any domain
/// object is returned.
/// </remarks>
public sealed class DocumentException : JsonException
{
    /// <summary>Initializes a new instance of the <see cref="DocumentException"/> class.</summary>
    public DocumentException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DocumentException"/> class with a message.</summary>
    /// <param name="message">The message.</param>
    public DocumentException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DocumentException"/> class with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public DocumentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DocumentException"/> class for a JSON path.</summary>
    /// <param name="path">The JSON path of the offending value, e.g. <c>$.cadres[3].birthDate</c>.</param>
    /// <param name="message">What is wrong; the path is prefixed to it.</param>
    /// <param name="innerException">The cause, if any.</param>
    public DocumentException(string path, string message, Exception? innerException)
        : base(path + ": " + message, path, null, null, innerException)
    {
    }

    /// <summary>Gets every error found in the document, in document order, this one's first entry included; at most
    /// <see cref="MaxErrors"/>. A document stopped by its first error has just this one.</summary>
    public IReadOnlyList<DocumentException> Errors => _errors ?? [this];

    /// <summary>Gets how many errors were found in the document (may exceed the length of <see cref="Errors"/>, which
    /// stops at <see cref="MaxErrors"/>).</summary>
    public int ErrorCount => _errorCount ?? 1;

    /// <summary>Gets the kind of document that was read, when it is another kind than the reader expects
    /// (for example an evaluation sheet given to the planning list reader); <see cref="DocumentKind.Unknown"/> otherwise.</summary>
    public DocumentKind FoundKind { get; private init; }

    /// <summary>Gets the kind of document the reader expected, when <see cref="FoundKind"/> is set.</summary>
    public DocumentKind ExpectedKind { get; private init; }

    /// <summary>Gets the stable code of the error (one of <see cref="DocumentErrorCodes"/>;
    /// <see cref="DocumentErrorCodes.Invalid"/> when the error has no code of its own), to write it in another language
    /// with <see cref="DocumentMessages.Format"/>.</summary>
    public string Code { get; private init; } = DocumentErrorCodes.Invalid;

    /// <summary>Gets the values the error names, written culture-invariantly, as listed for each of
    /// <see cref="DocumentErrorCodes"/> (empty for <see cref="DocumentErrorCodes.Invalid"/>).</summary>
    public IReadOnlyList<string> Arguments { get; private init; } = [];

    /// <summary>The line and byte in the document (counted from 1) when the reader knows them.</summary>
    internal (long Line, long Byte)? Location { get; private init; }

    /// <summary>The most errors of one document that are kept in <see cref="Errors"/>.</summary>
    public const int MaxErrors = 50;

    private IReadOnlyList<DocumentException>? _errors;

    private int? _errorCount;

    /// <summary>One exception for several errors of one document, as the readers raise them: the first one's path,
    /// message, code and arguments, with the errors listed in <see cref="Errors"/> and their total in
    /// <see cref="ErrorCount"/>. For readers of other formats (e.g. spreadsheets) that report every error of a document
    /// the way the JSON readers do.</summary>
    /// <param name="errors">The errors kept, in document order (at most <see cref="MaxErrors"/> are useful).</param>
    /// <param name="count">How many errors the document has in all (at least as many as <paramref name="errors"/>).</param>
    /// <returns>The first error alone when there is one; otherwise one exception for all.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="errors"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty or holds an error without a path, or
    /// <paramref name="count"/> is less than its count.</exception>
    public static DocumentException Combine(IReadOnlyList<DocumentException> errors, int count)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0 || count < errors.Count || errors.Any(e => e is null || e.Path is null))
        {
            throw new ArgumentException("Combine takes one or more errors, each with its path, and a total of at least their count.", nameof(errors));
        }

        DocumentException first = errors[0];
        if (count == 1)
        {
            return first;
        }

        string more = count - 1 == 1 ? " (and 1 more error)" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $" (and {count - 1} more errors)");
        string message = first.Message[(first.Path!.Length + 2)..] + more;
        return new DocumentException(first.Path, message, first.InnerException)
        {
            _errors = errors,
            _errorCount = count,
            Code = first.Code,
            Arguments = first.Arguments,
            Location = first.Location,
        };
    }

    /// <summary>Creates the error for a byte that cannot start or continue a UTF-8 character, at <c>$</c>, with the
    /// code <see cref="DocumentErrorCodes.NotUtf8"/>: for a host that checks a document's bytes itself as they arrive.</summary>
    /// <param name="value">The byte.</param>
    /// <param name="offset">Its offset in the document, counted from 0.</param>
    /// <returns>The exception (not thrown).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is negative.</exception>
    public static DocumentException ForInvalidUtf8(byte value, long offset)
    {
        if (offset < 0)
        {
            throw new Rules.InputOutOfRangeException(nameof(offset), offset, "The offset of a byte cannot be negative.") { Minimum = "0" };
        }

        return DocumentBytes.NotUtf8(value.ToString("X2", System.Globalization.CultureInfo.InvariantCulture), offset, null);
    }

    /// <summary>Creates an error with one of the codes whose sentence its arguments fix (<see cref="DocumentErrorCodes.SchemaVersion"/>,
    /// <see cref="DocumentErrorCodes.NotInSheet"/>, <see cref="DocumentErrorCodes.NoSheetLayout"/>…, those added with
    /// them): its message is the English sentence, and <see cref="DocumentMessages.Format"/> writes the Vietnamese. For
    /// readers and writers of other formats that report the documents' errors the way the JSON readers do.</summary>
    /// <param name="path">The JSON path of the offending value.</param>
    /// <param name="code">The code.</param>
    /// <param name="arguments">The arguments, as listed for the code.</param>
    /// <returns>The exception (not thrown).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/>, <paramref name="code"/> or
    /// <paramref name="arguments"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not one whose sentence its arguments fix.</exception>
    public static DocumentException Create(string path, string code, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(arguments);
        return DocumentTexts.Has(code)
            ? Of(path, code, null, arguments)
            : throw new ArgumentException($"'{code}' is not a code whose sentence its arguments fix.", nameof(code));
    }

    /// <summary>An error whose sentence, in both languages, is the <see cref="DocumentTexts"/> entry of its code.</summary>
    internal static DocumentException Of(string path, string code, Exception? cause, params string[] arguments) =>
        Coded(path, code, DocumentTexts.Say(code, arguments, Rules.Language.English)!, cause, null, arguments);

    /// <summary>A domain value the library refuses, at <paramref name="path"/>: with the code
    /// <see cref="DocumentErrorCodes.Refused"/> when the refusal is worded in both languages
    /// (<see cref="Evaluation.EvaluationInputException.Text"/>), else in English with
    /// <see cref="DocumentErrorCodes.Invalid"/>.</summary>
    internal static DocumentException Refusal(string path, string english, ArgumentException cause) =>
        cause switch
        {
            Evaluation.EvaluationInputException { Text: { } text } => Coded(path, DocumentErrorCodes.Refused, english, cause, null, text.Vietnamese),
            Rules.InputOutOfRangeException { Text: { } text } => Coded(path, DocumentErrorCodes.Refused, english, cause, null, text.Vietnamese),
            Rules.InvalidInputException { Text: { } text } => Coded(path, DocumentErrorCodes.Refused, english, cause, null, text.Vietnamese),
            Rules.ParameterException { Text: { } text } => Coded(path, DocumentErrorCodes.Refused, english, cause, null, text.Vietnamese),
            _ => new DocumentException(path, english, cause),
        };

    /// <summary>An error with a code: <paramref name="message"/> is the English sentence, with the location written
    /// in it when there is one (<paramref name="location"/> keeps it for the other languages).</summary>
    internal static DocumentException Coded(string path, string code, string message, Exception? cause, (long Line, long Byte)? location, params string[] arguments) =>
        new(path, message, cause)
        {
            Code = code,
            Arguments = arguments,
            Location = location,
        };

    /// <summary>An error for a value a person wrote in none of the accepted forms, with the code
    /// <see cref="DocumentErrorCodes.NotUnderstood"/>.</summary>
    /// <param name="path">The JSON path.</param>
    /// <param name="kind">What was expected: <c>date</c>, <c>month</c>, <c>birthDate</c>, <c>level</c>, <c>share</c>, <c>choice</c>.</param>
    /// <param name="text">The text given.</param>
    /// <param name="choices">For <c>choice</c>, the names accepted.</param>
    /// <param name="cause">The cause, if any.</param>
    /// <param name="location">The line and byte, when known.</param>
    internal static DocumentException NotUnderstood(string path, string kind, string text, IEnumerable<string>? choices = null, Exception? cause = null, (long Line, long Byte)? location = null)
    {
        string? list = choices is null ? null : string.Join(", ", choices);
        Rules.LocalizedText forms = InputForms.Of(kind, list) ?? InputValues.ChoiceForms([]);
        string message = $"'{InputForms.Shown(text)}' is not understood; expected {forms.English}."
            + (location is { } at ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $" (line {at.Line}, byte {at.Byte})") : string.Empty);
        return Coded(path, DocumentErrorCodes.NotUnderstood, message, cause, location, list is null ? [kind, InputForms.Shown(text)] : [kind, InputForms.Shown(text), list]);
    }

    /// <summary>An exception saying that the document is of another kind than expected.</summary>
    internal static DocumentException WrongKind(DocumentKind found, DocumentKind expected, Exception? cause) =>
        new("$", $"this is {KindName(found)}, not {KindName(expected)}.", cause)
        {
            FoundKind = found,
            ExpectedKind = expected,
            Code = DocumentErrorCodes.WrongKind,
            Arguments = [found.ToString(), expected.ToString()],
        };

    internal static string KindName(DocumentKind kind) => kind switch
    {
        DocumentKind.Roster => "a roster",
        DocumentKind.EvaluationSheet => "an evaluation sheet",
        DocumentKind.PlanningList => "a planning list",
        DocumentKind.RotationRequests => "a rotation requests document",
        DocumentKind.AppointmentRequests => "an appointment requests document",
        DocumentKind.LocalVariant => "a local variant",
        DocumentKind.CaseFile => "a case file",
        DocumentKind.Verdict => "a verdict",
        DocumentKind.Catalogue => "a catalogue listing",
        DocumentKind.RetirementReport => "a retirement report",
        DocumentKind.PlanningReview => "a planning review",
        DocumentKind.KeyPosts => "a key-posts document",
        DocumentKind.PositionChanges => "a position-changes document",
        DocumentKind.CommitteeCandidacies => "a committee candidacies document",
        DocumentKind.Body => "a body's membership",
        DocumentKind.TitleStandards => "a title standards check",
        DocumentKind.Movements => "a programme of movements",
        DocumentKind.EvaluationHistory => "an evaluation history",
        _ => "a document of unknown kind",
    };
}
