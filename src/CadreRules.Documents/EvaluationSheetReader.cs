using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Documents;

/// <summary>
/// Reads an evaluation document from a UTF-8 stream one person at a time, so that a province's sheet is read in memory
/// bounded by one person, not by the document.
/// </summary>
/// <remarks>
/// <para><see cref="Open"/> reads the sheet's fields (year, organisation, the subject kind and date people inherit) up
/// to the <c>people</c> array; <see cref="ReadPeople"/> then maps each person as it is read, with the same checks and
/// messages as <see cref="CadreDocuments.ReadEvaluations(string)"/>, and checks the rest of the document after the array.
/// The sheet's fields must come before <c>people</c> to be inherited while streaming (the library's writers put them
/// there); when <c>year</c> comes after the array, the array is kept whole until the end of the document (memory then
/// grows with the document, within <see cref="DocumentLimits.MaxBytes"/>).</para>
/// <para>A <see cref="DocumentException"/> names the JSON path of the first problem. <see cref="ReadPeople"/> does not
/// look for an identifier used twice (that needs every identifier kept): <see cref="EvaluationRound"/> and
/// <see cref="ReadSheet"/> do. Entries already returned were valid, and a caller that must not half-apply a document (as <see cref="EvaluationRound"/> does not) keeps nothing
/// until the end. Not thread-safe: one reader per stream, people read once.</para>
/// </remarks>
public sealed class EvaluationSheetReader : IDisposable
{
    private const string PeopleName = "people";

    private readonly Utf8JsonStream _json;
    private readonly DocumentLimits _limits;
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly TextPool _pool = new();
    private ArrayBufferWriter<byte> _header = new(256);
    private Utf8JsonWriter _headerWriter;
    private Phase _phase = Phase.Start;
    private JsonDocument? _buffered;
    private JsonElement.ArrayEnumerator _bufferedPeople;
    private bool _peopleSeen;
    private bool _reading;
    private int _index;
    private SubjectKind? _kind;
    private LocalDate? _date;

    private EvaluationSheetReader(Stream utf8Json, DocumentLimits? limits)
    {
        _limits = limits ?? DocumentLimits.Default;
        _json = new Utf8JsonStream(utf8Json, _limits.MaxBytes);
        _headerWriter = new Utf8JsonWriter(_header);
        _headerWriter.WriteStartObject();
    }

    private enum Phase
    {
        Start,
        Header,
        People,
        Buffered,
        Trailing,
        End,
        Done,
    }

    /// <summary>Gets the year evaluated.</summary>
    public int Year { get; private set; }

    /// <summary>Gets the organisation's name, or null.</summary>
    public string? Organisation { get; private set; }

    /// <summary>Gets the subject kind people inherit when they give none, or null.</summary>
    public SubjectKind? SubjectKind => _kind;

    /// <summary>Gets the evaluation date people inherit when they give none, or null.</summary>
    public LocalDate? EvaluatedOn => _date;

    /// <summary>Gets how many people have been read so far.</summary>
    public int PeopleRead => _index;

    /// <summary>Opens an evaluation document and reads the sheet's fields.</summary>
    /// <param name="utf8Json">The stream, positioned at the document; read forward only and not closed.</param>
    /// <param name="limits">The limits, or null for <see cref="DocumentLimits.Default"/>.</param>
    /// <returns>The reader, positioned at the first person.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="DocumentException">The document is malformed, too large, or a sheet field is invalid; the
    /// message names the JSON path.</exception>
    public static EvaluationSheetReader Open(Stream utf8Json, DocumentLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var reader = new EvaluationSheetReader(utf8Json, limits);
        try
        {
            while (!reader.TryHeader())
            {
                reader._json.Fill();
            }
        }
        catch
        {
            reader.Dispose();
            throw;
        }

        return reader;
    }

