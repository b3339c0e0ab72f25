namespace CadreRules.Documents;

/// <summary>
/// The stable codes of <see cref="DocumentException.Code"/>: what kind of error a document holds, independent of the
/// language it is written in. <see cref="DocumentException.Arguments"/> holds the values each code's message names;
/// <see cref="DocumentMessages.Format"/> writes the message in Vietnamese or English.
/// </summary>
/// <remarks>Codes are never renamed once shipped; new ones may be added. Thread-safe (constants).</remarks>
public static class DocumentErrorCodes
{
    /// <summary>Any other error: the message is the library's English sentence (a check of the domain that words its
    /// refusal in English only); no arguments.</summary>
    public const string Invalid = "Document.Invalid";

    /// <summary>A property the document kind does not have. Arguments: the property's name.</summary>
    public const string UnknownProperty = "Document.UnknownProperty";

    /// <summary>A required field is missing (or blank). Arguments: none, or the document's own field that would give the
    /// value for every item (e.g. <c>subjectKind</c> of an evaluation sheet) when that one is missing too.</summary>
    public const string MissingField = "Document.MissingField";

    /// <summary>A value of the wrong JSON type or an unknown enum name. Arguments: what was expected
    /// (<c>integer</c>, <c>number</c>, <c>boolean</c>, <c>string</c>, <c>array</c>, <c>object</c>, <c>scalar</c> — a
    /// number, a text or true/false — or <c>oneOf</c>), then for <c>oneOf</c> the accepted names separated by
    /// <c>", "</c>.</summary>
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
    /// <c>birthDate</c>, <c>level</c>, <c>share</c>, <c>choice</c>, <c>isoDate</c>, <c>isoMonth</c> or
    /// <c>regulation</c> — an id, <c>in force</c> or <c>in force on yyyy-MM-dd</c>), the text given, then for
    /// <c>choice</c> the names accepted separated by <c>", "</c>.</summary>
    public const string NotUnderstood = "Document.NotUnderstood";

    /// <summary>A reference to something the document (or the roster read with it) does not hold: an entry naming an
    /// unknown title or candidate, a <c>cadreRef</c> with no cadre in the roster, a post the cadre does not hold, an unknown
    /// sector; in a case file or a local variant, an unknown regulation, parameter, case kind, person or structure group.
    /// Arguments: the value referred to; what it should name (<c>title</c>, <c>candidate</c>, <c>cadre</c>,
    /// <c>post</c>, <c>sector</c>, <c>regulation</c>, <c>parameter</c>, <c>caseKind</c>, <c>person</c> or
    /// <c>group</c>); the values that exist, separated by <c>", "</c> (empty when not listed).</summary>
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

    /// <summary>A <c>schemaVersion</c> this library does not read. Arguments: the version given, the version read.</summary>
    public const string SchemaVersion = "Document.SchemaVersion";

    /// <summary>A regulation of another topic than the case needs. Arguments: the regulation's id, its topic, the topic
    /// needed (<see cref="Rules.RegulationTopic"/> names, e.g. <c>Evaluation</c>).</summary>
    public const string WrongTopic = "Document.WrongTopic";

    /// <summary>No regulation of the topic is in force for the subject kind on the date. Arguments: the topic
    /// (<see cref="Rules.RegulationTopic"/> name), the subject kind (<see cref="Rules.SubjectKind"/> name), the date
    /// (<c>yyyy-MM-dd</c>).</summary>
    public const string NoRegulationInForce = "Document.NoRegulationInForce";

    /// <summary>A case file that expects nothing to be checked. Arguments: the fields that may be expected, separated by
    /// <c>", "</c>.</summary>
    public const string NothingExpected = "Document.NothingExpected";

    /// <summary>Fields of which exactly one is given (none, or several, were: <c>cadre</c> and <c>cadreRef</c>, a
    /// citation's <c>section</c> and <c>article</c>, a condition's <c>all</c>, <c>any</c>, <c>not</c> and
    /// <c>fact</c>). Arguments: the fields, separated by <c>", "</c>.</summary>
    public const string ExactlyOne = "Document.ExactlyOne";

    /// <summary>A field given without another that it needs (a clause without its article, an expected
    /// <c>monthsLeft</c> without <c>asOf</c>). Arguments: the field given, the field needed, and optionally what may be
    /// written instead (e.g. <c>"regulation": "in force on yyyy-MM-dd"</c>).</summary>
    public const string NeedsField = "Document.NeedsField";

    /// <summary>A field that the kind of case does not use (a composition case's <c>regulation</c>). Arguments: the
    /// field.</summary>
    public const string NotApplicable = "Document.NotApplicable";

    /// <summary>A list that needs at least one item is empty (a condition's <c>all</c> or <c>any</c>). No
    /// arguments.</summary>
    public const string EmptyList = "Document.EmptyList";

    /// <summary>A document with nothing in it. No arguments.</summary>
    public const string Empty = "Document.Empty";

    /// <summary>Content after the end of the document's JSON value. No arguments.</summary>
    public const string TrailingContent = "Document.TrailingContent";

    /// <summary>An evaluation sheet with more people than <see cref="DocumentLimits.MaxPeople"/>. Arguments: the
    /// limit.</summary>
    public const string TooManyPeople = "Document.TooManyPeople";

    /// <summary>The document's stream failed while it was read. Arguments: the system's reason (its own
    /// language).</summary>
    public const string Unreadable = "Document.Unreadable";

    /// <summary>A value too large to compute with (an arithmetic overflow). No arguments.</summary>
    public const string Overflow = "Document.Overflow";

    /// <summary>Text holding a lone UTF-16 surrogate (not Unicode). Arguments: the character's position, counted from
    /// 0.</summary>
    public const string NotUnicode = "Document.NotUnicode";

    /// <summary>A parameter value outside the parameter's range. Arguments: the parameter's key, the value, the range
    /// (culture-invariant, e.g. <c>0 … 100</c>).</summary>
    public const string ParameterOutOfRange = "Document.ParameterOutOfRange";

    /// <summary>A value the library's own checks refuse, with the reason in both languages (counts that do not add up, a
    /// score out of range, an evaluation date outside the year: <see cref="Evaluation.EvaluationInputException.Text"/>).
    /// Arguments: the reason in Vietnamese (the message is the English one).</summary>
    public const string Refused = "Document.Refused";

    /// <summary>Something a document holds that a sheet cannot (written with <c>SpreadsheetDocuments</c>): a property
    /// with no column, such as a cadre given in full rather than by <c>cadreRef</c>. Arguments: the property.</summary>
    public const string NotInSheet = "Document.NotInSheet";

    /// <summary>A document of a kind that has no sheet layout (a case file, a local variant…). No arguments.</summary>
    public const string NoSheetLayout = "Document.NoSheetLayout";
}
