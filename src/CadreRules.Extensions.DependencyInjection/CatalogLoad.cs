using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using CadreRules.Documents;
using CadreRules.Rules;
using Microsoft.Extensions.Logging;

namespace CadreRules.Extensions.DependencyInjection;

/// <summary>The outcome of building the catalogues from the options: the catalogues, or every problem found (each naming
/// the province, the variant's source and, for a document error, its JSON path).</summary>
internal sealed class CatalogLoad
{
    private static readonly Action<ILogger, string, string, string, string, Exception?> VariantLoaded =
        LoggerMessage.Define<string, string, string, string>(
            LogLevel.Information,
            new EventId(1, "VariantLoaded"),
            "CadreRules: province '{Province}' applies local variant '{VariantId}' (base '{BaseId}') from {Source}");

    private CatalogLoad(ProvinceCatalogs? catalogs, ImmutableArray<string> failures)
    {
        Catalogs = catalogs;
        Failures = failures;
    }

    public ProvinceCatalogs? Catalogs { get; }

    public ImmutableArray<string> Failures { get; }

    public static CatalogLoad Build(CadreRulesOptions options, ILogger? logger)
    {
        ImmutableArray<string>.Builder failures = ImmutableArray.CreateBuilder<string>();
        failures.AddRange(options.ConfigurationErrors);
        if (options.Catalog is null)
        {
            failures.Add("CadreRules: the base catalogue (CadreRulesOptions.Catalog) is not set.");
            return new CatalogLoad(null, failures.ToImmutable());
        }

        List<KeyValuePair<string, RegulationCatalog>> built = [];
        foreach ((string province, ProvinceOptions variants) in options.Provinces)
        {
            if (string.IsNullOrWhiteSpace(province))
            {
                failures.Add("CadreRules: a province has an empty key.");
                continue;
            }

            if (variants is null || (variants.VariantFiles.Count == 0 && variants.VariantJson.Count == 0))
            {
                failures.Add($"CadreRules: province '{province}' lists no variant (VariantFiles or VariantJson).");
                continue;
            }

            RegulationCatalog catalog = options.Catalog;
            bool failed = false;
            foreach (string file in variants.VariantFiles)
            {
                string path = Resolve(options.BaseDirectory, file);
                string source = $"variant file '{path}'";
                failed |= !TryApply(province, source, () => ReadFile(path, catalog), ref catalog, failures, logger);
            }

            for (int i = 0; i < variants.VariantJson.Count; i++)
            {
                string json = variants.VariantJson[i];
                string source = $"inline variant {i + 1}";
                failed |= !TryApply(province, source, () => CadreDocuments.ReadVariant(json ?? string.Empty, catalog), ref catalog, failures, logger);
            }

            if (!failed)
            {
                built.Add(new KeyValuePair<string, RegulationCatalog>(province, catalog));
            }
        }

        return failures.Count > 0
            ? new CatalogLoad(null, failures.ToImmutable())
            : new CatalogLoad(new ProvinceCatalogs(options.Catalog, built), []);
    }

    private static string Resolve(string? baseDirectory, string file)
    {
        if (string.IsNullOrWhiteSpace(file))
        {
            return file ?? string.Empty;
        }

        return Path.GetFullPath(baseDirectory is null ? file : Path.Combine(baseDirectory, file));
    }

    private static LocalVariant ReadFile(string path, RegulationCatalog catalog)
    {
        using FileStream stream = File.OpenRead(path);
        return CadreDocuments.ReadVariant(stream, catalog);
    }

    private static bool TryApply(
        string province,
        string source,
        Func<LocalVariant> read,
        ref RegulationCatalog catalog,
        ImmutableArray<string>.Builder failures,
        ILogger? logger)
    {
        string where = $"CadreRules: province '{province}', {source}";
        LocalVariant variant;
        try
        {
            variant = read();
        }
        catch (DocumentException e)
        {
            failures.Add($"{where}: {e.Message}");
            return false;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            failures.Add($"{where}: the file does not exist.");
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            failures.Add($"{where}: the file cannot be read ({e.GetType().Name}).");
            return false;
        }

        try
        {
            catalog = catalog.WithVariant(variant);
        }
        catch (Exception e) when (e is RegulationNotFoundException or RegulationCatalogException or ArgumentException)
        {
            failures.Add($"{where}: variant '{variant.Id}' cannot be applied: {e.Message}");
            return false;
        }

        if (logger is not null)
        {
            VariantLoaded(logger, province, variant.Id.ToString(), variant.BaseId.ToString(), source, null);
        }

        return true;
    }
}
