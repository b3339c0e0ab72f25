namespace CadreRules.Rules;

/// <summary>The kinds of subject a regulation applies to; a catalogue picks regulations per kind and date.</summary>
public enum SubjectKind
{
    /// <summary>An individual party member (đảng viên), leader or not.</summary>
    PartyMember = 0,

    /// <summary>A party organisation or its leadership collective (tổ chức đảng, tập thể lãnh đạo).</summary>
    PartyOrganisation = 1,

    /// <summary>A civil servant (công chức).</summary>
    CivilServant = 2,

    /// <summary>A public employee of a public service unit (viên chức).</summary>
    PublicEmployee = 3,

    /// <summary>An agency, organisation or unit of the State (cơ quan, tổ chức, đơn vị).</summary>
    Agency = 4,

    /// <summary>A cadre in the broad sense (cán bộ): the subject of planning, rotation and appointment rules.</summary>
    Cadre = 5,
}
