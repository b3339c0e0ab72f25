using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using CadreRules.Rules;

namespace CadreRules.Documents;

/// <summary>The local variant document to and from <see cref="LocalVariant"/>, typed by the base regulation's schema.</summary>
internal static class VariantMapper
{
    public static LocalVariant ToVariant(VariantJson json, RegulationCatalog catalog)
    {
        Require.SchemaVersion(json.SchemaVersion);
        RegulationId id = Require.Build("$.id", () => new RegulationId(Require.Text(json.Id, "$.id")));
        RegulationId baseId = Require.Build("$.baseId", () => new RegulationId(Require.Text(json.BaseId, "$.baseId")));
        Regulation baseRegulation = catalog.Find(baseId) ?? throw Require.Unknown(
            "$.baseId",
            baseId.Value,
            "regulation",
            $"unknown regulation '{baseId}'. Known: {string.Join(", ", catalog.Regulations.Select(r => r.Id.Value))}.",
            catalog.Regulations.Select(r => r.Id.Value));
        LocalizedText title = Require.LocalizedText(json.Title, "$.title");
        Citation citation = CommonMapper.ToCitation(json.Citation, "$.citation");
        EffectivePeriod period = CommonMapper.ToPeriod(json.Effective, "$.effective");
        Dictionary<string, ParameterValue> overrides = Overrides(Require.Object(json.Overrides, "$.overrides"), baseRegulation, "$.overrides");

        // The base was found in the catalogue, so when the constructor refuses the pair (a variant deriving from itself)
        // the variant's own id is at fault.
        LocalVariant variant = Require.Build("$", () => new LocalVariant(id, baseId, title, citation, period, overrides), "id", "baseId=id", "title", "citation", "period=effective", "overrides");
        (ImmutableArray<RuleChange> changes, string[] changePaths) = RuleChanges(json.Rules);
        variant = variant with { RuleChanges = changes };
        try
        {
            _ = Require.Build("$", () => baseRegulation.WithVariant(variant), "period=effective", "variant.period=effective", "id", "variant=id");
        }
        catch (DocumentException e) when (e.InnerException is FactConditionException rule)
        {
            string at = changePaths[Math.Clamp(rule.Change, 0, changePaths.Length - 1)];
            string path = rule.Path.Length == 0 || (rule.Path == "code" && at.StartsWith("$.rules.remove", StringComparison.Ordinal)) ? at : at + "." + rule.Path;
            throw DocumentException.Coded(path, DocumentErrorCodes.RuleChange, Require.Sentence(rule), rule, null, rule.Text.Vietnamese);
        }
        catch (DocumentException e) when (e.InnerException is ParameterException { Keys.Length: > 1 } broken)
        {
            // Values that are each in bounds but break a constraint together: the error sits at the first of them that
            // the variant sets (the others may be the base's defaults).
            string key = broken.Keys.FirstOrDefault(overrides.ContainsKey) ?? broken.Key;
            throw DocumentException.Refusal(Require.Key("$.overrides", key), Require.Sentence(broken), broken);
        }
        return variant;
    }

    /// <summary>Reads parameter overrides (key → JSON value) typed by <paramref name="baseRegulation"/>'s schema, each
    /// checked against its own bounds; an error sits at <c>path.key</c>.</summary>
    internal static Dictionary<string, ParameterValue> Overrides(Dictionary<string, JsonElement> json, Regulation baseRegulation, string at)
    {
        var overrides = new Dictionary<string, ParameterValue>(StringComparer.Ordinal);
        foreach ((string key, JsonElement element) in json.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            string path = Require.Key(at, key);
            ParameterDefinition definition = baseRegulation.Parameters.Schema.FirstOrDefault(d => d.Key == key)
                ?? throw Require.Unknown(path, key, "parameter", $"'{baseRegulation.Id}' has no parameter '{key}'. Known: {string.Join(", ", baseRegulation.Parameters.Schema.Select(d => d.Key))}.", baseRegulation.Parameters.Schema.Select(d => d.Key));
            ParameterValue value = CommonMapper.ToParameterValue(element, definition, path);
            try
            {
                definition.Validate(value);
            }
            catch (ParameterException e) when (definition.RangeDescription is { } range)
            {
                throw DocumentException.Of(path, DocumentErrorCodes.ParameterOutOfRange, e, key, value.ToString(), range);
            }
            catch (ArgumentException e)
            {
                throw DocumentException.Refusal(path, Require.Sentence(e), e);
            }
            overrides.Add(key, value);
        }

        return overrides;
    }