    /// <summary>Opens an evaluation document and reads the sheet's fields, asynchronously.</summary>
    /// <param name="utf8Json">The stream, positioned at the document; read forward only and not closed.</param>
    /// <param name="limits">The limits, or null for <see cref="DocumentLimits.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The reader, positioned at the first person.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="DocumentException">The document is malformed, too large, or a sheet field is invalid.</exception>
    public static async Task<EvaluationSheetReader> OpenAsync(Stream utf8Json, DocumentLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var reader = new EvaluationSheetReader(utf8Json, limits);
        try
        {
            while (!reader.TryHeader())
            {
                await reader._json.FillAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            reader.Dispose();
            throw;
        }

        return reader;
    }

    /// <summary>Reads the people one at a time, then checks the rest of the document.</summary>
    /// <returns>The entries, in document order; the sequence can be enumerated once.</returns>
    /// <exception cref="InvalidOperationException">The people are already being read, or were read.</exception>
    /// <exception cref="DocumentException">(While enumerating.) A person or the rest of the document is invalid, or
    /// the limits are passed; the message names the JSON path.</exception>
    public IEnumerable<EvaluationEntry> ReadPeople()
    {
        StartReading();
        return Iterate();

        IEnumerable<EvaluationEntry> Iterate()
        {
            while (true)
            {
                EvaluationEntry? entry;
                while (!TryNext(out entry))
                {
                    _json.Fill();
                }

                if (entry is null)
                {
                    yield break;
                }

                yield return entry;
            }
        }
    }

    /// <summary>Reads the people one at a time, asynchronously, then checks the rest of the document.</summary>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The entries, in document order; the sequence can be enumerated once.</returns>
    /// <exception cref="InvalidOperationException">The people are already being read, or were read.</exception>
    public IAsyncEnumerable<EvaluationEntry> ReadPeopleAsync(CancellationToken cancellationToken = default)
    {
        StartReading();
        return Iterate(cancellationToken);

        async IAsyncEnumerable<EvaluationEntry> Iterate([EnumeratorCancellation] CancellationToken token)
        {
            while (true)
            {
                EvaluationEntry? entry;
                while (!TryNext(out entry))
                {
                    await _json.FillAsync(token).ConfigureAwait(false);
                }

                if (entry is null)
                {
                    yield break;
                }

                yield return entry;
            }
        }
    }

    /// <summary>Reads every person into a sheet (memory then grows with the number of people).</summary>
    /// <returns>The sheet.</returns>
    /// <exception cref="InvalidOperationException">The people are already being read, or were read.</exception>
    /// <exception cref="DocumentException">The document is invalid; the message names the JSON path.</exception>
    public EvaluationSheet ReadSheet()
    {
        var entries = new List<EvaluationEntry>();
        var ids = new Dictionary<CadreId, int>();
        foreach (EvaluationEntry entry in ReadPeople())
        {
            if (!ids.TryAdd(entry.Id, entries.Count))
            {
                throw DocumentException.Coded(Require.Item("$.people", entries.Count) + ".id", DocumentErrorCodes.DuplicateId, $"the identifier '{entry.Id}' is already used by {Require.Item("$.people", ids[entry.Id])}.", null, null, entry.Id.Value, Require.Item("$.people", ids[entry.Id]));
            }

            entries.Add(entry);
        }

        return new EvaluationSheet(Year, entries, Organisation);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _json.Dispose();
        _buffered?.Dispose();
        _headerWriter.Dispose();
    }


    private void StartReading()
    {
        if (_reading)
        {
            throw new InvalidOperationException("The people of this document are already being read, or were read: open the document again.");
        }

        _reading = true;
    }

    /// <summary>Reads up to the first person (or, when <c>year</c> follows <c>people</c>, to the end).</summary>
    /// <returns>False when more bytes are needed.</returns>
    private bool TryHeader()
    {
        while (_phase is Phase.Start or Phase.Header or Phase.End)
        {
            if (!TryStep(out _))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads the next person, or reaches the end (<paramref name="entry"/> null).</summary>
    /// <returns>False when more bytes are needed.</returns>
    private bool TryNext(out EvaluationEntry? entry)
    {
        while (true)
        {
            if (_phase == Phase.Done)
            {
                entry = null;
                return true;
            }

            if (!TryStep(out entry))
            {
                return false;
            }

            if (entry is not null)
            {
                return true;
            }
        }
    }

    /// <summary>One step of the document; false when more bytes are needed (nothing consumed then).</summary>
    private bool TryStep(out EvaluationEntry? entry)
    {
        entry = null;
        try
        {
            switch (_phase)
            {
                case Phase.Start:
                    return TryStart();
                case Phase.Header:
                case Phase.Trailing:
                    return TryProperty();
                case Phase.People:
                    return TryPerson(out entry);
                case Phase.Buffered:
                    entry = NextBuffered();
                    return true;
                case Phase.End:
                    return TryEnd();
                default:
                    return true;
            }
        }
        catch (JsonException e) when (e is not DocumentException)
        {
            string path = _phase is Phase.People or Phase.Buffered ? Require.Item("$.people", _index) : "$";
            throw _phase == Phase.Buffered ? DocumentReader.Wrap(e, path, withLocation: false) : DocumentReader.Wrap(e, path, _json.Locate(e));
        }
    }

    private bool TryStart()
    {
        if (_json.AtEnd && _json.Window.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw DocumentException.Of("$", DocumentErrorCodes.Empty, null);
        }

        if (!_json.TryPeek(false, out JsonTokenType token))
        {
            if (_json.AtEnd)
            {
                throw DocumentException.Of("$", DocumentErrorCodes.Empty, null);
            }

            return false;
        }

        Utf8JsonReader reader = _json.Reader();
        reader.Read();
        if (token != JsonTokenType.StartObject)
        {
            throw DocumentException.Coded("$", DocumentErrorCodes.WrongType, $"expected an object, found {DocumentReader.Describe(Kind(token))}.", null, null, "object");
        }

        _json.Advance(ref reader);
        _phase = Phase.Header;
        return true;
    }

    private bool TryProperty()
    {
        if (!_json.TryPeek(false, out JsonTokenType token))
        {
            return false;
        }

        Utf8JsonReader reader = _json.Reader();
        reader.Read();
        if (token == JsonTokenType.EndObject)
        {
            _json.Advance(ref reader);
            _phase = Phase.End;
            return true;
        }

        string name = reader.GetString()!;
        if (!reader.Read())
        {
            return false;
        }

        if (!_names.Add(name))
        {
            throw DocumentException.Coded("$." + name, DocumentErrorCodes.RepeatedProperty, "the property is given twice.", null, null, name);
        }

        if (name == PeopleName)
        {
            _peopleSeen = true;
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw DocumentException.Coded("$.people", DocumentErrorCodes.WrongType, $"expected an array, found {DocumentReader.Describe(Kind(reader.TokenType))}.", null, null, "array");
            }

            if (_names.Contains("year"))
            {
                _json.Advance(ref reader);
                BuildHeader();
                _phase = Phase.People;
                return true;
            }

            // The year comes later: keep the array whole until the sheet's fields are known.
            Utf8JsonReader probe = reader;
            if (!probe.TrySkip())
            {
                _names.Remove(name);
                return false;
            }

            _buffered = JsonDocument.ParseValue(ref reader);
            _json.Advance(ref reader);
            return true;
        }

        Utf8JsonReader copy = reader;
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !copy.TrySkip())
        {
            _names.Remove(name);
            return false;
        }

        using (JsonDocument value = JsonDocument.ParseValue(ref reader))
        {
            _headerWriter.WritePropertyName(name);
            value.RootElement.WriteTo(_headerWriter);
        }

        _json.Advance(ref reader);
        return true;
    }

    private bool TryPerson(out EvaluationEntry? entry)
    {
        entry = null;
        Utf8JsonReader reader = _json.Reader();
        if (!reader.Read())
        {
            return false;
        }

        if (reader.TokenType == JsonTokenType.EndArray)
        {
            _json.Advance(ref reader);
            _phase = Phase.Trailing;
            return true;
        }

        string path = Require.Item("$.people", _index);
        CheckCount(path);

        // Most people are read straight from the window; one the hand-written parser does not take, or that the window
        // cuts, is found by skipping over it once, then read from that slice alone (a final block: the parser and the
        // serializer need no look-ahead of their own), which also reports its errors.
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            bool read;
            EvaluationPersonJson? fast;
            try
            {
                read = EvaluationPersonParser.TryRead(ref reader, _pool, out fast);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                read = false;
                fast = null;
            }

            if (read)
            {
                _json.Advance(ref reader);
                entry = Map(fast, path);
                return true;
            }

            reader = _json.Reader();
            reader.Read();
        }

        int start = checked((int)reader.TokenStartIndex);
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
        {
            return false;
        }

        int length = checked((int)reader.BytesConsumed) - start;
        EvaluationPersonJson? person;
        try
        {
            person = EvaluationPersonParser.Parse(_json.Window.Slice(start, length), _pool);
        }
        catch (JsonException e) when (e is not DocumentException)
        {
            throw DocumentReader.Wrap(e, path, _json.Locate(e, start));
        }

        _json.Advance(ref reader);
        entry = Map(person, path);
        return true;
    }

