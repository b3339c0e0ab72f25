using System.Collections.Generic;

namespace CadreRules.Extensions.DependencyInjection;

/// <summary>
/// The local variants of one province (tỉnh, thành phố), applied in order to the base catalogue
/// (<see cref="CadreRulesOptions.Catalog"/>) to make the province's catalogue.
/// </summary>
/// <remarks>
/// <para>A variant is a local variant document (see <c>docs/local-variants.md</c>), given as a file or as its JSON text.
/// Files are applied first, in the order listed, then the inline documents; a variant may be based on a regulation of
/// the shipped catalogue or on a variant applied before it.</para>
/// <para>An options object: mutable while the host is configured, read once when the catalogues are built. Not
/// thread-safe; do not change it after the host has started.</para>
/// </remarks>
public sealed class ProvinceOptions
{
    /// <summary>Gets the paths of the variant files; a relative path is resolved against
    /// <see cref="CadreRulesOptions.BaseDirectory"/>, or the current directory when that is not set.</summary>
    public IList<string> VariantFiles { get; } = new List<string>();

    /// <summary>Gets the variant documents given as JSON text (for example from a configuration value or a secret
    /// store).</summary>
    public IList<string> VariantJson { get; } = new List<string>();

    /// <summary>Adds a variant file.</summary>
    /// <param name="path">The path of the local variant document.</param>
    /// <returns>These options, to chain calls.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="path"/> is null, empty or white space.</exception>
    public ProvinceOptions AddVariantFile(string path)
    {
        System.ArgumentException.ThrowIfNullOrWhiteSpace(path);
        VariantFiles.Add(path);
        return this;
    }

    /// <summary>Adds a variant given as its JSON text.</summary>
    /// <param name="json">The local variant document.</param>
    /// <returns>These options, to chain calls.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="json"/> is null, empty or white space.</exception>
    public ProvinceOptions AddVariantJson(string json)
    {
        System.ArgumentException.ThrowIfNullOrWhiteSpace(json);
        VariantJson.Add(json);
        return this;
    }
}
