using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using CadreRules.Rules;

namespace CadreRules.Extensions.DependencyInjection;

/// <summary>
/// The catalogues built at start-up: the base catalogue and one per province (the base with the province's local
/// variants applied). Registered as a singleton by <c>AddCadreRules</c>; use it to pick a province chosen at run time
/// (from a route or a header), and keyed services (<c>[FromKeyedServices("ha-noi")] RegulationCatalog</c>) when the
/// province is known where the code is written.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ProvinceCatalogs
{
    private readonly FrozenDictionary<string, RegulationCatalog> _byProvince;

    internal ProvinceCatalogs(RegulationCatalog @default, IEnumerable<KeyValuePair<string, RegulationCatalog>> provinces)
    {
        Default = @default;
        _byProvince = provinces.ToFrozenDictionary(System.StringComparer.Ordinal);
        ImmutableArray<string>.Builder keys = ImmutableArray.CreateBuilder<string>(_byProvince.Count);
        keys.AddRange(_byProvince.Keys);
        keys.Sort(System.StringComparer.Ordinal);
        Provinces = keys.MoveToImmutable();
    }

    /// <summary>Gets the base catalogue (<see cref="CadreRulesOptions.Catalog"/>), also registered as the unkeyed
    /// <see cref="RegulationCatalog"/>.</summary>
    public RegulationCatalog Default { get; }

    /// <summary>Gets the keys of the provinces, in ordinal order.</summary>
    public ImmutableArray<string> Provinces { get; }

    /// <summary>Gets the catalogue of a province.</summary>
    /// <param name="province">The province's key (ordinal, case-sensitive).</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="province"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No province has this key; the message lists the keys.</exception>
    public RegulationCatalog Get(string province)
    {
        System.ArgumentNullException.ThrowIfNull(province);
        return _byProvince.TryGetValue(province, out RegulationCatalog? catalog)
            ? catalog
            : throw new KeyNotFoundException(UnknownProvince(province));
    }

    /// <summary>Gets the catalogue of a province, if there is one.</summary>
    /// <param name="province">The province's key (ordinal, case-sensitive).</param>
    /// <param name="catalog">The catalogue, or null.</param>
    /// <returns>Whether the province is known.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="province"/> is null.</exception>
    public bool TryGet(string province, [NotNullWhen(true)] out RegulationCatalog? catalog)
    {
        System.ArgumentNullException.ThrowIfNull(province);
        return _byProvince.TryGetValue(province, out catalog);
    }

    internal string UnknownProvince(string province) => Provinces.IsEmpty
        ? $"No province '{province}' is configured for CadreRules: no province is configured."
        : $"No province '{province}' is configured for CadreRules; the provinces are: {string.Join(", ", Provinces)}.";
}
