using System;
using CadreRules.Evaluation;
using CadreRules.Rules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CadreRules.Extensions.DependencyInjection;

/// <summary>
/// Registers CadreRules in an <see cref="IServiceCollection"/>: the regulation catalogues and the evaluation round,
/// as singletons, with one keyed catalogue per province.
/// </summary>
/// <remarks>
/// <para>Registered (all singletons, built once and shared; every one immutable and thread-safe):</para>
/// <list type="bullet">
/// <item><description><see cref="ProvinceCatalogs"/>: the base catalogue and each province's.</description></item>
/// <item><description><see cref="RegulationCatalog"/>: the base catalogue (by default
/// <see cref="ShippedRegulations.Catalog"/>); keyed by a province's key, that province's catalogue.</description></item>
/// <item><description><see cref="EvaluationRound"/>: the evaluation round over the base catalogue (each person under the
/// regulation in force for them); keyed by a province's key, over that province's catalogue. The impact of a change
/// compares two rounds: <c>EvaluationImpact.Compare(people, round, provinceRound)</c>.</description></item>
/// </list>
/// <para>The options are validated when the host starts (<c>ValidateOnStart</c>): every variant is read and applied,
/// and any that cannot be fails the start with an <see cref="OptionsValidationException"/> whose failures name the
/// province, the file and the JSON path of the error. Without a host, the first resolution of a catalogue throws the
/// same exception, or call <c>IStartupValidator.Validate()</c>.</para>
/// <para>When an <see cref="ILoggerFactory"/> is registered, each variant applied is logged (information, event 1
/// <c>VariantLoaded</c>, category <c>CadreRules.Extensions.DependencyInjection.ProvinceCatalogs</c>).</para>
/// <para>Calling <c>AddCadreRules</c> more than once adds to the same options (the services are registered once).</para>
/// </remarks>
public static class CadreRulesServiceCollectionExtensions
{
    /// <summary>Registers CadreRules with the shipped catalogue and no province.</summary>
    /// <param name="services">The services.</param>
    /// <returns>The same services, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddCadreRules(this IServiceCollection services) => services.AddCadreRules(static _ => { });

    /// <summary>Registers CadreRules, configured in code: e.g.
    /// <c>o.AddProvince("ha-noi", p => p.AddVariantFile("variants/ha-noi.json"))</c>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the base catalogue and adds provinces.</param>
    /// <returns>The same services, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
    public static IServiceCollection AddCadreRules(this IServiceCollection services, Action<CadreRulesOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        _ = services.AddOptions<CadreRulesOptions>().Configure(configure).ValidateOnStart();
        AddServices(services);
        return services;
    }

    /// <summary>Registers CadreRules, configured from a configuration section (e.g.
    /// <c>configuration.GetSection("CadreRules")</c>) with the keys <c>BaseDirectory</c> and
    /// <c>Provinces:{key}:VariantFiles</c> / <c>Provinces:{key}:VariantJson</c> (a list, or a single value).</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section. Unknown keys fail the validation rather than being ignored.</param>
    /// <returns>The same services, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configuration"/> is null.</exception>
    public static IServiceCollection AddCadreRules(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddCadreRules(options => ConfigurationReader.Apply(configuration, options));
    }

    private static void AddServices(IServiceCollection services)
    {
        services.TryAddSingleton(static sp => new CatalogState(sp.GetService<ILoggerFactory>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CadreRulesOptions>, CadreRulesOptionsValidator>());
        services.TryAddSingleton(static sp =>
        {
            CadreRulesOptions options = sp.GetRequiredService<IOptionsMonitor<CadreRulesOptions>>().Get(Options.DefaultName);
            return sp.GetRequiredService<CatalogState>().Load(options).Catalogs
                ?? throw new InvalidOperationException("CadreRules: the catalogues failed to build.");
        });
        services.TryAddSingleton(static sp => sp.GetRequiredService<ProvinceCatalogs>().Default);
        services.TryAddSingleton(static sp => new EvaluationRound(sp.GetRequiredService<RegulationCatalog>()));
        services.TryAddKeyedSingleton(KeyedService.AnyKey, static (sp, key) => ProvinceCatalog(sp, key));
        services.TryAddKeyedSingleton(KeyedService.AnyKey, static (sp, key) => new EvaluationRound(ProvinceCatalog(sp, key)));
    }

    private static RegulationCatalog ProvinceCatalog(IServiceProvider services, object? key)
    {
        ProvinceCatalogs catalogs = services.GetRequiredService<ProvinceCatalogs>();
        if (key is not string province)
        {
            throw new InvalidOperationException($"CadreRules: a province's catalogue is keyed by the province's key, a string; the key asked was {(key is null ? "null" : key.GetType().Name)}.");
        }

        return catalogs.TryGet(province, out RegulationCatalog? catalog)
            ? catalog
            : throw new InvalidOperationException(catalogs.UnknownProvince(province));
    }
}
