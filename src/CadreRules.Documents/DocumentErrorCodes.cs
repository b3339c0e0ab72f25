namespace CadreRules.Documents;

/// <summary>
/// The stable codes of <see cref="DocumentException.Code"/>: what kind of error a document holds, independent of the
/// language it is written in. <see cref="DocumentException.Arguments"/> holds the values each code's message names;
/// <see cref="DocumentMessages.Format"/> writes the message in Vietnamese or English.
/// </summary>
/// <remarks>Codes are never renamed once shipped; new ones may be added. Thread-safe (constants).</remarks>
public static class DocumentErrorCodes
{
    /// <summary>Any other error: the message is the library's English sentence; no arguments.</summary>
    public const string Invalid = "Document.Invalid";

    /// <summary>A property the document kind does not have. Arguments: the property's name.</summary>
    public const string UnknownProperty = "Document.UnknownProperty";

    /// <summary>A required field is missing (or blank). No arguments.</summary>
    public const string MissingField = "Document.MissingField";

    /// <summary>A value of the wrong JSON type or an unknown enum name. Arguments: what was expected
    /// (<c>integer</c>, <c>number</c>, <c>boolean</c>, <c>string</c>, <c>array</c>, <c>object</c> or <c>oneOf</c>),
    /// then for <c>oneOf</c> the accepted names separated by <c>", "</c>.</summary>
    public const string WrongType = "Document.WrongType";

    /// <summary>A property given twice in one object. Arguments: the property's name (empty when not known).</summary>
    public const string RepeatedProperty = "Document.RepeatedProperty";

    /// <summary>Bytes that are not UTF-8. Arguments: the byte in hexadecimal (e.g. <c>FF</c>), its offset counted
    /// from 0.</summary>
    public const string NotUtf8 = "Document.NotUtf8";

    /// <summary>A document larger than <see cref="DocumentLimits.MaxBytes"/>. Arguments: the limit in bytes.</summary>
    public const string TooLarge = "Document.TooLarge";

    /// <summary>A document of another kind than the reader expects. Arguments: the <see cref="DocumentKind"/> found,
    /// then the one expected (enum names, e.g. <c>EvaluationSheet</c>, <c>PlanningList</c>).</summary>
    public const string WrongKind = "Document.WrongKind";

    /// <summary>An identifier already used in the document (after the normalisation of ids). Arguments: the id, the
    /// JSON path of its first use.</summary>
    public const string DuplicateId = "Document.DuplicateId";

    /// <summary>A value outside the range the library accepts (a date outside 1900-01-01 to 2200-12-31, a count of
    /// seats, a negative count). Arguments: the value, the lowest value accepted, the highest (each empty when there
    /// is no such bound), all culture-invariant (dates as <c>yyyy-MM-dd</c>).</summary>
    public const string OutOfRange = "Document.OutOfRange";

    /// <summary>A value a person writes (a date, a month, a birth date, a level, a share or a choice) in none of the
    /// forms the readers accept (<see cref="InputValues"/>). Arguments: what was expected (<c>date</c>, <c>month</c>,
    /// <c>birthDate</c>, <c>level</c>, <c>share</c> or <c>choice</c>), the text given, then for <c>choice</c> the names
    /// accepted separated by <c>", "</c>.</summary>
    public const string NotUnderstood = "Document.NotUnderstood";

    /// <summary>A reference to something the document (or the roster read with it) does not hold: an entry naming an
    /// unknown title or candidate, a <c>cadreRef</c> with no cadre in the roster, a post the cadre does not hold, an unknown
    /// sector. Arguments: the value referred to; what it should name (<c>title</c>, <c>candidate</c>, <c>cadre</c>,
    /// <c>post</c> or <c>sector</c>); the values that exist, separated by <c>", "</c> (empty when not listed).</summary>
    public const string UnknownReference = "Document.UnknownReference";

    /// <summary>A <c>cadreRef</c> in a document read without a roster (the CLI's <c>--roster</c>, a case file's
    /// <c>roster</c>). Arguments: the id referred to.</summary>
    public const string RosterMissing = "Document.RosterMissing";

    /// <summary>Text that is not JSON (a missing comma, an unclosed string, a stray byte). Arguments: the JSON
    /// reader's own description, in English.</summary>
    public const string Syntax = "Document.Syntax";

    /// <summary>A local variant's rule change that cannot be applied (an unknown fact, extension point or rule code, a
    /// constant of the wrong type, a rule that cannot be removed). Arguments: the reason in Vietnamese (the message is
    /// the English one).</summary>
    public const string RuleChange = "Document.RuleChange";
}
