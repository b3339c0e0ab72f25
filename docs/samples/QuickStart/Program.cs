// The README's quick start, compiled and run by CI so that it never goes stale.
using System;
using CadreRules.People;
using CadreRules.Retirement;
using CadreRules.Rules;
using NodaTime;

var cadre = new Cadre("c-001", Sex.Male, BirthDate.OfMonth(1965, 2));
RetirementSchedule retirement = RetirementSchedule.For(cadre);
Console.WriteLine(retirement.Explain().Render(Language.English));

// A rule of your own on the engine: at least 60 months of service left when the dossier arrives (HĐ 06-HD/BTCTW).
var hd06 = new LegalDocument("HĐ 06-HD/BTCTW", "Ban Tổ chức Trung ương", new LocalDate(2021, 7, 26));
Rule<(Cadre Cadre, LocalDate AsOf)> fullTerm = Rule.Create<(Cadre Cadre, LocalDate AsOf)>(
    new RuleDescriptor("Sample.FullTermLeft", new LocalizedText("Còn {monthsLeft} tháng công tác (cần từ 60)", "{monthsLeft} months of service left (60 needed)"), hd06.Whole()),
    f => RetirementSchedule.For(f.Cadre).MonthsLeftAt(f.AsOf) >= 60,
    values: f => [FactValue.Of("monthsLeft", RetirementSchedule.For(f.Cadre).MonthsLeftAt(f.AsOf))]);
Console.Write(fullTerm.Explain((cadre, new LocalDate(2021, 8, 17))).Explain(Language.Vietnamese));