    private EvaluationEntry? NextBuffered()
    {
        if (!_bufferedPeople.MoveNext())
        {
            _phase = Phase.Done;
            return null;
        }

        string path = Require.Item("$.people", _index);
        CheckCount(path);
        JsonElement element = _bufferedPeople.Current;
        EvaluationPersonJson? person;
        try
        {
            person = element.ValueKind == JsonValueKind.Null ? null : element.Deserialize(CadreJsonContext.Default.EvaluationPersonJson);
        }
        catch (JsonException e) when (e is not DocumentException)
        {
            throw DocumentReader.Wrap(e, path, withLocation: false);
        }

        return Map(person, path);
    }

    private bool TryEnd()
    {
        // Only white space (or comments) may follow the document.
        if (!_json.AtEnd)
        {
            return false;
        }

        Utf8JsonReader reader = _json.Reader();
        bool more;
        try
        {
            more = reader.Read();
        }
        catch (JsonException)
        {
            more = true; // the reader refuses a second value after the document
        }

        if (more)
        {
            throw DocumentException.Of("$", DocumentErrorCodes.TrailingContent, null);
        }

        if (!_peopleSeen)
        {
            BuildHeader(); // its fields are reported first, as the whole-document reader does
            throw Require.Missing("$.people");
        }

        if (_buffered is not null)
        {
            BuildHeader();
            _bufferedPeople = _buffered.RootElement.EnumerateArray();
            _phase = Phase.Buffered;
        }
        else
        {
            if (_headerWriter.BytesPending > 0 || _header.WrittenCount > 1)
            {
                CheckTrailing();
            }

            _phase = Phase.Done;
        }

        return true;
    }

