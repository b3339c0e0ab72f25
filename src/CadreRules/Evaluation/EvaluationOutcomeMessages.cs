using System.Collections.Generic;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>
/// What the evaluation rules say when they do not hold (what is wrong, with the numbers) and when they do not apply.
/// The text for when a rule holds is its template (<see cref="EvaluationMessages"/>). A Không hoàn thành nhiệm vụ
/// ground "holds" when the ground is present, so its failure text says the ground is absent.
/// </summary>
internal static class EvaluationOutcomeMessages
{
    public static readonly StatusText[] Entries =
    [
        // QĐ 366-QĐ/TW
        .. Classification("QD366", "QĐ 366-QĐ/TW"),
        .. PartyExclusions("QD366"),
        .. ScoreBelow("QD366.KHT.ScoreBelowMinimum", "Tổng điểm", "Total score"),
        F("QD366.KHT.FailedTasks", "{failed}/{total} nhiệm vụ không hoàn thành ({share}), không vượt quá {threshold}", "{failed}/{total} tasks not completed ({share}), not above {threshold}"),
        .. DutyDiscipline("QD366.KHT.DutyDiscipline", "công vụ", "duty"),
        .. Degradation("QD366.KHT.Degradation"),
        F("QD366.KHT.Prohibitions", "Không vi phạm những điều đảng viên không được làm hay trách nhiệm nêu gương", "No breach of what party members must not do nor of the duty to set an example"),
        F("QD366.KHT.UnitCompletion", "Hoàn thành {completed}/{total} nhiệm vụ theo kế hoạch ({share}), không dưới {threshold}", "Completed {completed}/{total} planned tasks ({share}), not below {threshold}"),
        F("QD366.KHT.SocioEconomicTargets", "Chỉ tiêu kinh tế - xã hội cơ bản: thiếu {missed}/{assigned}, chưa là căn cứ Không hoàn thành nhiệm vụ (cách đọc: {policy})", "Basic socio-economic targets: {missed}/{assigned} missed, not a Không hoàn thành nhiệm vụ ground (reading: {policy})"),
        F("QD366.KHT.UnitsNotComplete", "{count}/{total} đơn vị phụ trách bị xếp loại Không hoàn thành nhiệm vụ, không vượt quá {threshold}", "{count}/{total} units in charge rated Không hoàn thành nhiệm vụ, not above {threshold}"),
        F("QD366.KHT.LowConfidence", "{low}/{cast} phiếu tín nhiệm thấp, không vượt quá {threshold}", "{low}/{cast} low-confidence ballots, not above {threshold}"),
        F("QD366.KHT.CorruptionInScope", "Không có tham nhũng, lãng phí, tiêu cực trong phạm vi quản lý trực tiếp bị xử lý kỷ luật", "No corruption, waste or misconduct in the direct scope was disciplined"),
        F("QD366.KHT.PersonnelWrongdoing", "Không bị kết luận có sai phạm trong công tác cán bộ, mất đoàn kết, bè phái, chạy chức, chạy quyền", "No wrongdoing in personnel work, disunity, factions or buying of posts was concluded"),
        F("QD366.KHT.MemberDisciplined", "Không có thành viên tập thể lãnh đạo bị kỷ luật từ khiển trách trở lên vì vi phạm chức trách ({count})", "No leadership member disciplined at khiển trách or above for a duty-related violation ({count})"),
        F("QD366.KHT.MemberDegraded", "Không có thành viên tập thể lãnh đạo bị kết luận suy thoái ({count})", "No leadership member concluded to show degradation ({count})"),
        .. Level("QD366.HTXS", "Hoàn thành xuất sắc nhiệm vụ", "khung điểm hoặc một điều kiện", "the score band or a condition"),
        .. Level("QD366.HTT", "Hoàn thành tốt nhiệm vụ", "khung điểm hoặc một điều kiện", "the score band or a condition"),
        .. Level("QD366.HTNV", "Hoàn thành nhiệm vụ", "khung điểm hoặc một điều kiện", "the score band or a condition"),
        .. Band("QD366.HTXS.Score", "Tổng điểm", "Total score"),
        .. Band("QD366.HTT.Score", "Tổng điểm", "Total score"),
        .. Band("QD366.HTNV.Score", "Tổng điểm", "Total score"),
        .. OnTime("QD366.HTXS.AllOnTime", "nhiệm vụ hoàn thành đúng hạn, bảo đảm chất lượng", "tasks done on time and to quality"),
        .. OnTime("QD366.HTT.AllOnTime", "nhiệm vụ hoàn thành đúng hạn, bảo đảm chất lượng", "tasks done on time and to quality"),
        .. Exceeded("QD366.HTXS.ExceededShare", "nhiệm vụ vượt mức", "tasks exceeded"),
        F("QD366.HTXS.ShortcomingsFixed", "Mới khắc phục {fixed}/{found} hạn chế, khuyết điểm của kỳ kiểm điểm trước; cần khắc phục hết", "Only {fixed}/{found} shortcomings from the previous review fixed; all must be"),
        .. NoneDisciplined("QD366.HTXS.NoneDisciplined"),
        F("QD366.HTXS.UnitTasks", "Đơn vị trực tiếp lãnh đạo chưa hoàn thành 100% nhiệm vụ hoặc chỉ {exceeded}/{total} vượt mức ({share}), yêu cầu ít nhất {threshold}", "The units directly led do not complete every task, or only {exceeded}/{total} exceeded ({share}), at least {threshold} required"),
        .. OnTime("QD366.HTT.UnitTasks", "nhiệm vụ của đơn vị trực tiếp lãnh đạo đúng hạn, bảo đảm chất lượng", "tasks of the units directly led on time and to quality"),
        F("QD366.HTNV.UnitTasks", "Đơn vị trực tiếp lãnh đạo chưa hoàn thành 100% nhiệm vụ hoặc {late}/{total} chưa bảo đảm tiến độ ({share}), vượt quá {threshold}", "The units directly led do not complete every task, or {late}/{total} are late ({share}), above {threshold}"),
        .. Completed("QD366.HTNV.AllCompleted"),
        F("QD366.HTNV.LateShare", "{late}/{total} nhiệm vụ chưa bảo đảm tiến độ ({share}), vượt quá {threshold}", "{late}/{total} tasks late ({share}), above {threshold}"),
        F("QD366.Policy.HighScore", "Chính sách khi điểm thuộc khung nhưng không đáp ứng điều kiện ({policy}) không quyết định kết quả", "The policy for a score in a band whose conditions fail ({policy}) did not decide the outcome"),
        N("QD366.Policy.HighScore", "Chính sách khi điểm thuộc khung nhưng không đáp ứng điều kiện ({policy}): không cần dùng cho trường hợp này", "Policy for a score in a band whose conditions fail ({policy}): not needed in this case"),
        F("QD366.Mitigation.CompetentLevelDecides", "Không có tình tiết để cấp có thẩm quyền xem xét căn cứ Không hoàn thành nhiệm vụ ({ground})", "No mitigation for the competent level to weigh against the Không hoàn thành nhiệm vụ ground ({ground})"),
        .. Gap("QD366.Gap.NoLevel"),

        // QĐ 124-QĐ/TW
        .. Classification("QD124", "QĐ 124-QĐ/TW"),
        .. PartyExclusions("QD124"),
        F("QD124.KHT.PoorCriterion", "Không có tiêu chí đánh giá ở mức Kém (chung: {general}, kết quả: {results})", "No criterion graded Kém (general: {general}, results: {results})"),
        F("QD124.KHT.Discipline", "Không bị xử lý kỷ luật trong năm {year}, trừ trường hợp tự phát hiện và khắc phục ({count} quyết định)", "No discipline in {year} other than self-discovered and remedied ({count} decisions)"),
        .. Degradation("QD124.KHT.Degradation"),
        F("QD124.KHT.UnitCompletion", "Đơn vị trực tiếp lãnh đạo hoàn thành {completed}/{total} chỉ tiêu ({share}), không dưới {threshold}", "Units directly led completed {completed}/{total} targets ({share}), not below {threshold}"),
        F("QD124.KHT.CollectiveDisciplined", "Tập thể lãnh đạo không bị kỷ luật trong năm", "The leadership collective was not disciplined in the year"),
        F("QD124.KHT.SubordinatesDisciplined", "{count}/{total} đơn vị trực thuộc bị kỷ luật, không vượt quá {threshold}", "{count}/{total} subordinate units disciplined, not above {threshold}"),
        .. Level("QD124.HTXS", "Hoàn thành xuất sắc nhiệm vụ", "một tiêu chí", "a criterion"),
        .. Level("QD124.HTT", "Hoàn thành tốt nhiệm vụ", "một tiêu chí", "a criterion"),
        .. Level("QD124.HTNV", "Hoàn thành nhiệm vụ", "một tiêu chí", "a criterion"),
        F("QD124.HTXS.Criteria", "Chưa đạt: cần các tiêu chí Tốt trở lên và tiêu chí kết quả Xuất sắc (chung: {general}, kết quả: {results})", "Not met: all criteria Tốt or better and task results Xuất sắc required (general: {general}, results: {results})"),
        .. OnTime("QD124.HTXS.AllOnTime", "chỉ tiêu, nhiệm vụ đúng tiến độ, bảo đảm chất lượng", "targets on time and to quality"),
        .. Exceeded("QD124.HTXS.ExceededShare", "chỉ tiêu, nhiệm vụ vượt mức", "targets exceeded"),
        F("QD124.HTXS.UnitTargets", "Đơn vị trực tiếp phụ trách chưa hoàn thành tất cả chỉ tiêu hoặc chỉ {exceeded}/{total} vượt mức ({share}), yêu cầu {threshold} (chưa xác định)", "The units directly led do not complete every target, or only {exceeded}/{total} exceeded ({share}), {threshold} required (unconfirmed)"),
        .. NoneDisciplined("QD124.Collective.NoneDisciplined"),
        F("QD124.HTT.Criteria", "Chưa đạt: cần các tiêu chí Trung bình trở lên và kết quả Tốt trở lên (chung: {general}, kết quả: {results})", "Not met: all criteria Trung bình or better and task results Tốt or better required (general: {general}, results: {results})"),
        F("QD124.HTNV.Criteria", "Chưa đạt: có tiêu chí cơ bản dưới mức Trung bình (chung: {general}, kết quả: {results})", "Not met: a basic criterion is below Trung bình (general: {general}, results: {results})"),
        .. Gap("QD124.Gap.NoLevel"),

        // QĐ 132-QĐ/TW
        .. Classification("QD132", "QĐ 132-QĐ/TW"),
        .. PartyExclusions("QD132"),
        F("QD132.Excluded.NewCollective", "Tập thể đã thành lập {months} tháng, đủ {minimum} tháng trở lên", "Collective founded {months} months ago, at least {minimum}"),
        .. Degradation("QD132.KHT.Degradation"),
        F("QD132.KHT.Completion", "Hoàn thành {completed}/{total} chỉ tiêu, nhiệm vụ ({share}), không dưới {threshold}", "{completed}/{total} targets completed ({share}), not below {threshold}"),
        F("QD132.KHT.StateRating", "Không bị xếp loại Không hoàn thành nhiệm vụ bên chính quyền (mức chính quyền: {stateLevel})", "Not rated Không hoàn thành nhiệm vụ on the State side (State level: {stateLevel})"),
        F("QD132.KHT.PartyDiscipline", "Không bị thi hành kỷ luật đảng trong năm {year} ({count} quyết định)", "No party discipline in {year} ({count} decisions)"),
        F("QD132.KHT.BelowComplete", "Đã đạt một mức từ Hoàn thành nhiệm vụ trở lên", "A level of Hoàn thành nhiệm vụ or higher is reached"),
        .. Level("QD132.HTXS", "Hoàn thành xuất sắc nhiệm vụ", "một tiêu chuẩn", "a standard"),
        .. Level("QD132.HTT", "Hoàn thành tốt nhiệm vụ", "một tiêu chuẩn", "a standard"),
        .. Level("QD132.HTNV", "Hoàn thành nhiệm vụ", "một tiêu chuẩn", "a standard"),
        F("QD132.HTXS.Criteria", "Chưa đạt: cần tiêu chí kết quả Xuất sắc và tiêu chí khác Tốt trở lên (kết quả: {results}, chung: {general})", "Not met: task results Xuất sắc and other criteria Tốt or better required (results: {results}, general: {general})"),
        F("QD132.HTXS.StateExcellent", "Bên chính quyền không xếp loại Hoàn thành xuất sắc nhiệm vụ (mức: {stateLevel})", "Not rated Hoàn thành xuất sắc nhiệm vụ on the State side (level: {stateLevel})"),
        N("QD132.HTXS.StateExcellent", "Không phải cán bộ, công chức, viên chức có mức xếp loại bên chính quyền: không xét", "No State-side rating (not a cán bộ, công chức or viên chức): not considered"),
        F("QD132.HTT.Criteria", "Chưa đạt: cần các tiêu chí Tốt trở lên (chung: {general}, kết quả: {results}) (chưa xác định)", "Not met: all criteria Tốt or better required (general: {general}, results: {results}) (unconfirmed)"),
        F("QD132.HTNV.Criteria", "Chưa đạt: có tiêu chí dưới mức Trung bình (chung: {general}, kết quả: {results}) (chưa xác định)", "Not met: a criterion is below Trung bình (general: {general}, results: {results}) (unconfirmed)"),
        F("QD132.Leader.HTXS.UnitTargets", "Đơn vị chưa hoàn thành tất cả chỉ tiêu hoặc chỉ {exceeded}/{total} vượt mức ({share}), yêu cầu {threshold}", "The unit does not complete every target, or only {exceeded}/{total} exceeded ({share}), {threshold} required"),
        .. UnitsGood("QD132.Leader.HTXS.Units", "đơn vị trực thuộc", "subordinate units"),
        .. OnTime("QD132.Leader.HTT.UnitOnTime", "chỉ tiêu của đơn vị đúng tiến độ, chất lượng", "unit targets on time and to quality"),
        F("QD132.Leader.HTT.Units", "Chỉ {atLeastComplete}/{units} đơn vị trực thuộc Hoàn thành nhiệm vụ trở lên, yêu cầu {threshold}", "Only {atLeastComplete}/{units} subordinate units Hoàn thành nhiệm vụ or higher, {threshold} required"),
        N("QD132.Leader.HTT.Units", "Không có đơn vị trực thuộc: không xét", "No subordinate units: not considered"),
        F("QD132.Leader.HTNV.UnitTargets", "Đơn vị hoàn thành {completed}/{total} chỉ tiêu ({share}), không trên {threshold}, hoặc quá 20% chậm tiến độ", "The unit completed {completed}/{total} targets ({share}), not more than {threshold}, or more than 20% are late"),
        F("QD132.Cap.SickLeave", "Nghỉ ốm {months} tháng trong năm, dưới {minimum} tháng: không giới hạn mức", "Sick leave of {months} months in the year, under {minimum}: no cap"),

        // NĐ 90/2020 and NĐ 48/2023
        .. Classification("ND90", "NĐ 90/2020/NĐ-CP"),
        .. Classification("ND48", "NĐ 90/2020/NĐ-CP sửa đổi bởi NĐ 48/2023/NĐ-CP"),
        F("ND90.NotRated.MonthsWorked", "Công tác {months} tháng trong năm, đủ {minimum} tháng trở lên hoặc nghỉ thai sản (nghỉ thai sản: {maternity}): được xếp loại", "Worked {months} months in the year, at least {minimum} or on maternity leave (maternity leave: {maternity}): rated"),
        F("ND90.Cap.Leave", "Nghỉ {months} tháng trong năm, không trong khoảng từ {from} đến dưới {below} tháng: không giới hạn mức", "On leave {months} months in the year, not from {from} to under {below}: no cap"),
        F("ND90.KHT.Degradation", "Không bị kết luận có biểu hiện suy thoái", "Not concluded to show degradation"),
        F("ND90.KHT.NotOnTimeShare", "{notOnTime}/{total} tiêu chí chưa bảo đảm tiến độ, chất lượng ({share}), không vượt quá {threshold}", "{notOnTime}/{total} criteria not on time or below quality ({share}), not above {threshold}"),
        F("ND90.KHT.UnitCompletion", "Đơn vị được giao phụ trách hoàn thành {completed}/{total} chỉ tiêu ({share}), không dưới {threshold}", "The unit in charge completed {completed}/{total} targets ({share}), not below {threshold}"),
        F("ND90.KHT.CorruptionInScope", "Đơn vị thuộc quyền quản lý trực tiếp không có tham nhũng, lãng phí bị xử lý", "No corruption or waste handled by law in a directly managed unit"),
        F("ND90.KHT.Discipline", "Không bị xử lý kỷ luật hành chính trong năm {year} ({count} quyết định)", "No administrative discipline in {year} ({count} decisions)"),
        F("ND48.KHT.Discipline", "Không bị xử lý kỷ luật đảng hay hành chính trong năm {year} ({count} quyết định)", "No party or administrative discipline in {year} ({count} decisions)"),
        .. Level("ND90.HTXS", "Hoàn thành xuất sắc nhiệm vụ", "một tiêu chí", "a criterion"),
        .. Level("ND90.HTT", "Hoàn thành tốt nhiệm vụ", "một tiêu chí", "a criterion"),
        .. Level("ND90.HTNV", "Hoàn thành nhiệm vụ", "một tiêu chí", "a criterion"),
        F("ND90.HTXS.Criteria", "Tiêu chí chung chưa thực hiện tốt (mức: {general})", "General criteria not well met (grade: {general})"),
        F("ND90.HTT.Criteria", "Tiêu chí chung chưa thực hiện tốt (mức: {general})", "General criteria not well met (grade: {general})"),
        F("ND90.HTNV.Criteria", "Tiêu chí chung dưới mức Trung bình (mức: {general})", "General criteria below Trung bình (grade: {general})"),
        .. OnTime("ND90.HTXS.AllOnTime", "nhiệm vụ đúng tiến độ, chất lượng", "tasks on time and to quality"),
        .. OnTime("ND90.HTT.AllOnTime", "nhiệm vụ đúng tiến độ, chất lượng", "tasks on time and to quality"),
        .. Exceeded("ND90.HTXS.ExceededShare", "nhiệm vụ vượt mức", "tasks exceeded"),
        F("ND90.Leader.HTXS.UnitTargets", "Đơn vị chưa hoàn thành tất cả chỉ tiêu hoặc chỉ {exceeded}/{total} vượt mức ({share}), yêu cầu {threshold}", "The unit does not complete every target, or only {exceeded}/{total} exceeded ({share}), {threshold} required"),
        .. UnitsGood("ND90.Leader.Units", "đơn vị", "units"),
        .. OnTime("ND90.Leader.HTT.UnitOnTime", "chỉ tiêu của đơn vị đúng tiến độ, chất lượng", "unit targets on time and to quality"),
        .. Completed("ND90.HTNV.AllCompleted"),
        F("ND90.HTNV.LateShare", "{late}/{total} tiêu chí chưa bảo đảm chất lượng, tiến độ ({share}), vượt quá {threshold}", "{late}/{total} criteria late or below quality ({share}), above {threshold}"),
        F("ND90.Leader.HTNV.UnitTargets", "Đơn vị hoàn thành {completed}/{total} chỉ tiêu ({share}), không trên {threshold}", "The unit completed {completed}/{total} targets ({share}), not more than {threshold}"),
        F("ND90.Leader.HTNV.Units", "Chỉ {atLeastComplete}/{units} đơn vị Hoàn thành nhiệm vụ trở lên, yêu cầu ít nhất {threshold}", "Only {atLeastComplete}/{units} units Hoàn thành nhiệm vụ or higher, at least {threshold} required"),
        N("ND90.Leader.HTNV.Units", "Không có đơn vị trực thuộc: không xét", "No subordinate units: not considered"),
        .. Gap("ND90.Gap.NoLevel"),

        // NĐ 335/2025 and NĐ 233/2026
        .. ScoreRegime("ND335", "NĐ 335/2025/NĐ-CP"),
        .. ScoreRegime("ND233", "NĐ 233/2026/NĐ-CP"),
        F("ND335.NotRated.MonthsWorked", "Công tác {months} tháng trong năm, đủ {minimum} tháng trở lên: được xếp loại", "Worked {months} months in the year, at least {minimum}: rated"),
        F("ND233.NotRated.MonthsWorked", "Công tác {months} tháng trong năm, đủ {minimum} tháng trở lên hoặc có nghỉ ốm, thai sản: được xếp loại", "Worked {months} months in the year, at least {minimum} or on sick or maternity leave: rated"),
        .. UnitCap("ND233.Cap.UnitGood"),
        .. UnitCap("ND233.Cap.UnitComplete"),
        .. UnitCap("ND233.KHT.UnitNotComplete"),
        .. Classification("ND90.Collective", "NĐ 90/2020/NĐ-CP (tập thể)"),
        .. Classification("ND48.Collective", "NĐ 90/2020/NĐ-CP sửa đổi bởi NĐ 48/2023/NĐ-CP (tập thể)"),
        .. Classification("ND335.Collective", "NĐ 335/2025/NĐ-CP (cơ quan hành chính)"),
        F("ND90.Collective.LevelsInTheLibrary", "Văn bản không đặt mức xếp loại cho cơ quan, đơn vị ({role})", "The text sets no levels for agencies and units ({role})"),
        F("ND48.Collective.LevelsInTheLibrary", "Văn bản không đặt mức xếp loại cho cơ quan, đơn vị ({role})", "The text sets no levels for agencies and units ({role})"),
        F("ND335.Collective.LevelsInTheLibrary", "Điều khoản về mức xếp loại cơ quan hành chính chưa có trong thư viện ({role})", "The article on administrative agencies' levels is not in the library ({role})"),
        .. Gap("ND90.Collective.NoLevels"),
        .. Gap("ND48.Collective.NoLevels"),
        .. Gap("ND335.Collective.CriteriaNotRetrieved"),
        .. Classification("ND233.Unit", "NĐ 233/2026/NĐ-CP Điều 7 (đơn vị sự nghiệp công lập)"),
        .. ScoreBelow("ND233.Unit.KHT.ScoreBelowMinimum", "Điểm", "Score"),
        F("ND233.Unit.KHT.PersonnelWrongdoing", "Không bị kết luận có sai phạm trong công tác cán bộ, mất đoàn kết nội bộ, bè phái, chạy chức, chạy quyền", "No wrongdoing in personnel work, internal disunity, factions or buying of posts was concluded"),
        F("ND233.Unit.KHT.CompletedShare", "Hoàn thành {completed}/{total} nhiệm vụ theo chương trình, kế hoạch ({share}), không dưới {threshold}", "{completed}/{total} planned tasks completed ({share}), not below {threshold}"),
        .. Level("ND233.Unit.HTXS", "Hoàn thành xuất sắc nhiệm vụ", "một điều kiện", "a condition"),
        .. Level("ND233.Unit.HTT", "Hoàn thành tốt nhiệm vụ", "một điều kiện", "a condition"),
        .. Level("ND233.Unit.HTNV", "Hoàn thành nhiệm vụ", "một điều kiện", "a condition"),
        .. Band("ND233.Unit.HTXS.Score", "Điểm", "Score"),
        .. Band("ND233.Unit.HTT.Score", "Điểm", "Score"),
        .. Band("ND233.Unit.HTNV.Score", "Điểm", "Score"),
        .. OnTime("ND233.Unit.HTXS.AllOnTime", "nhiệm vụ đúng thời hạn, bảo đảm chất lượng", "tasks on time and to quality"),
        .. OnTime("ND233.Unit.HTT.AllOnTime", "nhiệm vụ đúng thời hạn, bảo đảm chất lượng", "tasks on time and to quality"),
        .. Exceeded("ND233.Unit.HTXS.ExceededShare", "nhiệm vụ vượt mức", "tasks exceeded"),
        F("ND233.Unit.HTXS.ConstituentUnits", "Đơn vị cấu thành Không hoàn thành nhiệm vụ: {notComplete}/{units} ('-': chưa ghi nhận, không thể xác định là không có)", "Constituent units rated Không hoàn thành nhiệm vụ: {notComplete}/{units} ('-': not recorded, so none cannot be established)"),
        F("ND233.Unit.HTXS.ShortcomingsFixed", "Mới khắc phục {fixed}/{found} hạn chế, khuyết điểm được chỉ ra; cần khắc phục hết", "Only {fixed}/{found} shortcomings pointed out earlier fixed; all must be"),
        .. Completed("ND233.Unit.HTNV.AllCompleted"),
        F("ND233.Unit.HTNV.LateShare", "{late}/{total} nhiệm vụ chưa bảo đảm tiến độ ({share}), vượt quá {threshold}", "{late}/{total} tasks behind schedule ({share}), above {threshold}"),
        .. Gap("ND233.Unit.Gap.CompetentLevelDecides"),
        F("ND233.Mitigation.CompetentLevelDecides", "Không có tình tiết chủ động phát hiện, xử lý, khắc phục để cấp có thẩm quyền xem xét căn cứ ({ground})", "No self-discovery, handling and remedy for the competent level to weigh against the ground ({ground})"),
    ];

