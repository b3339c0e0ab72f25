using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CadreRules.People;
using NodaTime;
using NodaTime.Text;

namespace CadreRules.Documents;

/// <summary>The roster document to and from <see cref="Roster"/> and <see cref="Cadre"/>.</summary>
internal static class RosterMapper
{
    public static Roster ToRoster(RosterJson json, string root = "$")
    {
        if (root == "$" || json.SchemaVersion is not null)
        {
            Require.SchemaVersion(json.SchemaVersion, root + ".schemaVersion");
        }

        string cadresPath = root + ".cadres";
        List<CadreJson?> items = Require.Object(json.Cadres, cadresPath);
        var cadres = new List<Cadre>(items.Count);
        var seen = new Dictionary<CadreId, int>();
        var errors = new DocumentErrors();
        for (int i = 0; i < items.Count; i++)
        {
            string path = Require.Item(cadresPath, i);
            Cadre? cadre = errors.Try(() => ToCadre(items[i], path));
            if (cadre is null)
            {
                continue;
            }

            if (!seen.TryAdd(cadre.Id, i))
            {
                string firstPath = Require.Item(cadresPath, seen[cadre.Id]);
                errors.Add(DocumentException.Coded(path + ".id", DocumentErrorCodes.DuplicateId, $"the identifier '{cadre.Id}' is already used by {firstPath}.", null, null, cadre.Id.Value, firstPath));
                continue;
            }

            cadres.Add(cadre);
        }

        errors.ThrowIfAny();
        return Require.Build(cadresPath, () => new Roster(cadres, json.Organisation));
    }

    public static RosterJson FromRoster(Roster roster) => new()
    {
        SchemaVersion = DocumentReader.SchemaVersion,
        Organisation = roster.Organisation,
        Cadres = [.. roster.Cadres.Select(c => (CadreJson?)FromCadre(c))],
    };

    public static Cadre ToCadre(CadreJson? json, string path)
    {
        CadreJson cadre = Require.Object(json, path);
        string idText = Require.Text(cadre.Id, path + ".id"); // a blank id, the only one CadreId refuses, is reported by Require.Text
        CadreId id = Require.Build(path + ".id", () => new CadreId(idText));
        Sex sex = Require.Value(cadre.Sex, path + ".sex");
        BirthDate birthDate = ParseBirthDate(cadre.BirthDate, path + ".birthDate");
        var positions = Items(cadre.Positions, path + ".positions", ToPosition);
        var discipline = Items(cadre.Discipline, path + ".discipline", ToDiscipline);
        var evaluations = Items(cadre.Evaluations, path + ".evaluations", ToEvaluation);
        PartyMembership? party = cadre.PartyAdmittedOn is { } admitted ? Require.Build(path + ".partyAdmittedOn", () => new PartyMembership(admitted)) : null;
        Qualifications qualifications = ToQualifications(cadre.Qualifications, path + ".qualifications");
        return Require.Build(
            path,
            () => new Cadre(id, sex, birthDate, cadre.EthnicMinority ?? false, cadre.HomeLocality, party, positions, discipline, evaluations, cadre.Name) { Qualifications = qualifications },
            "id",
            "sex",
            "birthDate",
            "homeLocality",
            "partyMembership=partyAdmittedOn",
            "positions",
            "discipline",
            "evaluations",
            "name",
            "qualifications");
    }

    /// <summary>The qualifications; an absent object is <see cref="Qualifications.None"/>, a part given needs both its
    /// level and its date.</summary>
    public static Qualifications ToQualifications(QualificationsJson? json, string path) => json is null
        ? Qualifications.None
        : new Qualifications
        {
            Education = ToAttainment(json.Education, path + ".education"),
            PoliticalTheory = ToAttainment(json.PoliticalTheory, path + ".politicalTheory"),
            StateManagement = ToAttainment(json.StateManagement, path + ".stateManagement"),
        };

    public static QualificationsJson? FromQualifications(Qualifications qualifications) => qualifications.IsEmpty
        ? null
        : new QualificationsJson
        {
            Education = FromAttainment(qualifications.Education),
            PoliticalTheory = FromAttainment(qualifications.PoliticalTheory),
            StateManagement = FromAttainment(qualifications.StateManagement),
        };

    private static Attainment<TLevel>? ToAttainment<TLevel>(AttainmentJson<TLevel>? json, string path)
        where TLevel : struct, System.Enum
    {
        if (json is null)
        {
            return null;
        }

        TLevel level = Require.Value(json.Level, path + ".level");
        LocalDate obtainedOn = Require.Value(json.ObtainedOn, path + ".obtainedOn");
        return new Attainment<TLevel>(level, obtainedOn);
    }

    private static AttainmentJson<TLevel>? FromAttainment<TLevel>(Attainment<TLevel>? attainment)
        where TLevel : struct, System.Enum =>
        attainment is { } a ? new AttainmentJson<TLevel> { Level = a.Level, ObtainedOn = a.ObtainedOn } : null;

