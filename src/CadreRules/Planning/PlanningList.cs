using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Planning;

/// <summary>
/// A planning list (danh sách quy hoạch): on a date, for a term, the titles planned for and the cadres planned for each
/// of them, with the facts about every candidate.
/// </summary>
/// <remarks>
/// <para>Construction checks the list and fails with a <see cref="PlanningListException"/> naming the entry at fault:
/// two candidates with one id, two titles with one id, an entry naming an unknown title or cadre, a cadre planned twice
/// for one title, a term starting before the list's date, a candidate born after the list's date or age-reference month. A candidate without any entry is allowed (it counts for nothing).</para>
/// <para>The age-reference month (thời điểm tính tuổi quy hoạch) defaults to the term's first month; HĐ 45-HD/BTCTW
/// mục II.5.3 fixes it by level (e.g. 9/2030 for provincial committees), so pass it when known.</para>
/// <para>Titles, candidates and entries are kept in the order given; results computed from a list never depend on that
/// order. Immutable and thread-safe.</para>
/// </remarks>
public sealed class PlanningList
{
    private readonly ImmutableDictionary<string, PlanningTitle> _titles;
    private readonly ImmutableDictionary<CadreId, PlanningCandidate> _candidates;

    /// <summary>Creates a planning list.</summary>
    /// <param name="date">The date the list is drawn up or reviewed (also the date at which discipline and evaluations are read).</param>
    /// <param name="term">The term planned for; it must not start before <paramref name="date"/>.</param>
    /// <param name="titles">The titles.</param>
    /// <param name="candidates">The candidates' facts.</param>
    /// <param name="entries">Who is planned for which title.</param>
    /// <param name="ageReferenceMonth">The month at which ages are computed, or <see langword="null"/> for the term's first month.</param>
    /// <exception cref="ArgumentNullException">A collection or one of its items is null.</exception>
    /// <exception cref="PlanningListException">The list is malformed (see remarks); the message and <see cref="PlanningListException.Entry"/> name the entry.</exception>
    /// <exception cref="InputOutOfRangeException"><paramref name="date"/> or <paramref name="ageReferenceMonth"/> is outside <see cref="DomainCalendar"/>;
    /// or a title is at the district level and <paramref name="date"/> is 01/07/2025 or later, when that level no longer
    /// existed (<see cref="AdministrativeLevels.Check(OrganisationalLevel, LocalDate, string)"/>; the field is
    /// <c>titles[i].level</c>).</exception>
    public PlanningList(
        LocalDate date,
        PlanningTerm term,
        IEnumerable<PlanningTitle> titles,
        IEnumerable<PlanningCandidate> candidates,
        IEnumerable<PlanningEntry> entries,
        YearMonth? ageReferenceMonth = null)
    {
        ArgumentNullException.ThrowIfNull(titles);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(entries);
        DomainCalendar.Check(date, nameof(date));
        if (ageReferenceMonth is { } month)
        {
            DomainCalendar.Check(month, nameof(ageReferenceMonth));
        }

        if (term.Start < date)
        {
            throw new PlanningListException(term.ToString(), nameof(term), $"The term {term} starts on {TextFormat.Date(term.Start)}, before the list's date {TextFormat.Date(date)}.");
        }

        var titleMap = ImmutableDictionary.CreateBuilder<string, PlanningTitle>(StringComparer.Ordinal);
        var titleList = ImmutableArray.CreateBuilder<PlanningTitle>();
        foreach (PlanningTitle title in titles)
        {
            ArgumentNullException.ThrowIfNull(title, nameof(titles));
            AdministrativeLevels.Check(title.Level, date, $"titles[{titleList.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)}].level");
            if (!titleMap.TryAdd(title.Id, title))
            {
                throw new PlanningListException(title.Id, nameof(titles), $"Two titles have the id '{title.Id}'.");
            }

            titleList.Add(title);
        }

        var candidateMap = ImmutableDictionary.CreateBuilder<CadreId, PlanningCandidate>();
        var candidateList = ImmutableArray.CreateBuilder<PlanningCandidate>();
        foreach (PlanningCandidate candidate in candidates)
        {
            ArgumentNullException.ThrowIfNull(candidate, nameof(candidates));
            if (!candidateMap.TryAdd(candidate.Id, candidate))
            {
                throw new PlanningListException(candidate.Id.Value, nameof(candidates), $"Two candidates have the cadre id '{candidate.Id}'.");
            }

            YearMonth reference = ageReferenceMonth ?? term.StartMonth;
            if (candidate.Cadre.BirthDate.Date > date || candidate.Cadre.BirthDate.Month > reference)
            {
                throw new PlanningListException(candidate.Id.Value, nameof(candidates), $"Candidate '{candidate.Id}' is born ({candidate.Cadre.BirthDate}) after the list's date or its age-reference month.");
            }

            candidateList.Add(candidate);
        }

        var seen = new HashSet<(CadreId, string)>();
        var entryList = ImmutableArray.CreateBuilder<PlanningEntry>();
        foreach (PlanningEntry entry in entries)
        {
            string name = $"{entry.CadreId} → {entry.TitleId}";
            if (entry.TitleId is null || !titleMap.ContainsKey(entry.TitleId))
            {
                throw new PlanningListException(name, nameof(entries), $"Entry '{name}' names an unknown title '{entry.TitleId}'.");
            }

            if (!candidateMap.ContainsKey(entry.CadreId))
            {
                throw new PlanningListException(name, nameof(entries), $"Entry '{name}' names a cadre '{entry.CadreId}' who is not among the candidates.");
            }

            if (!Enum.IsDefined(entry.Tier))
            {
                throw new PlanningListException(name, nameof(entries), $"Entry '{name}' has an unknown tier {entry.Tier}.");
            }

            if (!seen.Add((entry.CadreId, entry.TitleId)))
            {
                throw new PlanningListException(name, nameof(entries), $"Cadre '{entry.CadreId}' is planned twice for the title '{entry.TitleId}'.");
            }

            entryList.Add(entry);
        }

        Date = date;
        Term = term;
        AgeReferenceMonth = ageReferenceMonth ?? term.StartMonth;
        Titles = titleList.ToImmutable();
        Candidates = candidateList.ToImmutable();
        Entries = entryList.ToImmutable();
        _titles = titleMap.ToImmutable();
        _candidates = candidateMap.ToImmutable();
    }

