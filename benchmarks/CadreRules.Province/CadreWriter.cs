using System;
using System.Text.Json;

namespace CadreRules.Province;

/// <summary>A post held, as a roster records it.</summary>
internal struct PostFacts
{
    public string Title;
    public string Unit;
    public string Level;
    public int StartYear;
    public int StartMonth;
    public int StartDay;
    public int EndYear;
    public int EndMonth;
    public int EndDay;
    public bool Leadership;
    public int Rank;
}

/// <summary>One cadre's facts (a roster entry, or a planning candidate's cadre), reused from cadre to cadre.</summary>
internal sealed class CadreFacts
{
    private static readonly int[] DaysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    public string Name = string.Empty;
    public bool Female;
    public int BirthYear;
    public int BirthMonth;
    public int BirthDay;

    /// <summary>0: day known; 1: month known; 2: year only.</summary>
    public int BirthPrecision;
    public bool EthnicMinority;
    public string HomeLocality = string.Empty;
    public int AdmittedYear;
    public int AdmittedMonth;
    public int AdmittedDay;
    public int CareerStart;
    public int PostCount;
    public PostFacts[] Posts = new PostFacts[2];
    public string? DisciplineForm;
    public string? DisciplineTrack;
    public int DisciplineYear;
    public int DisciplineMonth;
    public int DisciplineDay;

    /// <summary>The evaluations of 2022 to 2024: index 0 is 2022. Null: no record for that year and track; "" : a record
    /// with no level (not rated).</summary>
    public string?[] PartyLevels = new string?[3];
    public string?[] StateLevels = new string?[3];

    /// <summary>The education level and the year obtained (30/06), or null when not recorded; roster entries have none.</summary>
    public string? Education;
    public int EducationYear;

    /// <summary>The political-theory level and the year obtained (15/12), or null when not recorded.</summary>
    public string? PoliticalTheory;
    public int PoliticalTheoryYear;

    /// <summary>Draws the person: sex, a birth date in [<paramref name="bornFrom"/> (women: <paramref name="womenBornFrom"/>), <paramref name="bornTo"/>] (the
    /// record's precision mostly the day, sometimes the month or the year), an ethnic minority (5%), a home commune,
    /// party membership (with the given chance; admitted at 19 to 35), a career start at 22 to 26, a reprimand or warning
    /// (with the given chance, decided 2021 to 2025) and the evaluations of 2022 to 2024.</summary>
    public void Draw(ref ProvinceRandom random, int bornFrom, int womenBornFrom, int bornTo, int femalePerMille, string homeLocality, int partyPerMille, int disciplinePerMille)
    {
        Female = random.PerMille(femalePerMille);
        Name = VietnameseNames.Person(ref random, Female);
        BirthYear = random.Between(Female ? womenBornFrom : bornFrom, bornTo);
        BirthMonth = random.Between(1, 12);
        BirthDay = random.Between(1, 28);
        int precision = random.Below(1000);
        BirthPrecision = precision < 860 ? 0 : precision < 970 ? 1 : 2;
        EthnicMinority = random.PerMille(50);
        HomeLocality = homeLocality;
        CareerStart = Math.Min(2025, BirthYear + random.Between(22, 26));
        AdmittedYear = 0;
        if (random.PerMille(partyPerMille))
        {
            AdmittedYear = Math.Min(2024, BirthYear + random.Between(19, 35));
            AdmittedMonth = random.Between(1, 12);
            AdmittedDay = random.Between(1, 28);
            if (AdmittedYear < BirthYear + 19)
            {
                AdmittedYear = 0; // too young to have joined
            }
        }

        DisciplineForm = DisciplineTrack = null;
        if (random.PerMille(disciplinePerMille))
        {
            DisciplineTrack = AdmittedYear != 0 && random.PerMille(500) ? "party" : "administrative";
            DisciplineForm = random.PerMille(700) ? "reprimand" : "warning";
            DisciplineYear = random.Between(Math.Max(2021, CareerStart), 2025);
            DisciplineMonth = random.Between(1, DisciplineYear == 2025 ? 11 : 12);
            DisciplineDay = random.Between(1, 28);
        }

        for (int i = 0; i < 3; i++)
        {
            int year = 2022 + i;
            StateLevels[i] = year >= CareerStart ? Level(ref random) : null;
            PartyLevels[i] = AdmittedYear != 0 && AdmittedYear < year ? Level(ref random) : null;
        }

        PostCount = 0;
        Education = PoliticalTheory = null;
    }