    private void CheckCount(string path)
    {
        if (_index >= _limits.MaxPeople)
        {
            throw DocumentException.Of(path, DocumentErrorCodes.TooManyPeople, null, _limits.MaxPeople.ToString(CultureInfo.InvariantCulture));
        }
    }

    private EvaluationEntry Map(EvaluationPersonJson? person, string path)
    {
        EvaluationEntry entry = EvaluationSheetMapper.ToEntry(person, path, "$", Year, _kind, _date);
        _index++;
        return entry;
    }

    /// <summary>Reads the sheet's fields gathered so far with the document's own wire type (same checks and messages).</summary>
    private void BuildHeader()
    {
        EvaluationSheetJson sheet = Gathered();
        Require.SchemaVersion(sheet.SchemaVersion);
        Year = Require.Value(sheet.Year, "$.year");
        Organisation = sheet.Organisation;
        _kind = sheet.SubjectKind;
        _date = sheet.EvaluatedOn;
        _header = new ArrayBufferWriter<byte>(256);
        _headerWriter.Dispose();
        _headerWriter = new Utf8JsonWriter(_header);
        _headerWriter.WriteStartObject();
    }

    /// <summary>Checks the fields after <c>people</c> (types, unknown names); they come too late to be inherited.</summary>
    private void CheckTrailing() => Gathered();

    private EvaluationSheetJson Gathered()
    {
        _headerWriter.WriteEndObject();
        _headerWriter.Flush();
        try
        {
            return JsonSerializer.Deserialize(_header.WrittenSpan, CadreJsonContext.Default.EvaluationSheetJson) ?? throw DocumentException.Coded("$", DocumentErrorCodes.WrongType, "the document is null.", null, null, "object");
        }
        catch (JsonException e) when (e is not DocumentException)
        {
            throw DocumentReader.Wrap(e, "$", withLocation: false);
        }
    }

    private static JsonValueKind Kind(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => JsonValueKind.Object,
        JsonTokenType.StartArray => JsonValueKind.Array,
        JsonTokenType.String => JsonValueKind.String,
        JsonTokenType.Number => JsonValueKind.Number,
        JsonTokenType.True => JsonValueKind.True,
        JsonTokenType.False => JsonValueKind.False,
        JsonTokenType.Null => JsonValueKind.Null,
        _ => JsonValueKind.Undefined,
    };
}
