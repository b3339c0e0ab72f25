using System.Collections.Immutable;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Planning;

/// <summary>
/// The shipped planning regulations (quy hoạch cán bộ), one per period, for <see cref="SubjectKind.Cadre"/>:
/// the 2020–2025-term rule, QĐ 50-QĐ/TW with HĐ 16-HD/BTCTW, and QĐ 377-QĐ/TW with HĐ 45-HD/BTCTW.
/// </summary>
/// <remarks>
/// <para>The periods are contiguous: 05/11/2012 → 26/12/2021, 27/12/2021 → 07/10/2025, 08/10/2025 → (open).</para>
/// <para>Every bound is a parameter (see <see cref="PlanningRegulation"/>) that a <see cref="LocalVariant"/> can override;
/// parameters marked <see cref="Confidence.Unconfirmed"/> rest on no retrieved text and should be checked.</para>
/// </remarks>
public static class PlanningRegulations
{
    /// <summary>Gets the rule applied to the planning of the 2020–2025 term (05/11/2012 → 26/12/2021): 2 to 4 candidates
    /// per title, never a single candidate for a title.</summary>
    /// <remarks>The clause was NOT found in any retrieved text; the rule rests on the practice reported by the press for
    /// that term (Sa Pa, Lào Cai). Its rules carry <see cref="Confidence.News"/> or <see cref="Confidence.Unconfirmed"/>.
    /// The regulation cites HĐ 15-HD/BTCTW, the planning guidance of that period.</remarks>
    public static PlanningRegulation Term2020 { get; } = CreateTerm2020();

    /// <summary>Gets QĐ 50-QĐ/TW with HĐ 16-HD/BTCTW (27/12/2021 → 07/10/2025): at most 3 candidates per title, at most
    /// 3 titles per candidate at one level, no confirmed minimum (a single candidate is an advisory finding).</summary>
    public static PlanningRegulation Qd50 { get; } = CreateQd50();

    /// <summary>Gets QĐ 377-QĐ/TW with HĐ 45-HD/BTCTW (from 08/10/2025): at most 3 candidates per seat, at most 3
    /// leadership titles per candidate at one approving level, only higher titles, not together with an appointment proposal.</summary>
    public static PlanningRegulation Qd377 { get; } = CreateQd377();

    /// <summary>Gets the three regulations, oldest first.</summary>
    public static ImmutableArray<Regulation> All { get; } = [Term2020, Qd50, Qd377];

    private static LocalizedText T(string vi, string en) => new(vi, en);

    /// <summary>What one planning regulation sets, by name: each value with the clause it rests on and how sure that
    /// reading is. <see cref="Regime(RegimeSettings)"/> turns it into the regime's parameters.</summary>
    private sealed record RegimeSettings
    {
        /// <summary>The prefix of the regime's rule codes (e.g. "QD377").</summary>
        public required string Prefix { get; init; }

        /// <summary>The clause that bounds the number of candidates per title, and how sure the upper bound is.</summary>
        public required Citation CandidateBounds { get; init; }

        public required Confidence CandidateBoundsConfidence { get; init; }

        /// <summary>The fewest candidates per title (0: no minimum), and how sure it is.</summary>
        public required int MinimumPerTitle { get; init; }

        public required Confidence MinimumConfidence { get; init; }

        /// <summary>The most candidates per title (or per seat).</summary>
        public required int MaximumPerTitle { get; init; }

        /// <summary>Whether the bounds scale with the title's seats, and how sure that is.</summary>
        public required bool BoundsPerSeat { get; init; }

        public required Confidence BoundsPerSeatConfidence { get; init; }

        /// <summary>The clause of the committees' planning coefficients, and how sure it is.</summary>
        public required Citation Committee { get; init; }

        public required Confidence CommitteeConfidence { get; init; }

        /// <summary>The clause of the titles a candidate may hold in the plan, and how sure it is.</summary>
        public required Citation Titles { get; init; }

        public required Confidence TitlesConfidence { get; init; }

