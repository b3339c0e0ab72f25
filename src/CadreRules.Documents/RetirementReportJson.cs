using System.Collections.Generic;
using CadreRules.People;
using NodaTime;

namespace CadreRules.Documents;


/// <summary>The retirement report (written only): each cadre's retirement age, date and months left.</summary>
internal sealed class RetirementReportJson
{
    public int? SchemaVersion { get; set; }

    public LocalDate? AsOf { get; set; }

    public string? Language { get; set; }

    public CitationJson? Citation { get; set; }

    public List<RetirementEntryJson>? Cadres { get; set; }
}

/// <summary>One cadre's retirement figures.</summary>
internal sealed class RetirementEntryJson
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public Sex? Sex { get; set; }

    public string? BirthDate { get; set; }

    public AgeJson? RetirementAge { get; set; }

    public YearMonth? ReachedIn { get; set; }

    public LocalDate? RetirementDate { get; set; }

    public LocalDate? PensionStart { get; set; }

    public int? MonthsLeft { get; set; }

    public string? Text { get; set; }
}

/// <summary>An age in years and months.</summary>
internal sealed class AgeJson
{
    public int? Years { get; set; }

    public int? Months { get; set; }
}
