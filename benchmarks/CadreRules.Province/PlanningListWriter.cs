using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace CadreRules.Province;

/// <summary>
/// Streams the planning list (dated 20/12/2025, QĐ 377 in force; term 2030–2035, ages counted at 07/2030). Each unit of
/// the planning layout is a commune or ward with 20 to 200 candidates, planned for its leadership titles (eight core
/// titles, up to fourteen heads of its offices and units as it grows, then secretaries of its party cells at the
/// grassroots level until every candidate is planned for a title), its party committee (Ban Chấp hành, seats
/// 3/5 of the candidates between 9 and 55, 1 to 1.5 candidates a seat) and its standing committee.
/// Leadership titles get 2 or 3 candidates a seat, 5% only one (an advisory finding) and 5% one over the maximum (a
/// violation). The document lists all titles, then all candidates (in full), then all entries: the organisation's plan
/// is rebuilt from its own random stream for each of the three passes, so nothing is held in memory.
/// </summary>
internal static class PlanningListWriter
{
    private static readonly JsonEncodedText SchemaVersion = JsonEncodedText.Encode("schemaVersion");
    private static readonly JsonEncodedText DateName = JsonEncodedText.Encode("date");
    private static readonly JsonEncodedText TermName = JsonEncodedText.Encode("term");
    private static readonly JsonEncodedText StartName = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText YearsName = JsonEncodedText.Encode("years");
    private static readonly JsonEncodedText AgeReferenceMonthName = JsonEncodedText.Encode("ageReferenceMonth");
    private static readonly JsonEncodedText TitlesName = JsonEncodedText.Encode("titles");
    private static readonly JsonEncodedText CandidatesName = JsonEncodedText.Encode("candidates");
    private static readonly JsonEncodedText EntriesName = JsonEncodedText.Encode("entries");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText NameName = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText LevelName = JsonEncodedText.Encode("level");
    private static readonly JsonEncodedText SeatsName = JsonEncodedText.Encode("seats");
    private static readonly JsonEncodedText RankName = JsonEncodedText.Encode("rank");
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText GroupName = JsonEncodedText.Encode("group");
    private static readonly JsonEncodedText CadreName = JsonEncodedText.Encode("cadre");
    private static readonly JsonEncodedText CurrentRankName = JsonEncodedText.Encode("currentRank");
    private static readonly JsonEncodedText AppointmentProposedName = JsonEncodedText.Encode("appointmentProposed");
    private static readonly JsonEncodedText FailsPoliticalStandardName = JsonEncodedText.Encode("failsPoliticalStandard");
    private static readonly JsonEncodedText HasTrainingPlanName = JsonEncodedText.Encode("hasTrainingPlan");
    private static readonly JsonEncodedText CadreIdName = JsonEncodedText.Encode("cadreId");
    private static readonly JsonEncodedText TitleIdName = JsonEncodedText.Encode("titleId");
    private static readonly JsonEncodedText TierName = JsonEncodedText.Encode("tier");

