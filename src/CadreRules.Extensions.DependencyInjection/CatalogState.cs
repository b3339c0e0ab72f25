using System.Threading;
using Microsoft.Extensions.Logging;

namespace CadreRules.Extensions.DependencyInjection;

/// <summary>Builds the catalogues once per options instance, so that the start-up validation and the services share one
/// build (the variant files are read once). A singleton; thread-safe.</summary>
internal sealed class CatalogState(ILoggerFactory? loggerFactory)
{
    private readonly Lock _gate = new();
    private readonly ILogger? _logger = loggerFactory?.CreateLogger<ProvinceCatalogs>();
    private CadreRulesOptions? _options;
    private CatalogLoad? _load;

    public CatalogLoad Load(CadreRulesOptions options)
    {
        lock (_gate)
        {
            if (_load is null || !ReferenceEquals(options, _options))
            {
                _load = CatalogLoad.Build(options, _logger);
                _options = options;
            }

            return _load;
        }
    }
}
