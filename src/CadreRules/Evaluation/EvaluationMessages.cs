using System.Collections.Generic;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>Templates of the annual evaluation and classification rules (all regimes).</summary>
internal static class EvaluationMessages
{
    public static readonly KeyValuePair<RuleCode, LocalizedText>[] Entries =
    [
        // QĐ 366-QĐ/TW
        E("QD366.Classification", "Xếp loại chất lượng theo QĐ 366-QĐ/TW: kết quả {outcome}", "Classification under QĐ 366-QĐ/TW: outcome {outcome}"),
        E("QD366.Excluded.Exempt", "Đảng viên được miễn công tác và sinh hoạt đảng: không kiểm điểm, không xếp loại", "Member exempt from work and party activities: not reviewed, not rated"),
        E("QD366.Excluded.Suspended", "Đảng viên bị đình chỉ sinh hoạt đảng: không kiểm điểm, không xếp loại", "Member whose party activities are suspended: not reviewed, not rated"),
        E("QD366.Excluded.NewMember", "Đảng viên mới kết nạp {months} tháng, chưa đủ {minimum} tháng: không kiểm điểm, không xếp loại", "Member admitted {months} months ago, fewer than {minimum}: not reviewed, not rated"),
        E("QD366.KHT.ScoreBelowMinimum", "Tổng điểm {score} dưới {minimum} điểm: Không hoàn thành nhiệm vụ", "Total score {score} below {minimum} points: Không hoàn thành nhiệm vụ"),
        E("QD366.KHT.FailedTasks", "{failed}/{total} nhiệm vụ không hoàn thành ({share}), trên {threshold}: Không hoàn thành nhiệm vụ", "{failed}/{total} tasks not completed ({share}), above {threshold}: Không hoàn thành nhiệm vụ"),
        E("QD366.KHT.DutyDiscipline", "Bị kỷ luật từ khiển trách trở lên trong năm {year} vì vi phạm liên quan đến công vụ ({count} quyết định)", "Disciplined at khiển trách or above in {year} for a duty-related violation ({count} decisions)"),
        E("QD366.KHT.Degradation", "Bị cấp có thẩm quyền kết luận có biểu hiện suy thoái, \"tự diễn biến\", \"tự chuyển hóa\"", "Concluded by the competent level to show degradation, \"self-evolution\" or \"self-transformation\""),
        E("QD366.KHT.Prohibitions", "Vi phạm những điều đảng viên không được làm hoặc trách nhiệm nêu gương", "Breached what party members must not do or the duty to set an example"),
        E("QD366.KHT.UnitCompletion", "Hoàn thành {completed}/{total} nhiệm vụ theo kế hoạch ({share}), dưới {threshold}: Không hoàn thành nhiệm vụ", "Completed {completed}/{total} planned tasks ({share}), below {threshold}: Không hoàn thành nhiệm vụ"),
        E("QD366.KHT.SocioEconomicTargets", "Không hoàn thành chỉ tiêu kinh tế - xã hội cơ bản: thiếu {missed}/{assigned} (cách đọc: {policy})", "Basic socio-economic targets not completed: {missed}/{assigned} missed (reading: {policy})"),
        E("QD366.KHT.UnitsNotComplete", "{count}/{total} đơn vị phụ trách bị xếp loại Không hoàn thành nhiệm vụ, trên {threshold}", "{count}/{total} units in charge rated Không hoàn thành nhiệm vụ, above {threshold}"),
        E("QD366.KHT.LowConfidence", "{low}/{cast} phiếu tín nhiệm thấp, trên {threshold}", "{low}/{cast} low-confidence ballots, above {threshold}"),
        E("QD366.KHT.CorruptionInScope", "Tham nhũng, lãng phí, tiêu cực trong phạm vi quản lý trực tiếp đã bị xử lý kỷ luật", "Corruption, waste or misconduct in the direct scope was disciplined"),
        E("QD366.KHT.PersonnelWrongdoing", "Bị kết luận có sai phạm trong công tác cán bộ, mất đoàn kết, bè phái, chạy chức, chạy quyền", "Concluded wrongdoing in personnel work, disunity, factions or buying of posts"),
        E("QD366.KHT.MemberDisciplined", "{count} thành viên tập thể lãnh đạo bị kỷ luật từ khiển trách trở lên vì vi phạm chức trách", "{count} leadership members disciplined at khiển trách or above for duty-related violations"),
        E("QD366.KHT.MemberDegraded", "{count} thành viên tập thể lãnh đạo bị kết luận suy thoái", "{count} leadership members concluded to show degradation"),
        E("QD366.HTXS", "Hoàn thành xuất sắc nhiệm vụ: đạt khung điểm và các điều kiện", "Hoàn thành xuất sắc nhiệm vụ: score band and conditions met"),
        E("QD366.HTXS.Score", "Tổng điểm {score} trong khung {band}", "Total score {score} within {band}"),
        E("QD366.HTXS.AllOnTime", "{onTime}/{total} nhiệm vụ hoàn thành đúng hạn, bảo đảm chất lượng ({share}), yêu cầu {threshold}", "{onTime}/{total} tasks done on time and to quality ({share}), {threshold} required"),
        E("QD366.HTXS.ExceededShare", "{exceeded}/{total} nhiệm vụ vượt mức ({share}), yêu cầu ít nhất {threshold}", "{exceeded}/{total} tasks exceeded ({share}), at least {threshold} required"),
        E("QD366.HTXS.ShortcomingsFixed", "Đã khắc phục {fixed}/{found} hạn chế, khuyết điểm của kỳ kiểm điểm trước", "{fixed}/{found} shortcomings from the previous review fixed"),
        E("QD366.HTXS.NoneDisciplined", "Không có đơn vị trực thuộc ({units}) hay thành viên tập thể lãnh đạo ({members}) bị kỷ luật", "No subordinate unit ({units}) or leadership member ({members}) disciplined"),
        E("QD366.HTXS.UnitTasks", "Đơn vị trực tiếp lãnh đạo hoàn thành 100% nhiệm vụ, {exceeded}/{total} vượt mức ({share}), yêu cầu ít nhất {threshold}", "Units directly led complete every task, {exceeded}/{total} exceeded ({share}), at least {threshold} required"),
        E("QD366.HTT.UnitTasks", "{onTime}/{total} nhiệm vụ của đơn vị trực tiếp lãnh đạo đúng hạn, bảo đảm chất lượng ({share}), yêu cầu {threshold}", "{onTime}/{total} tasks of the units directly led on time and to quality ({share}), {threshold} required"),
        E("QD366.HTNV.UnitTasks", "Đơn vị trực tiếp lãnh đạo hoàn thành 100% nhiệm vụ, {late}/{total} chưa bảo đảm tiến độ ({share}), không vượt quá {threshold}", "Units directly led complete every task, {late}/{total} late ({share}), at most {threshold}"),
        E("QD366.HTT", "Hoàn thành tốt nhiệm vụ: đạt khung điểm và các điều kiện", "Hoàn thành tốt nhiệm vụ: score band and conditions met"),
        E("QD366.HTT.Score", "Tổng điểm {score} trong khung {band}", "Total score {score} within {band}"),
        E("QD366.HTT.AllOnTime", "{onTime}/{total} nhiệm vụ hoàn thành đúng hạn, bảo đảm chất lượng ({share}), yêu cầu {threshold}", "{onTime}/{total} tasks done on time and to quality ({share}), {threshold} required"),
        E("QD366.HTNV", "Hoàn thành nhiệm vụ: đạt khung điểm và các điều kiện", "Hoàn thành nhiệm vụ: score band and conditions met"),
        E("QD366.HTNV.Score", "Tổng điểm {score} trong khung {band}", "Total score {score} within {band}"),
        E("QD366.HTNV.AllCompleted", "Hoàn thành {completed}/{total} nhiệm vụ ({share}), yêu cầu {threshold}", "{completed}/{total} tasks completed ({share}), {threshold} required"),
        E("QD366.HTNV.LateShare", "{late}/{total} nhiệm vụ chưa bảo đảm tiến độ ({share}), không vượt quá {threshold}", "{late}/{total} tasks late ({share}), at most {threshold}"),
        E("QD366.Policy.HighScore", "Chính sách khi điểm thuộc khung nhưng không đáp ứng điều kiện (chưa xác định): {policy}, đã quyết định: {decided}", "Policy when the score is in a band whose conditions fail (unconfirmed): {policy}, decided: {decided}"),
        E("QD366.Mitigation.CompetentLevelDecides", "Có căn cứ Không hoàn thành nhiệm vụ ({ground}) nhưng có tình tiết để cấp có thẩm quyền xem xét ({reason}): chưa xác định, cấp có thẩm quyền quyết định", "A Không hoàn thành nhiệm vụ ground applies ({ground}) but a mitigation is claimed for the competent level to weigh ({reason}): undetermined, the competent level decides"),
        E("QD366.Gap.NoLevel", "Văn bản không cho mức nào: không đạt điều kiện của mức theo khung điểm, không thuộc trường hợp Không hoàn thành nhiệm vụ; cấp có thẩm quyền quyết định", "The text gives no level: the conditions of the score's band fail and no Không hoàn thành nhiệm vụ ground applies; the competent level decides"),

        // QĐ 124-QĐ/TW
        E("QD124.Classification", "Xếp loại chất lượng theo QĐ 124-QĐ/TW: kết quả {outcome}", "Classification under QĐ 124-QĐ/TW: outcome {outcome}"),
        E("QD124.Excluded.Exempt", "Đảng viên được miễn công tác và sinh hoạt đảng: không xếp loại", "Member exempt from work and party activities: not rated"),
        E("QD124.Excluded.Suspended", "Đảng viên bị đình chỉ sinh hoạt đảng: không xếp loại", "Member whose party activities are suspended: not rated"),
        E("QD124.Excluded.NewMember", "Đảng viên mới kết nạp {months} tháng, chưa đủ {minimum} tháng: không xếp loại", "Member admitted {months} months ago, fewer than {minimum}: not rated"),
        E("QD124.KHT.PoorCriterion", "Có tiêu chí đánh giá ở mức Kém (chung: {general}, kết quả: {results})", "A criterion is graded Kém (general: {general}, results: {results})"),
        E("QD124.KHT.Discipline", "Bị xử lý kỷ luật trong năm {year}, không phải trường hợp tự phát hiện và khắc phục ({count} quyết định)", "Disciplined in {year}, not self-discovered and remedied ({count} decisions)"),
        E("QD124.KHT.Degradation", "Bị kết luận có biểu hiện suy thoái, \"tự diễn biến\", \"tự chuyển hóa\"", "Concluded to show degradation, \"self-evolution\" or \"self-transformation\""),
        E("QD124.KHT.UnitCompletion", "Đơn vị trực tiếp lãnh đạo hoàn thành {completed}/{total} chỉ tiêu ({share}), dưới {threshold}", "Units directly led completed {completed}/{total} targets ({share}), below {threshold}"),
        E("QD124.KHT.CollectiveDisciplined", "Tập thể lãnh đạo bị kỷ luật trong năm", "The leadership collective was disciplined in the year"),
        E("QD124.KHT.SubordinatesDisciplined", "{count}/{total} đơn vị trực thuộc bị kỷ luật, trên {threshold}", "{count}/{total} subordinate units disciplined, above {threshold}"),
        E("QD124.HTXS", "Hoàn thành xuất sắc nhiệm vụ: đạt các tiêu chí", "Hoàn thành xuất sắc nhiệm vụ: criteria met"),
        E("QD124.HTXS.Criteria", "Các tiêu chí đạt Tốt trở lên (chung: {general}) và tiêu chí kết quả đạt Xuất sắc (kết quả: {results})", "All criteria Tốt or better (general: {general}) and task results Xuất sắc (results: {results})"),
        E("QD124.HTXS.AllOnTime", "{onTime}/{total} chỉ tiêu, nhiệm vụ đúng tiến độ, bảo đảm chất lượng ({share}), yêu cầu {threshold}", "{onTime}/{total} targets on time and to quality ({share}), {threshold} required"),
        E("QD124.HTXS.ExceededShare", "{exceeded}/{total} chỉ tiêu, nhiệm vụ vượt mức ({share}), yêu cầu ít nhất {threshold}", "{exceeded}/{total} targets exceeded ({share}), at least {threshold} required"),
        E("QD124.HTXS.UnitTargets", "Đơn vị trực tiếp phụ trách hoàn thành tất cả chỉ tiêu, {exceeded}/{total} vượt mức ({share}), yêu cầu {threshold} (chưa xác định)", "Units directly led complete every target, {exceeded}/{total} exceeded ({share}), {threshold} required (unconfirmed)"),
        E("QD124.Collective.NoneDisciplined", "Không có đơn vị trực thuộc ({units}) hay thành viên lãnh đạo ({members}) bị kỷ luật", "No subordinate unit ({units}) or leadership member ({members}) disciplined"),
        E("QD124.HTT", "Hoàn thành tốt nhiệm vụ: đạt các tiêu chí", "Hoàn thành tốt nhiệm vụ: criteria met"),
        E("QD124.HTT.Criteria", "Các tiêu chí đạt Trung bình trở lên (chung: {general}), kết quả đạt Tốt trở lên (kết quả: {results})", "All criteria Trung bình or better (general: {general}), task results Tốt or better (results: {results})"),
        E("QD124.HTNV", "Hoàn thành nhiệm vụ: đạt các tiêu chí", "Hoàn thành nhiệm vụ: criteria met"),
        E("QD124.HTNV.Criteria", "Các tiêu chí cơ bản đạt Trung bình trở lên (chung: {general}, kết quả: {results})", "Basic criteria Trung bình or better (general: {general}, results: {results})"),
        E("QD124.Gap.NoLevel", "Văn bản không cho mức nào cho trường hợp này; cấp có thẩm quyền quyết định", "The text gives no level for this case; the competent level decides"),

        // QĐ 132-QĐ/TW, HĐ 21, QĐ 89
        E("QD132.Classification", "Xếp loại chất lượng theo QĐ 132-QĐ/TW và HĐ 21-HD/BTCTW: kết quả {outcome}", "Classification under QĐ 132-QĐ/TW and HĐ 21-HD/BTCTW: outcome {outcome}"),
        E("QD132.Excluded.Exempt", "Đảng viên được miễn công tác và sinh hoạt đảng: không xếp loại", "Member exempt from work and party activities: not rated"),
        E("QD132.Excluded.Suspended", "Đảng viên bị đình chỉ sinh hoạt đảng: không xếp loại (cấp ủy viên chỉ bị đình chỉ sinh hoạt cấp ủy vẫn xếp loại)", "Member whose party activities are suspended: not rated (a committee member suspended only from the committee is still rated)"),
        E("QD132.Excluded.NewMember", "Đảng viên mới kết nạp {months} tháng, chưa đủ {minimum} tháng: không xếp loại nhưng vẫn kiểm điểm", "Member admitted {months} months ago, fewer than {minimum}: not rated but still reviewed"),
        E("QD132.Excluded.NewCollective", "Tập thể mới thành lập {months} tháng, chưa đủ {minimum} tháng: không xếp loại", "Collective founded {months} months ago, fewer than {minimum}: not rated"),
        E("QD132.KHT.Degradation", "Bị kết luận có biểu hiện suy thoái, \"tự diễn biến\", \"tự chuyển hóa\"", "Concluded to show degradation, \"self-evolution\" or \"self-transformation\""),
        E("QD132.KHT.Completion", "Chỉ hoàn thành {completed}/{total} chỉ tiêu, nhiệm vụ ({share}), dưới {threshold}", "Only {completed}/{total} targets completed ({share}), below {threshold}"),
        E("QD132.KHT.StateRating", "Là cán bộ, công chức, viên chức xếp loại Không hoàn thành nhiệm vụ (mức chính quyền: {stateLevel})", "A cán bộ, công chức or viên chức rated Không hoàn thành nhiệm vụ (State level: {stateLevel})"),
        E("QD132.KHT.PartyDiscipline", "Bị thi hành kỷ luật đảng trong năm {year} ({count} quyết định; mỗi vi phạm chỉ tính một lần)", "Party discipline in {year} ({count} decisions; each violation counts once)"),
        E("QD132.KHT.BelowComplete", "Không đạt mức Hoàn thành nhiệm vụ thì xếp Không hoàn thành nhiệm vụ", "Not reaching Hoàn thành nhiệm vụ means Không hoàn thành nhiệm vụ"),
        E("QD132.HTXS", "Hoàn thành xuất sắc nhiệm vụ: đạt các tiêu chuẩn", "Hoàn thành xuất sắc nhiệm vụ: standards met"),
        E("QD132.HTXS.Criteria", "Tiêu chí kết quả đều Xuất sắc (kết quả: {results}), tiêu chí khác Tốt trở lên (chung: {general})", "Task-result criteria all Xuất sắc (results: {results}), others Tốt or better (general: {general})"),
        E("QD132.HTXS.StateExcellent", "Là cán bộ, công chức, viên chức thì phải xếp loại Hoàn thành xuất sắc nhiệm vụ bên chính quyền (mức: {stateLevel})", "A cán bộ, công chức or viên chức must be rated Hoàn thành xuất sắc nhiệm vụ on the State side (level: {stateLevel})"),
        E("QD132.HTT", "Hoàn thành tốt nhiệm vụ: đạt các tiêu chuẩn (chưa xác định)", "Hoàn thành tốt nhiệm vụ: standards met (unconfirmed)"),
        E("QD132.HTT.Criteria", "Các tiêu chí đạt Tốt trở lên (chung: {general}, kết quả: {results}) (chưa xác định)", "All criteria Tốt or better (general: {general}, results: {results}) (unconfirmed)"),
        E("QD132.HTNV", "Hoàn thành nhiệm vụ: đạt các tiêu chuẩn (chưa xác định)", "Hoàn thành nhiệm vụ: standards met (unconfirmed)"),
        E("QD132.HTNV.Criteria", "Các tiêu chí đạt Trung bình trở lên (chung: {general}, kết quả: {results}) (chưa xác định)", "All criteria Trung bình or better (general: {general}, results: {results}) (unconfirmed)"),
        E("QD132.Leader.HTXS.UnitTargets", "Đơn vị hoàn thành tất cả chỉ tiêu, {exceeded}/{total} vượt mức ({share}), yêu cầu {threshold}", "The unit completes every target, {exceeded}/{total} exceeded ({share}), {threshold} required"),
        E("QD132.Leader.HTXS.Units", "{atLeastComplete}/{units} đơn vị trực thuộc Hoàn thành nhiệm vụ trở lên (yêu cầu tất cả), {atLeastGood}/{units} Hoàn thành tốt trở lên (yêu cầu {threshold})", "{atLeastComplete}/{units} subordinate units Hoàn thành nhiệm vụ or higher (all required), {atLeastGood}/{units} Hoàn thành tốt or higher ({threshold} required)"),
        E("QD132.Leader.HTT.UnitOnTime", "{onTime}/{total} chỉ tiêu của đơn vị đúng tiến độ, chất lượng ({share}), yêu cầu {threshold}", "{onTime}/{total} unit targets on time and to quality ({share}), {threshold} required"),
        E("QD132.Leader.HTT.Units", "{atLeastComplete}/{units} đơn vị trực thuộc Hoàn thành nhiệm vụ trở lên (yêu cầu {threshold})", "{atLeastComplete}/{units} subordinate units Hoàn thành nhiệm vụ or higher ({threshold} required)"),
        E("QD132.Leader.HTNV.UnitTargets", "Đơn vị hoàn thành {completed}/{total} chỉ tiêu ({share}), yêu cầu trên {threshold} và không quá 20% chậm", "The unit completed {completed}/{total} targets ({share}), more than {threshold} and at most 20% late required"),
        E("QD132.Cap.SickLeave", "Nghỉ ốm {months} tháng trong năm, từ {minimum} tháng trở lên: tối đa Hoàn thành nhiệm vụ", "Sick leave of {months} months in the year, {minimum} or more: at most Hoàn thành nhiệm vụ"),

        // NĐ 90/2020 and NĐ 48/2023
        E("ND90.Classification", "Xếp loại chất lượng theo NĐ 90/2020/NĐ-CP: kết quả {outcome}", "Classification under NĐ 90/2020/NĐ-CP: outcome {outcome}"),
        E("ND48.Classification", "Xếp loại chất lượng theo NĐ 90/2020/NĐ-CP sửa đổi bởi NĐ 48/2023/NĐ-CP: kết quả {outcome}", "Classification under NĐ 90/2020/NĐ-CP as amended by NĐ 48/2023/NĐ-CP: outcome {outcome}"),
        E("ND90.NotRated.MonthsWorked", "Công tác {months} tháng trong năm, chưa đủ {minimum} tháng (nghỉ thai sản: {maternity}): không xếp loại", "Worked {months} months in the year, fewer than {minimum} (maternity leave: {maternity}): not rated"),
        E("ND90.Cap.Leave", "Nghỉ {months} tháng trong năm, từ {from} đến dưới {below} tháng: tối đa Hoàn thành nhiệm vụ", "On leave {months} months in the year, from {from} to under {below}: at most Hoàn thành nhiệm vụ"),
        E("ND90.KHT.Degradation", "Bị kết luận có biểu hiện suy thoái", "Concluded to show degradation"),
        E("ND90.KHT.NotOnTimeShare", "{notOnTime}/{total} tiêu chí chưa bảo đảm tiến độ, chất lượng ({share}), trên {threshold}", "{notOnTime}/{total} criteria not on time or below quality ({share}), above {threshold}"),
        E("ND90.KHT.UnitCompletion", "Đơn vị được giao phụ trách hoàn thành {completed}/{total} chỉ tiêu ({share}), dưới {threshold}", "The unit in charge completed {completed}/{total} targets ({share}), below {threshold}"),
        E("ND90.KHT.CorruptionInScope", "Đơn vị thuộc quyền quản lý trực tiếp xảy ra tham nhũng, lãng phí và bị xử lý", "Corruption or waste in a directly managed unit, handled by law"),
        E("ND90.KHT.Discipline", "Bị xử lý kỷ luật hành chính trong năm {year} ({count} quyết định)", "Administrative discipline in {year} ({count} decisions)"),
        E("ND48.KHT.Discipline", "Bị xử lý kỷ luật đảng hoặc hành chính trong năm {year} ({count} quyết định)", "Party or administrative discipline in {year} ({count} decisions)"),
        E("ND90.HTXS", "Hoàn thành xuất sắc nhiệm vụ: đạt tất cả tiêu chí", "Hoàn thành xuất sắc nhiệm vụ: every criterion met"),
        E("ND90.HTXS.Criteria", "Tiêu chí chung thực hiện tốt (mức: {general})", "General criteria well met (grade: {general})"),
        E("ND90.HTXS.AllOnTime", "{onTime}/{total} nhiệm vụ đúng tiến độ, chất lượng ({share}), yêu cầu {threshold}", "{onTime}/{total} tasks on time and to quality ({share}), {threshold} required"),
        E("ND90.HTXS.ExceededShare", "{exceeded}/{total} nhiệm vụ vượt mức ({share}), yêu cầu ít nhất {threshold}", "{exceeded}/{total} tasks exceeded ({share}), at least {threshold} required"),
        E("ND90.Leader.HTXS.UnitTargets", "Đơn vị hoàn thành tất cả chỉ tiêu, {exceeded}/{total} vượt mức ({share}), yêu cầu {threshold}", "The unit completes every target, {exceeded}/{total} exceeded ({share}), {threshold} required"),
        E("ND90.Leader.Units", "{atLeastComplete}/{units} đơn vị Hoàn thành nhiệm vụ trở lên (yêu cầu tất cả), {atLeastGood}/{units} Hoàn thành tốt trở lên (yêu cầu {threshold})", "{atLeastComplete}/{units} units Hoàn thành nhiệm vụ or higher (all required), {atLeastGood}/{units} Hoàn thành tốt or higher ({threshold} required)"),
        E("ND90.HTT", "Hoàn thành tốt nhiệm vụ: đạt tất cả tiêu chí", "Hoàn thành tốt nhiệm vụ: every criterion met"),
        E("ND90.HTT.Criteria", "Tiêu chí chung thực hiện tốt (mức: {general})", "General criteria well met (grade: {general})"),
        E("ND90.HTT.AllOnTime", "{onTime}/{total} nhiệm vụ đúng tiến độ, chất lượng ({share}), yêu cầu {threshold}", "{onTime}/{total} tasks on time and to quality ({share}), {threshold} required"),
        E("ND90.Leader.HTT.UnitOnTime", "{onTime}/{total} chỉ tiêu của đơn vị đúng tiến độ, chất lượng ({share}), yêu cầu {threshold}", "{onTime}/{total} unit targets on time and to quality ({share}), {threshold} required"),
        E("ND90.HTNV", "Hoàn thành nhiệm vụ: đạt tất cả tiêu chí", "Hoàn thành nhiệm vụ: every criterion met"),
        E("ND90.HTNV.Criteria", "Tiêu chí chung đạt Trung bình trở lên (mức: {general})", "General criteria Trung bình or better (grade: {general})"),
        E("ND90.HTNV.AllCompleted", "Hoàn thành {completed}/{total} nhiệm vụ ({share}), yêu cầu {threshold}", "{completed}/{total} tasks completed ({share}), {threshold} required"),
        E("ND90.HTNV.LateShare", "{late}/{total} tiêu chí chưa bảo đảm chất lượng, tiến độ ({share}), không quá {threshold}", "{late}/{total} criteria late or below quality ({share}), at most {threshold}"),
        E("ND90.Leader.HTNV.UnitTargets", "Đơn vị hoàn thành {completed}/{total} chỉ tiêu ({share}), yêu cầu trên {threshold}", "The unit completed {completed}/{total} targets ({share}), more than {threshold} required"),
        E("ND90.Leader.HTNV.Units", "{atLeastComplete}/{units} đơn vị Hoàn thành nhiệm vụ trở lên, yêu cầu ít nhất {threshold}", "{atLeastComplete}/{units} units Hoàn thành nhiệm vụ or higher, at least {threshold} required"),
        E("ND90.Gap.NoLevel", "Văn bản không cho mức nào cho trường hợp này; cấp có thẩm quyền quyết định", "The text gives no level for this case; the competent level decides"),

        // NĐ 335/2025 and NĐ 233/2026
        .. ScoreRegime("ND335", "NĐ 335/2025/NĐ-CP"),
        .. ScoreRegime("ND233", "NĐ 233/2026/NĐ-CP"),
        E("ND335.NotRated.MonthsWorked", "Công tác {months} tháng trong năm, chưa đủ {minimum} tháng: không xếp loại (chưa xác định)", "Worked {months} months in the year, fewer than {minimum}: not rated (unconfirmed)"),
        E("ND233.NotRated.MonthsWorked", "Công tác {months} tháng trong năm, chưa đủ {minimum} tháng, không nghỉ ốm hay thai sản: không xếp loại", "Worked {months} months in the year, fewer than {minimum}, no sick or maternity leave: not rated"),
        E("ND233.Cap.UnitGood", "Đơn vị xếp loại {unitLevel}: người đứng đầu không xếp cao hơn", "The unit is rated {unitLevel}: its head is rated no higher"),
        E("ND233.Cap.UnitComplete", "Đơn vị xếp loại {unitLevel}: người đứng đầu không xếp cao hơn", "The unit is rated {unitLevel}: its head is rated no higher"),
        E("ND233.Mitigation.CompetentLevelDecides", "Viên chức quản lý có căn cứ Không hoàn thành nhiệm vụ ({ground}) nhưng đã chủ động phát hiện, xử lý, khắc phục ({reason}): chưa xác định, cấp có thẩm quyền quyết định", "A manager with a Không hoàn thành nhiệm vụ ground ({ground}) who found, handled and remedied it ({reason}): undetermined, the competent level decides"),
        E("ND233.KHT.UnitNotComplete", "Đơn vị xếp loại {unitLevel}: người đứng đầu không xếp cao hơn", "The unit is rated {unitLevel}: its head is rated no higher"),
    ];