    // The core titles of a commune or ward: id, name (before the place), seats, rank.
    private static readonly (string Id, string Name, int Seats, int Rank)[] Core =
    [
        ("bt", "Bí thư Đảng ủy", 1, 5),
        ("pbt", "Phó Bí thư Đảng ủy", 2, 4),
        ("ct-ubnd", "Chủ tịch UBND", 1, 4),
        ("ct-hdnd", "Chủ tịch HĐND", 1, 4),
        ("pct-ubnd", "Phó Chủ tịch UBND", 2, 3),
        ("pct-hdnd", "Phó Chủ tịch HĐND", 1, 3),
        ("ct-mttq", "Chủ tịch Ủy ban MTTQ", 1, 3),
        ("cn-ubkt", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy", 1, 3),
    ];

    // Heads of offices and units (rank 2), added as the organisation grows.
    private static readonly (string Id, string Name)[] Heads =
    [
        ("cvp-ubnd", "Chánh Văn phòng HĐND và UBND"), ("tp-kt", "Trưởng phòng Kinh tế"), ("tp-vhxh", "Trưởng phòng Văn hóa - Xã hội"),
        ("cvp-du", "Chánh Văn phòng Đảng ủy"), ("tb-xdd", "Trưởng Ban Xây dựng Đảng"), ("gd-hcc", "Giám đốc Trung tâm Phục vụ hành chính công"),
        ("pct-mttq", "Phó Chủ tịch Ủy ban MTTQ"), ("pcn-ubkt", "Phó Chủ nhiệm Ủy ban Kiểm tra Đảng ủy"), ("bt-dtn", "Bí thư Đoàn Thanh niên"),
        ("ct-hlhpn", "Chủ tịch Hội Liên hiệp Phụ nữ"), ("ct-hnd", "Chủ tịch Hội Nông dân"), ("ct-hccb", "Chủ tịch Hội Cựu chiến binh"),
        ("ht-thcs", "Hiệu trưởng Trường THCS"), ("tt-tyt", "Trạm trưởng Trạm Y tế"),
    ];

    // A candidate's current post by current rank (1: not a leadership post).
    private static readonly string[] PostsByRank = ["Chuyên viên", "Phó Trưởng phòng", "Trưởng phòng", "Phó Chủ tịch UBND", "Phó Bí thư Đảng ủy"];

    public static void Write(Stream output, int people, ulong seed, bool indented)
    {
        using Utf8JsonWriter writer = JsonOut.Create(output, indented);
        writer.WriteStartObject();
        writer.WriteNumber(SchemaVersion, 1);
        JsonOut.Date(writer, DateName, 2025, 12, 20);
        writer.WriteStartObject(TermName);
        JsonOut.Date(writer, StartName, 2030, 7, 1);
        writer.WriteNumber(YearsName, 5);
        writer.WriteEndObject();
        JsonOut.Month(writer, AgeReferenceMonthName, 2030, 7);
        var plan = new OrganisationPlan();
        var cadre = new CadreFacts();

        writer.WriteStartArray(TitlesName);
        foreach (ProvinceUnit unit in ProvinceLayout.Units(ProvinceDocument.Planning, people, seed))
        {
            plan.Build(unit, seed);
            foreach (TitlePlan title in plan.Titles)
            {
                WriteTitle(writer, plan, title);
            }

            JsonOut.FlushIfFull(writer);
        }

        writer.WriteEndArray();
        writer.WriteStartArray(CandidatesName);
        foreach (ProvinceUnit unit in ProvinceLayout.Units(ProvinceDocument.Planning, people, seed))
        {
            plan.Build(unit, seed);
            for (int i = 0; i < unit.Size; i++)
            {
                WriteCandidate(writer, plan, i, cadre);
                JsonOut.FlushIfFull(writer);
            }
        }

        writer.WriteEndArray();
        writer.WriteStartArray(EntriesName);
        foreach (ProvinceUnit unit in ProvinceLayout.Units(ProvinceDocument.Planning, people, seed))
        {
            plan.Build(unit, seed);
            foreach (TitlePlan title in plan.Titles)
            {
                for (int k = 0; k < title.Count; k++)
                {
                    int candidate = plan.Slots[title.FirstSlot + k];
                    writer.WriteStartObject();
                    JsonOut.Id(writer, CadreIdName, "QH-", unit.FirstPerson + candidate + 1, 7);
                    writer.WriteString(TitleIdName, plan.TitleId(title));
                    if (title.TwoLevelsUp)
                    {
                        writer.WriteString(TierName, "twoLevelsUp");
                    }

                    writer.WriteEndObject();
                }

                JsonOut.FlushIfFull(writer);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteTitle(Utf8JsonWriter w, OrganisationPlan plan, TitlePlan title)
    {
        w.WriteStartObject();
        w.WriteString(IdName, plan.TitleId(title));
        w.WriteString(NameName, title.Name);
        w.WriteString(LevelName, title.Level);
        if (title.Seats != 1)
        {
            w.WriteNumber(SeatsName, title.Seats);
        }

        if (title.Rank != 0)
        {
            w.WriteNumber(RankName, title.Rank);
        }

        if (title.Committee)
        {
            w.WriteString(KindName, "committeeMembership");
            w.WriteString(GroupName, title.Name);
        }

        w.WriteEndObject();
    }

    // A candidate: the cadre in full (from the candidate's own stream), the current rank below every leadership title
    // they are planned for (2% at the lowest title's rank: a violation; 10% unknown), 1% with an appointment under way, 0.5%
    // concluded to fail the political standard. 2% are too old for the term (born 1966 to 1970), and those planned
    // two levels up are young (born 1985 or later). Qualifications as CadreFacts.DrawQualifications says; a young
    // candidate short of trung cấp (or with none recorded) has a training plan 70% of the time.
    private static void WriteCandidate(Utf8JsonWriter w, OrganisationPlan plan, int index, CadreFacts cadre)
    {
        ProvinceUnit unit = plan.Unit;
        var random = new ProvinceRandom(ProvinceRandom.Derive(plan.Seed, 1000 + (ulong)index));
        int home = random.PerMille(750) ? unit.Index : random.Below(unit.Index + 20);
        bool old = random.PerMille(20) && !plan.Young[index];
        int bornFrom = plan.Young[index] ? 1985 : old ? 1966 : 1974;
        int bornTo = plan.Young[index] ? 1997 : old ? 1970 : 1996;
        cadre.Draw(ref random, bornFrom, old ? bornFrom : Math.Max(bornFrom, 1978), bornTo, 380, VietnameseNames.Locality(home), 1000, 15);
        int junior = plan.JuniorRank[index];
        int rank = junior == 0 ? random.Between(1, 2) : random.PerMille(20) ? junior : Math.Max(1, junior - random.Between(1, 2));
        bool rankKnown = random.PerMille(900);
        bool appointment = random.PerMille(10);
        bool failsStandard = random.PerMille(5);
        string unitName = (rank >= 4 ? "Đảng ủy " : "UBND ") + plan.Place;
        cadre.SetPosts(ref random, PostsByRank[Math.Min(rank, PostsByRank.Length) - 1], unitName, "commune", rank >= 2, rank, "Chuyên viên", "UBND " + VietnameseNames.Locality(home), "commune");
        cadre.DrawQualifications(ref random, plan.Young[index]);
        bool trainingPlan = plan.Young[index] && cadre.PoliticalTheory is null or "elementary" && random.PerMille(700);

        w.WriteStartObject();
        w.WritePropertyName(CadreName);
        CadreWriter.Write(w, "QH-", unit.FirstPerson + index + 1, cadre);
        if (rankKnown)
        {
            w.WriteNumber(CurrentRankName, rank);
        }

        if (appointment)
        {
            w.WriteBoolean(AppointmentProposedName, true);
        }

        if (failsStandard)
        {
            w.WriteBoolean(FailsPoliticalStandardName, true);
        }

        if (trainingPlan)
        {
            w.WriteBoolean(HasTrainingPlanName, true);
        }

        w.WriteEndObject();
    }

    /// <summary>A title of an organisation and the run of <see cref="OrganisationPlan.Slots"/> holding its candidates.</summary>
    private sealed class TitlePlan
    {
        public string Id = string.Empty;
        public string Name = string.Empty;
        public string Level = string.Empty;
        public int Seats;
        public int Rank;
        public bool Committee;
        public bool TwoLevelsUp;
        public int FirstSlot;
        public int Count;
    }

    /// <summary>One commune's or ward's plan (titles, who is planned for what), rebuilt identically in each pass.</summary>
    private sealed class OrganisationPlan
    {
        private readonly List<TitlePlan> _pool = [];

        public ProvinceUnit Unit;
        public ulong Seed;
        public string Place = string.Empty;
        public string Code = string.Empty;
        public List<TitlePlan> Titles { get; } = [];
        public List<int> Slots { get; } = [];
        public int[] JuniorRank = new int[ProvinceLayout.MaxUnitSize];
        public bool[] Young = new bool[ProvinceLayout.MaxUnitSize];

        public string TitleId(TitlePlan title) => Code + "." + title.Id;

        public void Build(ProvinceUnit unit, ulong seed)
        {
            Unit = unit;
            Seed = ProvinceRandom.Derive(seed, (StreamTags.PlanningUnits << 40) + (ulong)unit.Index);
            var random = new ProvinceRandom(Seed);
            int n = unit.Size;
            Place = VietnameseNames.Locality(unit.Index);
            Code = "DV" + VietnameseNames.Number(unit.Index + 1, 5);
            if (JuniorRank.Length < n)
            {
                JuniorRank = new int[n];
                Young = new bool[n];
            }

            Array.Clear(JuniorRank, 0, n);
            Array.Clear(Young, 0, n);
            Titles.Clear();
            Slots.Clear();

            // Leadership titles, candidates taken in turn from the organisation's pool: the core titles, heads of offices as
            // the organisation grows, then party cell secretaries of its villages or residential areas (grassroots level)
            // until everyone is planned for something. Nobody gets more than two leadership titles.
            int cursor = 0;
            int heads = Math.Min(Heads.Length, Math.Max(0, (n - 20) / 6));
            for (int t = 0; t < Core.Length + heads || Slots.Count < n; t++)
            {
                (string id, string name, int seats, int rank, string level) =
                    t < Core.Length ? (Core[t].Id, Core[t].Name + " " + Place, Core[t].Seats, Core[t].Rank, "commune")
                    : t < Core.Length + heads ? (Heads[t - Core.Length].Id, Heads[t - Core.Length].Name + " " + Place, 1, 2, "commune")
                    : ("cb-" + VietnameseNames.Number(t - Core.Length - heads + 1, 1), "Bí thư Chi bộ " + VietnameseNames.Area(unit.Index, t - Core.Length - heads) + ", " + Place, 1, 2, "grassroots");
                int draw = random.Below(1000);
                int count = draw < 50 ? 1 : draw < 100 ? (3 * seats) + 1 : seats * random.Between(2, 3);
                TitlePlan title = Next(id, name, level, seats, rank, committee: false);
                title.TwoLevelsUp = rank >= 4 && random.PerMille(150);
                title.Count = Math.Min(count, n);
                for (int k = 0; k < title.Count; k++)
                {
                    int candidate = cursor;
                    cursor = (cursor + 1) % n;
                    Slots.Add(candidate);
                    JuniorRank[candidate] = JuniorRank[candidate] == 0 ? rank : Math.Min(JuniorRank[candidate], rank);
                    Young[candidate] |= title.TwoLevelsUp;
                }
            }

            // The party committee and its standing committee: the first candidates of the pool.
            int seats1 = Math.Min(n, Math.Clamp(n * 3 / 5, 9, 55));
            int members = random.PerMille(30) ? seats1 - 1 : Math.Min(n, seats1 + random.Below((seats1 / 2) + 1));
            Committee("bch", "Ủy viên Ban Chấp hành Đảng bộ " + Place, seats1, Math.Max(1, members));
            int seats2 = Math.Min(members, Math.Clamp(seats1 / 3, 3, 15));
            Committee("btv", "Ủy viên Ban Thường vụ Đảng ủy " + Place, seats2, Math.Min(members, seats2 + random.Below((seats2 / 2) + 1)));
        }

        private void Committee(string id, string name, int seats, int count)
        {
            TitlePlan title = Next(id, name, "commune", Math.Max(1, seats), 0, committee: true);
            title.Count = count;
            for (int k = 0; k < count; k++)
            {
                Slots.Add(k);
            }
        }

        private TitlePlan Next(string id, string name, string level, int seats, int rank, bool committee)
        {
            if (_pool.Count == Titles.Count)
            {
                _pool.Add(new TitlePlan());
            }

            TitlePlan title = _pool[Titles.Count];
            title.Id = id;
            title.Name = name;
            title.Level = level;
            title.Seats = seats;
            title.Rank = rank;
            title.Committee = committee;
            title.TwoLevelsUp = false;
            title.FirstSlot = Slots.Count;
            title.Count = 0;
            Titles.Add(title);
            return title;
        }
    }
}