        /// <summary>Whether the regulation applies only after 01/07/2025, when the district level no longer exists
        /// (its labels then name the province and commune levels).</summary>
        public bool AfterLevelReform { get; init; }

        /// <summary>Whether only titles higher than the current one may be planned.</summary>
        public required bool OnlyHigher { get; init; }

        /// <summary>Whether planning together with an appointment or election proposal is barred.</summary>
        public required bool NotWithAppointment { get; init; }

        /// <summary>The clause of the age condition, and how sure it is.</summary>
        public required Citation Age { get; init; }

        public required Confidence AgeConfidence { get; init; }

        /// <summary>The fewest months of service left for a candidate planned two levels up, and how sure it is.</summary>
        public required int MonthsLeftTwoLevelsUp { get; init; }

        public required Confidence TwoLevelsUpConfidence { get; init; }

        /// <summary>The clause of removal from the plan, and how sure it is.</summary>
        public required Citation Removal { get; init; }

        public required Confidence RemovalConfidence { get; init; }

        /// <summary>Whether a reprimand or warning whose period has ended keeps the candidate in the plan.</summary>
        public required bool ExpiredMinorDisciplineKeeps { get; init; }

        /// <summary>The clause of the structure targets (young, women), and how sure it is.</summary>
        public required Citation Structure { get; init; }

        public required Confidence StructureConfidence { get; init; }

        /// <summary>Whether the structure targets apply.</summary>
        public required bool StructureTargetsApply { get; init; }

        /// <summary>The clause that makes title standards a planning condition, how sure it is, and whether they are
        /// checked by default.</summary>
        public required Citation TitleStandards { get; init; }

        public required Confidence TitleStandardsConfidence { get; init; }

        public required bool TitleStandardsApply { get; init; }
    }

