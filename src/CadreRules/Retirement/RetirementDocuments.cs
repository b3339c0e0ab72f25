using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Retirement;

/// <summary>The legal documents on retirement age that CadreRules cites.</summary>
public static class RetirementDocuments
{
    /// <summary>Gets Bộ luật Lao động 45/2019/QH14 (the Labour Code 2019), in force from 01/01/2021.</summary>
    public static LegalDocument LabourCode2019 { get; } = new("Bộ luật Lao động 45/2019/QH14", "Quốc hội", new LocalDate(2019, 11, 20));

    /// <summary>Gets Nghị định 135/2020/NĐ-CP on retirement age, in force from 01/01/2021.</summary>
    public static LegalDocument Decree135 { get; } = new("NĐ 135/2020/NĐ-CP", "Chính phủ", new LocalDate(2020, 11, 18));

    /// <summary>Gets the clause that sets the normal retirement age: Điều 169 khoản 2 of the Labour Code 2019.</summary>
    public static Citation NormalAge { get; } = LabourCode2019.Article(169, 2);

    /// <summary>Gets the clause with the yearly schedule and the moment of retirement: Điều 4 of NĐ 135/2020.</summary>
    public static Citation Schedule { get; } = Decree135.Article(4);
}