    /// <summary>Draws the qualifications of a planning candidate: education not recorded 2%, college 3%, university 80%,
    /// master 15% (obtained at the career's start); political theory not recorded 3%, then for a young candidate sơ cấp
    /// 45%, trung cấp 45%, cao cấp 10%, for the others sơ cấp 8%, trung cấp 62%, cao cấp 30% (obtained two to ten years
    /// into the career, by 2025).</summary>
    public void DrawQualifications(ref ProvinceRandom random, bool young)
    {
        int education = random.Below(1000);
        Education = education < 20 ? null : education < 50 ? "college" : education < 850 ? "university" : "master";
        EducationYear = CareerStart;
        int theory = random.Below(1000);
        int low = young ? 450 : 80, middle = young ? 450 : 620;
        PoliticalTheory = theory < 30 ? null : theory < 30 + low ? "elementary" : theory < 30 + low + middle ? "intermediate" : "advanced";
        PoliticalTheoryYear = Math.Min(2025, CareerStart + random.Between(2, 10));
    }

    /// <summary>Adds the current post and, when the career is long enough, the post held before it (ending the day
    /// before). A third of current posts start on 01/07/2025, when the two-level local government took office.</summary>
    public void SetPosts(ref ProvinceRandom random, string title, string unit, string level, bool leadership, int rank, string previousTitle, string previousUnit, string previousLevel)
    {
        int startYear, startMonth, startDay;
        if (random.PerMille(330))
        {
            (startYear, startMonth, startDay) = (2025, 7, 1);
        }
        else
        {
            startYear = random.Between(Math.Max(CareerStart, 2008), 2025);
            startMonth = random.Between(1, startYear == 2025 ? 6 : 12);
            startDay = random.Between(1, 28);
        }

        PostCount = 0;
        if (startYear - CareerStart >= 3)
        {
            (int endYear, int endMonth, int endDay) = DayBefore(startYear, startMonth, startDay);
            Posts[PostCount++] = new PostFacts
            {
                Title = previousTitle, Unit = previousUnit, Level = previousLevel,
                StartYear = CareerStart, StartMonth = random.Between(1, 12), StartDay = random.Between(1, 28),
                EndYear = endYear, EndMonth = endMonth, EndDay = endDay, Leadership = false,
            };
        }

        Posts[PostCount++] = new PostFacts
        {
            Title = title, Unit = unit, Level = level, StartYear = startYear, StartMonth = startMonth, StartDay = startDay,
            Leadership = leadership, Rank = rank,
        };
    }

    private static string? Level(ref ProvinceRandom random) => random.Below(1000) switch
    {
        < 150 => "excellent",
        < 850 => "good",
        < 970 => "complete",
        < 985 => "notComplete",
        _ => string.Empty,
    };

    private static (int Year, int Month, int Day) DayBefore(int year, int month, int day)
    {
        if (day > 1)
        {
            return (year, month, day - 1);
        }

        if (month == 1)
        {
            return (year - 1, 12, 31);
        }

        int days = DaysInMonth[month - 2];
        if (month - 1 == 2 && (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)))
        {
            days = 29;
        }

        return (year, month - 1, days);
    }
}

/// <summary>Writes a cadre (roster entry, planning candidate) in the library's property order.</summary>
internal static class CadreWriter
{
    public static readonly JsonEncodedText DisciplineName = JsonEncodedText.Encode("discipline");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText NameName = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText SexName = JsonEncodedText.Encode("sex");
    private static readonly JsonEncodedText BirthDateName = JsonEncodedText.Encode("birthDate");
    private static readonly JsonEncodedText EthnicMinorityName = JsonEncodedText.Encode("ethnicMinority");
    private static readonly JsonEncodedText HomeLocalityName = JsonEncodedText.Encode("homeLocality");
    private static readonly JsonEncodedText PartyAdmittedOnName = JsonEncodedText.Encode("partyAdmittedOn");
    private static readonly JsonEncodedText PositionsName = JsonEncodedText.Encode("positions");
    private static readonly JsonEncodedText TitleName = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText UnitName = JsonEncodedText.Encode("unit");
    private static readonly JsonEncodedText LevelName = JsonEncodedText.Encode("level");
    private static readonly JsonEncodedText StartName = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText EndName = JsonEncodedText.Encode("end");
    private static readonly JsonEncodedText LeadershipName = JsonEncodedText.Encode("leadership");
    private static readonly JsonEncodedText RankName = JsonEncodedText.Encode("rank");
    private static readonly JsonEncodedText FormName = JsonEncodedText.Encode("form");
    private static readonly JsonEncodedText TrackName = JsonEncodedText.Encode("track");
    private static readonly JsonEncodedText DecidedOnName = JsonEncodedText.Encode("decidedOn");
    private static readonly JsonEncodedText EvaluationsName = JsonEncodedText.Encode("evaluations");
    private static readonly JsonEncodedText YearName = JsonEncodedText.Encode("year");
    private static readonly JsonEncodedText QualificationsName = JsonEncodedText.Encode("qualifications");
    private static readonly JsonEncodedText EducationName = JsonEncodedText.Encode("education");
    private static readonly JsonEncodedText PoliticalTheoryName = JsonEncodedText.Encode("politicalTheory");
    private static readonly JsonEncodedText ObtainedOnName = JsonEncodedText.Encode("obtainedOn");

