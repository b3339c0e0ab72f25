using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Evaluation;

/// <summary>The legal documents and clauses cited by the unit quotas and by the consequences of an evaluation history.</summary>
/// <remarks>
/// Numbers are given with issuer and signing date because numbers alone are ambiguous (a second 132-QĐ/TW exists).
/// The Luật Cán bộ, công chức article and clause numbers and the TT 08/2013 clause numbers are cited from the
/// structure of those texts; their wording was not among the project's stored sources.
/// </remarks>
internal static class QuotaDocuments
{
    public static readonly LegalDocument Qd366 = EvaluationDocuments.Qd366;
    public static readonly LegalDocument Qd124 = EvaluationDocuments.Qd124;
    public static readonly LegalDocument Hd21 = EvaluationDocuments.Hd21;
    public static readonly LegalDocument Nd90 = EvaluationDocuments.Nd90;
    public static readonly LegalDocument Nd48 = EvaluationDocuments.Nd48;
    public static readonly LegalDocument Nd335 = EvaluationDocuments.Nd335;
    public static readonly LegalDocument Nd233 = EvaluationDocuments.Nd233;
    public static readonly LegalDocument LawCbcc2008 = new("Luật Cán bộ, công chức 22/2008/QH12 (sửa đổi bởi Luật 52/2019/QH14)", "Quốc hội", new LocalDate(2008, 11, 13));
    public static readonly LegalDocument LawCbcc2025 = new("Luật Cán bộ, công chức 80/2025/QH15", "Quốc hội", new LocalDate(2025, 6, 24));
    public static readonly LegalDocument Tt08 = new("TT 08/2013/TT-BNV", "Bộ Nội vụ", new LocalDate(2013, 7, 31));

    /// <summary>QĐ 366 Điều 11 khoản 1, point 1.5: HTXS ≤ 20% of HTT among those with similar roles.</summary>
    public static readonly Citation Qd366Quota = Qd366.Article(11, 1, "1.5");

    /// <summary>QĐ 124 Điều 12 khoản 1 (quota sentence known from an English rendering only).</summary>
    public static readonly Citation Qd124Quota = Qd124.Article(12, 1);

    /// <summary>HD 21 Mục II.B 2.3 a): HTXS ≤ 20% of HTT in each grassroots party organisation (QĐ 132 regime).</summary>
    public static readonly Citation Hd21Quota = Hd21.Section("II.B.2.3.a");

    /// <summary>NĐ 335 Điều 20 khoản 5 điểm a / b.</summary>
    public static readonly Citation Nd335Quota = Nd335.Article(20, 5, "a");
    public static readonly Citation Nd335QuotaOutstanding = Nd335.Article(20, 5, "b");

    /// <summary>NĐ 233 Điều 12 khoản 6 điểm a / b (viên chức).</summary>
    public static readonly Citation Nd233Quota = Nd233.Article(12, 6, "a");
    public static readonly Citation Nd233QuotaOutstanding = Nd233.Article(12, 6, "b");

    /// <summary>NĐ 233 Điều 7 khoản 7 điểm a / b / c (public service units).</summary>
    public static readonly Citation Nd233UnitQuota = Nd233.Article(7, 7, "a");
    public static readonly Citation Nd233UnitQuotaOutstanding = Nd233.Article(7, 7, "b");
    public static readonly Citation Nd233UnitQuotaSmallParent = Nd233.Article(7, 7, "c");

    /// <summary>NĐ 90 Điều 2 khoản 6 as added by NĐ 48: the State HTXS share may not exceed the Party's.</summary>
    public static readonly Citation Nd48PartyShare = Nd90.Article(2, 6);

    public static readonly Citation CbccCadreConsecutive = LawCbcc2008.Article(29, 3);
    public static readonly Citation CbccServantConsecutive = LawCbcc2008.Article(58, 3);
    public static readonly Citation CbccServantClassification = LawCbcc2008.Article(58);
    public static readonly Citation Nd335UseOfResults = Nd335.Article(23, 3, "đ");
    public static readonly Citation LawCbcc2025Evaluation = LawCbcc2025.Whole();
    public static readonly Citation Tt08Delay = Tt08.Article(2, 3);
}
