// Consumes CadreRules as a NuGet package, the way an application would.
using System;
using CadreRules.People;
using CadreRules.Retirement;
using CadreRules.Rules;
using NodaTime;

RetirementSchedule schedule = RetirementSchedule.For(new Cadre("consumer-1", Sex.Male, BirthDate.OfMonth(1965, 2)));
int monthsLeft = schedule.MonthsLeftAt(new LocalDate(2021, 8, 1));
Console.WriteLine(schedule.Explain().Render(Language.English) + $"; {monthsLeft} months left on 01/08/2021");
return schedule.RetirementDate == new LocalDate(2026, 8, 31) && monthsLeft == 60 ? 0 : 1;