    private static StatusText[] ScoreRegime(string prefix, string document) =>
    [
        .. Classification(prefix, document),
        .. ScoreBelow(prefix + ".KHT.ScoreBelowMinimum", "Điểm", "Score"),
        F(prefix + ".KHT.Degradation", "Không bị kết luận suy thoái, không vi phạm điều đảng viên không được làm hay trách nhiệm nêu gương", "No degradation concluded, no breach of party prohibitions nor of the duty to set an example"),
        .. DutyDiscipline(prefix + ".KHT.DutyDiscipline", "nhiệm vụ", "duty"),
        F(prefix + ".KHT.CorruptionInScope", "Đơn vị thuộc quyền phụ trách trực tiếp không có tham ô, tham nhũng, lãng phí bị xử lý", "No embezzlement, corruption or waste handled by law in a directly managed unit"),
        F(prefix + ".HTXS", "Điểm {score} ngoài khung {band} của mức Hoàn thành xuất sắc nhiệm vụ", "Score {score} outside the Hoàn thành xuất sắc nhiệm vụ band {band}"),
        F(prefix + ".HTT", "Điểm {score} ngoài khung {band} của mức Hoàn thành tốt nhiệm vụ", "Score {score} outside the Hoàn thành tốt nhiệm vụ band {band}"),
        F(prefix + ".HTNV", "Điểm {score} ngoài khung {band} của mức Hoàn thành nhiệm vụ", "Score {score} outside the Hoàn thành nhiệm vụ band {band}"),
    ];

