namespace CadreRules.Appointment;

/// <summary>The level of a party committee for the 2025–2030 congresses, which fixes the month at which age is counted
/// (Chỉ thị 45-CT/TW).</summary>
public enum CommitteeLevel
{
    /// <summary>Grassroots committee (cấp cơ sở): age counted at 04/2025.</summary>
    Grassroots = 0,

    /// <summary>The level directly above grassroots (cấp trên trực tiếp cơ sở): 06/2025.</summary>
    AboveGrassroots = 1,

    /// <summary>Commune, ward or special zone committee: 07/2025.</summary>
    Commune = 2,

    /// <summary>Provincial committee (trực thuộc Trung ương): 09/2025.</summary>
    Provincial = 3,

    /// <summary>Leaders of People's Councils and Committees elected for 2026–2031: 03/2026.</summary>
    CouncilAndCommitteeLeaders = 4,
}
