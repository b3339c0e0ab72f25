using System;
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
/// <see cref="WriteEnd"/>. Not thread-safe.</para>
/// </remarks>
public sealed class EvaluationRoundWriter : IDisposable
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    private static readonly byte[] NewLine = [(byte)'\n'];

    private readonly Stream _output;
    private readonly ResultFormat _format;
    private readonly Language _language;
    private readonly Utf8JsonWriter _json;
    private readonly Dictionary<EvaluationRegulation, Dictionary<RuleCode, Citation?>> _citations = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Citation, string> _citationTexts = [];
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
        _json = new Utf8JsonWriter(utf8Output, new JsonWriterOptions { Encoder = Encoder, SkipValidation = false });
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

        _output.Write(header.WrittenSpan[..^1]);
        _output.Write(",\"people\":["u8);
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
            _output.Write(_written == 0 ? "\n"u8 : ",\n"u8);
        }

        _written++;
        _json.Reset(_output);
        _json.WriteStartObject();
        _json.WriteString("id", person.Id.Value);
        if (person.Name is not null)
        {
            _json.WriteString("name", person.Name);
        }

        _json.WriteString("unit", person.Unit);
        _json.WriteString("peerGroup", person.PeerGroup);
        _json.WriteString("regulation", person.Regulation.Id.Value);
        _json.WriteString("kind", Camel(person.Decision.Kind));
        if (person.Decision.HasLevel)
        {
            _json.WriteString("qualifiedLevel", Camel(person.Decision.Level));
        }

        if (person.FinalLevel is { } level)
        {
            _json.WriteString("finalLevel", Camel(level));
        }

        _json.WriteBoolean("movedByQuota", person.MovedByQuota);
        _json.WriteStartArray("ruleCodes");
        RuleCode[] codes = _codes;
        foreach (RuleCode code in codes.AsSpan(0, person.CopyCodes(codes)))
        {
            _json.WriteStringValue(code.Value);
        }

        _json.WriteEndArray();
        if (DecidingCitation(person) is { } citation)
        {
            _json.WriteString("citation", Text(citation));
        }

        if (person.Demotion is { } demotion && demotion.Citation is { } quotaCitation)
        {
            _json.WriteString("quotaCitation", Text(quotaCitation));
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
            _output.Write(NewLine);
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
            _output.Flush();
            return;
        }

        // The totals are written as an object whose opening brace is dropped: they close the header's object.
        _output.Write(_written == 0 ? "],"u8 : "\n],"u8);
        var tail = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(tail, new JsonWriterOptions { Encoder = Encoder }))
        {
            json.WriteStartObject();
            WriteCounts(json, "counts", result.CountsAfter);
            WriteCounts(json, "countsBefore", result.CountsBefore);
            json.WriteNumber("moved", result.MovedCount);
            json.WriteEndObject();
        }

        _output.Write(tail.WrittenSpan[1..]);
        _output.Write(NewLine);
        _output.Flush();
    }

    /// <inheritdoc/>
    public void Dispose() => _json.Dispose();

    /// <summary>The English count labels of the documents: HTXS, HTT, HTNV, KHT, not rated, undetermined.</summary>
    internal static string CountLabel(EvaluationOutcome outcome) => outcome switch
    {
        EvaluationOutcome.NotRated => "not rated",
        EvaluationOutcome.Undetermined => "undetermined",
        _ => EvaluationRound.Label(outcome),
    };

    private static string Camel<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

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

    /// <summary>A citation's text in the writer's language, formatted once.</summary>
    private string Text(Citation citation)
    {
        if (!_citationTexts.TryGetValue(citation, out string? text))
        {
            text = citation.Format(_language);
            _citationTexts.Add(citation, text);
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