    /// <summary>Gets the date the list is drawn up or reviewed.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the term planned for.</summary>
    public PlanningTerm Term { get; }

    /// <summary>Gets the month at which ages and months of service left are computed.</summary>
    public YearMonth AgeReferenceMonth { get; }

    /// <summary>Gets the titles, in the order given.</summary>
    public ImmutableArray<PlanningTitle> Titles { get; }

    /// <summary>Gets the candidates, in the order given.</summary>
    public ImmutableArray<PlanningCandidate> Candidates { get; }

    /// <summary>Gets the entries, in the order given.</summary>
    public ImmutableArray<PlanningEntry> Entries { get; }

    /// <summary>Gets a title by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The title.</returns>
    /// <exception cref="KeyNotFoundException">No title has that id.</exception>
    public PlanningTitle Title(string id) =>
        _titles.TryGetValue(id ?? throw new ArgumentNullException(nameof(id)), out PlanningTitle? title) ? title : throw new KeyNotFoundException($"No title '{id}' in this planning list.");

    /// <summary>Gets a candidate by cadre id.</summary>
    /// <param name="id">The cadre id.</param>
    /// <returns>The candidate.</returns>
    /// <exception cref="KeyNotFoundException">No candidate has that id.</exception>
    public PlanningCandidate Candidate(CadreId id) =>
        _candidates.TryGetValue(id, out PlanningCandidate? candidate) ? candidate : throw new KeyNotFoundException($"No candidate '{id}' in this planning list.");

    /// <summary>Returns a copy with one more candidate and entries for it.</summary>
    /// <param name="candidate">The new candidate.</param>
    /// <param name="entries">The new entries (any cadre of the list).</param>
    /// <returns>The new list.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PlanningListException">The result is malformed.</exception>
    public PlanningList WithCandidate(PlanningCandidate candidate, IEnumerable<PlanningEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(entries);
        return new PlanningList(Date, Term, Titles, Candidates.Add(candidate), Entries.AddRange(entries), AgeReferenceMonth);
    }

    /// <summary>Returns a copy without a candidate and the candidate's entries.</summary>
    /// <param name="id">The cadre id.</param>
    /// <returns>The new list (the same content when the cadre is not in it).</returns>
    public PlanningList WithoutCandidate(CadreId id) =>
        new(Date, Term, Titles, Candidates.Where(c => c.Id != id), Entries.Where(e => e.CadreId != id), AgeReferenceMonth);

    /// <summary>Returns a copy with the same titles, candidates and entries given in another order.</summary>
    /// <param name="titles">The titles, in the new order (the same set).</param>
    /// <param name="candidates">The candidates, in the new order (the same set).</param>
    /// <param name="entries">The entries, in the new order (the same set).</param>
    /// <returns>The new list.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PlanningListException">The result is malformed.</exception>
    public PlanningList With(IEnumerable<PlanningTitle> titles, IEnumerable<PlanningCandidate> candidates, IEnumerable<PlanningEntry> entries) =>
        new(Date, Term, titles, candidates, entries, AgeReferenceMonth);
}