    private static StatusText[] Classification(string prefix, string document) =>
    [
        F(prefix + ".Classification", "Xếp loại chất lượng theo " + document + ": không có mức xếp loại, kết quả {outcome}", "Classification under " + document + ": no level, outcome {outcome}"),
    ];

    private static StatusText[] PartyExclusions(string prefix) =>
    [
        F(prefix + ".Excluded.Exempt", "Không được miễn công tác và sinh hoạt đảng", "Not exempt from work and party activities"),
        F(prefix + ".Excluded.Suspended", "Không bị đình chỉ sinh hoạt đảng", "Party activities not suspended"),
        F(prefix + ".Excluded.NewMember", "Đã kết nạp {months} tháng, đủ {minimum} tháng trở lên", "Admitted {months} months ago, at least {minimum}"),
        N(prefix + ".Excluded.NewMember", "Không có ngày kết nạp đảng: không xét thời gian kết nạp", "No party admission date: the time since admission is not considered"),
    ];

    private static StatusText[] ScoreBelow(string code, string vi, string en) =>
        [F(code, vi + " {score}, không dưới {minimum} điểm", en + " {score}, not below {minimum} points")];

    private static StatusText[] DutyDiscipline(string code, string vi, string en) =>
        [F(code, "Không bị kỷ luật từ khiển trách trở lên vì vi phạm liên quan đến " + vi + " trong năm {year} ({count} quyết định)", "No discipline at khiển trách or above for a " + en + "-related violation in {year} ({count} decisions)")];

