// Consumes CadreRules, CadreRules.Documents and CadreRules.Extensions.DependencyInjection as NuGet packages, the way
// an application would.
using System;
using System.IO;
using CadreRules;
using CadreRules.Documents;
using CadreRules.Extensions.DependencyInjection;
using CadreRules.People;
using CadreRules.Retirement;
using CadreRules.Rules;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

RetirementSchedule schedule = RetirementSchedule.For(new Cadre("consumer-1", Sex.Male, BirthDate.OfMonth(1965, 2)));
int monthsLeft = schedule.MonthsLeftAt(new LocalDate(2021, 8, 1));
Console.WriteLine(schedule.Explain().Render(Language.English) + $"; {monthsLeft} months left on 01/08/2021");

// The documents package reads a roster written by hand.
Roster roster = CadreDocuments.ReadRoster("""{"schemaVersion":1,"cadres":[{"id":"consumer-2","sex":"female","birthDate":"1970-03-04"}]}""");
Console.WriteLine($"roster: {roster.Cadres.Length} cadre(s), first {roster.Cadres[0].Id}");
// The schemas are inside the package (embedded in CadreRules.Documents.dll), and the host options serialise values.
string schema = CadreSchemas.Read("roster.schema.json");
string date = System.Text.Json.JsonSerializer.Serialize(new LocalDate(2026, 8, 31), CadreHostJson.Options);
// Every document schema of the repository (.ci/run runs this from the root) is in the package.
int shippedSchemas = Directory.GetFiles(Path.Combine("docs", "schemas"), "*.schema.json").Length;
Console.WriteLine($"schemas: {CadreSchemas.Names.Length} of {shippedSchemas}; retirement date as JSON: {date}");
// The DI package registers a province's catalogue, the shipped one with the province's variant applied.
const string variant = """
    {"schemaVersion":1,"id":"party-eval-qd366-consumer","baseId":"party-eval-qd366",
     "title":{"vi":"Biến thể thử","en":"Test variant"},
     "citation":{"document":{"number":"HD 01 (thử)","issuer":"Đơn vị thử","signedOn":"2025-11-01"}},
     "effective":{"start":"2025-11-01"},"overrides":{"htxs.minScore":92}}
    """;
using ServiceProvider services = new ServiceCollection()
    .AddCadreRules(o => o.AddProvince("consumer", p => p.AddVariantJson(variant)))
    .BuildServiceProvider();
bool keyed = services.GetRequiredKeyedService<RegulationCatalog>("consumer").Find("party-eval-qd366-consumer") is not null
    && ReferenceEquals(services.GetRequiredService<RegulationCatalog>(), ShippedRegulations.Catalog);
Console.WriteLine($"dependency injection: province catalogue with its variant: {keyed}");
return keyed && schedule.RetirementDate == new LocalDate(2026, 8, 31) && monthsLeft == 60 && roster.Cadres.Length == 1
    && CadreSchemas.Names.Length == shippedSchemas && schema.Contains("\"cadres\"", StringComparison.Ordinal) && date == "\"2026-08-31\"" ? 0 : 1;
