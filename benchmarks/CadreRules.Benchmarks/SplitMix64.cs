namespace CadreRules.Benchmarks;

/// <summary>A tiny deterministic generator (SplitMix64): the same seed gives the same inputs on every machine and runtime.</summary>
public struct SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        ulong z = unchecked(_state += 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, bound).</summary>
    public int Below(int bound) => (int)(Next() % (ulong)bound);

    /// <summary>A number in [low, high].</summary>
    public int Between(int low, int high) => low + Below(high - low + 1);

    /// <summary>True with the given probability in per mille.</summary>
    public bool PerMille(int chance) => Below(1000) < chance;
}
