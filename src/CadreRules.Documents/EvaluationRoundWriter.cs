using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Documents;

/// <summary>
/// Writes the results of an evaluation round as JSON, person by person, straight to a stream: compact records (the
/// regulation, the decision, the levels before and after the quota, the rule codes and the clause that decided), and
/// each person's explanation tree only when it is given.
/// </summary>
/// <remarks>
/// <para>In <see cref="ResultFormat.Json"/> the output is
/// <c>{"year":…,"organisation":…,"people":[…],"counts":{…},"countsBefore":{…},"moved":n}</c> with one person a line;
/// in <see cref="ResultFormat.JsonLines"/> it is one person object a line and nothing else. Names are camelCase,
/// levels camelCase (<c>excellent</c>), counts keyed HTXS, HTT, HTNV, KHT (always), <c>not rated</c> and
/// <c>undetermined</c> (when not zero). Memory does not grow with the number of people written.</para>
/// <para>Call <see cref="WriteStart"/>, then <see cref="WritePerson"/> for each person in order, then
/// <see cref="WriteEnd"/>. The output is gathered in a buffer of about 32 KB and written to the stream when it fills,
/// at <see cref="WriteEnd"/> and at <see cref="Dispose"/>. Regulation ids, rule codes, levels and citations are encoded
/// once per writer, not per person. Not thread-safe.</para>
/// </remarks>
public sealed class EvaluationRoundWriter : IDisposable
{
    private const int FlushAt = 1 << 15;
    private const int MaxCachedTexts = 4096;

    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    private static readonly byte[] NewLine = [(byte)'\n'];
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText NameName = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText UnitName = JsonEncodedText.Encode("unit");
    private static readonly JsonEncodedText PeerGroupName = JsonEncodedText.Encode("peerGroup");
    private static readonly JsonEncodedText RegulationName = JsonEncodedText.Encode("regulation");
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText QualifiedLevelName = JsonEncodedText.Encode("qualifiedLevel");
    private static readonly JsonEncodedText FinalLevelName = JsonEncodedText.Encode("finalLevel");
    private static readonly JsonEncodedText MovedByQuotaName = JsonEncodedText.Encode("movedByQuota");
    private static readonly JsonEncodedText RuleCodesName = JsonEncodedText.Encode("ruleCodes");
    private static readonly JsonEncodedText CitationName = JsonEncodedText.Encode("citation");
    private static readonly JsonEncodedText QuotaCitationName = JsonEncodedText.Encode("quotaCitation");
    private static readonly JsonEncodedText[] Kinds = Encoded<OutcomeKind>();
    private static readonly JsonEncodedText[] Levels = Encoded<EvaluationLevel>();

    private readonly Stream _output;
    private readonly ResultFormat _format;
    private readonly Language _language;
    private readonly ArrayBufferWriter<byte> _buffer = new(FlushAt * 2);
    private readonly Utf8JsonWriter _json;
    private readonly Dictionary<EvaluationRegulation, Dictionary<RuleCode, Citation?>> _citations = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<EvaluationRegulation, JsonEncodedText> _regulationIds = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Citation, JsonEncodedText> _citationTexts = [];
    private readonly Dictionary<object, JsonEncodedText> _codeTexts = new(ReferenceEqualityComparer.Instance);
    private readonly RuleCode[] _codes = new RuleCode[EvaluationRoundPerson.MaximumCodes];
    private bool _started;
    private bool _ended;
    private int _written;

