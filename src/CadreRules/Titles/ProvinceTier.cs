namespace CadreRules.Titles;

/// <summary>Where the commune is: QĐ 368-QĐ/TW ranks the commune titles of Hà Nội and TP. Hồ Chí Minh one rank higher.</summary>
public enum ProvinceTier
{
    /// <summary>A commune, ward or special zone of Hà Nội or TP. Hồ Chí Minh.</summary>
    HanoiOrHoChiMinhCity = 0,

    /// <summary>A commune, ward or special zone of another province or centrally run city.</summary>
    OtherProvince = 1,
}