    private static StatusText[] Degradation(string code) =>
        [F(code, "Không bị kết luận có biểu hiện suy thoái, \"tự diễn biến\", \"tự chuyển hóa\"", "Not concluded to show degradation, \"self-evolution\" or \"self-transformation\"")];

    private static StatusText[] Level(string code, string level, string vi, string en) =>
        [F(code, "Không đạt " + level + ": không đáp ứng " + vi + " (xem các dòng dưới)", "Not " + level + ": " + en + " is not met (see the lines below)")];

    private static StatusText[] Band(string code, string vi, string en) =>
        [F(code, vi + " {score} ngoài khung {band}", en + " {score} outside {band}")];

    private static StatusText[] OnTime(string code, string vi, string en) =>
        [F(code, "Chỉ {onTime}/{total} " + vi + " ({share}), yêu cầu {threshold}", "Only {onTime}/{total} " + en + " ({share}), {threshold} required")];

    private static StatusText[] Exceeded(string code, string vi, string en) =>
        [F(code, "Chỉ {exceeded}/{total} " + vi + " ({share}), dưới mức yêu cầu {threshold}", "Only {exceeded}/{total} " + en + " ({share}), below the {threshold} required")];

    private static StatusText[] Completed(string code) =>
        [F(code, "Chỉ hoàn thành {completed}/{total} nhiệm vụ ({share}), yêu cầu {threshold}", "Only {completed}/{total} tasks completed ({share}), {threshold} required")];

