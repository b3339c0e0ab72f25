namespace CadreRules.Rules;

/// <summary>The languages in which CadreRules renders explanations.</summary>
public enum Language
{
    /// <summary>Vietnamese (tiếng Việt).</summary>
    Vietnamese = 0,

    /// <summary>English.</summary>
    English = 1,
}