    /// <summary>Initializes a new instance of the <see cref="EvaluationRoundWriter"/> class.</summary>
    /// <param name="utf8Output">The stream written to (not closed).</param>
    /// <param name="format">The layout.</param>
    /// <param name="language">The language of citations and explanations.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Output"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not defined.</exception>
    public EvaluationRoundWriter(Stream utf8Output, ResultFormat format, Language language)
    {
        ArgumentNullException.ThrowIfNull(utf8Output);
        if (format is not (ResultFormat.Json or ResultFormat.JsonLines))
        {
            throw new ArgumentOutOfRangeException(nameof(format), "The format is not one of those defined.");
        }

        _output = utf8Output;
        _format = format;
        _language = language;
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = Encoder, SkipValidation = false });
    }

    /// <summary>Writes a whole round without explanations.</summary>
    /// <param name="utf8Output">The stream written to (not closed).</param>
    /// <param name="result">The round's result.</param>
    /// <param name="year">The year evaluated.</param>
    /// <param name="organisation">The organisation's name, or null.</param>
    /// <param name="format">The layout.</param>
    /// <param name="language">The language of citations.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Output"/> or <paramref name="result"/> is null.</exception>
    public static void Write(Stream utf8Output, EvaluationRoundResult result, int year, string? organisation, ResultFormat format, Language language)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var writer = new EvaluationRoundWriter(utf8Output, format, language);
        writer.WriteStart(year, organisation);
        foreach (EvaluationRoundPerson person in result.People)
        {
            writer.WritePerson(person);
        }

        writer.WriteEnd(result);
    }

    /// <summary>Writes the header (nothing in <see cref="ResultFormat.JsonLines"/>).</summary>
    /// <param name="year">The year evaluated.</param>
    /// <param name="organisation">The organisation's name, or null.</param>
    /// <exception cref="InvalidOperationException">The header was already written.</exception>
    public void WriteStart(int year, string? organisation)
    {
        if (_started)
        {
            throw new InvalidOperationException("The header is already written.");
        }

        _started = true;
        if (_format == ResultFormat.JsonLines)
        {
            return;
        }

        // The header is written as an object and left open, so that each person can stand on its own line.
        var header = new System.Buffers.ArrayBufferWriter<byte>(128);
        using (var json = new Utf8JsonWriter(header, new JsonWriterOptions { Encoder = Encoder }))
        {
            json.WriteStartObject();
            json.WriteNumber("year", year);
            if (organisation is not null)
            {
                json.WriteString("organisation", organisation);
            }

            json.WriteEndObject();
        }

        _buffer.Write(header.WrittenSpan[..^1]);
        _buffer.Write(",\"people\":["u8);
    }

    /// <summary>Writes one person.</summary>
    /// <param name="person">The person's result.</param>
    /// <param name="explanation">The person's verdict (from <see cref="EvaluationRoundPerson.Explain"/>), or null to
    /// write the compact record only.</param>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The header is not written yet, or the end is.</exception>
    public void WritePerson(EvaluationRoundPerson person, Verdict<EvaluationDecision>? explanation = null)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (!_started || _ended)
        {
            throw new InvalidOperationException("A person is written after the header and before the end.");
        }

        if (_format == ResultFormat.Json)
        {
            _buffer.Write(_written == 0 ? "\n"u8 : ",\n"u8);
        }

        _written++;
        _json.Reset();
        _json.WriteStartObject();
        _json.WriteString(IdName, person.Id.Value);
        if (person.Name is not null)
        {
            _json.WriteString(NameName, person.Name);
        }

        _json.WriteString(UnitName, person.Unit);
        _json.WriteString(PeerGroupName, person.PeerGroup);
        _json.WriteString(RegulationName, RegulationId(person.Regulation));
        _json.WriteString(KindName, Kinds[(int)person.Decision.Kind]);
        if (person.Decision.HasLevel)
        {
            _json.WriteString(QualifiedLevelName, Levels[(int)person.Decision.Level]);
        }

        if (person.FinalLevel is { } level)
        {
            _json.WriteString(FinalLevelName, Levels[(int)level]);
        }

        _json.WriteBoolean(MovedByQuotaName, person.MovedByQuota);
        _json.WriteStartArray(RuleCodesName);
        RuleCode[] codes = _codes;
        foreach (RuleCode code in codes.AsSpan(0, person.CopyCodes(codes)))
        {
            _json.WriteStringValue(CodeText(code));
        }

        _json.WriteEndArray();
        if (DecidingCitation(person) is { } citation)
        {
            _json.WriteString(CitationName, Text(citation));
        }

        if (person.Demotion is { } demotion && demotion.Citation is { } quotaCitation)
        {
            _json.WriteString(QuotaCitationName, Text(quotaCitation));
        }

        if (explanation is not null)
        {
            _json.WritePropertyName("explanation");
            JsonSerializer.Serialize(_json, VerdictMapper.FromVerdict(explanation, _language, d => Camel(d.Kind)), CadreJsonContext.Default.VerdictJson);
        }

        _json.WriteEndObject();
        _json.Flush();
        if (_format == ResultFormat.JsonLines)
        {
            _buffer.Write(NewLine);
        }

        if (_buffer.WrittenCount >= FlushAt)
        {
            Drain();
        }
    }

    /// <summary>Writes the totals and closes the document (a final line end in <see cref="ResultFormat.JsonLines"/>).</summary>
    /// <param name="result">The round's result (for its counts).</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The header is not written yet, or the end already is.</exception>
    public void WriteEnd(EvaluationRoundResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!_started || _ended)
        {
            throw new InvalidOperationException("The end is written once, after the header.");
        }

        _ended = true;
        if (_format == ResultFormat.JsonLines)
        {
            Drain();
            _output.Flush();
            return;
        }

        // The totals are written as an object whose opening brace is dropped: they close the header's object.
        _buffer.Write(_written == 0 ? "],"u8 : "\n],"u8);
        var tail = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(tail, new JsonWriterOptions { Encoder = Encoder }))
        {
            json.WriteStartObject();
            WriteCounts(json, "counts", result.CountsAfter);
            WriteCounts(json, "countsBefore", result.CountsBefore);
            json.WriteNumber("moved", result.MovedCount);
            json.WriteEndObject();
        }

        _buffer.Write(tail.WrittenSpan[1..]);
        _buffer.Write(NewLine);
        Drain();
        _output.Flush();
    }

    /// <summary>Writes what is still buffered to the stream and releases the writer.</summary>
    public void Dispose()
    {
        _json.Dispose();
        Drain();
    }

    /// <summary>The English count labels of the documents: HTXS, HTT, HTNV, KHT, not rated, undetermined.</summary>
    internal static string CountLabel(EvaluationOutcome outcome) => outcome switch
    {
        EvaluationOutcome.NotRated => "not rated",
        EvaluationOutcome.Undetermined => "undetermined",
        _ => EvaluationRound.Label(outcome),
    };

    private static string Camel<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>The camelCase names of an enum whose values are 0, 1, 2..., indexed by value.</summary>
    private static JsonEncodedText[] Encoded<TEnum>()
        where TEnum : struct, Enum
    {
        TEnum[] values = Enum.GetValues<TEnum>();
        var names = new JsonEncodedText[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            int index = Convert.ToInt32(values[i], System.Globalization.CultureInfo.InvariantCulture);
            names[index] = JsonEncodedText.Encode(Camel(values[i]), Encoder);
        }

        return names;
    }

    private void Drain()
    {
        if (_buffer.WrittenCount > 0)
        {
            _output.Write(_buffer.WrittenSpan);
            _buffer.ResetWrittenCount();
        }
    }

    private JsonEncodedText RegulationId(EvaluationRegulation regulation)
    {
        if (!_regulationIds.TryGetValue(regulation, out JsonEncodedText id))
        {
            id = JsonEncodedText.Encode(regulation.Id.Value, Encoder);
            _regulationIds.Add(regulation, id);
        }

        return id;
    }

    /// <summary>A rule code's text, encoded once for each code string (codes come from the regulations' rules).</summary>
    private JsonEncodedText CodeText(RuleCode code)
    {
        string value = code.Value;
        if (_codeTexts.TryGetValue(value, out JsonEncodedText text))
        {
            return text;
        }

        text = JsonEncodedText.Encode(value, Encoder);
        if (_codeTexts.Count < MaxCachedTexts)
        {
            _codeTexts.Add(value, text);
        }

        return text;
    }

    private static void WriteCounts(Utf8JsonWriter json, string name, EvaluationOutcomeCounts counts)
    {
        json.WriteStartObject(name);
        foreach (EvaluationOutcome outcome in EvaluationOutcomeCounts.Outcomes)
        {
            if (outcome <= EvaluationOutcome.NotComplete || counts[outcome] > 0)
            {
                json.WriteNumber(CountLabel(outcome), counts[outcome]);
            }
        }

        json.WriteEndObject();
    }

    /// <summary>A citation's text in the writer's language, formatted and encoded once.</summary>
    private JsonEncodedText Text(Citation citation)
    {
        if (!_citationTexts.TryGetValue(citation, out JsonEncodedText text))
        {
            text = JsonEncodedText.Encode(citation.Format(_language), Encoder);
            if (_citationTexts.Count < MaxCachedTexts)
            {
                _citationTexts.Add(citation, text);
            }
        }

        return text;
    }

    /// <summary>The citation of the rule that decided (or left undetermined) the person's own outcome.</summary>
    private Citation? DecidingCitation(EvaluationRoundPerson person)
    {
        RuleCode code = !person.Decision.DecidedBy.IsEmpty ? person.Decision.DecidedBy : person.Decision.UndeterminedReason;
        if (code.IsEmpty)
        {
            return null;
        }

        if (!_citations.TryGetValue(person.Regulation, out Dictionary<RuleCode, Citation?>? byCode))
        {
            byCode = [];
            foreach (RuleDescriptor rule in person.Regulation.Rules)
            {
                byCode.TryAdd(rule.Code, rule.Citation);
            }

            _citations.Add(person.Regulation, byCode);
        }

        return byCode.GetValueOrDefault(code) ?? person.Regulation.Reference.Citation;
    }
}
