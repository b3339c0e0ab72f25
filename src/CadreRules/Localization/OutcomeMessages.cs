using CadreRules.Rules;

namespace CadreRules.Localization;

/// <summary>What the engine's structural rules, retirement, the quotas and consequences, rotation, position change and
/// appointment rules say when they do not hold (what is wrong, with the numbers) and when they do not apply. The text
/// for when a rule holds is its template.</summary>
internal static class OutcomeMessages
{
    public static readonly StatusText[] Entries =
    [
        // The engine's structural rules.
        F("all-of", "Không đáp ứng tất cả các điều kiện sau: có điều kiện không đạt", "Not all of the following hold: a condition fails"),
        N("all-of", "Không điều kiện nào sau đây áp dụng", "None of the following applies"),
        F("any-of", "Không đáp ứng điều kiện nào trong các điều kiện sau", "None of the following holds"),
        N("any-of", "Không điều kiện nào sau đây áp dụng", "None of the following applies"),
        F("not", "Thuộc trường hợp sau", "The following holds"),
        N("not", "Trường hợp sau không áp dụng", "The following does not apply"),
        F("unless", "Không đáp ứng quy định được áp dụng (quy định riêng nếu có, nếu không thì quy định chung)", "The rule applied (the specific rule if it applies, otherwise the general one) does not hold"),
        N("unless", "Cả quy định riêng và quy định chung đều không áp dụng", "Neither the specific nor the general rule applies"),
        F("always", "Luôn đáp ứng", "Always satisfied"),
        F("never", "Không bao giờ đáp ứng", "Never satisfied"),
        F("not-applicable", "Không áp dụng", "Not applicable"),

        // Retirement.
        F("Retirement.NormalAge", "Không tính được tuổi nghỉ hưu (tuổi {retirementAge}, tháng {reachedIn})", "The retirement age could not be computed (age {retirementAge}, month {reachedIn})"),

        // The structure targets of a body.
        F("Composition.WomenShare", "Tỷ lệ nữ {share}, chưa đạt chỉ tiêu từ {target} trở lên", "Share of women {share}, below the target of at least {target}"),
        F("Composition.YoungShare", "Tỷ lệ cán bộ trẻ (dưới {youngAge} tuổi) {share}, chưa đạt chỉ tiêu từ {target} trở lên", "Share of young cadres (under {youngAge}) {share}, below the target of at least {target}"),
        F("Composition.EthnicMinorityShare", "Tỷ lệ cán bộ người dân tộc thiểu số {share}, chưa đạt chỉ tiêu từ {target} trở lên", "Share of ethnic-minority cadres {share}, below the target of at least {target}"),

        F("Structure.Targets", "Cấp ủy chưa đạt chỉ tiêu cơ cấu của chỉ thị ({total} cấp ủy viên)", "The committee misses the directive's structure targets ({total} members)"),
        F("Structure.WomenShare", "Nữ {share}, chưa đạt chỉ tiêu từ {target}: cần {required} người, thiếu {shortfall}", "Women {share}, below the target of at least {target}: {required} needed, {shortfall} short"),
        F("Structure.StandingCommitteeWomen", "Ban thường vụ có {count} nữ, chưa đạt tối thiểu {required}", "The standing committee has {count} women, fewer than {required}"),
        N("Structure.Renewal", "Không tính tỷ lệ đổi mới (chỉ tiêu từ {target}): tổ chức hợp nhất, sáp nhập, hoặc hồ sơ chưa ghi đủ người tham gia lần đầu", "Renewal (target at least {target}) not counted: a merged organisation, or the first-elected members not given for everyone"),
        N("Structure.StandingCommitteeWomen", "Hồ sơ chưa ghi ban thường vụ: chưa xác định được số nữ (tối thiểu {required})", "The standing committee is not given: its women (at least {required}) cannot be counted"),
        F("Structure.Renewal", "Cấp ủy viên tham gia lần đầu {share}, chưa đạt chỉ tiêu từ {target}: cần {required} người, thiếu {shortfall}", "Members elected for the first time {share}, below the target of at least {target}: {required} needed, {shortfall} short"),
        N("Structure.AgeBands", "Ba độ tuổi: chỉ thị không cho giới hạn các độ tuổi nên chưa xét (tham số ageBands.youngestBelow, ageBands.oldestFrom chưa đặt)", "Three age bands: the directive gives no band limits, so they are not checked (parameters ageBands.youngestBelow, ageBands.oldestFrom not set)"),
        F("Structure.AgeBands", "Ba độ tuổi (dưới {youngestBelow}, từ {youngestBelow} đến dưới {oldestFrom}, từ {oldestFrom} tuổi): {youngest}, {middle}, {oldest} người; có độ tuổi chưa có người nào", "Three age bands (under {youngestBelow}, {youngestBelow} to under {oldestFrom}, {oldestFrom} and over): {youngest}, {middle}, {oldest} members; a band has no member"),
        F("Structure.YoungShare", "Dưới {youngAge} tuổi {share}, chưa đạt chỉ tiêu từ {target}: cần {required} người, thiếu {shortfall}", "Under {youngAge} {share}, below the target of at least {target}: {required} needed, {shortfall} short"),

        // Quotas.
        F("Quota.Allocation", "Sau khi áp dụng tỷ lệ HTXS ({regime}) cho {groups} nhóm ({demoted} người chuyển xuống HTT), vẫn có nhóm vượt tỷ lệ do cách làm tròn ({rounding})", "After the HTXS quota ({regime}) was applied to {groups} groups ({demoted} moved to HTT), a group still exceeds it because of the rounding ({rounding})"),
        F("Quota.Group", "Đơn vị {unit}, nhóm {peerGroup}: giữ {kept} HTXS so với {finalGood} HTT sau cùng, vượt tỷ lệ cho phép (do cách làm tròn)", "Unit {unit}, group {peerGroup}: {kept} HTXS kept against {finalGood} finally rated HTT, above the allowed share (because of the rounding)"),
        F("Quota.Demoted", "{id} (điểm {score}) xếp thứ {rank} trong {qualified} người đủ điều kiện HTXS, trong số {kept} người được giữ", "{id} (score {score}) ranks {rank} of {qualified} qualifying for HTXS, within the {kept} kept"),
        .. Quota("QD366.Quota.HTXS", "20%"),
        .. Quota("QD366.Quota.HTXSOutstanding", "25%"),
        .. Quota("QD124.Quota.HTXS", "20%"),
        .. Quota("HD21.Quota.HTXS", "20%"),
        .. Quota("ND335.Quota.HTXS", "20%"),
        .. Quota("ND335.Quota.HTXSOutstanding", "25%"),
        .. Quota("ND233.Quota.HTXS", "20%"),
        .. Quota("ND233.Quota.HTXSOutstanding", "25%"),
        F("ND233.Quota.UnitHTXS", "Số đơn vị sự nghiệp HTXS vượt quá 20% số đơn vị được xếp HTT thuộc phạm vi quản lý", "Public service units rated HTXS exceed 20% of the units rated HTT under the same authority"),
        F("ND233.Quota.UnitHTXSOutstanding", "Số đơn vị HTXS vượt quá 25% số đơn vị HTT", "Units rated HTXS exceed 25% of the units rated HTT"),
        F("ND233.Quota.SmallParent", "Đơn vị có dưới 5 đơn vị trực thuộc có quá 1 đơn vị được xếp HTXS", "A parent with fewer than 5 subordinate units has more than 1 unit rated HTXS"),
        F("ND48.Quota.PartyShare", "Đơn vị {unit}, nhóm {peerGroup}: tỷ lệ HTXS bên chính quyền {stateShare} vượt quá tỷ lệ đảng viên HTXS {partyShare}", "Unit {unit}, group {peerGroup}: the State HTXS share {stateShare} exceeds the Party HTXS share {partyShare}"),
        N("ND48.Quota.PartyShare", "Đơn vị {unit}, nhóm {peerGroup}: chưa so sánh được tỷ lệ HTXS bên chính quyền ({stateShare}) với bên đảng ({partyShare})", "Unit {unit}, group {peerGroup}: the State HTXS share ({stateShare}) cannot be compared with the Party share ({partyShare})"),

        // Consequences of an evaluation history.
        .. Consequence("CBCC2008.TwoConsecutiveKHT.Dismissal", "Chưa có 02 năm liên tiếp xếp loại không hoàn thành nhiệm vụ: không giải quyết thôi việc theo căn cứ này", "No two consecutive KHT years: no dismissal on this ground"),
        .. Consequence("CBCC2008.TwoConsecutiveKHT.Removal", "Chưa có 02 năm liên tiếp xếp loại không hoàn thành nhiệm vụ: không miễn nhiệm theo căn cứ này", "No two consecutive KHT years: no removal on this ground"),
        .. Consequence("CBCC2008.TwoKHTWithinThree.LowerPosition", "Chưa có 02 năm không hoàn thành nhiệm vụ trong 03 năm: không bố trí vị trí thấp hơn theo căn cứ này", "No two KHT years within three: no lower position on this ground"),
        .. Consequence("CBCC2008.TwoKHTInTerm.Reassignment", "Chưa có 02 năm không hoàn thành nhiệm vụ trong một thời hạn bổ nhiệm: không bố trí công tác khác theo căn cứ này", "No two KHT years in one appointment term: no reassignment on this ground"),
        .. Consequence("ND335.KHT.LowerPositionOrDismissal", "Năm gần nhất không xếp loại không hoàn thành nhiệm vụ: không xem xét theo căn cứ này", "The latest year is not rated KHT: nothing to consider on this ground"),
        .. Consequence("TT08.SalaryStepDelay", "Không kéo dài thời gian nâng bậc lương (năm không hoàn thành nhiệm vụ: {years}; kỷ luật: {discipline})", "No salary step delay (KHT years: {years}; discipline: {discipline})"),
        .. Consequence("TT08.SalaryStepDelay.UncoveredDiscipline", "Hình thức kỷ luật {discipline} thuộc các trường hợp đã mã hóa", "The discipline {discipline} is among the encoded cases"),
        F("Consequence.Undetermined.BeforeEncodedLaw", "Văn bản áp dụng vào ngày hỏi {asOf} đã được mã hóa", "The text in force on {asOf} is encoded"),
        F("Consequence.Undetermined.Transition", "Ngày hỏi {asOf} không thuộc giai đoạn chuyển tiếp 01/07/2025 – 31/12/2025", "{asOf} is outside the 01/07/2025 – 31/12/2025 transition"),
        F("Consequence.Undetermined.Subject", "Có quy định đã mã hóa cho đối tượng này vào ngày hỏi {asOf}", "An encoded rule covers this kind of subject on {asOf}"),
        F("Consequence.Undetermined.BeforeTT08", "TT 08/2013/TT-BNV đã có hiệu lực vào ngày hỏi {asOf}", "TT 08/2013/TT-BNV is in force on {asOf}"),

        // Rotation.
        F("Rotation.Eligibility", "Chưa đủ tiêu chuẩn, điều kiện luân chuyển: có điều kiện không đạt", "Does not meet the conditions for rotation: a condition fails"),
        F("Rotation.InPlanning", "Cán bộ luân chuyển để đào tạo nhưng không trong quy hoạch chức danh lãnh đạo, quản lý", "Rotated for training but not in planning for a leadership title"),
        N("Rotation.InPlanning", "Không luân chuyển để đào tạo: không xét điều kiện trong quy hoạch", "Not rotated for training: being in planning is not required"),
        F("Rotation.ServiceLeft", "Tính từ ngày luân chuyển {start}: {serviceLeft}, cần ít nhất {minMonths} tháng", "From the rotation date {start}: {serviceLeft}; at least {minMonths} needed"),
        F("Rotation.ServiceLeft.SpecialCase", "Không có quyết định trường hợp đặc biệt về thời gian công tác còn lại", "No special-case decision on the working time left"),
        N("Rotation.ServiceLeft.SpecialCase", "Không có quyết định trường hợp đặc biệt: không xét", "No special-case decision: not considered"),
        F("Rotation.NotUnderDisciplinaryReview", "Đang trong thời gian bị xem xét kỷ luật", "Under disciplinary review"),
        N("Rotation.NotUnderDisciplinaryReview", "Luân chuyển từ ngày 01/07/2025, hoặc biến thể không coi việc đang bị xem xét kỷ luật là cản trở: không xét theo điều kiện này", "A rotation from 01/07/2025, or a variant that does not bar rotation during a disciplinary review: not checked under this condition"),
        F("Rotation.NotUnderDisciplinaryReview.Law80", "Đang trong thời gian bị xem xét kỷ luật: không được luân chuyển từ ngày 01/07/2025", "Under disciplinary review: no rotation from 01/07/2025"),
        N("Rotation.NotUnderDisciplinaryReview.Law80", "Luân chuyển bắt đầu trước ngày 01/07/2025: không xét theo Luật Cán bộ, công chức 80/2025/QH15", "Rotation starting before 01/07/2025: not checked under Luật Cán bộ, công chức 80/2025/QH15"),
        F("Rotation.EquivalentPost", "Chức vụ bố trí không tương đương (so sánh: {comparison}); chức vụ cao hơn chỉ khi cán bộ có phẩm chất, năng lực nổi trội (nổi trội: {outstanding})", "The post is not equivalent (comparison: {comparison}); a higher one only for an outstanding cadre (outstanding: {outstanding})"),
        F("Rotation.NoNewTitle", "Tăng thêm chức danh để bố trí cán bộ luân chuyển", "A title is added to place the rotated cadre"),
        F("Rotation.Duration", "Thời gian luân chuyển dự kiến chỉ {plannedMonths} tháng, cần ít nhất {minMonths} tháng", "Planned rotation of only {plannedMonths} months; at least {minMonths} needed"),
        N("Rotation.Duration", "Luân chuyển bắt đầu trước ngày 01/07/2025: không xét theo NĐ 170/2025/NĐ-CP", "Rotation starting before 01/07/2025: not checked under NĐ 170/2025/NĐ-CP"),
        F("Rotation.Duration.Nd138", "Thời gian luân chuyển dự kiến chỉ {plannedMonths} tháng, cần ít nhất {minMonths} tháng (trước ngày 01/07/2025)", "Planned rotation of only {plannedMonths} months; at least {minMonths} needed (before 01/07/2025)"),
        N("Rotation.Duration.Nd138", "Luân chuyển bắt đầu từ ngày 01/07/2025: không xét theo văn bản trước đó", "Rotation starting on or after 01/07/2025: not checked under the earlier text"),
        F("Rotation.NonLocal.Share", "Tỷ lệ không phải người địa phương {share} ({nonLocal}/{total}) chưa đạt chỉ tiêu {target}, còn thiếu {gap}", "Non-local share {share} ({nonLocal}/{total}) below the target of {target}, short by {gap}"),
        N("Rotation.NonLocal.Share", "Không có bí thư, chủ tịch nào để tính tỷ lệ không phải người địa phương", "No secretary or chair to compute the non-local share"),
        F("Rotation.NonLocal.SecretaryTenure", "Đã giữ chức bí thư ở {unit} từ {since}: {years} năm, từ {maxYears} năm trở lên: cần bố trí sang nơi khác", "Secretary of {unit} since {since}: {years} years, {maxYears} or more: a move is due"),

        // Transfer and secondment.
        F("Movement.Eligibility", "Chưa đủ điều kiện điều động, biệt phái: có điều kiện không đạt", "May not be transferred or seconded: a condition fails"),
        F("Movement.Bar.DisciplinaryReview", "Đang trong thời gian bị xem xét kỷ luật", "Under disciplinary review"),
        F("Movement.Bar.Investigation", "Đang bị khởi tố, điều tra hoặc liên quan đến việc đang bị thanh tra, kiểm tra", "Prosecuted, investigated or involved in an inspection"),
        F("Movement.Bar.SeriousIllness", "Đang điều trị bệnh hiểm nghèo", "Being treated for a serious illness"),
        F("Movement.Bar.StudyOrSecondment", "Đang đi học dài hạn hoặc đang biệt phái", "Away on long study or already seconded"),
        F("Movement.Bar.PregnancyOrYoungChild", "Đang mang thai, nghỉ thai sản hoặc nuôi con dưới 36 tháng tuổi và không có nguyện vọng", "Pregnant, on maternity leave or raising a child under 36 months, and did not ask to be moved"),
        F("Movement.Bar.Hardship", "Có hoàn cảnh gia đình đặc biệt khó khăn và không có nguyện vọng", "In particular family hardship, and did not ask to be moved"),
        F("Movement.Bar.WaivedOnRequest", "Không có nguyện vọng được điều động, biệt phái", "The person did not ask to be moved"),
        F("Movement.Transfer.Allowance", "Không xác định được thời hạn bảo lưu phụ cấp", "The allowance retention could not be set"),
        N("Movement.Bar.WaivedOnRequest", "Người được điều động, biệt phái không có nguyện vọng: không xét", "The person did not ask to be moved: not considered"),
        F("Movement.Secondment.Duration", "Biệt phái dự kiến đến ngày {plannedEnd}, quá ngày muộn nhất {latestEnd} ({maxMonths} tháng)", "Secondment planned to {plannedEnd}, after the latest end {latestEnd} ({maxMonths} months)"),
        N("Movement.Secondment.Duration", "Không phải biệt phái hoặc chưa có ngày kết thúc dự kiến: không xét thời hạn", "Not a secondment, or no planned end: the duration is not checked"),
        N("Movement.Transfer.Allowance", "Không phải điều động: không xét bảo lưu phụ cấp", "Not a transfer: the allowance retention does not apply"),

        // Periodic position change.
        F("PositionChange.Decision", "Không xác định được việc định kỳ chuyển đổi vị trí công tác", "The periodic change of position could not be decided"),
        F("PositionChange.Exempt", "Còn {monthsLeft} tháng đến tuổi nghỉ hưu, không dưới {thresholdMonths} tháng: không thuộc trường hợp miễn chuyển đổi", "{monthsLeft} months to retirement, not under {thresholdMonths}: not exempt from a change"),
        F("PositionChange.Due", "Mới giữ vị trí {monthsInPost} tháng, chưa đủ thời hạn {periodMonths} tháng của ngành, lĩnh vực {sector} (đến ngày {dueOn})", "Only {monthsInPost} months in the position, short of the {sector} period of {periodMonths} months (reached on {dueOn})"),
        F("PositionChange.Deferred", "Không thuộc trường hợp chưa thực hiện chuyển đổi", "Not a case in which the change is deferred"),
        F("PositionChange.Deferral.DisciplinaryReview", "Không trong thời gian bị xem xét, xử lý kỷ luật", "Not under disciplinary review"),
        F("PositionChange.Deferral.Investigation", "Không bị kiểm tra, xác minh, thanh tra, điều tra, truy tố, xét xử", "Not under inspection, verification, investigation, prosecution or trial"),
        F("PositionChange.Deferral.SeriousIllness", "Không điều trị bệnh hiểm nghèo có xác nhận của cơ quan y tế", "Not treated for a certified serious illness"),
        F("PositionChange.Deferral.Study", "Không đi học tập trung từ 12 tháng trở lên", "Not in full-time study of 12 months or more"),
        F("PositionChange.Deferral.Secondment", "Không biệt phái", "Not on secondment"),
        F("PositionChange.Deferral.Pregnancy", "Không mang thai", "Not pregnant"),
        F("PositionChange.Deferral.YoungChild", "Không nuôi con nhỏ dưới 36 tháng tuổi", "Not raising a child under 36 months"),
        F("PositionChange.Deferral.FatherAlone", "Không phải nam giới nuôi con nhỏ dưới 36 tháng tuổi một mình", "Not a father raising a child under 36 months alone"),

        // Appointment and committee membership.
        F("Appointment.Eligibility", "Chưa đủ tiêu chuẩn, điều kiện bổ nhiệm: có điều kiện không đạt", "Does not meet the conditions for appointment: a condition fails"),
        F("Appointment.Planned", "Không được quy hoạch chức danh dự kiến bổ nhiệm hay chức danh tương đương trở lên", "Not planned for the title nor for an equivalent or higher one"),
        F("Appointment.TimeInPost", "Mới giữ chức vụ hiện tại hoặc tương đương {monthsInPost} tháng, cần ít nhất {minMonths} tháng", "Only {monthsInPost} months in the current or an equivalent post; at least {minMonths} needed"),
        N("Appointment.TimeInPost", "Không bổ nhiệm chức vụ cao hơn: không xét thời gian giữ chức vụ", "Not an appointment to a higher post: the time in post is not checked"),
        F("Appointment.TimeInPost.Exception", "Không có căn cứ miễn điều kiện thời gian giữ chức vụ", "No ground to lift the time-in-post condition"),
        N("Appointment.TimeInPost.Exception", "Không có căn cứ miễn điều kiện thời gian giữ chức vụ: không xét", "No ground to lift the time-in-post condition: not considered"),
        F("Appointment.Age", "Tại tháng nhận hồ sơ {dossierMonth}: {serviceLeft}, cần ít nhất {minMonths} tháng", "At the dossier month {dossierMonth}: {serviceLeft}; at least {minMonths} needed"),
        N("Appointment.Age", "Không bổ nhiệm lần đầu hay chức vụ cao hơn: không xét tuổi", "Neither a first appointment nor a higher post: the age is not checked"),
        F("Appointment.Age.SpecialCase", "Trường hợp đặc biệt: {serviceLeft}, cần ít nhất {minMonths} tháng ({reason})", "Special case: {serviceLeft}; at least {minMonths} needed ({reason})"),
        N("Appointment.Age.SpecialCase", "Không có quyết định trường hợp đặc biệt về tuổi: không xét", "No special-case decision on age: not considered"),
        F("Appointment.DisciplineBar", "Đang trong thời hạn chưa được bổ nhiệm do bị kỷ luật (đến hết ngày {barredUntil}, bổ nhiệm được từ {eligibleFrom})", "A discipline bar on appointment is running (until {barredUntil}; eligible from {eligibleFrom})"),
        F("Appointment.Evaluation", "Bị xếp loại Không hoàn thành nhiệm vụ năm {khtYear}, trong {years} năm gần nhất", "Rated Không hoàn thành nhiệm vụ in {khtYear}, within the {years} most recent years"),
        F("CommitteeMembership.ServiceLeft", "Tại tháng {ageMonth}: {serviceLeft}, cần ít nhất {minMonths} tháng", "At {ageMonth}: {serviceLeft}; at least {minMonths} needed"),
    ];

    private static StatusText[] Quota(string code, string cap) =>
    [
        F(code, "Số HTXS sau cùng vượt quá " + cap + " số được xếp HTT (do cách làm tròn)", "The final HTXS exceed " + cap + " of those rated HTT (because of the rounding)"),
    ];

    private static StatusText[] Consequence(string code, string vietnamese, string english) =>
    [
        F(code, vietnamese, english),
        N(code, "Chưa xác định được hệ quả này vào ngày hỏi {asOf}", "This consequence cannot be determined on {asOf}"),
    ];

    private static StatusText F(string code, string vietnamese, string english) => new(code, FindingStatus.NotSatisfied, new LocalizedText(vietnamese, english));

    private static StatusText N(string code, string vietnamese, string english) => new(code, FindingStatus.NotApplicable, new LocalizedText(vietnamese, english));
}
