// Consumes CadreRules and CadreRules.Documents as NuGet packages, the way an application would.
using System;
using CadreRules.Documents;
using CadreRules.People;
using CadreRules.Retirement;
using CadreRules.Rules;
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
Console.WriteLine($"schemas: {CadreSchemas.Names.Length}; retirement date as JSON: {date}");
return schedule.RetirementDate == new LocalDate(2026, 8, 31) && monthsLeft == 60 && roster.Cadres.Length == 1
    && CadreSchemas.Names.Length == 16 && schema.Contains("\"cadres\"", StringComparison.Ordinal) && date == "\"2026-08-31\"" ? 0 : 1;
