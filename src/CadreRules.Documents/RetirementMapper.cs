using System.Collections.Generic;
using System.Linq;
using CadreRules.People;
using CadreRules.Retirement;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Documents;

/// <summary>The retirement report document (written only).</summary>
internal static class RetirementMapper
{
    public static RetirementReportJson FromCadres(IEnumerable<Cadre> cadres, LocalDate asOf, Language language) => new()
    {
        SchemaVersion = DocumentReader.SchemaVersion,
        AsOf = asOf,
        Language = VerdictMapper.LanguageCode(language),
        Citation = CommonMapper.FromCitation(RetirementSchedule.Citation, language),
        Cadres = [.. cadres.Select(c => FromCadre(c, asOf, language))],
    };

    private static RetirementEntryJson FromCadre(Cadre cadre, LocalDate asOf, Language language)
    {
        RetirementSchedule schedule = RetirementSchedule.For(cadre);
        return new RetirementEntryJson
        {
            Id = cadre.Id.Value,
            Name = cadre.Name,
            Sex = cadre.Sex,
            BirthDate = RosterMapper.FormatBirthDate(cadre.BirthDate),
            RetirementAge = new AgeJson { Years = schedule.Age.Years, Months = schedule.Age.Months },
            ReachedIn = schedule.AgeReachedIn,
            RetirementDate = schedule.RetirementDate,
            PensionStart = schedule.PensionStart,
            MonthsLeft = asOf < cadre.BirthDate.Date ? null : schedule.MonthsLeftAt(asOf),
            Text = schedule.Explain().Render(language),
        };
    }
}