    private static PlanningRegime Regime(RegimeSettings settings)
    {
        Citation bar = PlanningDocuments.Law52Of2019.Whole();
        return new PlanningRegime(settings.Prefix)
        {
            MinimumPerTitle = Parameter.Integer("candidates.minimumPerTitle", T(
                "Số người quy hoạch tối thiểu cho một chức danh (dưới mức này là vi phạm; 0 = không có mức tối thiểu)",
                "Fewest candidates per title (fewer is a violation; 0 = no minimum)"), settings.MinimumPerTitle, settings.MinimumConfidence, settings.CandidateBounds, 0, 20),
            AdvisedMinimumPerTitle = Parameter.Integer("candidates.advisedMinimumPerTitle", T(
                "Số người quy hoạch nên có cho một chức danh (hoặc cho mỗi vị trí khi tính theo số lượng); dưới mức này là lưu ý, không phải vi phạm",
                "Advised fewest candidates per title (or per seat when bounds scale with seats); fewer is an advisory finding, not a violation"), 2, Confidence.Unconfirmed, settings.CandidateBounds, 0, 20),
            MaximumPerTitle = Parameter.Integer("candidates.maximumPerTitle", T(
                "Số người quy hoạch tối đa cho một chức danh (hoặc cho mỗi vị trí khi tính theo số lượng)",
                "Most candidates per title (or per seat when bounds scale with seats)"), settings.MaximumPerTitle, settings.CandidateBoundsConfidence, settings.CandidateBounds, 1, 20),
            BoundsPerSeat = Parameter.Boolean("candidates.boundsPerSeat", T(
                "Giới hạn số người quy hoạch nhân theo số lượng vị trí của chức danh (3 phó trưởng ban → tối đa 9 người)",
                "Candidate bounds scale with the title's seats (3 deputy heads → at most 9)"), settings.BoundsPerSeat, settings.BoundsPerSeatConfidence, settings.CandidateBounds),
            CommitteeMinimumCoefficient = Parameter.Share("committee.minimumCoefficient", T(
                "Hệ số quy hoạch cấp ủy, ban thường vụ, ủy ban kiểm tra tối thiểu (so với số lượng theo quy định)",
                "Smallest planning coefficient of a committee, standing committee or inspection committee (times its seats)"),
                Share.One, settings.CommitteeConfidence, settings.Committee, Share.Of(5, 1)),
            CommitteeMaximumCoefficient = Parameter.Share("committee.maximumCoefficient", T(
                "Hệ số quy hoạch cấp ủy, ban thường vụ, ủy ban kiểm tra tối đa; số người tối đa làm tròn nửa lên (15 × 1,5 → 23)",
                "Largest planning coefficient of a committee; the largest count rounds halves up (15 × 1.5 → 23)"),
                Share.Of(3, 2), settings.CommitteeConfidence, settings.Committee, Share.Of(5, 1)),
            MaximumTitlesPerCandidate = Parameter.Integer("titles.maximumPerCandidate", T(
                "Số chức danh lãnh đạo, quản lý tối đa của một người ở cùng một cấp (không tính ủy viên cấp ủy, BTV, UBKT)",
                "Most leadership titles per candidate at one approving level (committee memberships not counted)"), 3, settings.TitlesConfidence, settings.Titles, 1, 20),
            OnlyHigher = Parameter.Boolean("titles.onlyHigher", T(
                "Chỉ quy hoạch chức danh cao hơn chức danh đang đảm nhiệm",
                "Only titles higher than the current one may be planned"), settings.OnlyHigher, settings.OnlyHigher ? Confidence.Confirmed : Confidence.Unconfirmed,
                settings.Prefix == "QD377" ? PlanningDocuments.Hd45.Section("II.1.2") : settings.Titles),
            NotWithAppointment = Parameter.Boolean("titles.notWithAppointmentProposal", T(
                "Không quy hoạch đồng thời với việc đề xuất bổ nhiệm, giới thiệu ứng cử",
                "No planning at the same time as an appointment or election proposal"), settings.NotWithAppointment,
                settings.NotWithAppointment ? Confidence.Confirmed : Confidence.Unconfirmed, PlanningDocuments.Qd377.Whole()),
            MinimumMonthsLeft = Parameter.Integer("age.minimumMonthsLeft", T(
                "Thời gian công tác còn lại tối thiểu (tháng) tại thời điểm tính tuổi, đối tượng 1: một nhiệm kỳ",
                "Fewest months of service left at the age-reference month, đối tượng 1: one full term"), 60, settings.AgeConfidence, settings.Age, 0, 240),
            MinimumMonthsLeftTwoLevelsUp = Parameter.Integer("age.minimumMonthsLeftTwoLevelsUp", T(
                "Thời gian công tác còn lại tối thiểu (tháng), đối tượng 2 (quy hoạch vượt hai cấp)",
                "Fewest months of service left for đối tượng 2 (planned two levels up)"), settings.MonthsLeftTwoLevelsUp, settings.TwoLevelsUpConfidence, settings.Age, 0, 240),
            PreferredMonthsLeftValue = Parameter.Integer("age.preferredMonthsLeft", T(
                "Thời gian công tác còn lại nên có (tháng): hai nhiệm kỳ; thiếu là lưu ý (0 = không báo)",
                "Preferred months of service left: two terms; fewer is an advisory finding (0 = not reported)"), 120,
                settings.Prefix == "QD50" ? Confidence.News : Confidence.Unconfirmed, settings.Age, 0, 240),
            RemovingForm = Parameter.Choice("discipline.removingForm", T(
                "Hình thức kỷ luật nhẹ nhất đưa ra khỏi quy hoạch (khiển trách trở lên)",
                "Lightest form of discipline that removes from planning (reprimand or above)"), DisciplineForm.Reprimand, settings.RemovalConfidence, settings.Removal),
            BarMonthsMinor = Parameter.Integer("discipline.barMonthsMinor", T(
                "Số tháng không quy hoạch sau khiển trách, cảnh cáo, hạ bậc lương",
                "Months without planning after a reprimand, warning or salary-step reduction"), 12, Confidence.Confirmed, bar, 0, 120),
            BarMonthsMajor = Parameter.Integer("discipline.barMonthsMajor", T(
                "Số tháng không quy hoạch sau giáng chức, cách chức (và hình thức nặng hơn)",
                "Months without planning after demotion or removal from post (and heavier forms)"), 24, Confidence.Confirmed, bar, 0, 120),
            BarIncludesPartyDiscipline = Parameter.Boolean("discipline.barIncludesPartyDiscipline", T(
                "Thời hạn không quy hoạch sau kỷ luật áp dụng cả cho kỷ luật Đảng (luật chỉ nói kỷ luật hành chính; đây là chính sách mặc định, chưa xác nhận)",
                "The months without planning after discipline also follow Party discipline (the law speaks of administrative discipline; an unconfirmed default policy)"),
                true, Confidence.Unconfirmed, bar),
            ExpiredMinorDisciplineKeeps = Parameter.Boolean("discipline.expiredReprimandOrWarningKeepsPlanning", T(
                "Khiển trách, cảnh cáo đã hết thời hạn thì không buộc đưa ra khỏi quy hoạch khi rà soát",
                "A reprimand or warning whose period has ended does not force removal at the review"), settings.ExpiredMinorDisciplineKeeps,
                settings.ExpiredMinorDisciplineKeeps ? Confidence.News : Confidence.Unconfirmed, settings.Removal),
            StructureTargetsApply = Parameter.Boolean("structure.targetsApply", T(
                "Áp dụng chỉ tiêu phấn đấu về tỷ lệ cán bộ trẻ, cán bộ nữ",
                "Apply the targets for the shares of young and women cadres"), settings.StructureTargetsApply, settings.StructureConfidence, settings.Structure),
            YoungAgeCentral = Parameter.Integer("structure.youngAgeCentral", T(
                "Cán bộ trẻ ở Trung ương: dưới số tuổi này",
                "Young at central level: under this age"), 45, settings.StructureConfidence, settings.Structure, 1, 100),
            YoungAgeLocal = Parameter.Integer("structure.youngAgeLocal", settings.AfterLevelReform
                ? T("Cán bộ trẻ ở cấp tỉnh, cấp xã: dưới số tuổi này", "Young at province and commune level: under this age")
                : T("Cán bộ trẻ ở cấp tỉnh, cấp huyện (và cấp dưới): dưới số tuổi này", "Young at province and district level (and below): under this age"), 40, settings.StructureConfidence, settings.Structure, 1, 100),
            YoungMinimumShare = Parameter.Share("structure.youngMinimumShare", T(
                "Tỷ lệ cán bộ trẻ phấn đấu tối thiểu", "Target share of young cadres"), Share.Percent(15), settings.StructureConfidence, settings.Structure),
            WomenMinimumShare = Parameter.Share("structure.womenMinimumShare", T(
                "Tỷ lệ cán bộ nữ phấn đấu tối thiểu", "Target share of women cadres"), Share.Percent(25), settings.StructureConfidence, settings.Structure),
            TitleStandardsApply = Parameter.Boolean("titleStandards.apply", settings.TitleStandardsApply
                ? T("Người được quy hoạch phải đạt tiêu chuẩn chức danh (đối tượng 2 được hoàn thiện lý luận chính trị sau theo kế hoạch đào tạo, nếu tiêu chuẩn chức danh cho phép)",
                    "Planned candidates must meet the title's standards (a second-group candidate may complete political theory later under a training plan, where the standards allow it)")
                : T("Người được quy hoạch phải đạt tiêu chuẩn chức danh — tài liệu tham chiếu không xác nhận cho quy định này; mặc định không kiểm tra, tỉnh có thể bật",
                    "Planned candidates must meet the title's standards — not confirmed by the reference for this regulation; off by default, a province may turn it on"),
                settings.TitleStandardsApply, settings.TitleStandardsConfidence, settings.TitleStandards),
        };
    }

