using System.Collections.Generic;
using System.Text.Json;
using NodaTime;

namespace CadreRules.Documents;


/// <summary>An analyst case file; <see cref="Facts"/> and <see cref="Expected"/> are read by the case kind.</summary>
internal sealed class CaseJson
{
    public int? SchemaVersion { get; set; }

    public string? Kind { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    /// <summary>A regulation id, or <c>in force on yyyy-MM-dd</c>.</summary>
    public string? Regulation { get; set; }

    public LocalDate? AsOf { get; set; }

    /// <summary>A roster (a roster document, <c>schemaVersion</c> optional) that <c>cadreRef</c> entries of the facts refer to.</summary>
    public RosterJson? Roster { get; set; }

    /// <summary>Parameter values for this case only (key → value, as a variant's <c>overrides</c>), applied to the
    /// regulation named by <see cref="Regulation"/>.</summary>
    public Dictionary<string, JsonElement>? Parameters { get; set; }

    public JsonElement? Facts { get; set; }

    public JsonElement? Expected { get; set; }

    public List<string>? ExpectedRuleCodes { get; set; }

    public CaseCitationJson? ExpectedCitation { get; set; }

    /// <summary>The error the case's facts, roster or parameters must be refused with, instead of an outcome.</summary>
    public CaseErrorJson? ExpectedError { get; set; }
}

/// <summary>The error a case expects its input to be refused with: the error's code and, optionally, its JSON path.</summary>
internal sealed class CaseErrorJson
{
    public string? Code { get; set; }

    public string? Path { get; set; }
}

/// <summary>The clause a case expects to be cited: the document number and, optionally, its signing date (which tells
/// apart documents sharing a number, e.g. QĐ 214-QĐ/TW of 2020 and of 2024) and article/clause/point/section.</summary>
internal sealed class CaseCitationJson
{
    public string? Document { get; set; }

    public NodaTime.LocalDate? SignedOn { get; set; }

    public int? Article { get; set; }

    public int? Clause { get; set; }

    public string? Point { get; set; }

    public string? Section { get; set; }
}

/// <summary>Facts of a <c>retirement</c> case.</summary>
internal sealed class RetirementFactsJson
{
    public CadreJson? Cadre { get; set; }
}

/// <summary>Expected outcome of a <c>retirement</c> case; every field is optional, at least one is required.</summary>
internal sealed class RetirementExpectedJson
{
    public AgeJson? RetirementAge { get; set; }

    public YearMonth? ReachedIn { get; set; }

    public LocalDate? RetirementDate { get; set; }

    public int? MonthsLeft { get; set; }
}
