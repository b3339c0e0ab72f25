using System;
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

            WriteRuleChanges(output, regulation, language);
        }
    }

    /// <summary>The rules a variant adds, replaces and removes, each with the text and citation it now has.</summary>
    private static void WriteRuleChanges(TextWriter output, Regulation regulation, Language language)
    {
        if (regulation.RuleChanges.IsEmpty)
        {
            return;
        }

        bool vi = language == Language.Vietnamese;
        output.WriteLine(vi ? "  Quy tắc được thêm, thay, bỏ:" : "  Rules added, replaced, removed:");
        foreach (RuleChange change in regulation.RuleChanges)
        {
            if (change.Kind == RuleChangeKind.Remove)
            {
                output.WriteLine($"    {(vi ? "bỏ" : "removed")} {change.Target}");
                continue;
            }

            string code = change.Kind == RuleChangeKind.Add ? change.Descriptor!.Code.Value : change.Target;
            RuleDescriptor? now = regulation.Rules.FirstOrDefault(r => r.Code.Value == code);
            string what = change.Kind == RuleChangeKind.Add
                ? (vi ? $"thêm {code} (áp dụng cho: {Point(change.Target, regulation, language)})" : $"added {code} (at: {Point(change.Target, regulation, language)})")
                : (vi ? $"thay điều kiện của {code}" : $"replaced the condition of {code}");
            output.WriteLine($"    {what}: {now?.Text.Get(language)} — {now?.Citation?.Format(language)}");
        }
    }

    // The extension point in words, for the family of the regulation that takes it.
    private static string Point(string point, Regulation regulation, Language language)
    {
        bool vi = language == Language.Vietnamese;
        if (regulation is CadreRules.Evaluation.EvaluationRegulation)
        {
            string level = point.Contains('.', StringComparison.Ordinal) ? point[(point.IndexOf('.', StringComparison.Ordinal) + 1)..] : string.Empty;
            return point switch
            {
                CadreRules.Evaluation.EvaluationRegulation.Exclusion => vi ? "trường hợp không xếp loại" : "a case not rated",
                CadreRules.Evaluation.EvaluationRegulation.NotCompleteGround => vi ? "căn cứ xếp Không hoàn thành nhiệm vụ" : "a ground for KHT",
                _ when point.StartsWith("level.", StringComparison.Ordinal) => vi ? $"điều kiện thêm của mức {level}" : $"an extra condition of {level}",
                _ when point.StartsWith("cap.", StringComparison.Ordinal) => vi ? $"xếp tối đa mức {level}" : $"at most {level}",
                _ => point,
            };
        }

        return (point, regulation) switch
        {
            (CadreRules.Planning.PlanningRegulation.CandidateRequirement, CadreRules.Planning.PlanningRegulation) => vi ? "từng người được quy hoạch" : "each planned candidate",
            (CadreRules.Rotation.RotationRegulation.Requirement, CadreRules.Rotation.RotationRegulation) => vi ? "từng đề nghị luân chuyển" : "each proposed rotation",
            (CadreRules.Appointment.AppointmentRegulation.Requirement, CadreRules.Appointment.AppointmentRegulation) => vi ? "từng đề nghị bổ nhiệm" : "each proposed appointment",
            (CadreRules.Appointment.CommitteeMembershipRegulation.Requirement, CadreRules.Appointment.CommitteeMembershipRegulation) => vi ? "từng người tham gia cấp ủy" : "each committee candidacy",
            _ => point,
        };
    }

    public static void WriteJson(TextWriter output, RegulationCatalog catalog, Language language) =>
        output.WriteLine(CadreDocuments.WriteCatalog(catalog, language));

    private static string Period(EffectivePeriod period) =>
        TextTable.Date(period.Start) + " → " + (period.End is { } end ? TextTable.Date(end) : "…");
}
