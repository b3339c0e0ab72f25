// Vietnamese text of the command line's help, keyed by the English text written where each command and option is
// declared (the neutral resource), like a message catalogue. A test fails when a description has no Vietnamese entry
// here or an entry describes nothing, so a new option cannot ship with English-only help.
using System.Collections.Frozen;
using System.Collections.Generic;

namespace CadreRules.Cli.Localization;

/// <summary>The Vietnamese help of every command, argument and option, keyed by its English description.</summary>
internal static class HelpText
{
    /// <summary>Gets the Vietnamese descriptions, keyed by the English ones.</summary>
    public static FrozenDictionary<string, string> Vietnamese { get; } = new Dictionary<string, string>
    {
        ["cadre-rules: Vietnamese cadre-work rules (công tác cán bộ) from the command line. Exit codes: 0 ok, 1 findings, 2 bad input."] =
            "cadre-rules: các quy định về công tác cán bộ, dùng từ dòng lệnh. Mã thoát: 0 là bình thường, 1 là có phát hiện, 2 là đầu vào sai.",
        ["Show help and usage information"] =
            "Hiện trợ giúp và cách dùng",
        ["Show version information"] =
            "Hiện phiên bản",
        ["A roster document ('-' reads standard input)."] =
            "Tài liệu danh sách cán bộ ('-' đọc từ đầu vào chuẩn).",
        ["The date to evaluate at, dd/MM/yyyy or yyyy-MM-dd (nothing reads the clock)."] =
            "Ngày tính, dạng dd/MM/yyyy hoặc yyyy-MM-dd (công cụ không tự đọc đồng hồ).",
        ["Language of the output: vi (default) or en."] =
            "Ngôn ngữ của kết quả: vi (mặc định) hoặc en.",
        ["table (default, for people) or json (for machines)."] =
            "table (mặc định, để người đọc) hoặc json (để máy đọc).",
        ["Also print each cadre's explanation (rule code, values, clause cited); table format only."] =
            "In thêm phần giải thích của từng cán bộ (mã căn cứ, giá trị, điều khoản viện dẫn); chỉ với dạng bảng.",
        ["The largest document read, in bytes (default 1073741824, 1 GiB); reading stops there with an error."] =
            "Dung lượng tài liệu lớn nhất được đọc, tính bằng byte (mặc định 1073741824, tức 1 GiB); vượt quá thì dừng đọc và báo lỗi.",
        ["An evaluation document ('-' reads standard input)."] =
            "Tài liệu đánh giá, xếp loại ('-' đọc từ đầu vào chuẩn).",
                ["A local variant document (parameter overrides) applied to the catalogue first."] =
            "Tài liệu biến thể địa phương (thay đổi tham số, quy tắc), áp dụng vào danh mục trước khi chạy.",
        ["The evaluation regulation: an id, \"in force\" (default: in force on each person's evaluation date) or \"in force on DATE\" (dd/MM/yyyy or yyyy-MM-dd)."] =
            "Quy định đánh giá: một mã, \"in force\" (mặc định: quy định có hiệu lực vào ngày đánh giá của từng người) hoặc \"in force on NGÀY\" (dd/MM/yyyy hoặc yyyy-MM-dd).",
        ["Also give each person's verdict (rule codes, values, clauses cited): after the table, or inside each person's JSON record."] =
            "Kèm kết luận của từng người (mã căn cứ, giá trị, điều khoản viện dẫn): sau bảng, hoặc trong bản ghi JSON của từng người.",
        ["The most people read from an evaluation sheet (default 2000000); reading stops there with an error."] =
            "Số người nhiều nhất được đọc từ một bảng đánh giá (mặc định 2000000); vượt quá thì dừng đọc và báo lỗi.",
        ["A planning list document ('-' reads standard input)."] =
            "Tài liệu danh sách quy hoạch ('-' đọc từ đầu vào chuẩn).",
        ["A roster document the list's cadreRef entries refer to."] =
            "Tài liệu danh sách cán bộ mà các mục cadreRef của danh sách quy hoạch trỏ tới.",
        ["The planning regulation: an id, \"in force\" (default: in force on the list's date) or \"in force on DATE\" (dd/MM/yyyy or yyyy-MM-dd)."] =
            "Quy định về quy hoạch: một mã, \"in force\" (mặc định: quy định có hiệu lực vào ngày của danh sách) hoặc \"in force on NGÀY\" (dd/MM/yyyy hoặc yyyy-MM-dd).",
        ["Also give each finding's rule code and the values it read; table format only."] =
            "Kèm mã căn cứ của từng phát hiện và các giá trị đã dùng; chỉ với dạng bảng.",
        ["A planning review document (last year's list, the review date, this year's facts, proposed additions) ('-' reads standard input)."] =
            "Tài liệu rà soát quy hoạch hằng năm (danh sách năm trước, ngày rà soát, thông tin năm nay, đề xuất bổ sung) ('-' đọc từ đầu vào chuẩn).",
        ["A roster document (this year's facts) the cadreRef entries refer to."] =
            "Tài liệu danh sách cán bộ (thông tin năm nay) mà các mục cadreRef trỏ tới.",
        ["The planning regulation: an id, \"in force\" (default: in force on the review date) or \"in force on yyyy-MM-dd\"."] =
            "Quy định về quy hoạch: một mã, \"in force\" (mặc định: quy định có hiệu lực vào ngày rà soát) hoặc \"in force on yyyy-MM-dd\".",
        ["A rotation requests document ('-' reads standard input)."] =
            "Tài liệu đề nghị luân chuyển ('-' đọc từ đầu vào chuẩn).",
        ["A roster document the requests' cadreRef entries refer to."] =
            "Tài liệu danh sách cán bộ mà các mục cadreRef của đề nghị trỏ tới.",
        ["The rotation regulation: an id, \"in force\" (default: in force on each rotation's start) or \"in force on DATE\" (dd/MM/yyyy or yyyy-MM-dd)."] =
            "Quy định về luân chuyển: một mã, \"in force\" (mặc định: quy định có hiệu lực vào ngày bắt đầu của từng đợt luân chuyển) hoặc \"in force on NGÀY\" (dd/MM/yyyy hoặc yyyy-MM-dd).",
        ["A key-posts document (the secretary and chair of each unit, with their ties to its locality) ('-' reads standard input)."] =
            "Tài liệu chức danh chủ chốt (bí thư và chủ tịch của từng đơn vị, cùng quan hệ của họ với địa phương) ('-' đọc từ đầu vào chuẩn).",
        ["The rotation regulation (its non-local threshold and target): an id, \"in force\" (default: in force on the document's date) or \"in force on yyyy-MM-dd\"."] =
            "Quy định về luân chuyển (ngưỡng xác định người địa phương và chỉ tiêu): một mã, \"in force\" (mặc định: quy định có hiệu lực vào ngày của tài liệu) hoặc \"in force on yyyy-MM-dd\".",
        ["A position-changes document (the date asked; each person's post, sector and deferral grounds) ('-' reads standard input)."] =
            "Tài liệu chuyển đổi vị trí công tác (ngày xét; vị trí, lĩnh vực và căn cứ tạm hoãn của từng người) ('-' đọc từ đầu vào chuẩn).",
        ["A movements document (each rotation, transfer or secondment with its batch, person, dates and levels) ('-' reads standard input)."] =
            "Tài liệu kế hoạch điều động, luân chuyển, biệt phái (từng lượt với đợt, người, ngày và cấp) ('-' đọc từ đầu vào chuẩn).",
        ["Print each movement's whole explanation: every condition, met or not, with its clause."] =
            "In toàn bộ phần giải thích của từng lượt: mọi điều kiện, đạt hay không, kèm điều khoản.",
        ["A programme of rotations, transfers and secondments: each movement judged by the regulations in force on its start date (transfers and secondments under NĐ 170/2025 from 01/07/2025, undetermined before), with the allowance and secondment dates, and the counts by kind, direction, levels, batch and outcome. Exit 1 when a movement is not eligible or undetermined."] =
            "Kế hoạch luân chuyển, điều động, biệt phái: từng lượt được xét theo quy định có hiệu lực vào ngày bắt đầu (điều động, biệt phái theo NĐ 170/2025 từ 01/07/2025, trước đó chưa xác định), kèm ngày bảo lưu phụ cấp và thời hạn biệt phái, cùng số lượt theo loại, hướng, cấp, đợt và kết quả. Mã thoát 1 khi có lượt không đủ điều kiện hoặc chưa xác định.",
        ["An evaluation history document (each year's level, or counts per level; or a person and a track whose records give the years) ('-' reads standard input)."] =
            "Tài liệu kết quả đánh giá qua các năm (mức xếp loại của từng năm, hoặc số lượng theo từng mức; hoặc một người và một kênh đánh giá mà kết quả đã ghi nhận cho các năm) ('-' đọc từ đầu vào chuẩn).",
        ["What the shares are taken over: allRated (default: everyone rated that year) or goodOrBetter (those rated HTT or HTXS)."] =
            "Mẫu số của các tỷ lệ: allRated (mặc định: tổng số được xếp loại trong năm) hoặc goodOrBetter (số được xếp loại HTT hoặc HTXS).",
        ["Evaluation results across years for a person or a unit: each level's exact share per year and over the period, over the denominator named, both as pooled counts and as the mean of the yearly shares. No regulation sets a floor on these shares; the command measures, it does not judge. With a person's State-track records, an asOf date and a subjectKind, it also shows the consequences those same records lead to on that date (two KHT years in a row, two within three or in a term, the salary step delay), each cited. Exit 0."] =
            "Kết quả đánh giá, xếp loại qua các năm của một người hoặc một đơn vị: tỷ lệ chính xác của từng mức theo năm và cả giai đoạn, trên mẫu số được nêu, theo cả hai cách (cộng dồn số lượng và bình quân các tỷ lệ hằng năm). Không văn bản nào quy định mức sàn cho các tỷ lệ này; lệnh chỉ đo, không đánh giá. Với các bản ghi mảng Nhà nước của một người, ngày asOf và subjectKind, lệnh còn nêu các hệ quả mà chính các bản ghi đó dẫn tới vào ngày ấy (hai năm liên tiếp KHT, hai năm trong ba năm hoặc trong một thời hạn bổ nhiệm, kéo dài thời gian nâng bậc lương), có dẫn chiếu. Mã thoát 0.",
        ["Ranks commune titles by QĐ 368-QĐ/TW (Group IV, ranks 5 to 10; Hà Nội and TP.HCM one rank higher) on a date, or compares two titles: higher, equivalent, lower, or undetermined when the date is before 08/09/2025 or the table does not list a title at its place. The table is known from a summary of the annex. Exit 0."] =
            "Xếp bậc các chức danh cấp xã theo Quy định 368-QĐ/TW (Nhóm IV, bậc 5 đến 10; Hà Nội và TP.HCM cao hơn một bậc) vào một ngày, hoặc so sánh hai chức danh: cao hơn, tương đương, thấp hơn, hoặc chưa xác định khi ngày trước 08/09/2025 hay bảng không có chức danh tại nơi đó. Bảng lấy từ bản tóm tắt phụ lục. Mã thoát 0.",
        ["The date, dd/MM/yyyy or yyyy-MM-dd: QĐ 368-QĐ/TW ranks the titles from 08/09/2025; before, nothing is ranked."] =
            "Ngày, dạng dd/MM/yyyy hoặc yyyy-MM-dd: Quy định 368-QĐ/TW xếp bậc chức danh từ 08/09/2025; trước đó không có bậc.",
        ["The commune title to compare (with --other), by the id that titles --on DATE shows in brackets, e.g. partySecretary."] =
            "Chức danh cấp xã cần so sánh (dùng cùng --other), ghi bằng mã trong ngoặc vuông mà titles --on NGÀY liệt kê, ví dụ partySecretary.",
        ["Where the first title's commune is: hanoiOrHoChiMinhCity or otherProvince (default)."] =
            "Nơi của chức danh thứ nhất: hanoiOrHoChiMinhCity (Hà Nội, TP.HCM) hoặc otherProvince (tỉnh, thành phố khác; mặc định).",
        ["The commune title it is compared with."] =
            "Chức danh cấp xã được so sánh với.",
        ["Where the other title's commune is (default: the first title's place)."] =
            "Nơi của chức danh kia (mặc định: cùng nơi với chức danh thứ nhất).",
        ["A roster document the cadreRef entries refer to."] =
            "Tài liệu danh sách cán bộ mà các mục cadreRef trỏ tới.",
        ["The position-change regulation: an id, \"in force\" (default: in force on each date asked) or \"in force on yyyy-MM-dd\"."] =
            "Quy định về chuyển đổi vị trí công tác: một mã, \"in force\" (mặc định: quy định có hiệu lực vào từng ngày xét) hoặc \"in force on yyyy-MM-dd\".",
        ["Who is asked about: civilServant (default, công chức) or publicEmployee (viên chức)."] =
            "Đối tượng xét: civilServant (mặc định, công chức) hoặc publicEmployee (viên chức).",
        ["Print each person's whole explanation: every step of the decision, satisfied or not, with its clause."] =
            "In toàn bộ phần giải thích của từng người: mọi bước của kết luận, đạt hay không, kèm điều khoản.",
        ["An appointment requests document ('-' reads standard input)."] =
            "Tài liệu đề nghị bổ nhiệm ('-' đọc từ đầu vào chuẩn).",
        ["The appointment regulation: an id, \"in force\" (default: in force on each dossier's date) or \"in force on DATE\" (dd/MM/yyyy or yyyy-MM-dd)."] =
            "Quy định về bổ nhiệm: một mã, \"in force\" (mặc định: quy định có hiệu lực vào ngày nhận từng hồ sơ) hoặc \"in force on NGÀY\" (dd/MM/yyyy hoặc yyyy-MM-dd).",
        ["Who is appointed: cadre (default, party and State leadership) or publicEmployee (managing viên chức)."] =
            "Đối tượng bổ nhiệm: cadre (mặc định, cán bộ lãnh đạo của Đảng và Nhà nước) hoặc publicEmployee (viên chức quản lý).",
        ["Print every request's whole explanation: each condition, met or not, with the values it read and its clause (JSON: an explanation tree per request)."] =
            "In toàn bộ phần giải thích của từng đề nghị: mỗi điều kiện, đạt hay không, kèm giá trị đã dùng và điều khoản (JSON: một cây giải thích cho mỗi đề nghị).",
        ["A committee candidacies document (each candidate, the committee level, first time or re-election) ('-' reads standard input)."] =
            "Tài liệu nhân sự cấp ủy (từng người, cấp ủy, lần đầu hay tái cử) ('-' đọc từ đầu vào chuẩn).",
        ["The committee regulation: an id (committee-ct45), \"in force\" (default: in force at the end of each level's age month) or \"in force on yyyy-MM-dd\"."] =
            "Quy định về tuổi tham gia cấp ủy: một mã (committee-ct45), \"in force\" (mặc định: quy định có hiệu lực vào cuối tháng tính tuổi của từng cấp) hoặc \"in force on yyyy-MM-dd\".",
        ["A title standards document (the title, its level, the date, and the people checked; without people, every cadre of --roster) ('-' reads standard input)."] =
            "Hồ sơ xét tiêu chuẩn chức danh (chức danh, cấp, ngày xét và những người được xét; không ghi người nào thì xét mọi cán bộ của --roster) ('-' đọc từ đầu vào chuẩn).",
        ["A roster document the cadreRef entries refer to; every cadre of it is checked when the document lists nobody."] =
            "Danh sách cán bộ mà các mục cadreRef trỏ tới; khi hồ sơ không ghi người nào thì xét mọi cán bộ trong danh sách.",
        ["The directive's structure targets for a party committee: an id (structure-ct45-2025), \"in force\" or \"in force on yyyy-MM-dd\"; without it they apply when the document sets directiveTargets, in force on its date."] =
            "Chỉ tiêu cơ cấu cấp ủy của chỉ thị: một mã (structure-ct45-2025), \"in force\" hoặc \"in force on yyyy-MM-dd\"; nếu không ghi, chỉ tiêu được áp dụng khi hồ sơ có directiveTargets, theo chỉ thị có hiệu lực vào ngày của hồ sơ.",
        ["The title standards: an id (standards-qd365-qd377), \"in force\" (default: in force on the document's date) or \"in force on yyyy-MM-dd\"."] =
            "Quy định về tiêu chuẩn chức danh: một mã (standards-qd365-qd377), \"in force\" (mặc định: quy định có hiệu lực vào ngày xét của hồ sơ) hoặc \"in force on yyyy-MM-dd\".",
        ["Whether each person meets a title's qualification standards on a date (education, political theory, state management): meets, pending with a training plan (second planning group), fails or undetermined, each requirement with its clause. Exit 1 when one fails or cannot be decided."] =
            "Từng người có đạt tiêu chuẩn trình độ của một chức danh vào ngày xét không (chuyên môn, lý luận chính trị, quản lý nhà nước): đạt, chờ hoàn thiện theo kế hoạch đào tạo (đối tượng 2 quy hoạch), không đạt hoặc chưa xác định được, mỗi yêu cầu kèm điều khoản. Mã thoát 1 khi có người không đạt hoặc chưa xác định được.",
        ["A body document (the members on a date, the young age, the targets) ('-' reads standard input)."] =
            "Tài liệu về một tập thể (thành viên tại một ngày, tuổi được tính là trẻ, các chỉ tiêu) ('-' đọc từ đầu vào chuẩn).",
        ["An evaluation sheet, planning list or review, rotation or appointment requests, roster, key posts, position changes or committee candidacies ('-' reads standard input)."] =
            "Một bảng đánh giá, danh sách hoặc rà soát quy hoạch, đề nghị luân chuyển hoặc bổ nhiệm, danh sách cán bộ, chức danh chủ chốt, chuyển đổi vị trí công tác hoặc nhân sự cấp ủy ('-' đọc từ đầu vào chuẩn).",
        ["A local variant document: the 'after' side runs on the catalogue with this variant applied."] =
            "Tài liệu biến thể địa phương: vế 'sau' chạy trên danh mục đã áp dụng biến thể này.",
        ["The 'before' regulation: an id, \"in force\" (default: in force on each evaluation date) or \"in force on DATE\" (dd/MM/yyyy or yyyy-MM-dd)."] =
            "Quy định của vế 'trước': một mã, \"in force\" (mặc định: quy định có hiệu lực vào từng ngày đánh giá) hoặc \"in force on NGÀY\" (dd/MM/yyyy hoặc yyyy-MM-dd).",
        ["The 'after' regulation (same forms as --regulation); default: the same selection as --regulation."] =
            "Quy định của vế 'sau' (cùng cách viết như --regulation); mặc định: cùng lựa chọn với --regulation.",
        ["The document's kind: auto (default: told from its top-level properties), evaluation, planning, review, rotation, appointment, retirement, non-local, position-change or committee."] =
            "Loại tài liệu: auto (mặc định: nhận ra từ các thuộc tính cấp cao nhất), evaluation, planning, review, rotation, appointment, retirement, non-local, position-change hoặc committee.",
        ["A roster document the cadreRef entries of a planning list or requests refer to."] =
            "Tài liệu danh sách cán bộ mà các mục cadreRef của danh sách quy hoạch hoặc đề nghị trỏ tới.",
        ["For appointment requests: who is appointed, cadre (default) or publicEmployee; for position changes, publicEmployee asks about viên chức instead of công chức."] =
            "Với đề nghị bổ nhiệm: đối tượng bổ nhiệm, cadre (mặc định) hoặc publicEmployee; với chuyển đổi vị trí công tác, publicEmployee xét viên chức thay cho công chức.",
        ["A case file, or a folder searched recursively for *.json case files."] =
            "Một tệp tình huống, hoặc một thư mục (tìm mọi tệp *.json trong đó và các thư mục con).",
        ["Each cadre's retirement age, retirement date and months of service left (NĐ 135/2020/NĐ-CP, Article 4)."] =
            "Tuổi nghỉ hưu, ngày nghỉ hưu và số tháng công tác còn lại của từng cán bộ (Điều 4, NĐ 135/2020/NĐ-CP).",
        ["Classifies each person (HTXS, HTT, HTNV, KHT), applies the unit quota of HTXS, and counts per level. Exit 1 when an outcome is undetermined."] =
            "Xếp loại từng người (HTXS, HTT, HTNV, KHT), áp dụng tỷ lệ HTXS của đơn vị và đếm theo mức. Mã thoát 1 khi có kết quả chưa xác định được.",
        ["Validates a planning list: candidates per title, titles per candidate, service left, discipline, structure shares. Exit 1 on violations."] =
            "Kiểm tra danh sách quy hoạch: số người cho mỗi chức danh, số chức danh cho mỗi người, thời gian công tác còn lại, kỷ luật, tỷ lệ cơ cấu. Mã thoát 1 khi có vi phạm.",
        ["The annual planning review: which entries must leave the plan and why, which proposed additions may be made. Exit 1 when an entry must leave or an addition is refused."] =
            "Rà soát quy hoạch hằng năm: ai phải đưa ra khỏi quy hoạch và vì sao, đề xuất bổ sung nào được chấp nhận. Mã thoát 1 khi có người phải đưa ra hoặc đề xuất bị từ chối.",
        ["Whether each rotation request is eligible, with the reasons and clauses. Exit 1 when one is not."] =
            "Từng đề nghị luân chuyển có đủ điều kiện không, kèm lý do và điều khoản. Mã thoát 1 khi có đề nghị không đủ điều kiện.",
        ["The share of key posts held by non-local cadres, per post and in total against the pooled target, and per post kind and level against its own target and deadline (ahead of or behind schedule). Exit 1 when the pooled target is not met or a post's target is missed past its deadline."] =
            "Tỷ lệ chức danh chủ chốt do người không phải người địa phương đảm nhiệm, theo từng chức danh và tổng cộng so với chỉ tiêu chung, và theo từng chức danh ở từng cấp so với chỉ tiêu, thời hạn riêng (trước hay chậm so với thời hạn). Mã thoát 1 khi chưa đạt chỉ tiêu chung hoặc một chức danh đã quá thời hạn mà chưa đạt chỉ tiêu.",
        ["Periodic change of work position under NĐ 59/2019: who is due, deferred (and until when), exempt or not yet due, with the sector's period. Exit 1 when someone is due."] =
            "Định kỳ chuyển đổi vị trí công tác theo NĐ 59/2019: ai đến hạn, được tạm hoãn (đến khi nào), không phải chuyển đổi hoặc chưa đến hạn, kèm thời hạn của lĩnh vực. Mã thoát 1 khi có người đến hạn.",
        ["Whether each appointment request is eligible (planning, time in post, age, evaluations, discipline), with reasons. Exit 1 when one is not."] =
            "Từng đề nghị bổ nhiệm có đủ điều kiện không (quy hoạch, thời gian giữ chức vụ, tuổi, xếp loại, kỷ luật), kèm lý do. Mã thoát 1 khi có đề nghị không đủ điều kiện.",
        ["Whether each candidate for a 2025–2030 party committee has enough working time left at the level's age month (60 months first time, 48 re-elected, 42 provincial deputy secretary). Exit 1 when one has not."] =
            "Từng người dự kiến tham gia cấp ủy nhiệm kỳ 2025–2030 còn đủ thời gian công tác tại tháng tính tuổi của cấp đó không (lần đầu 60 tháng, tái cử 48 tháng, phó bí thư tỉnh ủy 42 tháng). Mã thoát 1 khi có người không đủ.",
        ["A sitting body's composition: the shares of women, young and ethnic-minority members, first-time and re-elected members and the members' education and political theory, each as an exact fraction of all the members, against the body's targets and the directive's, with how many members a missed target lacks. Exit 1 when a target is not met. Alias: composition."] =
            "Cơ cấu của một tập thể: tỷ lệ nữ, trẻ, người dân tộc thiểu số, tham gia lần đầu và tái cử, trình độ chuyên môn và lý luận chính trị của thành viên, mỗi tỷ lệ là phân số chính xác trên tổng số thành viên, so với chỉ tiêu của tập thể và của chỉ thị, kèm số người còn thiếu khi chưa đạt. Mã thoát 1 khi có chỉ tiêu chưa đạt. Tên khác: composition.",
        ["Statistics over a roster: the shares of women, young and ethnic-minority cadres and of education and political theory levels, each as an exact fraction of every cadre on the roster (the denominator is printed)."] =
            "Thống kê trên một danh sách cán bộ: tỷ lệ nữ, trẻ, người dân tộc thiểu số, trình độ chuyên môn và lý luận chính trị, mỗi tỷ lệ là phân số chính xác trên toàn bộ cán bộ trong danh sách (có ghi mẫu số).",
        ["The age in years below which a cadre counts as young (strictly under it), 1 to 100."] =
            "Tuổi (năm) mà dưới tuổi đó cán bộ được tính là trẻ (dưới hẳn tuổi này), từ 1 đến 100.",
        ["Runs one document (evaluation sheet, planning list or review, rotation or appointment requests, roster, key posts, position changes, committee candidacies) under two regulations (--regulation A --against B) or parameter sets (shipped vs --overrides FILE) and lists whose outcome changes, with the transitions, the groups and the rule codes. Exit 1 when some outcome changes."] =
            "Chạy một tài liệu (bảng đánh giá, danh sách hoặc rà soát quy hoạch, đề nghị luân chuyển hoặc bổ nhiệm, danh sách cán bộ, chức danh chủ chốt, chuyển đổi vị trí công tác, nhân sự cấp ủy) theo hai quy định (--regulation A --against B) hoặc hai bộ tham số (bản phát hành so với --overrides TỆP) và liệt kê những ai có kết quả thay đổi, kèm các chuyển dịch, các nhóm và mã căn cứ. Mã thoát 1 khi có kết quả thay đổi.",
        ["Lists the regulation catalogue: id, title, citation, subject kinds, effective periods, parameters (value, default, confidence)."] =
            "Liệt kê danh mục quy định: mã, tên, căn cứ, đối tượng áp dụng, thời gian hiệu lực, tham số (giá trị, mặc định, mức tin cậy).",
                ["Runs a bundled invented commune-level party organisation (60 cadres) through the library."] =
            "Chạy thư viện trên một đảng bộ xã hư cấu đi kèm (60 cán bộ).",
        ["The date of the demo, dd/MM/yyyy or yyyy-MM-dd (default 01/01/2026, so the output is always the same)."] =
            "Ngày của phần trình diễn, dạng dd/MM/yyyy hoặc yyyy-MM-dd (mặc định 01/01/2026 để kết quả luôn như nhau).",
        ["table (default, for people), json (for machines), html (a printable report), xlsx or csv (one row per entry of the list and per proposed addition, for spreadsheets); see --out."] =
            "table (mặc định, để người đọc), json (để máy đọc), html (báo cáo để in), xlsx hoặc csv (mỗi người một dòng cho mỗi chức danh trong danh sách và mỗi đề nghị bổ sung, để mở bằng bảng tính); xem --out.",
        ["table (default, for people), json (for machines), html (a printable report, for an evaluation sheet), xlsx or csv (one row per subject whose outcome changes, for spreadsheets); see --out."] =
            "table (mặc định, để người đọc), json (để máy đọc), html (báo cáo để in, cho bảng đánh giá, xếp loại), xlsx hoặc csv (mỗi đối tượng thay đổi kết quả một dòng, để mở bằng bảng tính); xem --out.",
        ["table (default, for people), json (one document), jsonl (JSON Lines: one person a line, for pipelines), html (a printable report), xlsx or csv (one row per person, for spreadsheets); see --out."] =
            "table (mặc định, để người đọc), json (một tài liệu), jsonl (JSON Lines: mỗi dòng một người, để nối các công cụ), html (báo cáo để in), xlsx hoặc csv (mỗi người một dòng, để mở bằng bảng tính); xem --out.",
        ["table (default, for people), json (for machines), html (a printable report), xlsx or csv (one row per candidate and title, for spreadsheets); see --out."] =
            "table (mặc định, để người đọc), json (để máy đọc), html (báo cáo để in), xlsx hoặc csv (mỗi người một dòng cho mỗi chức danh được quy hoạch, để mở bằng bảng tính); xem --out.",
        ["With --format html, xlsx or csv: the file to write; default: standard output."] =
            "Với --format html, xlsx hoặc csv: tệp ghi kết quả; mặc định: đầu ra chuẩn.",
        ["table (default, for people), json (for machines), xlsx or csv (one row per person, for spreadsheets; see --out)."] =
            "table (mặc định, để người đọc), json (để máy đọc), xlsx hoặc csv (mỗi người một dòng, để mở bằng bảng tính; xem --out).",
        ["Writes a fill-in template (Vietnamese column headers) for a roster, an evaluation sheet, a planning list, a planning review, rotation requests, appointment dossiers, position changes, committee candidacies, key posts (the non-local share) or a body's members (its composition); every command reads the filled-in .xlsx or .csv file as it reads JSON."] =
            "Tạo mẫu để điền (tiêu đề cột bằng tiếng Việt) cho danh sách cán bộ, bảng đánh giá, danh sách quy hoạch, hồ sơ rà soát quy hoạch, đề nghị luân chuyển, hồ sơ bổ nhiệm, danh sách chuyển đổi vị trí công tác, giới thiệu tham gia cấp ủy, cán bộ chủ chốt cấp xã (tỷ lệ không là người địa phương) hoặc thành viên một tập thể (cơ cấu); mọi lệnh đọc tệp .xlsx hoặc .csv đã điền như đọc JSON.",
        ["roster, evaluations, planning, review, rotations, appointments, position-changes, committee, key-posts or body (any case)."] =
            "roster (danh sách cán bộ), evaluations (bảng đánh giá), planning (danh sách quy hoạch), review (rà soát quy hoạch), rotations (đề nghị luân chuyển), appointments (hồ sơ bổ nhiệm), position-changes (chuyển đổi vị trí công tác), committee (giới thiệu tham gia cấp ủy), key-posts (cán bộ chủ chốt cấp xã) hoặc body (thành viên một tập thể); không phân biệt hoa thường.",
        ["xlsx (default: the sheet to fill in and a sheet \"Hướng dẫn\" explaining each column, its values and an example) or csv (the header row and one example row; the explanations are in the xlsx template and docs/spreadsheets.md)."] =
            "xlsx (mặc định: trang để điền và trang \"Hướng dẫn\" giải thích từng cột, các giá trị được nhận và một ví dụ) hoặc csv (dòng tiêu đề và một dòng ví dụ; phần giải thích nằm trong mẫu xlsx và docs/spreadsheets.md).",
        ["The file to write; standard output when not given."] =
            "Tệp ghi kết quả; không ghi thì ra đầu ra chuẩn.",
        ["Writes a JSON document as a sheet (one row per item, its lists on the rows below repeating its id), or a sheet as its JSON document."] =
            "Chuyển một tài liệu JSON thành bảng tính (mỗi mục một dòng, các danh sách của mục ở các dòng bên dưới lặp lại mã của mục), hoặc một bảng tính thành tài liệu JSON của nó.",
        ["A JSON document, or an .xlsx or .csv sheet ('-' reads standard input)."] =
            "Một tài liệu JSON, hoặc một bảng tính .xlsx hay .csv ('-' đọc từ đầu vào chuẩn).",
        ["xlsx, csv (a JSON document as a sheet) or json (a sheet as its JSON document)."] =
            "xlsx, csv (tài liệu JSON thành bảng tính) hoặc json (bảng tính thành tài liệu JSON).",
        ["The file to write; default: standard output."] =
            "Tệp ghi kết quả; mặc định: đầu ra chuẩn.",
        ["table (default, for people), json (for machines) or markdown (the reference page docs/rules.md is, for this catalogue: with --overrides, the province's rules and numbers)."] =
            "table (mặc định, để người đọc), json (để máy đọc) hoặc markdown (trang tra cứu như docs/rules.md cho danh mục này: với --overrides, theo các quy tắc và con số của địa phương).",
        ["Runs analyst case files; prints each failing case and a closing line ('N đạt, N không đạt'; 'N passed, N failed' with --lang en). Exit 1 when a case fails."] =
            "Chạy các tệp tình huống kiểm thử; in từng tình huống không đạt và dòng tổng kết ('N đạt, N không đạt'; với --lang en là 'N passed, N failed'). Mã thoát 1 khi có tình huống không đạt.",
    }.ToFrozenDictionary();
}
