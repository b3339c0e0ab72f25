using Microsoft.Extensions.Options;

namespace CadreRules.Extensions.DependencyInjection;

/// <summary>Validates the options by building the catalogues: every unreadable, malformed or invalid variant is a
/// failure naming the province, the file and the JSON path.</summary>
internal sealed class CadreRulesOptionsValidator(CatalogState state) : IValidateOptions<CadreRulesOptions>
{
    public ValidateOptionsResult Validate(string? name, CadreRulesOptions options)
    {
        if (name is not null && name != Options.DefaultName)
        {
            return ValidateOptionsResult.Skip;
        }

        CatalogLoad load = state.Load(options);
        return load.Failures.IsEmpty ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(load.Failures);
    }
}
