namespace CadreRules.Evaluation;

/// <summary>The evaluation regimes shipped with CadreRules, each one an <see cref="EvaluationRegulation"/>.</summary>
public enum EvaluationRegime
{
    /// <summary>Party: QĐ 132-QĐ/TW (08/3/2018) with HĐ 21-HD/BTCTW, and QĐ 89-QĐ/TW for leaders; 08/3/2018 → 03/10/2023.</summary>
    Qd132 = 0,

    /// <summary>Party: QĐ 124-QĐ/TW (04/10/2023) with HĐ 25-HD/BTCTW; 04/10/2023 → 29/8/2025.</summary>
    Qd124 = 1,

    /// <summary>Party: QĐ 366-QĐ/TW (30/8/2025) with HĐ 43-HD/BTCTW, on a 100-point scale; from 30/8/2025.</summary>
    Qd366 = 2,

    /// <summary>State: NĐ 90/2020/NĐ-CP as first issued; 20/8/2020 → 14/9/2023.</summary>
    Nd90 = 3,

    /// <summary>State: NĐ 90/2020/NĐ-CP as amended by NĐ 48/2023/NĐ-CP; from 15/9/2023 to 31/12/2025 for công chức
    /// and to 30/6/2026 for viên chức.</summary>
    Nd90Amended = 4,

    /// <summary>State, công chức: NĐ 335/2025/NĐ-CP, on a 100-point scale; from 01/01/2026.</summary>
    Nd335 = 5,

    /// <summary>State, viên chức: NĐ 233/2026/NĐ-CP, on a 100-point scale; from 01/7/2026.</summary>
    Nd233 = 6,
}
