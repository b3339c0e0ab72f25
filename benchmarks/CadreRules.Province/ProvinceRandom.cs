namespace CadreRules.Province;

/// <summary>
/// The generator's own pseudo-random numbers (SplitMix64): integer arithmetic only, so a seed gives the same sequence on
/// every machine and every .NET version (<see cref="System.Random"/> makes no such promise).
/// </summary>
/// <remarks>A mutable value type: copy it to fork a stream, pass it by reference to share one.</remarks>
public struct ProvinceRandom
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private ulong _state;

    /// <summary>Initializes a new instance of the <see cref="ProvinceRandom"/> struct.</summary>
    /// <param name="seed">The seed; any value, 0 included.</param>
    public ProvinceRandom(ulong seed) => _state = seed;

    /// <summary>Derives the seed of an independent stream from a parent seed and a stream number (the SplitMix64
    /// finaliser over both), e.g. one stream per unit so that a unit's people do not depend on the units before it.</summary>
    /// <param name="seed">The parent seed.</param>
    /// <param name="stream">The stream number.</param>
    /// <returns>The derived seed.</returns>
    public static ulong Derive(ulong seed, ulong stream) => Finalise(unchecked(Finalise(seed + Golden) ^ (stream * Golden) ^ 0xD1B54A32D192ED03UL));

    /// <summary>The next 64 random bits.</summary>
    /// <returns>A number in [0, 2^64).</returns>
    public ulong Next() => Finalise(unchecked(_state += Golden));

    /// <summary>A number in [0, <paramref name="bound"/>); the bias of the modulo is below 2^-32 for the bounds used here.</summary>
    /// <param name="bound">The exclusive upper bound, at least 1.</param>
    /// <returns>The number.</returns>
    public int Below(int bound) => (int)(Next() % (ulong)bound);

    /// <summary>A number in [<paramref name="low"/>, <paramref name="high"/>].</summary>
    /// <param name="low">The inclusive lower bound.</param>
    /// <param name="high">The inclusive upper bound, at least <paramref name="low"/>.</param>
    /// <returns>The number.</returns>
    public int Between(int low, int high) => low + Below(high - low + 1);

    /// <summary>True with the given chance in a thousand.</summary>
    /// <param name="chance">The chance, 0 to 1000.</param>
    /// <returns>Whether the event happened.</returns>
    public bool PerMille(int chance) => Below(1000) < chance;

    /// <summary>One item of a list, uniformly.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The list, not empty.</param>
    /// <returns>The item.</returns>
    public T Pick<T>(T[] items) => items[Below(items.Length)];

    private static ulong Finalise(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
