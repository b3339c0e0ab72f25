using System;
using System.Collections.Generic;
using Microsoft.Extensions.Configuration;

namespace CadreRules.Extensions.DependencyInjection;

/// <summary>Reads a configuration section into the options by hand (no reflection binder, so the package stays
/// trimming- and AOT-safe). Unknown keys are reported, not ignored: a misspelt key would otherwise drop a variant
/// silently.</summary>
internal static class ConfigurationReader
{
    public static void Apply(IConfiguration section, CadreRulesOptions options)
    {
        string at = section is IConfigurationSection named ? named.Path : "(configuration)";
        foreach (IConfigurationSection child in section.GetChildren())
        {
            switch (child.Key)
            {
                case var k when k.Equals("BaseDirectory", StringComparison.OrdinalIgnoreCase):
                    options.BaseDirectory = string.IsNullOrWhiteSpace(child.Value) ? null : child.Value;
                    break;
                case var k when k.Equals("Provinces", StringComparison.OrdinalIgnoreCase):
                    foreach (IConfigurationSection province in child.GetChildren())
                    {
                        ReadProvince(province, options);
                    }

                    break;
                default:
                    options.ConfigurationErrors.Add($"CadreRules: configuration key '{child.Path}' is unknown; the keys of '{at}' are BaseDirectory and Provinces.");
                    break;
            }
        }
    }

    private static void ReadProvince(IConfigurationSection section, CadreRulesOptions options)
    {
        _ = options.AddProvince(section.Key, province =>
        {
            foreach (IConfigurationSection child in section.GetChildren())
            {
                if (child.Key.Equals("VariantFiles", StringComparison.OrdinalIgnoreCase))
                {
                    AddValues(child, province.VariantFiles, options.ConfigurationErrors);
                }
                else if (child.Key.Equals("VariantJson", StringComparison.OrdinalIgnoreCase))
                {
                    AddValues(child, province.VariantJson, options.ConfigurationErrors);
                }
                else
                {
                    options.ConfigurationErrors.Add($"CadreRules: configuration key '{child.Path}' is unknown; a province's keys are VariantFiles and VariantJson.");
                }
            }
        });
    }

    // A list (VariantFiles:0, VariantFiles:1, ...) or a single value.
    private static void AddValues(IConfigurationSection section, IList<string> into, List<string> errors)
    {
        List<IConfigurationSection> items = [.. section.GetChildren()];
        if (items.Count == 0)
        {
            items.Add(section);
        }

        foreach (IConfigurationSection item in items)
        {
            if (string.IsNullOrWhiteSpace(item.Value))
            {
                errors.Add($"CadreRules: configuration key '{item.Path}' is empty.");
            }
            else
            {
                into.Add(item.Value);
            }
        }
    }
}
