using System;
using System.Globalization;

namespace CadreRules.Province;

/// <summary>Invented Vietnamese names: people, communes and wards, villages and units. Only letters (with their
/// diacritics), digits, spaces, commas, hyphens and parentheses, so no JSON encoder escapes any of them.</summary>
internal static class VietnameseNames
{
    /// <summary>Agencies of a commune or ward (công chức), distinct, at least 10.</summary>
    public static readonly string[] Agencies =
    [
        "Văn phòng HĐND và UBND", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội", "Trung tâm Phục vụ hành chính công",
        "Văn phòng Đảng ủy", "Ủy ban Kiểm tra Đảng ủy", "Ban Xây dựng Đảng", "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Cơ quan Ủy ban MTTQ", "Trung tâm Cung ứng dịch vụ công",
    ];

    /// <summary>Public service units of a commune or ward (viên chức), distinct, at least 10.</summary>
    public static readonly string[] ServiceUnits =
    [
        "Trường Mầm non", "Trường Tiểu học", "Trường THCS", "Trạm Y tế", "Trường Tiểu học số 2", "Trường Mầm non số 2",
        "Trường THCS số 2", "Trung tâm Văn hóa - Thể thao", "Trường Tiểu học và THCS", "Trường Mầm non số 3",
    ];

    // Family names, weighted roughly as in the population (Nguyễn first).
    private static readonly string[] Families =
    [
        "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn",
        "Trần", "Trần", "Trần", "Lê", "Lê", "Lê", "Phạm", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
        "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lương", "Mai", "Tạ", "Quách", "Hà", "Lò", "Cầm",
    ];

    private static readonly string[] MaleMiddles = ["Văn", "Văn", "Văn", "Đức", "Hữu", "Minh", "Quang", "Công", "Thanh", "Xuân", "Tiến", "Mạnh", "Đình", "Bá", "Trọng"];

    private static readonly string[] FemaleMiddles = ["Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Kim", "Hồng", "Phương", "Mỹ", "Bích", "Diệu"];

    private static readonly string[] MaleGivens =
    [
        "An", "Bình", "Cường", "Dũng", "Đạt", "Giang", "Hải", "Hiếu", "Hoàng", "Hùng", "Huy", "Khánh", "Khoa", "Kiên", "Lâm",
        "Long", "Lực", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Quang", "Sơn", "Tài", "Thắng", "Thành", "Thịnh",
        "Toàn", "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Vũ", "Hưng", "Đông", "Lộc", "Tâm",
    ];

    private static readonly string[] FemaleGivens =
    [
        "Anh", "Chi", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hồng", "Hương", "Huyền", "Lan", "Liên",
        "Linh", "Loan", "Mai", "My", "Nga", "Ngân", "Nhung", "Oanh", "Phương", "Quyên", "Tâm", "Thảo", "Thơ", "Thủy",
        "Trang", "Trinh", "Tuyết", "Uyên", "Vân", "Xuân", "Yến", "Ánh", "Diệp", "Hậu", "Lụa",
    ];

    // Two parts of a place name: 32 × 32 = 1,024 distinct names before a number is appended (the two lists must have the
    // same length, 32, for the mixing in Place to stay one-to-one).
    private static readonly string[] PlaceFirst =
    [
        "Tân", "Hòa", "Phước", "An", "Vĩnh", "Bình", "Long", "Thạnh", "Minh", "Quảng", "Đông", "Tây", "Nam", "Bắc", "Phú",
        "Hưng", "Thuận", "Đức", "Xuân", "Trung", "Mỹ", "Thái", "Kim", "Ngọc", "Lạc", "Hải", "Sơn", "Thanh", "Hợp", "Đại",
        "Cẩm", "Yên",
    ];

    private static readonly string[] PlaceSecond =
    [
        "Khê", "Lộc", "Thịnh", "Phong", "Điền", "Hiệp", "Thành", "Lợi", "Tiến", "Lâm", "Cường", "Định", "Nghĩa", "Quang",
        "Vinh", "Châu", "Giang", "Hà", "Bảo", "Tường", "Khánh", "Phát", "Thọ", "Dương", "Nguyên", "Hội", "Tài", "Thắng",
        "Kiều", "Trạch", "Liên", "Quý",
    ];

    private static readonly string[] Villages =
    [
        "Đông", "Tây", "Nam", "Bắc", "Trung", "Thượng", "Hạ", "Mới", "Cầu", "Chợ", "Đình", "Bến",
    ];

    /// <summary>A person's full name: family, middle and given names.</summary>
    public static string Person(ref ProvinceRandom random, bool female) =>
        string.Concat(random.Pick(Families), " ", random.Pick(female ? FemaleMiddles : MaleMiddles), " ", random.Pick(female ? FemaleGivens : MaleGivens));

    /// <summary>The name of commune or ward <paramref name="locality"/> (unique per number), without "xã" or "phường".</summary>
    public static string Place(int locality)
    {
        int pairs = PlaceFirst.Length * PlaceSecond.Length;
        int pair = locality % pairs;
        // For a fixed first part, (pair / F + 7 × pair) mod S runs through every second part once: the names stay unique
        // while neighbouring numbers get different second parts. No word is in both lists, so no name repeats a word.
        int first = pair % PlaceFirst.Length;
        string name = PlaceFirst[first] + " " + PlaceSecond[((pair / PlaceFirst.Length) + (7 * pair)) % PlaceSecond.Length];
        return locality < pairs ? name : name + " " + (locality / pairs + 1).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Whether commune or ward <paramref name="locality"/> is a ward (phường); a fixed pattern, two wards in five.</summary>
    public static bool IsWard(int locality) => locality % 5 is 1 or 3;

    /// <summary>"phường X" or "xã X".</summary>
    public static string Locality(int locality) => (IsWard(locality) ? "phường " : "xã ") + Place(locality);

    /// <summary>A residential area of a commune or ward, distinct for each <paramref name="index"/> below 12.</summary>
    public static string Area(int locality, int index) => IsWard(locality)
        ? "khu phố " + (index + 1).ToString(CultureInfo.InvariantCulture)
        : "thôn " + Villages[index % Villages.Length] + (index < Villages.Length ? string.Empty : " " + (index / Villages.Length + 1).ToString(CultureInfo.InvariantCulture));

    /// <summary>Formats a number with at least <paramref name="digits"/> digits.</summary>
    public static string Number(int value, int digits) => value.ToString(new string('0', Math.Max(1, digits)), CultureInfo.InvariantCulture);
}
