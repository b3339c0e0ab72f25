namespace CadreRules.Rules;

/// <summary>The type of a named fact a data rule may read (see <see cref="FactCatalog{TFacts}"/>).</summary>
public enum FactKind
{
    /// <summary>A whole number (a count, months, a rank); compared with a whole number.</summary>
    Integer = 0,

    /// <summary>An exact share (a count over a total); compared with a share written <c>30%</c>, <c>0.3</c> or <c>3/10</c>.</summary>
    Share = 1,

    /// <summary>True or false; compared with <c>true</c> or <c>false</c>, for equality only.</summary>
    Boolean = 2,

    /// <summary>A value on an ordered scale of names, best first (for example the evaluation levels HTXS, HTT, HTNV,
    /// KHT); "at least HTT" means HTT or better.</summary>
    Scale = 3,

    /// <summary>A number with a decimal part (a score in points); compared with a number written with a decimal point,
    /// e.g. <c>92.5</c>.</summary>
    Number = 4,
}
