namespace CadreRules.Titles;

/// <summary>The commune-level titles (xã, phường, đặc khu) that QĐ 368-QĐ/TW ranks in Group IV.</summary>
public enum CommuneTitle
{
    /// <summary>Secretary of the commune party committee (Bí thư đảng ủy cấp xã).</summary>
    PartySecretary = 0,

    /// <summary>Deputy secretary of the commune party committee (Phó Bí thư đảng ủy cấp xã).</summary>
    DeputyPartySecretary = 1,

    /// <summary>Chair of the commune People's Council (Chủ tịch Hội đồng nhân dân cấp xã).</summary>
    CouncilChair = 2,

    /// <summary>Chair of the commune People's Committee (Chủ tịch Ủy ban nhân dân cấp xã).</summary>
    CommitteeChair = 3,

    /// <summary>Member of the standing committee of the commune party committee (Ủy viên Ban Thường vụ đảng ủy).</summary>
    StandingCommitteeMember = 4,

    /// <summary>Vice-chair of the commune People's Council (Phó Chủ tịch Hội đồng nhân dân cấp xã).</summary>
    CouncilViceChair = 5,

    /// <summary>Vice-chair of the commune People's Committee (Phó Chủ tịch Ủy ban nhân dân cấp xã).</summary>
    CommitteeViceChair = 6,

    /// <summary>Chair of the commune Fatherland Front committee (Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã).</summary>
    FrontChair = 7,

    /// <summary>Member of the commune party executive committee (Ủy viên Ban Chấp hành đảng bộ cấp xã).</summary>
    PartyCommitteeMember = 8,

    /// <summary>Head of an advisory or support body (or, outside Hà Nội and TP.HCM, a public service unit) of the commune
    /// party committee (cấp trưởng cơ quan tham mưu, giúp việc của đảng ủy cấp xã).</summary>
    PartyBodyHead = 9,

    /// <summary>Head of a specialised agency or other administrative body of the commune People's Committee.</summary>
    AgencyHead = 10,

    /// <summary>Head of a board of the commune People's Council (cấp trưởng các ban của Hội đồng nhân dân cấp xã).</summary>
    CouncilBoardHead = 11,

    /// <summary>Vice-chair of the Fatherland Front who heads a socio-political organisation of the commune.</summary>
    FrontViceChairHeadingOrganisation = 12,

    /// <summary>Vice-chair of the commune Fatherland Front committee (Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã).</summary>
    FrontViceChair = 13,

    /// <summary>Deputy head of an advisory or support body or public service unit of the commune party committee.</summary>
    PartyBodyDeputy = 14,

    /// <summary>Deputy head of a specialised agency or other administrative body of the commune People's Committee.</summary>
    AgencyDeputy = 15,

    /// <summary>Deputy head of a board of the commune People's Council.</summary>
    CouncilBoardDeputy = 16,

    /// <summary>Member of the inspection commission of the commune party committee (Ủy viên Ủy ban Kiểm tra đảng ủy cấp xã).</summary>
    InspectionCommissionMember = 17,

    /// <summary>Deputy head of a socio-political organisation of the commune (cấp phó các tổ chức chính trị - xã hội cấp xã).</summary>
    OrganisationDeputy = 18,
}
