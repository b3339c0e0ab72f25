using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Planning;

/// <summary>
/// The result of checking a <see cref="PlanningList"/> against a <see cref="PlanningRegulation"/>: per title, per
/// candidate and per structure group, the findings that are not satisfied, each with its rule code, citation, severity
/// and the values that decided it.
/// </summary>
/// <remarks>Titles are ordered by id, candidates by cadre id, structure groups by level then group, so the report does
/// not depend on the order of the list. Immutable and thread-safe.</remarks>
public sealed class PlanningReport
{
    internal PlanningReport(RegulationReference regulation, LocalDate date, ImmutableArray<TitlePlanningReport> titles, ImmutableArray<CandidatePlanningReport> candidates, ImmutableArray<StructureReport> structure)
    {
        ArgumentNullException.ThrowIfNull(regulation);
        Regulation = regulation;
        Date = date;
        Titles = titles;
        Candidates = candidates;
        Structure = structure;
    }

    /// <summary>Gets the regulation applied.</summary>
    public RegulationReference Regulation { get; }

    /// <summary>Gets the title standards the entries were checked against, or <see langword="null"/> when they were not
    /// checked (none given, or the regulation does not make them a planning condition).</summary>
    public Standards.TitleStandardsRegulation? TitleStandards { get; internal init; }

    /// <summary>Gets the list's date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the reports per title, ordered by title id.</summary>
    public ImmutableArray<TitlePlanningReport> Titles { get; }

    /// <summary>Gets the reports per candidate, ordered by cadre id.</summary>
    public ImmutableArray<CandidatePlanningReport> Candidates { get; }

    /// <summary>Gets the structure per level and group of titles.</summary>
    public ImmutableArray<StructureReport> Structure { get; }

    /// <summary>Gets every finding: titles first, then candidates, then structure.</summary>
    public IEnumerable<Finding> Findings =>
        Titles.SelectMany(t => t.Findings).Concat(Candidates.SelectMany(c => c.Findings)).Concat(Structure.SelectMany(s => s.Findings));

    /// <summary>Gets the number of findings of severity <see cref="Severity.Violation"/>.</summary>
    public int ViolationCount => Findings.Count(f => f.Severity == Severity.Violation);

    /// <summary>Gets a value indicating whether any finding is a violation.</summary>
    public bool HasViolations => ViolationCount > 0;

    /// <summary>Gets the report of a title.</summary>
    /// <param name="id">The title id.</param>
    /// <returns>The report.</returns>
    /// <exception cref="KeyNotFoundException">No title has that id.</exception>
    public TitlePlanningReport Title(string id) =>
        Titles.FirstOrDefault(t => t.Title.Id == (id ?? throw new System.ArgumentNullException(nameof(id)))) ?? throw new KeyNotFoundException($"No title '{id}' in this report.");

    /// <summary>Gets the report of a candidate.</summary>
    /// <param name="id">The cadre id.</param>
    /// <returns>The report.</returns>
    /// <exception cref="KeyNotFoundException">No candidate has that id.</exception>
    public CandidatePlanningReport Candidate(CadreId id) =>
        Candidates.FirstOrDefault(c => c.CadreId == id) ?? throw new KeyNotFoundException($"No candidate '{id}' in this report.");

    /// <summary>Names the report for debugging: its regulation and counts. For text a person reads, render it with
    /// <c>Localization.LocalizationExtensions.ToText</c>.</summary>
    /// <returns>The regulation and counts.</returns>
    public override string ToString() => $"{Regulation.Id.Value}: {Titles.Length} titles, {Candidates.Length} candidates";
}