    private static PlanningRegulation CreateTerm2020()
    {
        Citation guidance = PlanningDocuments.Hd15.Whole();
        PlanningRegime regime = Regime(new RegimeSettings
        {
            Prefix = "PL2020",
            CandidateBounds = guidance,
            CandidateBoundsConfidence = Confidence.News,
            MinimumPerTitle = 2,
            MinimumConfidence = Confidence.News,
            MaximumPerTitle = 4,
            BoundsPerSeat = false,
            BoundsPerSeatConfidence = Confidence.Unconfirmed,
            Committee = guidance,
            CommitteeConfidence = Confidence.Unconfirmed,
            Titles = guidance,
            TitlesConfidence = Confidence.Unconfirmed,
            OnlyHigher = false,
            NotWithAppointment = false,
            Age = guidance,
            AgeConfidence = Confidence.Unconfirmed,
            MonthsLeftTwoLevelsUp = 60,
            TwoLevelsUpConfidence = Confidence.Unconfirmed,
            Removal = guidance,
            RemovalConfidence = Confidence.Unconfirmed,
            ExpiredMinorDisciplineKeeps = false,
            Structure = guidance,
            StructureConfidence = Confidence.Unconfirmed,
            StructureTargetsApply = true,
            TitleStandards = guidance,
            TitleStandardsConfidence = Confidence.Unconfirmed,
            TitleStandardsApply = false,
        })
            .Source(PlanningRegime.MaxCandidatesPerTitle, guidance, Confidence.News)
            .Source(PlanningRegime.MinCandidatesPerTitle, guidance, Confidence.News)
            .Source(PlanningRegime.FewCandidates, guidance, Confidence.Unconfirmed)
            .Source(PlanningRegime.CommitteeCoefficient, guidance, Confidence.Unconfirmed)
            .Source(PlanningRegime.MaxTitlesPerCandidate, guidance, Confidence.Unconfirmed)
            .Source(PlanningRegime.OnlyHigherTitle, guidance, Confidence.Unconfirmed)
            .Source(PlanningRegime.NotWithAppointmentProposal, guidance, Confidence.Unconfirmed)
            .Source(PlanningRegime.MonthsLeft, guidance, Confidence.Unconfirmed)
            .Source(PlanningRegime.PreferredMonthsLeft, guidance, Confidence.Unconfirmed)
            .Source(PlanningRegime.DisciplineBar, PlanningDocuments.Law52Of2019.Whole(), Confidence.Confirmed)
            .Source(PlanningRegime.DisciplinedSincePlanning, guidance, Confidence.Unconfirmed)
            .Source(PlanningRegime.NotCompleteLatestYear, guidance, Confidence.Unconfirmed)
            .Source(PlanningRegime.PoliticalStandard, guidance, Confidence.Unconfirmed)
            .Source(PlanningRegime.YoungShare, guidance, Confidence.Unconfirmed)
            .Source(PlanningRegime.WomenShare, guidance, Confidence.Unconfirmed)
            .Source(PlanningRegime.TitleStandards, guidance, Confidence.Unconfirmed)
            .Source(PlanningRegime.TitleStandardsPending, guidance, Confidence.Unconfirmed);
        var reference = new RegulationReference(
            "planning-term2020",
            T("Quy hoạch cán bộ nhiệm kỳ 2020–2025: từ 2 đến 4 người cho một chức danh, không quy hoạch 1 người cho 1 chức danh",
              "Planning for the 2020–2025 term: 2 to 4 candidates per title, never one candidate for one title"),
            RegulationTopic.Planning,
            guidance,
            [new RegulationScope(SubjectKind.Cadre, EffectivePeriod.Between(new LocalDate(2012, 11, 5), new LocalDate(2021, 12, 26)))]);
        return new PlanningRegulation(reference, ParameterSet.Defaults(regime.Schema, regime.Constraints), regime);
    }