    /// <summary>The variant's rule changes in the order removals, replacements, additions, with the JSON path of each.</summary>
    private static (ImmutableArray<RuleChange> Changes, string[] Paths) RuleChanges(VariantRulesJson? rules)
    {
        var changes = ImmutableArray.CreateBuilder<RuleChange>();
        var paths = new List<string>();
        if (rules is null)
        {
            return ([], []);
        }

        foreach ((string? code, int i) in (rules.Remove ?? []).Select((c, i) => (c, i)))
        {
            string path = $"$.rules.remove[{i}]";
            changes.Add(Require.Build(path, () => RuleChange.Remove(new RuleCode(Require.Text(code, path)))));
            paths.Add(path);
        }

        foreach ((ReplacedRuleJson? replaced, int i) in (rules.Replace ?? []).Select((r, i) => (r, i)))
        {
            string path = $"$.rules.replace[{i}]";
            ReplacedRuleJson item = Require.Object(replaced, path);
            var code = new RuleCode(Require.Text(item.Code, path + ".code"));
            FactCondition when = Condition(item.When, path + ".when");
            if (item.Text is null && item.Citation is not null)
            {
                throw DocumentException.Of(path + ".text", DocumentErrorCodes.NeedsField, null, "citation", "text");
            }

            RuleDescriptor? descriptor = item.Text is null
                ? null
                : new RuleDescriptor(code, Require.LocalizedText(item.Text, path + ".text"), item.Citation is null ? null : CommonMapper.ToCitation(item.Citation, path + ".citation"));
            changes.Add(RuleChange.Replace(code, when, descriptor));
            paths.Add(path);
        }

        foreach ((AddedRuleJson? added, int i) in (rules.Add ?? []).Select((a, i) => (a, i)))
        {
            string path = $"$.rules.add[{i}]";
            AddedRuleJson item = Require.Object(added, path);
            string to = Require.Text(item.To, path + ".to");
            var code = Require.Build(path + ".code", () => new RuleCode(Require.Text(item.Code, path + ".code")));
            LocalizedText text = Require.LocalizedText(item.Text, path + ".text");
            Severity severity = item.Severity is null ? Severity.Violation : item.Severity.Trim().ToLowerInvariant() switch
            {
                "violation" => Severity.Violation,
                "advisory" => Severity.Advisory,
                _ => throw DocumentException.NotUnderstood(path + ".severity", InputForms.Choice, item.Severity, ["violation", "advisory"]),
            };
            Citation? cited = item.Citation is null ? null : CommonMapper.ToCitation(item.Citation, path + ".citation");
            FactCondition when = Condition(item.When, path + ".when");
            changes.Add(RuleChange.Add(to, new RuleDescriptor(code, text, cited, severity), when));
            paths.Add(path);
        }

        return (changes.ToImmutable(), [.. paths]);
    }

