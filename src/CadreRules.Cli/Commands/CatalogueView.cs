using System.IO;
using System.Linq;
using CadreRules.Documents;
using CadreRules.Localization;
using CadreRules.Rules;

namespace CadreRules.Cli.Commands;

/// <summary>Prints the regulation catalogue (used by <c>regulations</c> and <c>demo</c>).</summary>
internal static class CatalogueView
{
    public static void WriteText(TextWriter output, RegulationCatalog catalog, Language language)
    {
        bool vi = language == Language.Vietnamese;
        if (catalog.Regulations.IsEmpty)
        {
            output.WriteLine(vi ? "(danh mục chưa có văn bản nào)" : "(the catalogue has no regulations)");
            return;
        }

        foreach (Regulation regulation in catalog.Regulations)
        {
            RegulationReference reference = regulation.Reference;
            output.WriteLine($"{reference.Id} — {reference.Title.Get(language)}");
            output.WriteLine($"  {(vi ? "Căn cứ" : "Citation")}: {reference.Citation.Format(language)}");
            output.WriteLine($"  {(vi ? "Lĩnh vực" : "Topic")}: {Terms.Of(reference.Topic).Get(language)}");
            if (reference.DerivedFrom is { } derived)
            {
                output.WriteLine($"  {(vi ? "Biến thể địa phương của" : "Local variant of")}: {derived}");
            }

            foreach (RegulationScope scope in reference.Scopes)
            {
                output.WriteLine($"  {(vi ? "Áp dụng cho" : "Applies to")} {Terms.Of(scope.SubjectKind).Get(language)}: {Period(scope.Period)}");
            }

            if (!regulation.Parameters.Schema.IsEmpty)
            {
                output.WriteLine(vi ? "  Tham số:" : "  Parameters:");
                var table = vi
                    ? new TextTable("Khóa", "Giá trị", "Mặc định", "Độ tin cậy", "Phạm vi", "Mô tả")
                    : new TextTable("Key", "Value", "Default", "Confidence", "Range", "Description");
                foreach (ParameterDefinition definition in regulation.Parameters.Schema)
                {
                    ParameterValue value = regulation.Parameters[definition.Key];
                    string marker = regulation.Parameters.Overridden.Contains(definition.Key) ? " *" : string.Empty;
                    table.Add(
                        definition.Key,
                        definition.FormatValue(value, language) + marker,
                        definition.FormatValue(definition.DefaultValue, language),
                        Terms.Of(definition.Confidence).Get(language),
                        definition.FormatRange(language) ?? string.Join(" | ", definition.Choices.Select(c => definition.FormatValue(ParameterValue.FromChoice(c), language))),
                        definition.Description.Get(language));
                }

                var indented = new StringWriter();
                table.Write(indented);
                foreach (string line in indented.ToString().Split('\n').Where(l => l.Length > 0))
                {
                    output.WriteLine("    " + line.TrimEnd('\r'));
                }
            }
        }
    }

    public static void WriteJson(TextWriter output, RegulationCatalog catalog, Language language) =>
        output.WriteLine(CadreDocuments.WriteCatalog(catalog, language));

    private static string Period(EffectivePeriod period) =>
        TextTable.Date(period.Start) + " → " + (period.End is { } end ? TextTable.Date(end) : "…");
}
