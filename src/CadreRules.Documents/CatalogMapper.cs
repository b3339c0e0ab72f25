using System.Linq;
using CadreRules.Rules;

namespace CadreRules.Documents;

/// <summary>The catalogue listing document (written only).</summary>
internal static class CatalogMapper
{
    public static CatalogJson FromCatalog(RegulationCatalog catalog, Language language) => new()
    {
        SchemaVersion = DocumentReader.SchemaVersion,
        Language = VerdictMapper.LanguageCode(language),
        Regulations = [.. catalog.Regulations.Select(r => FromRegulation(r, language))],
    };

    private static RegulationListingJson FromRegulation(Regulation regulation, Language language) => new()
    {
        Reference = CommonMapper.FromReference(regulation.Reference, language),
        Parameters = [.. regulation.Parameters.Schema.Select(d => new ParameterListingJson
        {
            Key = d.Key,
            Kind = d.Kind,
            Description = Require.FromText(d.Description),
            Default = CommonMapper.FromParameterValue(d.DefaultValue),
            Value = CommonMapper.FromParameterValue(regulation.Parameters[d.Key]),
            Overridden = regulation.Parameters.Overridden.Contains(d.Key),
            Confidence = d.Confidence,
            Range = d.RangeDescription,
            Choices = d.Choices.IsEmpty ? null : [.. d.Choices],
            Citation = d.Citation is null ? null : CommonMapper.FromCitation(d.Citation, language),
        })],
        Rules = [.. regulation.Rules.Select(r => r.Code.Value)],
    };
}
