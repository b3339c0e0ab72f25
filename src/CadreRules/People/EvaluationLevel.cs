namespace CadreRules.People;

/// <summary>The four levels of the annual quality classification (mức xếp loại chất lượng), highest first.</summary>
public enum EvaluationLevel
{
    /// <summary>Hoàn thành xuất sắc nhiệm vụ (HTXS): completed duties excellently.</summary>
    Excellent = 0,

    /// <summary>Hoàn thành tốt nhiệm vụ (HTT): completed duties well.</summary>
    Good = 1,

    /// <summary>Hoàn thành nhiệm vụ (HTNV): completed duties.</summary>
    Complete = 2,

    /// <summary>Không hoàn thành nhiệm vụ (KHT): did not complete duties.</summary>
    NotComplete = 3,
}