    /// <summary>The family's templates, for its descriptors and findings.</summary>
    public static readonly MessageTable Table = new([.. Entries, .. QuotaMessages.Entries]);

    private static KeyValuePair<RuleCode, LocalizedText>[] ScoreRegime(string prefix, string document) =>
    [
        E(prefix + ".Classification", "Xếp loại chất lượng theo " + document + ": kết quả {outcome}", "Classification under " + document + ": outcome {outcome}"),
        E(prefix + ".KHT.ScoreBelowMinimum", "Điểm {score} dưới {minimum} điểm: Không hoàn thành nhiệm vụ", "Score {score} below {minimum} points: Không hoàn thành nhiệm vụ"),
        E(prefix + ".KHT.Degradation", "Bị kết luận suy thoái, vi phạm điều đảng viên không được làm hoặc trách nhiệm nêu gương", "Concluded degradation, or a breach of party prohibitions or of the duty to set an example"),
        E(prefix + ".KHT.DutyDiscipline", "Bị kỷ luật từ khiển trách trở lên trong năm {year} vì vi phạm liên quan đến nhiệm vụ ({count} quyết định)", "Disciplined at khiển trách or above in {year} for a duty-related violation ({count} decisions)"),
        E(prefix + ".KHT.CorruptionInScope", "Đơn vị thuộc quyền phụ trách trực tiếp liên quan đến tham ô, tham nhũng, lãng phí và bị xử lý", "A directly managed unit involved in embezzlement, corruption or waste, handled by law"),
        E(prefix + ".HTXS", "Hoàn thành xuất sắc nhiệm vụ: điểm {score} trong khung {band}", "Hoàn thành xuất sắc nhiệm vụ: score {score} within {band}"),
        E(prefix + ".HTT", "Hoàn thành tốt nhiệm vụ: điểm {score} trong khung {band}", "Hoàn thành tốt nhiệm vụ: score {score} within {band}"),
        E(prefix + ".HTNV", "Hoàn thành nhiệm vụ: điểm {score} trong khung {band}", "Hoàn thành nhiệm vụ: score {score} within {band}"),
    ];

    private static KeyValuePair<RuleCode, LocalizedText> E(string code, string vietnamese, string english) =>
        new(code, new LocalizedText(vietnamese, english));
}
