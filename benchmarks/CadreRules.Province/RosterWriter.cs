using System;
using System.IO;
using System.Text.Json;

namespace CadreRules.Province;

/// <summary>
/// Streams the roster: the staff of the communes' and wards' agencies (công chức) and public service units (viên
/// chức), in the units of the evaluation sheet's layout. Each unit's head and deputies come first (leadership posts with
/// a rank), then the staff. People are 23 to 61 years old in 2025 (women at most 56, below their retirement age), most
/// are party members, 2% have a reprimand or warning, and most have evaluations for 2022 to 2024 on both tracks.
/// </summary>
internal static class RosterWriter
{
    private static readonly JsonEncodedText SchemaVersion = JsonEncodedText.Encode("schemaVersion");
    private static readonly JsonEncodedText OrganisationName = JsonEncodedText.Encode("organisation");
    private static readonly JsonEncodedText CadresName = JsonEncodedText.Encode("cadres");

    private static readonly string[] AgencyStaff =
    [
        "Chuyên viên", "Chuyên viên", "Chuyên viên chính", "Công chức Văn phòng - Thống kê", "Công chức Tư pháp - Hộ tịch",
        "Công chức Địa chính - Xây dựng", "Công chức Tài chính - Kế toán", "Công chức Văn hóa - Xã hội",
    ];

    private static readonly string[] SchoolStaff = ["Giáo viên", "Giáo viên", "Giáo viên", "Giáo viên", "Kế toán", "Nhân viên thư viện", "Nhân viên y tế học đường"];

    private static readonly string[] HealthStaff = ["Y sĩ", "Bác sĩ", "Điều dưỡng", "Điều dưỡng", "Hộ sinh", "Dược sĩ"];

    private static readonly string[] CultureStaff = ["Viên chức văn hóa", "Hướng dẫn viên thể thao", "Phương pháp viên"];

    public static void Write(Stream output, int people, ulong seed, bool indented)
    {
        using Utf8JsonWriter writer = JsonOut.Create(output, indented);
        writer.WriteStartObject();
        writer.WriteNumber(SchemaVersion, 1);
        writer.WriteString(OrganisationName, ProvinceGenerator.Organisation);
        writer.WriteStartArray(CadresName);
        var cadre = new CadreFacts();
        foreach (ProvinceUnit unit in ProvinceLayout.Units(ProvinceDocument.Roster, people, seed))
        {
            var random = new ProvinceRandom(ProvinceRandom.Derive(seed, (StreamTags.RosterUnits << 40) + (ulong)unit.Index));
            WriteUnit(writer, unit, ref random, cadre);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteUnit(Utf8JsonWriter writer, ProvinceUnit unit, ref ProvinceRandom random, CadreFacts cadre)
    {
        bool agency = random.PerMille(550);
        string locality = VietnameseNames.Locality(unit.Locality);
        string baseName = agency
            ? VietnameseNames.Agencies[unit.IndexInLocality % VietnameseNames.Agencies.Length]
            : VietnameseNames.ServiceUnits[unit.IndexInLocality % VietnameseNames.ServiceUnits.Length];
        string unitName = agency ? baseName + ", " + locality : baseName + " " + locality;
        (string head, string deputy, string[] staff) = agency ? ("Thủ trưởng đơn vị", "Phó Thủ trưởng đơn vị", AgencyStaff)
            : baseName.StartsWith("Trường", StringComparison.Ordinal) ? ("Hiệu trưởng", "Phó Hiệu trưởng", SchoolStaff)
            : baseName.StartsWith("Trạm", StringComparison.Ordinal) ? ("Trạm trưởng", "Phó Trạm trưởng", HealthStaff)
            : ("Giám đốc", "Phó Giám đốc", CultureStaff);
        int leaders = Math.Min(unit.Size, 1 + (unit.Size / 30));
        for (int i = 0; i < unit.Size; i++)
        {
            int home = random.PerMille(700) ? unit.Locality : random.Below(unit.Locality + 20);
            cadre.Draw(ref random, 1964, 1969, 2002, agency ? 450 : 680, VietnameseNames.Locality(home), agency ? 850 : 550, 20);
            bool leader = i < leaders;
            bool district = agency && random.PerMille(400);
            int before = random.Below(unit.Locality + 20);
            string previousUnit = district ? "UBND huyện " + VietnameseNames.Place(before)
                : agency ? "UBND " + VietnameseNames.Locality(before)
                : baseName + " " + VietnameseNames.Locality(before);
            cadre.SetPosts(
                ref random,
                leader ? (i == 0 ? head : deputy) : random.Pick(staff),
                unitName,
                "commune",
                leader,
                leader ? (i == 0 ? 3 : 2) : 0,
                agency ? "Chuyên viên" : random.Pick(staff),
                previousUnit,
                district ? "district" : "commune");
            CadreWriter.Write(writer, "C-", unit.FirstPerson + i + 1, cadre);
            JsonOut.FlushIfFull(writer);
        }
    }
}
