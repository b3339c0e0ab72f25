using System;
using System.IO;
using System.Text;
using CadreRules.Documents;
using CadreRules.Extensions.DependencyInjection;
using CadreRules.Server.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CadreRules.Server;

/// <summary>Builds the web API: CadreRules registered from the configuration section <c>CadreRules</c> (the DI
/// package's provinces), the limits of <c>CadreRulesServer</c>, the document endpoints at the root and under
/// <c>/provinces/{province}</c>, <c>/health</c>, <c>/provinces</c> and the OpenAPI document.</summary>
internal static class CadreServer
{
    public const string ProvincesPrefix = "/provinces/{" + ProvinceSelection.RouteValue + "}";

    /// <summary>Builds the app.</summary>
    /// <param name="args">The command line (configuration keys such as <c>--urls</c>).</param>
    /// <param name="configure">Changes to the builder before the services are added (tests: the test server, settings).</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = args,
            // appsettings.json and the variants are copied next to the program: found wherever it is started from.
            ContentRootPath = AppContext.BaseDirectory,
        });
        configure?.Invoke(builder);

        // A relative BaseDirectory of the variant files is taken from the program's folder, not the current directory.
        if (builder.Configuration["CadreRules:BaseDirectory"] is { Length: > 0 } variants && !Path.IsPathRooted(variants))
        {
            builder.Configuration["CadreRules:BaseDirectory"] = Path.Combine(builder.Environment.ContentRootPath, variants);
        }

        builder.Services.AddCadreRules(builder.Configuration.GetSection("CadreRules"));
        ServerLimits limits = ServerLimits.From(builder.Configuration.GetSection("CadreRulesServer"));
        builder.Services.AddSingleton(limits);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBytes);
        builder.Services.AddProblemDetails();
        builder.Services.AddHealthChecks();
        builder.Services.AddOpenApi("v1", options =>
        {
            options.AddDocumentTransformer(OpenApiDocumentation.DocumentAsync);
            options.AddOperationTransformer(OpenApiDocumentation.OperationAsync);
        });

        WebApplication app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapHealthChecks("/health");
        app.MapGet("/provinces", (ProvinceCatalogs catalogs) => Provinces(catalogs))
            .WithName("Provinces")
            .WithSummary("The keys of the provinces configured (CadreRules:Provinces), each with its own catalogue.")
            .WithTags("Catalogue");
        MapDocuments(app, string.Empty);
        MapDocuments(app.MapGroup(ProvincesPrefix), "Province");
        return app;
    }

    private static IResult Provinces(ProvinceCatalogs catalogs) =>
        TypedResults.Text(Encoding.UTF8.GetString(Results.ResultJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("provinces");
            foreach (string province in catalogs.Provinces)
            {
                json.WriteStringValue(province);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }).Span), "application/json", Encoding.UTF8);

    /// <summary>The document endpoints, once at the root (the province from the header, or none) and once under
    /// <c>/provinces/{province}</c>; <paramref name="name"/> prefixes the operation ids of the second.</summary>
    private static void MapDocuments(IEndpointRouteBuilder routes, string name)
    {
        routes.MapGet("/catalogue", (HttpContext context, ProvinceCatalogs catalogs) => DocumentEndpoint.RunAsync(context, catalogs, static (catalog, language) => Encoding.UTF8.GetBytes(CadreDocuments.WriteCatalog(catalog, language) + "\n")))
            .Document(name + "Catalogue", "The regulation catalogue (the province's, with its local variants applied): regulations, parameters, rules.", "Catalogue", new DocumentOperation(null, "catalogue.schema.json", Roster: false, Sheets: false));
        routes.MapGet("/titles", (HttpContext context, ProvinceCatalogs catalogs, string? on, string? title, string? tier, string? other, string? otherTier) => DocumentEndpoint.RunAsync(context, catalogs, (_, language) => Families.Titles(language, on, title, tier, other, otherTier)))
            .Document(name + "Titles", "The ranking of commune titles by QĐ 368-QĐ/TW on a date (query on), or how one title compares with another (title, tier, other, otherTier): higher, equivalent, lower, or undetermined before 08/09/2025 or for a title not listed.", "Titles", new DocumentOperation(null, "cli/titles.schema.json", Roster: false, Sheets: false));
        routes.MapPost("/evaluation-round", (HttpContext context, ProvinceCatalogs catalogs, string? regulation) => DocumentEndpoint.RunAsync(context, catalogs, false, true, call => Families.EvaluationRound(call, regulation)))
            .Document(name + "EvaluationRound", "An evaluation round: each person classified (HTXS, HTT, HTNV, KHT), the unit quota of HTXS applied, counts per level.", "Evaluation", new DocumentOperation("evaluations.schema.json", "cli/evaluate.schema.json", Roster: false, Sheets: true));
        routes.MapPost("/impact/evaluation-round", (HttpContext context, ProvinceCatalogs catalogs) => DocumentEndpoint.RunAsync(context, catalogs, false, true, call => Families.EvaluationImpact(call, catalogs.Default)))
            .Document(name + "EvaluationImpact", "The impact of the province's local variants on an evaluation round: the national catalogue before, the province's after; whose outcome changes and why.", "Evaluation", new DocumentOperation("evaluations.schema.json", "cli/diff.schema.json", Roster: false, Sheets: true));
        routes.MapPost("/planning-list", (HttpContext context, ProvinceCatalogs catalogs, string? regulation) => DocumentEndpoint.RunAsync(context, catalogs, true, true, call => Families.PlanningList(call, regulation)))
            .Document(name + "PlanningList", "A planning list (quy hoạch) checked against the planning regulation: candidates per title, titles per candidate, service left, structure.", "Planning", new DocumentOperation("planning-list.schema.json", "cli/plan.schema.json", Roster: true, Sheets: true));
        routes.MapPost("/planning-review", (HttpContext context, ProvinceCatalogs catalogs, string? regulation) => DocumentEndpoint.RunAsync(context, catalogs, true, true, call => Families.PlanningReview(call, regulation)))
            .Document(name + "PlanningReview", "The annual planning review (rà soát quy hoạch): which entries leave the plan and why, which additions may be made.", "Planning", new DocumentOperation("planning-review.schema.json", "cli/review.schema.json", Roster: true, Sheets: true));
        routes.MapPost("/rotation", (HttpContext context, ProvinceCatalogs catalogs, string? regulation, string? explain) => DocumentEndpoint.RunAsync(context, catalogs, true, true, call => Families.Rotation(call, regulation, explain)))
            .Document(name + "Rotation", "Whether each rotation (luân chuyển) request is eligible, with the conditions not met and their clauses (explain=true: also each whole explanation).", "Rotation", new DocumentOperation("rotation-requests.schema.json", "cli/rotation.schema.json", Roster: true, Sheets: true));
        routes.MapPost("/non-local", (HttpContext context, ProvinceCatalogs catalogs, string? regulation) => DocumentEndpoint.RunAsync(context, catalogs, false, true, call => Families.NonLocal(call, regulation)))
            .Document(name + "NonLocal", "The share of commune secretaries and chairs who are not local, per post and in total, against the target.", "Rotation", new DocumentOperation("key-posts.schema.json", "cli/non-local.schema.json", Roster: false, Sheets: true));
        routes.MapPost("/position-change", (HttpContext context, ProvinceCatalogs catalogs, string? regulation, string? subject, string? explain) => DocumentEndpoint.RunAsync(context, catalogs, true, true, call => Families.PositionChange(call, regulation, subject, explain)))
            .Document(name + "PositionChange", "Periodic change of work position: due, deferred, exempt or not yet due, for each incumbent (subject: civilServant, default, or publicEmployee; explain=true: also each whole explanation).", "Rotation", new DocumentOperation("position-changes.schema.json", "cli/position-change.schema.json", Roster: true, Sheets: true));
        routes.MapPost("/appointment", (HttpContext context, ProvinceCatalogs catalogs, string? regulation, string? subject, string? explain) => DocumentEndpoint.RunAsync(context, catalogs, true, true, call => Families.Appointment(call, regulation, subject, explain)))
            .Document(name + "Appointment", "Whether each appointment (bổ nhiệm) request is eligible (subject: cadre, default, or publicEmployee; explain=true: also each whole explanation).", "Appointment", new DocumentOperation("appointment-requests.schema.json", "cli/appointment.schema.json", Roster: true, Sheets: true));
        routes.MapPost("/committee", (HttpContext context, ProvinceCatalogs catalogs, string? regulation) => DocumentEndpoint.RunAsync(context, catalogs, true, true, call => Families.Committee(call, regulation)))
            .Document(name + "Committee", "Whether each candidate for a party committee has the working time the level's age month asks.", "Appointment", new DocumentOperation("committee-candidacies.schema.json", "cli/committee.schema.json", Roster: true, Sheets: true));
        routes.MapPost("/retirement", (HttpContext context, ProvinceCatalogs catalogs, string? asOf) => DocumentEndpoint.RunAsync(context, catalogs, false, true, call => Families.Retirement(call, asOf)))
            .Document(name + "Retirement", "Each cadre's retirement age, date and months of service left on asOf (dd/MM/yyyy or yyyy-MM-dd, required), from a roster.", "Retirement", new DocumentOperation("roster.schema.json", "retirement-report.schema.json", Roster: false, Sheets: true));
        routes.MapPost("/composition", (HttpContext context, ProvinceCatalogs catalogs) => DocumentEndpoint.RunAsync(context, catalogs, true, true, call => Families.Composition(call)))
            .Document(name + "Composition", "The structure (cơ cấu) of a body: the shares of women, young and ethnic-minority members against its targets.", "Composition", new DocumentOperation("body.schema.json", "cli/composition.schema.json", Roster: true, Sheets: true));
        routes.MapPost("/statistics", (HttpContext context, ProvinceCatalogs catalogs, string? asOf, string? youngAge) => DocumentEndpoint.RunAsync(context, catalogs, false, true, call => Families.Statistics(call, asOf, youngAge)))
            .Document(name + "Statistics", "Statistics over a roster on asOf (required): the shares of women, young (under youngAge, required, 1 to 100) and ethnic-minority cadres and of each education and political-theory level, each an exact fraction of the whole roster.", "Composition", new DocumentOperation("roster.schema.json", "cli/statistics.schema.json", Roster: false, Sheets: true));
        routes.MapPost("/standards", (HttpContext context, ProvinceCatalogs catalogs, string? regulation) => DocumentEndpoint.RunAsync(context, catalogs, true, false, call => Families.Standards(call, regulation)))
            .Document(name + "Standards", "Whether each cadre meets the qualification standards of a title on a date (meets, pending with a training plan, fails, undetermined), each requirement cited.", "Standards", new DocumentOperation("title-standards.schema.json", "cli/standards.schema.json", Roster: true, Sheets: false));
        routes.MapPost("/movements", (HttpContext context, ProvinceCatalogs catalogs, string? explain) => DocumentEndpoint.RunAsync(context, catalogs, true, false, call => Families.Movements(call, explain)))
            .Document(name + "Movements", "A programme of movements (rotation, transfer, secondment): each movement's verdict under the regulation in force on its start, and the counts by kind, direction, levels and batch (explain=true: also each whole explanation).", "Rotation", new DocumentOperation("movements.schema.json", "cli/movements.schema.json", Roster: true, Sheets: false));
        routes.MapPost("/history", (HttpContext context, ProvinceCatalogs catalogs, string? denominator) => DocumentEndpoint.RunAsync(context, catalogs, true, false, call => Families.History(call, denominator)))
            .Document(name + "History", "Evaluation results across years: each level's exact share per year and over the period (denominator: allRated, default, or goodOrBetter), pooled and as the mean of the yearly shares, and the consequences of a person's records on asOf when the document asks.", "Evaluation", new DocumentOperation("history.schema.json", "cli/history.schema.json", Roster: true, Sheets: false));
    }

    private static RouteHandlerBuilder Document(this RouteHandlerBuilder endpoint, string name, string summary, string tag, DocumentOperation operation) =>
        endpoint.WithName(name).WithSummary(summary).WithTags(tag).WithMetadata(operation);
}
