using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Documents;

/// <summary>
/// Reads one person of an evaluation document from its bytes with a <see cref="Utf8JsonReader"/>, without the serializer:
/// the province's sheets are read at about a sixth of the serializer's cost per person.
/// </summary>
/// <remarks>
/// <para>The hand-written path takes a person written the way the documents define it: known camelCase property names,
/// each once, values of the declared JSON type, enums by their exact camelCase name, dates as <c>yyyy-MM-dd</c>. At the
/// first thing it does not take (an unknown or repeated property, a value of another type, an integer out of range, an
/// enum written another way, an escaped name...), the person is read again by the serializer through
/// <see cref="CadreJsonContext"/>, which then either accepts it (the same value) or raises its error: errors, their
/// JSON paths and their locations are those of the serializer by construction, and only the well-formed case is fast.</para>
/// <para>Unit and peer group names repeat across a sheet: they are shared through a <see cref="TextPool"/>.</para>
/// </remarks>
internal static class EvaluationPersonParser
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip };

    private static readonly JsonTypeInfo<List<DisciplineJson?>> DisciplineInfo =
        (JsonTypeInfo<List<DisciplineJson?>>)CadreJsonContext.Default.GetTypeInfo(typeof(List<DisciplineJson?>))!;

    /// <summary>Reads a person (null for the JSON literal <c>null</c>).</summary>
    /// <param name="utf8">Exactly one well-formed JSON value (the streaming reader has skipped over it once).</param>
    /// <param name="pool">Shares repeated unit and peer group names.</param>
    /// <returns>The wire person, as the serializer would give it.</returns>
    /// <exception cref="JsonException">The person does not fit the document's shape (the serializer's error).</exception>
    public static EvaluationPersonJson? Parse(ReadOnlySpan<byte> utf8, TextPool pool)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8, isFinalBlock: true, new JsonReaderState(Options));
            if (reader.Read() && TryRead(ref reader, pool, out EvaluationPersonJson? person))
            {
                return person;
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            // Anything unusual (e.g. text that is not UTF-8) is left to the serializer, which reports it.
        }

        return JsonSerializer.Deserialize(utf8, CadreJsonContext.Default.EvaluationPersonJson);
    }

    /// <summary>Reads a person with the hand-written path only, from a reader over a window of a stream.</summary>
    /// <param name="r">The reader, on the person's first token; on success, on its last.</param>
    /// <param name="pool">Shares repeated unit and peer group names.</param>
    /// <param name="person">The wire person (null for the JSON literal <c>null</c>).</param>
    /// <returns>False when the person is not one the hand-written path takes, or when the window ends inside it (the
    /// reader is then left anywhere inside the person: the caller starts again from the person's start).</returns>
    /// <exception cref="JsonException">The bytes are not JSON (the caller reports it where it skips over the person).</exception>
    public static bool TryRead(ref Utf8JsonReader r, TextPool pool, out EvaluationPersonJson? person)
    {
        person = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var p = new EvaluationPersonJson();
        ulong seen = 0;
        while (Next(ref r))
        {
            if (r.ValueIsEscaped)
            {
                return false;
            }

            int field = PersonField(r.ValueSpan);
            if (field < 0 || !Once(ref seen, field))
            {
                return false;
            }

            if (!r.Read())
            {
                return false;
            }

            bool ok;
            switch (field)
            {
                case 0:
                    ok = Text(ref r, out string? id);
                    p.Id = id;
                    break;
                case 1:
                    ok = Text(ref r, out string? name);
                    p.Name = name;
                    break;
                case 2:
                    ok = Pooled(ref r, pool, out string? unit);
                    p.Unit = unit;
                    break;
                case 3:
                    ok = Pooled(ref r, pool, out string? peerGroup);
                    p.PeerGroup = peerGroup;
                    break;
                case 4:
                    ok = Bool(ref r, out bool? outstanding);
                    p.UnitIsOutstanding = outstanding;
                    break;
                case 5:
                    ok = Enum(ref r, EnumNames.SubjectKinds, out SubjectKind? kind);
                    p.SubjectKind = kind;
                    break;
                case 6:
                    ok = Date(ref r, out LocalDate? date);
                    p.EvaluatedOn = date;
                    break;
                case 7:
                    ok = Enum(ref r, EnumNames.Roles, out EvaluationRole? role);
                    p.Role = role;
                    break;
                case 8:
                    ok = Tasks(ref r, out TaskCountsJson? tasks);
                    p.Tasks = tasks;
                    break;
                case 9:
                    ok = Score(ref r, out ScoreJson? score);
                    p.Score = score;
                    break;
                case 10:
                    ok = Grades(ref r, out GradesJson? grades);
                    p.Grades = grades;
                    break;
                case 11:
                    ok = Leader(ref r, out LeaderFactsJson? leader);
                    p.Leader = leader;
                    break;
                case 12:
                    ok = Collective(ref r, out CollectiveFactsJson? collective);
                    p.Collective = collective;
                    break;
                case 13:
                    ok = Discipline(ref r, out List<DisciplineJson?>? discipline);
                    p.Discipline = discipline;
                    break;
                case 14:
                    ok = Bool(ref r, out bool? degraded);
                    p.Degraded = degraded;
                    break;
                case 15:
                    ok = Bool(ref r, out bool? breached);
                    p.BreachedProhibitions = breached;
                    break;
                case 16:
                    ok = Int(ref r, out int? months);
                    p.MonthsWorked = months;
                    break;
                case 17:
                    ok = Int(ref r, out int? sick);
                    p.SickLeaveMonths = sick;
                    break;
                case 18:
                    ok = Int(ref r, out int? other);
                    p.OtherLeaveMonths = other;
                    break;
                case 19:
                    ok = Bool(ref r, out bool? maternity);
                    p.MaternityLeave = maternity;
                    break;
                case 20:
                    ok = Date(ref r, out LocalDate? admitted);
                    p.PartyAdmittedOn = admitted;
                    break;
                case 21:
                    ok = Bool(ref r, out bool? exempt);
                    p.ExemptFromPartyActivities = exempt;
                    break;
                case 22:
                    ok = Bool(ref r, out bool? suspended);
                    p.PartySuspended = suspended;
                    break;
                case 23:
                    ok = Enum(ref r, EnumNames.Levels, out EvaluationLevel? state);
                    p.StateLevel = state;
                    break;
                case 24:
                    ok = Int(ref r, out int? found);
                    p.PriorShortcomingsFound = found;
                    break;
                case 25:
                    ok = Int(ref r, out int? fixedCount);
                    p.PriorShortcomingsFixed = fixedCount;
                    break;
                case 26:
                    ok = Text(ref r, out string? reason);
                    p.MitigationReason = reason;
                    break;
                default:
                    ok = false;
                    break;
            }

            if (!ok)
            {
                return false;
            }
        }

        person = p;
        return r.TokenType == JsonTokenType.EndObject;
    }

    private static int PersonField(ReadOnlySpan<byte> name) => name.Length switch
    {
        2 => name.SequenceEqual("id"u8) ? 0 : -1,
        4 => name.SequenceEqual("name"u8) ? 1 : name.SequenceEqual("unit"u8) ? 2 : name.SequenceEqual("role"u8) ? 7 : -1,
        5 => name.SequenceEqual("tasks"u8) ? 8 : name.SequenceEqual("score"u8) ? 9 : -1,
        6 => name.SequenceEqual("grades"u8) ? 10 : name.SequenceEqual("leader"u8) ? 11 : -1,
        8 => name.SequenceEqual("degraded"u8) ? 14 : -1,
        9 => name.SequenceEqual("peerGroup"u8) ? 3 : -1,
        10 => name.SequenceEqual("collective"u8) ? 12 : name.SequenceEqual("discipline"u8) ? 13 : name.SequenceEqual("stateLevel"u8) ? 23 : -1,
        11 => name.SequenceEqual("subjectKind"u8) ? 5 : name.SequenceEqual("evaluatedOn"u8) ? 6 : -1,
        12 => name.SequenceEqual("monthsWorked"u8) ? 16 : -1,
        14 => name.SequenceEqual("maternityLeave"u8) ? 19 : name.SequenceEqual("partySuspended"u8) ? 22 : -1,
        15 => name.SequenceEqual("sickLeaveMonths"u8) ? 17 : name.SequenceEqual("partyAdmittedOn"u8) ? 20 : -1,
        16 => name.SequenceEqual("otherLeaveMonths"u8) ? 18 : name.SequenceEqual("mitigationReason"u8) ? 26 : -1,
        17 => name.SequenceEqual("unitIsOutstanding"u8) ? 4 : -1,
        20 => name.SequenceEqual("breachedProhibitions"u8) ? 15 : -1,
        22 => name.SequenceEqual("priorShortcomingsFound"u8) ? 24 : name.SequenceEqual("priorShortcomingsFixed"u8) ? 25 : -1,
        25 => name.SequenceEqual("exemptFromPartyActivities"u8) ? 21 : -1,
        _ => -1,
    };

    private static bool Tasks(ref Utf8JsonReader r, out TaskCountsJson? tasks)
    {
        tasks = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var t = new TaskCountsJson();
        ulong seen = 0;
        while (Next(ref r))
        {
            ReadOnlySpan<byte> name = r.ValueSpan;
            int field = r.ValueIsEscaped ? -1
                : name.SequenceEqual("total"u8) ? 0
                : name.SequenceEqual("completed"u8) ? 1
                : name.SequenceEqual("onTimeAndQuality"u8) ? 2
                : name.SequenceEqual("exceeded"u8) ? 3
                : name.SequenceEqual("lateOrBelowQuality"u8) ? 4
                : name.SequenceEqual("failed"u8) ? 5
                : -1;
            if (field < 0 || !Once(ref seen, field))
            {
                return false;
            }

            if (!r.Read())
            {
                return false;
            }

            if (!Int(ref r, out int? value))
            {
                return false;
            }

            switch (field)
            {
                case 0: t.Total = value; break;
                case 1: t.Completed = value; break;
                case 2: t.OnTimeAndQuality = value; break;
                case 3: t.Exceeded = value; break;
                case 4: t.LateOrBelowQuality = value; break;
                default: t.Failed = value; break;
            }
        }

        tasks = t;
        return r.TokenType == JsonTokenType.EndObject;
    }

    private static bool Score(ref Utf8JsonReader r, out ScoreJson? score)
    {
        score = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var s = new ScoreJson();
        ulong seen = 0;
        while (Next(ref r))
        {
            ReadOnlySpan<byte> name = r.ValueSpan;
            int field = r.ValueIsEscaped ? -1 : name.SequenceEqual("general"u8) ? 0 : name.SequenceEqual("results"u8) ? 1 : -1;
            if (field < 0 || !Once(ref seen, field))
            {
                return false;
            }

            if (!r.Read())
            {
                return false;
            }

            decimal? value = null;
            if (r.TokenType == JsonTokenType.Number)
            {
                if (!r.TryGetDecimal(out decimal number))
                {
                    return false;
                }

                value = number;
            }
            else if (r.TokenType != JsonTokenType.Null)
            {
                return false;
            }

            if (field == 0)
            {
                s.General = value;
            }
            else
            {
                s.Results = value;
            }
        }

        score = s;
        return r.TokenType == JsonTokenType.EndObject;
    }

    private static bool Grades(ref Utf8JsonReader r, out GradesJson? grades)
    {
        grades = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var g = new GradesJson();
        ulong seen = 0;
        while (Next(ref r))
        {
            ReadOnlySpan<byte> name = r.ValueSpan;
            int field = r.ValueIsEscaped ? -1 : name.SequenceEqual("general"u8) ? 0 : name.SequenceEqual("results"u8) ? 1 : -1;
            if (field < 0 || !Once(ref seen, field))
            {
                return false;
            }

            if (!r.Read())
            {
                return false;
            }

            if (!Enum(ref r, EnumNames.Grades, out CriterionGrade? value))
            {
                return false;
            }

            if (field == 0)
            {
                g.General = value;
            }
            else
            {
                g.Results = value;
            }
        }

        grades = g;
        return r.TokenType == JsonTokenType.EndObject;
    }

    private static bool Leader(ref Utf8JsonReader r, out LeaderFactsJson? leader)
    {
        leader = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var l = new LeaderFactsJson();
        ulong seen = 0;
        while (Next(ref r))
        {
            ReadOnlySpan<byte> name = r.ValueSpan;
            int field = r.ValueIsEscaped ? -1
                : name.SequenceEqual("unitTasks"u8) ? 0
                : name.SequenceEqual("subordinateUnits"u8) ? 1
                : name.SequenceEqual("unitsAtLeastComplete"u8) ? 2
                : name.SequenceEqual("unitsAtLeastGood"u8) ? 3
                : name.SequenceEqual("unitsNotComplete"u8) ? 4
                : name.SequenceEqual("confidenceVotesCast"u8) ? 5
                : name.SequenceEqual("lowConfidenceVotes"u8) ? 6
                : name.SequenceEqual("socioEconomicTargetsMissed"u8) ? 7
                : name.SequenceEqual("socioEconomicTargetsAssigned"u8) ? 8
                : name.SequenceEqual("corruptionInScopeDisciplined"u8) ? 9
                : name.SequenceEqual("unitLevel"u8) ? 10
                : -1;
            if (field < 0 || !Once(ref seen, field))
            {
                return false;
            }

            if (!r.Read())
            {
                return false;
            }

            bool ok;
            switch (field)
            {
                case 0:
                    ok = Tasks(ref r, out TaskCountsJson? unitTasks);
                    l.UnitTasks = unitTasks;
                    break;
                case 9:
                    ok = Bool(ref r, out bool? corruption);
                    l.CorruptionInScopeDisciplined = corruption;
                    break;
                case 10:
                    ok = Enum(ref r, EnumNames.Levels, out EvaluationLevel? level);
                    l.UnitLevel = level;
                    break;
                default:
                    ok = Int(ref r, out int? value);
                    switch (field)
                    {
                        case 1: l.SubordinateUnits = value; break;
                        case 2: l.UnitsAtLeastComplete = value; break;
                        case 3: l.UnitsAtLeastGood = value; break;
                        case 4: l.UnitsNotComplete = value; break;
                        case 5: l.ConfidenceVotesCast = value; break;
                        case 6: l.LowConfidenceVotes = value; break;
                        case 7: l.SocioEconomicTargetsMissed = value; break;
                        default: l.SocioEconomicTargetsAssigned = value; break;
                    }

                    break;
            }

            if (!ok)
            {
                return false;
            }
        }

        leader = l;
        return r.TokenType == JsonTokenType.EndObject;
    }

    private static bool Collective(ref Utf8JsonReader r, out CollectiveFactsJson? collective)
    {
        collective = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var c = new CollectiveFactsJson();
        ulong seen = 0;
        while (Next(ref r))
        {
            ReadOnlySpan<byte> name = r.ValueSpan;
            int field = r.ValueIsEscaped ? -1
                : name.SequenceEqual("monthsSinceEstablished"u8) ? 0
                : name.SequenceEqual("subordinateUnits"u8) ? 1
                : name.SequenceEqual("subordinateUnitsDisciplined"u8) ? 2
                : name.SequenceEqual("leadershipMembersDisciplined"u8) ? 3
                : name.SequenceEqual("leadershipMembersDegraded"u8) ? 4
                : name.SequenceEqual("leadershipCollectiveDisciplined"u8) ? 5
                : name.SequenceEqual("personnelWrongdoingConcluded"u8) ? 6
                : name.SequenceEqual("socioEconomicTargetsMissed"u8) ? 7
                : name.SequenceEqual("socioEconomicTargetsAssigned"u8) ? 8
                : name.SequenceEqual("subordinateUnitsNotComplete"u8) ? 9
                : -1;
            if (field < 0 || !Once(ref seen, field))
            {
                return false;
            }

            if (!r.Read())
            {
                return false;
            }

            bool ok;
            if (field is 5 or 6)
            {
                ok = Bool(ref r, out bool? flag);
                if (field == 5)
                {
                    c.LeadershipCollectiveDisciplined = flag;
                }
                else
                {
                    c.PersonnelWrongdoingConcluded = flag;
                }
            }
            else
            {
                ok = Int(ref r, out int? value);
                switch (field)
                {
                    case 0: c.MonthsSinceEstablished = value; break;
                    case 1: c.SubordinateUnits = value; break;
                    case 2: c.SubordinateUnitsDisciplined = value; break;
                    case 3: c.LeadershipMembersDisciplined = value; break;
                    case 4: c.LeadershipMembersDegraded = value; break;
                    case 7: c.SocioEconomicTargetsMissed = value; break;
                    case 8: c.SocioEconomicTargetsAssigned = value; break;
                    default: c.SubordinateUnitsNotComplete = value; break;
                }
            }

            if (!ok)
            {
                return false;
            }
        }

        collective = c;
        return r.TokenType == JsonTokenType.EndObject;
    }

    /// <summary>Discipline records are few: they go through the serializer (an error sends the person back to it whole,
    /// so that the error's path is the person's).</summary>
    private static bool Discipline(ref Utf8JsonReader r, out List<DisciplineJson?>? discipline)
    {
        discipline = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.StartArray || !r.IsFinalBlock)
        {
            return false; // over a stream's window, the person is read again from its own bytes
        }

        discipline = JsonSerializer.Deserialize(ref r, DisciplineInfo);
        return true;
    }

    /// <summary>Moves to the next property name; false at the object's end, and when the window ends (the token is then
    /// not <see cref="JsonTokenType.EndObject"/>, which the callers check).</summary>
    private static bool Next(ref Utf8JsonReader r)
    {
        if (!r.Read())
        {
            r = default; // a reader past the window: its token (None) fails every check
            return false;
        }

        return r.TokenType == JsonTokenType.PropertyName;
    }

    private static bool Once(ref ulong seen, int field)
    {
        ulong bit = 1UL << field;
        if ((seen & bit) != 0)
        {
            return false;
        }

        seen |= bit;
        return true;
    }

    private static bool Text(ref Utf8JsonReader r, out string? value)
    {
        value = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.String)
        {
            return false;
        }

        value = r.GetString();
        return true;
    }

    private static bool Pooled(ref Utf8JsonReader r, TextPool pool, out string? value)
    {
        value = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.String)
        {
            return false;
        }

        value = r.ValueIsEscaped ? r.GetString() : pool.Get(r.ValueSpan);
        return value is not null;
    }

    private static bool Int(ref Utf8JsonReader r, out int? value)
    {
        value = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.Number || !r.TryGetInt32(out int number))
        {
            return false;
        }

        value = number;
        return true;
    }

    private static bool Bool(ref Utf8JsonReader r, out bool? value)
    {
        value = r.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => null,
        };
        return value is not null || r.TokenType == JsonTokenType.Null;
    }

    private static bool Enum<TEnum>(ref Utf8JsonReader r, EnumNames.Of<TEnum> names, out TEnum? value)
        where TEnum : struct, Enum
    {
        value = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.String || r.ValueIsEscaped)
        {
            return false;
        }

        value = names.Find(r.ValueSpan);
        return value is not null;
    }

    /// <summary>A date written <c>yyyy-MM-dd</c> (year 1 to 9999); any other form is left to the serializer.</summary>
    private static bool Date(ref Utf8JsonReader r, out LocalDate? value)
    {
        value = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.String || r.ValueIsEscaped)
        {
            return false;
        }

        ReadOnlySpan<byte> s = r.ValueSpan;
        if (s.Length != 10 || s[4] != (byte)'-' || s[7] != (byte)'-')
        {
            return false;
        }

        int year = Digits(s[..4]);
        int month = Digits(s.Slice(5, 2));
        int day = Digits(s.Slice(8, 2));
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        value = new LocalDate(year, month, day);
        return true;
    }

    private static int Digits(ReadOnlySpan<byte> digits)
    {
        int value = 0;
        foreach (byte b in digits)
        {
            int digit = b - '0';
            if ((uint)digit > 9)
            {
                return -1;
            }

            value = (value * 10) + digit;
        }

        return value;
    }

    /// <summary>The camelCase names of the enums a person holds, as UTF-8.</summary>
    private static class EnumNames
    {
        public static readonly Of<SubjectKind> SubjectKinds = new();
        public static readonly Of<EvaluationRole> Roles = new();
        public static readonly Of<EvaluationLevel> Levels = new();
        public static readonly Of<CriterionGrade> Grades = new();

        public sealed class Of<TEnum>
            where TEnum : struct, Enum
        {
            private readonly byte[][] _names;
            private readonly TEnum[] _values;

            public Of()
            {
                _values = System.Enum.GetValues<TEnum>();
                _names = new byte[_values.Length][];
                for (int i = 0; i < _values.Length; i++)
                {
                    _names[i] = System.Text.Encoding.UTF8.GetBytes(JsonNamingPolicy.CamelCase.ConvertName(_values[i].ToString()));
                }
            }

            public TEnum? Find(ReadOnlySpan<byte> name)
            {
                for (int i = 0; i < _names.Length; i++)
                {
                    if (name.SequenceEqual(_names[i]))
                    {
                        return _values[i];
                    }
                }

                return null;
            }
        }
    }
}
