namespace CadreRules.People;

/// <summary>The level of the organisation a post belongs to (cấp).</summary>
public enum OrganisationalLevel
{
    /// <summary>Central (Trung ương).</summary>
    Central = 0,

    /// <summary>Province or centrally run city (tỉnh, thành phố trực thuộc trung ương).</summary>
    Provincial = 1,

    /// <summary>District (huyện), abolished as an administrative level from 01/7/2025 but present in older records.</summary>
    District = 2,

    /// <summary>Commune, ward or special zone (xã, phường, đặc khu).</summary>
    Commune = 3,

    /// <summary>A grassroots party organisation or unit inside an agency (cơ sở).</summary>
    Grassroots = 4,
}