    public static CadreJson FromCadre(Cadre cadre) => new()
    {
        Id = cadre.Id.Value,
        Name = cadre.Name,
        Sex = cadre.Sex,
        BirthDate = FormatBirthDate(cadre.BirthDate),
        EthnicMinority = cadre.IsEthnicMinority ? true : null,
        HomeLocality = cadre.HomeLocality,
        PartyAdmittedOn = cadre.PartyMembership?.AdmittedOn,
        Positions = cadre.Positions.IsEmpty ? null : [.. cadre.Positions.Select(p => (PositionJson?)FromPosition(p))],
        Discipline = cadre.Discipline.IsEmpty ? null : [.. cadre.Discipline.Select(d => (DisciplineJson?)FromDiscipline(d))],
        Evaluations = cadre.Evaluations.IsEmpty ? null : [.. cadre.Evaluations.Select(e => (EvaluationJson?)new EvaluationJson { Year = e.Year, Track = e.Track, Level = e.Level })],
        Qualifications = FromQualifications(cadre.Qualifications),
    };

    public static PositionJson FromPosition(PositionHeld p) => new()
    {
        Title = p.Title,
        Unit = p.Unit,
        Level = p.Level,
        Start = p.Start,
        End = p.End,
        Leadership = p.IsLeadership,
        Rank = p.Rank,
    };

    public static DisciplineJson FromDiscipline(DisciplineRecord d) => new()
    {
        Form = d.Form,
        Track = d.Track,
        DecidedOn = d.DecidedOn,
        ViolationYear = d.ViolationYear,
        RelatedToPublicDuty = d.RelatedToPublicDuty,
        SelfDiscovered = d.SelfDiscovered,
    };

    /// <summary>Parses a birth date as a person writes it: <c>dd/MM/yyyy</c> or <c>yyyy-MM-dd</c>, <c>MM/yyyy</c> or
    /// <c>yyyy-MM</c> (day unknown), <c>yyyy</c> (month unknown); the form gives the precision (<see cref="InputValues"/>).</summary>
    public static BirthDate ParseBirthDate(string? text, string path)
    {
        string value = Require.Text(text, path);
        if (InputValues.TryParseDate(value, out LocalDate date))
        {
            return Require.Build(path, () => BirthDate.Of(date));
        }

        if (InputValues.TryParseMonth(value, out YearMonth month))
        {
            return Require.Build(path, () => BirthDate.OfMonth(month.Year, month.Month));
        }

        string trimmed = value.Trim();
        if (trimmed.Length == 4 && trimmed.All(char.IsAsciiDigit))
        {
            return Require.Build(path, () => BirthDate.OfYear(int.Parse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture)));
        }

        throw DocumentException.NotUnderstood(path, InputForms.BirthDate, value);
    }

    public static string FormatBirthDate(BirthDate birthDate) => birthDate.Precision switch
    {
        BirthDatePrecision.Day => LocalDatePattern.Iso.Format(birthDate.Date),
        BirthDatePrecision.Month => YearMonthPattern.Iso.Format(birthDate.Month),
        _ => birthDate.Year.ToString("0000", CultureInfo.InvariantCulture),
    };

    public static PositionHeld ToPosition(PositionJson? json, string path)
    {
        PositionJson position = Require.Object(json, path);
        string title = Require.Text(position.Title, path + ".title");
        string unit = Require.Text(position.Unit, path + ".unit");
        OrganisationalLevel level = Require.Value(position.Level, path + ".level");
        LocalDate start = Require.Value(position.Start, path + ".start");
        return Require.Build(path, () => new PositionHeld(title, unit, level, start, position.End, position.Leadership ?? true, position.Rank), "title", "unit", "level", "start", "end", "isLeadership=leadership", "rank");
    }

    public static DisciplineRecord ToDiscipline(DisciplineJson? json, string path)
    {
        DisciplineJson record = Require.Object(json, path);
        DisciplineForm form = Require.Value(record.Form, path + ".form");
        DisciplineTrack track = Require.Value(record.Track, path + ".track");
        LocalDate decidedOn = Require.Value(record.DecidedOn, path + ".decidedOn");
        return Require.Build(
            path,
            () => new DisciplineRecord(form, track, decidedOn, record.ViolationYear, record.RelatedToPublicDuty ?? true, record.SelfDiscovered ?? false),
            "form",
            "track",
            "decidedOn",
            "violationYear",
            "relatedToPublicDuty",
            "selfDiscovered");
    }

    private static EvaluationRecord ToEvaluation(EvaluationJson? json, string path)
    {
        EvaluationJson record = Require.Object(json, path);
        int year = Require.Value(record.Year, path + ".year");
        EvaluationTrack track = Require.Value(record.Track, path + ".track");
        return Require.Build(path, () => new EvaluationRecord(year, track, record.Level), "Year=year", "year", "Track=track", "track", "Level=level", "level");
    }

    public static List<T> Items<TJson, T>(List<TJson?>? items, string path, System.Func<TJson?, string, T> map)
        where TJson : class
    {
        var result = new List<T>();
        if (items is null)
        {
            return result;
        }

        for (int i = 0; i < items.Count; i++)
        {
            result.Add(map(items[i], Require.Item(path, i)));
        }

        return result;
    }
}
