using System;
using System.Collections.Generic;
using CadreRules.Rules;

namespace CadreRules.Extensions.DependencyInjection;

/// <summary>
/// What <see cref="CadreRulesServiceCollectionExtensions.AddCadreRules(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{CadreRulesOptions})"/>
/// registers: the base regulation catalogue and the provinces whose catalogues derive from it by local variants.
/// </summary>
/// <remarks>
/// <para>Province keys are compared ordinally and case-sensitively, as keyed services are: the key given to
/// <see cref="AddProvince"/> (or the configuration section's name) is the key to resolve with.</para>
/// <para>An options object: mutable while the host is configured, read once when the catalogues are built. Not
/// thread-safe; do not change it after the host has started.</para>
/// </remarks>
public sealed class CadreRulesOptions
{
    /// <summary>Gets or sets the base catalogue; by default <see cref="ShippedRegulations.Catalog"/>.</summary>
    public RegulationCatalog Catalog { get; set; } = ShippedRegulations.Catalog;

    /// <summary>Gets or sets the directory against which relative variant file paths are resolved; null (the default)
    /// for the current directory.</summary>
    public string? BaseDirectory { get; set; }

    /// <summary>Gets the provinces by key.</summary>
    public IDictionary<string, ProvinceOptions> Provinces { get; } = new Dictionary<string, ProvinceOptions>(StringComparer.Ordinal);

    /// <summary>Gets the problems found while reading a configuration section (unknown or empty keys); they fail the
    /// options' validation.</summary>
    internal List<string> ConfigurationErrors { get; } = [];

    /// <summary>Adds a province, or configures more of one already added.</summary>
    /// <param name="key">The province's key, e.g. <c>ha-noi</c>: the service key of its catalogue.</param>
    /// <param name="configure">Adds the province's variants.</param>
    /// <returns>These options, to chain calls.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    public CadreRulesOptions AddProvince(string key, Action<ProvinceOptions> configure)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(configure);
        if (!Provinces.TryGetValue(key, out ProvinceOptions? province))
        {
            province = new ProvinceOptions();
            Provinces.Add(key, province);
        }

        configure(province);
        return this;
    }
}
