using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using CadreRules.Rules;
using CadreRules.Documents;
using CadreRules.Evaluation;

namespace CadreRules.Cli.Commands;

/// <summary><c>diff FILE</c>: a rule-change impact report — one evaluation document under two regulations or parameter sets.</summary>
internal sealed class DiffCommand : ICliCommand
{
    public Command Create(CliContext context)
    {
        Argument<string> file = CommonOptions.Input("An evaluation document");
        Option<string> language = CommonOptions.Language();
        Option<string> format = CommonOptions.Format();
        Option<string?> overrides = CommonOptions.Overrides();
        overrides.Description = "A local variant document: the 'after' side runs on the catalogue with this variant applied.";
        Option<string?> regulation = CommonOptions.Regulation();
        regulation.Description = "The 'before' regulation: an id, \"in force\" (default: in force on each evaluation date) or \"in force on yyyy-MM-dd\".";
        var against = new Option<string?>("--against") { Description = "The 'after' regulation (same forms as --regulation); default: the same selection as --regulation." };
        var command = new Command("diff", "Evaluates one document under two regulations (--regulation A --against B) or parameter sets (shipped vs --overrides FILE) and lists whose outcome changes. Exit 1 when some outcome changes.")
        {
            file, language, format, overrides, regulation, against,
        };
        command.SetAction(parse => CadreRulesCli.Guard(context, () =>
        {
            Language lang = CommonOptions.ParseLanguage(parse.GetValue(language));
            string? overridesPath = parse.GetValue(overrides);
            string? againstText = parse.GetValue(against);
            if (overridesPath is null && againstText is null)
            {
                throw new CliInputException("diff needs something to compare: --against REGULATION, --overrides FILE, or both.");
            }

            RegulationCatalog afterCatalog = CliInput.Catalog(context, overridesPath);
            EvaluationSheet sheet = CliInput.ReadDocument(context, parse.GetValue(file)!, CadreDocuments.ReadEvaluations);
            string? beforeSelector = parse.GetValue(regulation);
            EvaluationRun before = EvaluationRun.Of(sheet, context.Catalog, beforeSelector);
            EvaluationRun after = EvaluationRun.Of(sheet, afterCatalog, againstText ?? beforeSelector);
            List<(EvaluationResult Before, EvaluationResult After)> changed = [.. before.Results.Zip(after.Results).Where(p => p.First.Outcome(lang) != p.Second.Outcome(lang))];
            if (CommonOptions.IsJson(parse.GetValue(format)))
            {
                WriteJson(context, before, after, changed);
            }
            else
            {
                WriteTable(context, sheet, before, after, changed, lang);
            }

            return changed.Count == 0 ? ExitCodes.Ok : ExitCodes.Findings;
        }));
        return command;
    }

    private static string DifferingCodes(EvaluationResult before, EvaluationResult after)
    {
        var a = before.Codes().Select(c => c.Value).ToList();
        var b = after.Codes().Select(c => c.Value).ToList();
        return string.Join(", ", a.Except(b).Select(c => "−" + c).Concat(b.Except(a).Select(c => "+" + c)));
    }

    private static void WriteTable(CliContext context, EvaluationSheet sheet, EvaluationRun before, EvaluationRun after, List<(EvaluationResult Before, EvaluationResult After)> changed, Language lang)
    {
        bool vi = lang == Language.Vietnamese;
        string beforeIds = string.Join(", ", before.Results.Select(r => r.Regulation.Id.Value).Distinct());
        string afterIds = string.Join(", ", after.Results.Select(r => r.Regulation.Id.Value).Distinct());
        context.Out.WriteLine(vi
            ? $"So sánh kết quả xếp loại năm {TextTable.Integer(sheet.Year)}: trước [{beforeIds}], sau [{afterIds}]"
            : $"Impact on the {TextTable.Integer(sheet.Year)} classification: before [{beforeIds}], after [{afterIds}]");
        var table = vi
            ? new TextTable("Mã", "Họ tên", "Trước", "Sau", "Mã quy tắc khác nhau")
            : new TextTable("Id", "Name", "Before", "After", "Rule codes that differ");
        foreach ((EvaluationResult b, EvaluationResult a) in changed)
        {
            table.Add(b.Entry.Id.Value, b.Entry.Name ?? string.Empty, b.Outcome(lang), a.Outcome(lang), DifferingCodes(b, a));
        }

        table.Write(context.Out);
        context.Out.WriteLine(vi
            ? $"{TextTable.Integer(changed.Count)} người thay đổi kết quả"
            : $"{TextTable.Integer(changed.Count)} outcomes change");
        context.Out.WriteLine((vi ? "Trước: " : "Before: ") + EvaluationView.FormatCounts(before.Counts(lang)));
        context.Out.WriteLine((vi ? "Sau:   " : "After:  ") + EvaluationView.FormatCounts(after.Counts(lang)));
    }

    private static void WriteJson(CliContext context, EvaluationRun before, EvaluationRun after, List<(EvaluationResult Before, EvaluationResult After)> changed) =>
        FindingJson.Write(context.Out, json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("changed");
            foreach ((EvaluationResult b, EvaluationResult a) in changed)
            {
                json.WriteStartObject();
                json.WriteString("id", b.Entry.Id.Value);
                json.WriteString("before", b.Outcome(Language.English));
                json.WriteString("beforeRegulation", b.Regulation.Id.Value);
                json.WriteString("after", a.Outcome(Language.English));
                json.WriteString("afterRegulation", a.Regulation.Id.Value);
                json.WriteStartArray("beforeCodes");
                foreach (RuleCode code in b.Codes())
                {
                    json.WriteStringValue(code.Value);
                }

                json.WriteEndArray();
                json.WriteStartArray("afterCodes");
                foreach (RuleCode code in a.Codes())
                {
                    json.WriteStringValue(code.Value);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            foreach ((string name, EvaluationRun run) in new[] { ("countsBefore", before), ("countsAfter", after) })
            {
                json.WriteStartObject(name);
                foreach (KeyValuePair<string, int> count in run.Counts(Language.English))
                {
                    json.WriteNumber(count.Key, count.Value);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        });
}