    private static StatusText[] NoneDisciplined(string code) =>
        [F(code, "Có đơn vị trực thuộc ({units}) hoặc thành viên lãnh đạo ({members}) bị kỷ luật", "A subordinate unit ({units}) or leadership member ({members}) was disciplined")];

    private static StatusText[] UnitsGood(string code, string vi, string en) =>
    [
        F(code, "Chưa đạt: {atLeastComplete}/{units} " + vi + " Hoàn thành nhiệm vụ trở lên (yêu cầu tất cả), {atLeastGood}/{units} Hoàn thành tốt trở lên (yêu cầu {threshold})", "Not met: {atLeastComplete}/{units} " + en + " Hoàn thành nhiệm vụ or higher (all required), {atLeastGood}/{units} Hoàn thành tốt or higher ({threshold} required)"),
        N(code, "Không có đơn vị trực thuộc: không xét", "No subordinate units: not considered"),
    ];

    private static StatusText[] UnitCap(string code) =>
        [F(code, "Đơn vị của người đứng đầu không xếp loại ở mức này (mức của đơn vị: {unitLevel})", "The head's unit is not rated at this level (unit level: {unitLevel})")];

    private static StatusText[] Gap(string code) =>
        [F(code, "Văn bản cho một mức xếp loại cho trường hợp này", "The text gives a level for this case")];

    private static StatusText F(string code, string vietnamese, string english) => new(code, FindingStatus.NotSatisfied, new LocalizedText(vietnamese, english));

    private static StatusText N(string code, string vietnamese, string english) => new(code, FindingStatus.NotApplicable, new LocalizedText(vietnamese, english));
}
