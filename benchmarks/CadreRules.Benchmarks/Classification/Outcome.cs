namespace CadreRules.Benchmarks.Classification;

/// <summary>The common answer the four implementations are compared on.</summary>
public enum Outcome
{
    Undetermined = 0,
    NotRated,
    Htxs,
    Htt,
    Htnv,
    Kht,
}

/// <summary>The QĐ 366 levels, highest first (the engine ladder's level type).</summary>
public enum Qd366Level
{
    Htxs,
    Htt,
    Htnv,
    Kht,
}