    private static FactCondition Condition(ConditionJson? json, string path)
    {
        ConditionJson condition = Require.Object(json, path);
        int forms = (condition.All is null ? 0 : 1) + (condition.Any is null ? 0 : 1) + (condition.Not is null ? 0 : 1) + (condition.Fact is null ? 0 : 1);
        if (forms != 1)
        {
            throw DocumentException.Of(path, DocumentErrorCodes.ExactlyOne, null, "all, any, not, fact");
        }

        if (condition.All is { } all)
        {
            return all.Count == 0
                ? throw DocumentException.Of(path + ".all", DocumentErrorCodes.EmptyList, null)
                : FactCondition.All(all.Select((c, i) => Condition(c, $"{path}.all[{i}]")));
        }

        if (condition.Any is { } any)
        {
            return any.Count == 0
                ? throw DocumentException.Of(path + ".any", DocumentErrorCodes.EmptyList, null)
                : FactCondition.Any(any.Select((c, i) => Condition(c, $"{path}.any[{i}]")));
        }

        if (condition.Not is { } not)
        {
            return FactCondition.Not(Condition(not, path + ".not"));
        }

        string fact = Require.Text(condition.Fact, path + ".fact");
        FactComparison op = Require.Text(condition.Op, path + ".op").Trim() switch
        {
            ">=" or "≥" or "atLeast" => FactComparison.AtLeast,
            "<=" or "≤" or "atMost" => FactComparison.AtMost,
            ">" or "above" => FactComparison.Above,
            "<" or "below" => FactComparison.Below,
            "=" or "==" or "equals" => FactComparison.Equal,
            "!=" or "≠" or "notEquals" => FactComparison.NotEqual,
            _ => throw DocumentException.NotUnderstood(path + ".op", InputForms.Choice, condition.Op!, [">=", "<=", ">", "<", "=", "!=", "atLeast", "atMost", "above", "below", "equals", "notEquals"]),
        };
        JsonElement value = condition.Value ?? throw Require.Missing(path + ".value");
        string text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => throw DocumentException.Coded(path + ".value", DocumentErrorCodes.WrongType, "a value is a number, a text (\"30%\", \"HTT\") or true/false.", null, null, "scalar"),
        };
        return Require.Build(path, () => FactCondition.Compare(fact, op, text), "fact", "value");
    }

    private static ConditionJson FromCondition(FactCondition condition) => condition switch
    {
        FactCondition.AllOf all => new ConditionJson { All = [.. all.Parts.Select(FromCondition)] },
        FactCondition.AnyOf any => new ConditionJson { Any = [.. any.Parts.Select(FromCondition)] },
        FactCondition.NotOf not => new ConditionJson { Not = FromCondition(not.Part) },
        FactCondition.Comparison c => new ConditionJson
        {
            Fact = c.Fact,
            // Words, not symbols: the writer's encoder would escape '<' and '>' into \u003C and \u003E.
            Op = c.Operator switch
            {
                FactComparison.AtLeast => "atLeast",
                FactComparison.AtMost => "atMost",
                FactComparison.Above => "above",
                FactComparison.Below => "below",
                FactComparison.Equal => "equals",
                _ => "notEquals",
            },
            Value = JsonSerializer.SerializeToElement(c.Value, CadreJsonContext.Default.String),
        },
        _ => throw new NotSupportedException("Unknown kind of condition."),
    };

    private static VariantRulesJson? FromRuleChanges(ImmutableArray<RuleChange> changes)
    {
        if (changes.IsEmpty)
        {
            return null;
        }

        if (changes.FirstOrDefault(c => c.Kind != RuleChangeKind.Remove && c.Condition is null) is { } code)
        {
            throw new NotSupportedException($"The rule change for '{code.Target}' is written in C#; only rules written as data can be written to a variant document.");
        }

        List<string> removed = [.. changes.Where(c => c.Kind == RuleChangeKind.Remove).Select(c => c.Target)];
        List<ReplacedRuleJson> replaced = [.. changes.Where(c => c.Kind == RuleChangeKind.Replace).Select(c => new ReplacedRuleJson
        {
            Code = c.Target,
            Text = c.Descriptor is null ? null : Require.FromText(c.Descriptor.Text),
            Citation = c.Descriptor?.Citation is null ? null : CommonMapper.FromCitation(c.Descriptor.Citation),
            When = FromCondition(c.Condition!),
        })];
        List<AddedRuleJson> added = [.. changes.Where(c => c.Kind == RuleChangeKind.Add).Select(c => new AddedRuleJson
        {
            To = c.Target,
            Code = c.Descriptor!.Code.Value,
            Text = Require.FromText(c.Descriptor.Text),
            Severity = c.Descriptor.Severity == Severity.Advisory ? "advisory" : null,
            Citation = c.Descriptor.Citation is null ? null : CommonMapper.FromCitation(c.Descriptor.Citation),
            When = FromCondition(c.Condition!),
        })];
        return new VariantRulesJson { Add = added.Count == 0 ? null : added, Replace = replaced.Count == 0 ? null : replaced, Remove = removed.Count == 0 ? null : removed };
    }

    public static VariantJson FromVariant(LocalVariant variant) => new()
    {
        SchemaVersion = DocumentReader.SchemaVersion,
        Id = variant.Id.Value,
        BaseId = variant.BaseId.Value,
        Title = Require.FromText(variant.Title),
        Citation = CommonMapper.FromCitation(variant.Citation),
        Effective = CommonMapper.FromPeriod(variant.Period),
        Overrides = variant.Overrides.ToDictionary(p => p.Key, p => CommonMapper.FromParameterValue(p.Value), StringComparer.Ordinal),
        Rules = FromRuleChanges(variant.RuleChanges),
    };
}
