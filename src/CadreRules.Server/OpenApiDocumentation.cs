using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using CadreRules.Server.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CadreRules.Server;

/// <summary>Completes the generated OpenAPI document with what the handlers' signatures cannot say: the documents read
/// and written (their schemas are the JSON Schemas of docs/schemas, named in the descriptions), the problem details,
/// the province header and the language. The committed copy is docs/openapi/cadre-rules.json.</summary>
internal static class OpenApiDocumentation
{
    public const string ProblemSchema = "Problem";

    public static Task DocumentAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancel)
    {
        document.Info = new OpenApiInfo
        {
            Title = "CadreRules web API",
            Version = "v1",
            Description = "Reads the documents of CadreRules.Documents (docs/schemas) and answers with the same JSON as the CLI's --format json "
                + "(docs/schemas/cli). Errors are RFC 9457 problem details (application/problem+json) with an 'errors' list giving each error's JSON path and code. "
                + "Answers in Vietnamese by default, in English with 'Accept-Language: en'. A province's catalogue (its local variants) is chosen by the route "
                + "/provinces/{province}/… or the header X-CadreRules-Province; see docs/hosting.md.",
        };

        // The servers are those the document was asked from: left out, so that the committed copy does not depend on it.
        document.Servers = [];
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[ProblemSchema] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "RFC 9457 problem details; 'errors' lists each error with its JSON path (or the parameter or header at fault), a stable code and the sentence in the response's language.",
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = Text("A URI naming the kind of problem (urn:cadre-rules:problem:…)."),
                ["title"] = Text("The kind of problem, in the response's language."),
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
                ["detail"] = Text("The first error, in the response's language."),
                ["instance"] = Text("The request's path."),
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Array,
                    Items = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { "path", "code", "detail" },
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            ["part"] = Text("The part of a multipart request (roster), absent for the document."),
                            ["path"] = Text("The JSON path of the value ($.people[3].tasks), or the parameter or header at fault."),
                            ["code"] = Text("A stable code (Document.MissingField, Document.Syntax, …)."),
                            ["detail"] = Text("The sentence, in the response's language."),
                        },
                    },
                },
            },
            Required = new HashSet<string> { "type", "title", "status", "detail" },
        };
        return Task.CompletedTask;
    }

    public static Task OperationAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancel)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<DocumentOperation>().FirstOrDefault() is not { } documented)
        {
            return Task.CompletedTask;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "Accept-Language",
            In = ParameterLocation.Header,
            Description = "vi (default) or en: the language of the texts and of the problem details.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
        if (context.Description.RelativePath!.StartsWith("provinces/", StringComparison.Ordinal))
        {
            operation.Parameters.Insert(0, new OpenApiParameter
            {
                Name = ProvinceSelection.RouteValue,
                In = ParameterLocation.Path,
                Required = true,
                Description = "A province's key (CadreRules:Provinces; GET /provinces lists them): its catalogue, with its local variants. Unknown: 404.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }
        else
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = ProvinceSelection.Header,
                In = ParameterLocation.Header,
                Description = "A province's key (CadreRules:Provinces): its catalogue, with its local variants, instead of the national one. Unknown: 404.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }

        if (documented.Input is { } input)
        {
            var document = new OpenApiSchema { Type = JsonSchemaType.Object, Description = "A document as docs/schemas/" + input + " describes it." };
            var parts = new Dictionary<string, IOpenApiSchema> { [RequestDocuments.DocumentPart] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "The document (docs/schemas/" + input + ")." } };
            if (documented.Roster)
            {
                parts[RequestDocuments.RosterPart] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "A roster (docs/schemas/roster.schema.json) the document's cadreRef entries refer to." };
            }

            var content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new OpenApiMediaType { Schema = document },
                ["multipart/form-data"] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.Object, Properties = parts, Required = new HashSet<string> { RequestDocuments.DocumentPart } } },
            };
            if (documented.Sheets)
            {
                var sheet = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "The document as a filled-in template (docs/spreadsheets.md): errors name the sheet, row and column." };
                content[RequestDocuments.XlsxMediaType] = new OpenApiMediaType { Schema = sheet };
                content[RequestDocuments.CsvMediaType] = new OpenApiMediaType { Schema = sheet };
            }

            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = documented.Roster
                    ? "The document as JSON, or multipart/form-data with the parts 'document' and 'roster' when its entries name cadres by cadreRef."
                    : "The document as JSON (or multipart/form-data with a 'document' part).",
                Content = content,
            };
        }

        operation.Responses ??= [];
        operation.Responses["200"] = new OpenApiResponse
        {
            Description = "The result, as docs/schemas/" + documented.Output + " describes it (the CLI's --format json).",
            Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.Object } } },
        };
        var problems = new List<(string, string)>();
        if (documented.Input is not null)
        {
            problems.Add(("400", "Not well-formed JSON or multipart, or a bad query parameter."));
        }
        else if (operation.Parameters?.Any(p => p.In == ParameterLocation.Query) == true)
        {
            problems.Add(("400", "A missing or bad query parameter (the problem names it)."));
        }

        problems.Add(("404", "Unknown province."));
        if (documented.Input is not null)
        {
            problems.Add(("413", "The body is over the limit (CadreRulesServer:MaxRequestBytes)."));
            problems.Add(("415", documented.Sheets ? "Neither JSON, a workbook, CSV nor multipart/form-data." : "Neither application/json nor multipart/form-data."));
            problems.Add(("422", "The document has errors: each one's JSON path and code in 'errors'."));
        }

        foreach ((string status, string description) in problems)
        {
            operation.Responses[status] = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    [ProblemWriter.ContentType] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(ProblemSchema, context.Document) },
                },
            };
        }

        return Task.CompletedTask;
    }

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };
}