    private static PlanningRegulation CreateQd50()
    {
        Citation qd50 = PlanningDocuments.Qd50.Whole();
        Citation hd16 = PlanningDocuments.Hd16.Whole();
        PlanningRegime regime = Regime(new RegimeSettings
        {
            Prefix = "QD50",
            CandidateBounds = hd16,
            CandidateBoundsConfidence = Confidence.News,
            MinimumPerTitle = 0,
            MinimumConfidence = Confidence.Unconfirmed,
            MaximumPerTitle = 3,
            BoundsPerSeat = false,
            BoundsPerSeatConfidence = Confidence.Unconfirmed,
            Committee = hd16,
            CommitteeConfidence = Confidence.Unconfirmed,
            Titles = hd16,
            TitlesConfidence = Confidence.Confirmed,
            OnlyHigher = false,
            NotWithAppointment = false,
            Age = qd50,
            AgeConfidence = Confidence.Confirmed,
            MonthsLeftTwoLevelsUp = 60,
            TwoLevelsUpConfidence = Confidence.Unconfirmed,
            Removal = qd50,
            RemovalConfidence = Confidence.Confirmed,
            ExpiredMinorDisciplineKeeps = false,
            Structure = qd50,
            StructureConfidence = Confidence.Confirmed,
            StructureTargetsApply = true,
            TitleStandards = qd50,
            TitleStandardsConfidence = Confidence.Unconfirmed,
            TitleStandardsApply = false,
        })
            .Source(PlanningRegime.MaxCandidatesPerTitle, hd16, Confidence.News)
            .Source(PlanningRegime.MinCandidatesPerTitle, hd16, Confidence.Unconfirmed)
            .Source(PlanningRegime.FewCandidates, hd16, Confidence.Unconfirmed)
            .Source(PlanningRegime.CommitteeCoefficient, hd16, Confidence.Unconfirmed)
            .Source(PlanningRegime.MaxTitlesPerCandidate, hd16, Confidence.Confirmed)
            .Source(PlanningRegime.OnlyHigherTitle, hd16, Confidence.Unconfirmed)
            .Source(PlanningRegime.NotWithAppointmentProposal, qd50, Confidence.Unconfirmed)
            .Source(PlanningRegime.MonthsLeft, qd50, Confidence.Confirmed)
            .Source(PlanningRegime.PreferredMonthsLeft, qd50, Confidence.News)
            .Source(PlanningRegime.DisciplineBar, PlanningDocuments.Law52Of2019.Whole(), Confidence.Confirmed)
            .Source(PlanningRegime.DisciplinedSincePlanning, qd50, Confidence.Confirmed)
            .Source(PlanningRegime.NotCompleteLatestYear, qd50, Confidence.Confirmed)
            .Source(PlanningRegime.PoliticalStandard, qd50, Confidence.Confirmed)
            .Source(PlanningRegime.YoungShare, qd50, Confidence.Confirmed)
            .Source(PlanningRegime.WomenShare, qd50, Confidence.Confirmed)
            .Source(PlanningRegime.TitleStandards, qd50, Confidence.Unconfirmed)
            .Source(PlanningRegime.TitleStandardsPending, qd50, Confidence.Unconfirmed);
        var reference = new RegulationReference(
            "planning-qd50",
            T("Quy định 50-QĐ/TW về công tác quy hoạch cán bộ, hướng dẫn bởi Hướng dẫn 16-HD/BTCTW",
              "Regulation 50-QĐ/TW on cadre planning, with Guidance 16-HD/BTCTW"),
            RegulationTopic.Planning,
            qd50,
            [new RegulationScope(SubjectKind.Cadre, EffectivePeriod.Between(new LocalDate(2021, 12, 27), new LocalDate(2025, 10, 7)))]);
        return new PlanningRegulation(reference, ParameterSet.Defaults(regime.Schema, regime.Constraints), regime);
    }

