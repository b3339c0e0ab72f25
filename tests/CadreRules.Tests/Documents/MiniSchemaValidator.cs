using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CadreRules.Tests.Documents;

/// <summary>
/// A small JSON Schema (2020-12 subset) checker for the keywords docs/schemas uses: $ref, type, properties, required,
/// additionalProperties, items, enum, const, oneOf, anyOf, allOf with if/then, pattern, minimum, maximum, minItems,
/// minProperties, minLength. Enough to catch drift between the documents written and the published schemas.
/// </summary>
internal sealed class MiniSchemaValidator
{
    private readonly string _folder;
    private readonly Dictionary<string, JsonElement> _files = [];

    public MiniSchemaValidator(string folder) => _folder = folder;

    public IReadOnlyList<string> Validate(string schemaFile, string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        var errors = new List<string>();
        Check(schemaFile, Load(schemaFile), document.RootElement, "$", errors);
        return errors;
    }

    private JsonElement Load(string file)
    {
        if (!_files.TryGetValue(file, out JsonElement schema))
        {
            schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, file))).RootElement.Clone();
            _files[file] = schema;
        }

        return schema;
    }

    private (string File, JsonElement Schema) Resolve(string file, string reference)
    {
        string[] parts = reference.Split('#');
        // A reference names a file relative to the referring file's folder (as JSON Schema resolves it against $id).
        string target = parts[0].Length == 0 ? file : Path.GetRelativePath(_folder, Path.GetFullPath(Path.Combine(_folder, Path.GetDirectoryName(file) ?? string.Empty, parts[0])));
        JsonElement node = Load(target);
        foreach (string segment in (parts.Length > 1 ? parts[1] : string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node.GetProperty(segment);
        }

        return (target, node);
    }

    private void Check(string file, JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out JsonElement reference))
        {
            (string target, JsonElement resolved) = Resolve(file, reference.GetString()!);
            Check(target, resolved, value, path, errors);
        }

        if (schema.TryGetProperty("type", out JsonElement type) && !HasType(value, type.GetString()!))
        {
            errors.Add($"{path}: expected {type.GetString()}, found {value.ValueKind}");
            return;
        }

        if (schema.TryGetProperty("const", out JsonElement constant) && value.GetRawText() != constant.GetRawText())
        {
            errors.Add($"{path}: expected {constant.GetRawText()}");
        }

        if (schema.TryGetProperty("enum", out JsonElement options) && !options.EnumerateArray().Any(o => o.GetRawText() == value.GetRawText()))
        {
            errors.Add($"{path}: {value.GetRawText()} is not in the enum");
        }

        if (schema.TryGetProperty("pattern", out JsonElement pattern) && value.ValueKind == JsonValueKind.String && !Regex.IsMatch(value.GetString()!, pattern.GetString()!))
        {
            errors.Add($"{path}: '{value.GetString()}' does not match {pattern.GetString()}");
        }

        if (schema.TryGetProperty("minLength", out JsonElement minLength) && value.ValueKind == JsonValueKind.String && value.GetString()!.Length < minLength.GetInt32())
        {
            errors.Add($"{path}: too short");
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            if (schema.TryGetProperty("minimum", out JsonElement min) && value.GetDecimal() < min.GetDecimal())
            {
                errors.Add($"{path}: below minimum");
            }

            if (schema.TryGetProperty("maximum", out JsonElement max) && value.GetDecimal() > max.GetDecimal())
            {
                errors.Add($"{path}: above maximum");
            }
        }

        if (schema.TryGetProperty("oneOf", out JsonElement oneOf))
        {
            int matches = oneOf.EnumerateArray().Count(option =>
            {
                var optionErrors = new List<string>();
                Check(file, option, value, path, optionErrors);
                return optionErrors.Count == 0;
            });
            if (matches != 1)
            {
                errors.Add($"{path}: matches {matches} of the oneOf options");
            }
        }

        if (schema.TryGetProperty("anyOf", out JsonElement anyOf) && !anyOf.EnumerateArray().Any(option =>
            {
                var optionErrors = new List<string>();
                Check(file, option, value, path, optionErrors);
                return optionErrors.Count == 0;
            }))
        {
            errors.Add($"{path}: matches none of the anyOf options");
        }

        if (schema.TryGetProperty("allOf", out JsonElement allOf))
        {
            foreach (JsonElement part in allOf.EnumerateArray())
            {
                if (part.TryGetProperty("if", out JsonElement condition))
                {
                    var conditionErrors = new List<string>();
                    Check(file, condition, value, path, conditionErrors);
                    if (conditionErrors.Count == 0 && part.TryGetProperty("then", out JsonElement then))
                    {
                        Check(file, then, value, path, errors);
                    }
                }
                else
                {
                    Check(file, part, value, path, errors);
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            CheckObject(file, schema, value, path, errors);
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            if (schema.TryGetProperty("minItems", out JsonElement minItems) && value.GetArrayLength() < minItems.GetInt32())
            {
                errors.Add($"{path}: too few items");
            }

            if (schema.TryGetProperty("items", out JsonElement items))
            {
                int i = 0;
                foreach (JsonElement item in value.EnumerateArray())
                {
                    Check(file, items, item, $"{path}[{i++}]", errors);
                }
            }
        }
    }

    private void CheckObject(string file, JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("required", out JsonElement required))
        {
            foreach (JsonElement name in required.EnumerateArray())
            {
                if (!value.TryGetProperty(name.GetString()!, out _))
                {
                    errors.Add($"{path}.{name.GetString()}: required");
                }
            }
        }

        if (schema.TryGetProperty("minProperties", out JsonElement minProperties) && value.EnumerateObject().Count() < minProperties.GetInt32())
        {
            errors.Add($"{path}: too few properties");
        }

        bool hasProperties = schema.TryGetProperty("properties", out JsonElement properties);
        bool hasAdditional = schema.TryGetProperty("additionalProperties", out JsonElement additional);
        foreach (JsonProperty property in value.EnumerateObject())
        {
            if (hasProperties && properties.TryGetProperty(property.Name, out JsonElement propertySchema))
            {
                Check(file, propertySchema, property.Value, path + "." + property.Name, errors);
            }
            else if (hasAdditional && additional.ValueKind == JsonValueKind.False)
            {
                errors.Add($"{path}.{property.Name}: not allowed by the schema");
            }
            else if (hasAdditional && additional.ValueKind == JsonValueKind.Object)
            {
                Check(file, additional, property.Value, path + "." + property.Name, errors);
            }
        }
    }

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new ArgumentException("Unknown type " + type),
    };
}
