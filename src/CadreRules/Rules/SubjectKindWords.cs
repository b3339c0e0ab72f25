namespace CadreRules.Rules;

/// <summary>The words for each <see cref="SubjectKind"/> (the plural a sentence names them by), in both languages; the
/// messages of every family and <c>Localization.Terms</c> read them here.</summary>
internal static class SubjectKindWords
{
    public static LocalizedText Of(SubjectKind kind) => kind switch
    {
        SubjectKind.PartyMember => new("đảng viên", "party members"),
        SubjectKind.PartyOrganisation => new("tổ chức đảng", "party organisations"),
        SubjectKind.CivilServant => new("công chức", "civil servants"),
        SubjectKind.PublicEmployee => new("viên chức", "public employees"),
        SubjectKind.Agency => new("cơ quan, đơn vị", "agencies and units"),
        _ => new("cán bộ", "cadres"),
    };
}