    private static PlanningRegulation CreateQd377()
    {
        Citation qd377 = PlanningDocuments.Qd377.Whole();
        Citation numbers = PlanningDocuments.Hd45.Section("II.6.2");
        Citation committee = PlanningDocuments.Hd45.Section("II.6.1");
        Citation age = PlanningDocuments.Hd45.Section("II.5.2");
        Citation structure = PlanningDocuments.Hd45.Section("II.6.3");
        Citation standards = PlanningDocuments.Hd45.Section("II.5.1");
        PlanningRegime regime = Regime(new RegimeSettings
        {
            Prefix = "QD377",
            CandidateBounds = numbers,
            CandidateBoundsConfidence = Confidence.Confirmed,
            MinimumPerTitle = 0,
            MinimumConfidence = Confidence.Confirmed,
            MaximumPerTitle = 3,
            BoundsPerSeat = true,
            BoundsPerSeatConfidence = Confidence.Confirmed,
            Committee = committee,
            CommitteeConfidence = Confidence.Confirmed,
            Titles = numbers,
            TitlesConfidence = Confidence.Confirmed,
            OnlyHigher = true,
            NotWithAppointment = true,
            Age = age,
            AgeConfidence = Confidence.Confirmed,
            MonthsLeftTwoLevelsUp = 120,
            TwoLevelsUpConfidence = Confidence.Confirmed,
            Removal = qd377,
            RemovalConfidence = Confidence.Unconfirmed,
            ExpiredMinorDisciplineKeeps = true,
            Structure = structure,
            StructureConfidence = Confidence.News,
            StructureTargetsApply = false,
            TitleStandards = standards,
            TitleStandardsConfidence = Confidence.Confirmed,
            TitleStandardsApply = true,
            AfterLevelReform = true,
        })
            .Source(PlanningRegime.MaxCandidatesPerTitle, numbers, Confidence.Confirmed)
            .Source(PlanningRegime.MinCandidatesPerTitle, numbers, Confidence.Unconfirmed)
            .Source(PlanningRegime.FewCandidates, numbers, Confidence.Unconfirmed)
            .Source(PlanningRegime.CommitteeCoefficient, committee, Confidence.Confirmed)
            .Source(PlanningRegime.MaxTitlesPerCandidate, numbers, Confidence.Confirmed)
            .Source(PlanningRegime.OnlyHigherTitle, PlanningDocuments.Hd45.Section("II.1.2"), Confidence.Confirmed)
            .Source(PlanningRegime.NotWithAppointmentProposal, qd377, Confidence.Confirmed)
            .Source(PlanningRegime.MonthsLeft, age, Confidence.Confirmed)
            .Source(PlanningRegime.PreferredMonthsLeft, age, Confidence.Unconfirmed)
            .Source(PlanningRegime.DisciplineBar, PlanningDocuments.Law52Of2019.Whole(), Confidence.Confirmed)
            .Source(PlanningRegime.DisciplinedSincePlanning, PlanningDocuments.Hd45.Section("II.8"), Confidence.Confirmed)
            .Source(PlanningRegime.NotCompleteLatestYear, qd377, Confidence.News)
            .Source(PlanningRegime.PoliticalStandard, qd377, Confidence.Unconfirmed)
            .Source(PlanningRegime.YoungShare, structure, Confidence.News)
            .Source(PlanningRegime.WomenShare, structure, Confidence.News)
            .Source(PlanningRegime.TitleStandards, standards, Confidence.Confirmed)
            .Source(PlanningRegime.TitleStandardsPending, standards, Confidence.Confirmed);
        var reference = new RegulationReference(
            "planning-qd377",
            T("Quy định 377-QĐ/TW (quy hoạch cán bộ), hướng dẫn bởi Hướng dẫn 45-HD/BTCTW",
              "Regulation 377-QĐ/TW (cadre planning), with Guidance 45-HD/BTCTW"),
            RegulationTopic.Planning,
            qd377,
            [new RegulationScope(SubjectKind.Cadre, EffectivePeriod.From(new LocalDate(2025, 10, 8)))]);
        return new PlanningRegulation(reference, ParameterSet.Defaults(regime.Schema, regime.Constraints), regime);
    }
}