    /// <summary>Writes <c>{ id, name, sex, birthDate, ethnicMinority?, homeLocality, partyAdmittedOn?, positions,
    /// discipline?, evaluations?, qualifications? }</c>.</summary>
    public static void Write(Utf8JsonWriter w, string idPrefix, int number, CadreFacts c)
    {
        w.WriteStartObject();
        JsonOut.Id(w, IdName, idPrefix, number, 7);
        w.WriteString(NameName, c.Name);
        w.WriteString(SexName, c.Female ? "female" : "male");
        switch (c.BirthPrecision)
        {
            case 0:
                JsonOut.Date(w, BirthDateName, c.BirthYear, c.BirthMonth, c.BirthDay);
                break;
            case 1:
                JsonOut.Month(w, BirthDateName, c.BirthYear, c.BirthMonth);
                break;
            default:
                JsonOut.Year(w, BirthDateName, c.BirthYear);
                break;
        }

        if (c.EthnicMinority)
        {
            w.WriteBoolean(EthnicMinorityName, true);
        }

        w.WriteString(HomeLocalityName, c.HomeLocality);
        if (c.AdmittedYear != 0)
        {
            JsonOut.Date(w, PartyAdmittedOnName, c.AdmittedYear, c.AdmittedMonth, c.AdmittedDay);
        }

        if (c.PostCount > 0)
        {
            w.WriteStartArray(PositionsName);
            for (int i = 0; i < c.PostCount; i++)
            {
                ref PostFacts p = ref c.Posts[i];
                w.WriteStartObject();
                w.WriteString(TitleName, p.Title);
                w.WriteString(UnitName, p.Unit);
                w.WriteString(LevelName, p.Level);
                JsonOut.Date(w, StartName, p.StartYear, p.StartMonth, p.StartDay);
                if (p.EndYear != 0)
                {
                    JsonOut.Date(w, EndName, p.EndYear, p.EndMonth, p.EndDay);
                }

                w.WriteBoolean(LeadershipName, p.Leadership);
                if (p.Rank != 0)
                {
                    w.WriteNumber(RankName, p.Rank);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (c.DisciplineTrack is { } track)
        {
            w.WriteStartArray(DisciplineName);
            WriteDiscipline(w, c.DisciplineForm!, track, c.DisciplineYear, c.DisciplineMonth, c.DisciplineDay);
            w.WriteEndArray();
        }

        bool any = false;
        for (int i = 0; i < 3; i++)
        {
            any |= c.PartyLevels[i] is not null || c.StateLevels[i] is not null;
        }

        if (any)
        {
            w.WriteStartArray(EvaluationsName);
            for (int i = 0; i < 3; i++)
            {
                Evaluation(w, 2022 + i, "party", c.PartyLevels[i]);
                Evaluation(w, 2022 + i, "state", c.StateLevels[i]);
            }

            w.WriteEndArray();
        }

        if (c.Education is not null || c.PoliticalTheory is not null)
        {
            w.WriteStartObject(QualificationsName);
            Attainment(w, EducationName, c.Education, c.EducationYear, 6, 30);
            Attainment(w, PoliticalTheoryName, c.PoliticalTheory, c.PoliticalTheoryYear, 12, 15);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void Attainment(Utf8JsonWriter w, JsonEncodedText name, string? level, int year, int month, int day)
    {
        if (level is null)
        {
            return;
        }

        w.WriteStartObject(name);
        w.WriteString(LevelName, level);
        JsonOut.Date(w, ObtainedOnName, year, month, day);
        w.WriteEndObject();
    }

    /// <summary>Writes one discipline decision <c>{ form, track, decidedOn }</c> (the violation year defaults to the
    /// decision's, the violation is duty-related and not self-discovered).</summary>
    public static void WriteDiscipline(Utf8JsonWriter w, string form, string track, int year, int month, int day)
    {
        w.WriteStartObject();
        w.WriteString(FormName, form);
        w.WriteString(TrackName, track);
        JsonOut.Date(w, DecidedOnName, year, month, day);
        w.WriteEndObject();
    }

    private static void Evaluation(Utf8JsonWriter w, int year, string track, string? level)
    {
        if (level is null)
        {
            return;
        }

        w.WriteStartObject();
        w.WriteNumber(YearName, year);
        w.WriteString(TrackName, track);
        if (level.Length > 0)
        {
            w.WriteString(LevelName, level);
        }

        w.WriteEndObject();
    }
}
