using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Documents;

/// <summary>The evaluation document to and from <see cref="EvaluationSheet"/>.</summary>
internal static class EvaluationSheetMapper
{
    public static EvaluationSheet ToSheet(EvaluationSheetJson json, string root = "$")
    {
        if (root == "$" || json.SchemaVersion is not null)
        {
            Require.SchemaVersion(json.SchemaVersion, root + ".schemaVersion");
        }

        int year = Require.Value(json.Year, root + ".year");
        List<EvaluationPersonJson?> people = Require.Object(json.People, root + ".people");
        var entries = new List<EvaluationEntry>(people.Count);
        var seen = new Dictionary<CadreId, int>();
        for (int i = 0; i < people.Count; i++)
        {
            string path = Require.Item(root + ".people", i);
            EvaluationEntry entry = ToEntry(people[i], path, root, year, json.SubjectKind, json.EvaluatedOn);
            if (!seen.TryAdd(entry.Id, i))
            {
                throw DocumentException.Coded(path + ".id", DocumentErrorCodes.DuplicateId, $"the identifier '{entry.Id}' is already used by {Require.Item(root + ".people", seen[entry.Id])}.", null, null, entry.Id.Value, Require.Item(root + ".people", seen[entry.Id]));
            }

            entries.Add(entry);
        }

        return new EvaluationSheet(year, entries, json.Organisation);
    }

    public static EvaluationSheetJson FromSheet(EvaluationSheet sheet)
    {
        SubjectKind? common = sheet.Entries.IsEmpty ? null : sheet.Entries[0].SubjectKind;
        return new EvaluationSheetJson
        {
            SchemaVersion = DocumentReader.SchemaVersion,
            Organisation = sheet.Organisation,
            Year = sheet.Year,
            SubjectKind = common,
            People = [.. sheet.Entries.Select(e => (EvaluationPersonJson?)FromEntry(e, common))],
        };
    }

    /// <summary>Maps one wire person. The JSON paths of fields are only built for an error, so that a person that is
    /// valid costs no strings beyond its own.</summary>
    internal static EvaluationEntry ToEntry(EvaluationPersonJson? json, string path, string root, int year, SubjectKind? defaultKind, LocalDate? defaultDate)
    {
        EvaluationPersonJson p = json ?? throw Require.Missing(path);
        var id = new CadreId(Text(p.Id, path, ".id")); // a blank id, the only one CadreId refuses, is reported by Text
        string unit = Text(p.Unit, path, ".unit");
        string peerGroup = Text(p.PeerGroup, path, ".peerGroup");
        SubjectKind kind = p.SubjectKind ?? defaultKind ?? throw DocumentException.Coded(path + ".subjectKind", DocumentErrorCodes.MissingField, "required field is missing (and the document sets no subjectKind).", null, null, "subjectKind");
        LocalDate evaluatedOn = p.EvaluatedOn ?? defaultDate ?? throw DocumentException.Coded(path + ".evaluatedOn", DocumentErrorCodes.MissingField, "required field is missing (and the document sets no evaluatedOn).", null, null, "evaluatedOn");
        TaskCounts tasks = ToTasks(p.Tasks, path, ".tasks");
        ScoreCard? score = null;
        if (p.Score is { } s)
        {
            decimal general = s.General ?? throw Require.Missing(path + ".score.general");
            decimal results = s.Results ?? throw Require.Missing(path + ".score.results");
            try
            {
                score = new ScoreCard(general, results);
            }
            catch (ArgumentException e)
            {
                throw FactsError(e, path);
            }
        }

        CriteriaGrades? grades = null;
        if (p.Grades is { } g)
        {
            CriterionGrade general = g.General ?? throw Require.Missing(path + ".grades.general");
            CriterionGrade results = g.Results ?? throw Require.Missing(path + ".grades.results");
            try
            {
                grades = new CriteriaGrades(general, results);
            }
            catch (ArgumentException e)
            {
                throw FactsError(e, path);
            }
        }

        LeaderFacts? leader = p.Leader is { } l ? ToLeader(l, path) : null;
        CollectiveFacts? collective = null;
        if (p.Collective is { } c)
        {
            try
            {
                collective = new CollectiveFacts(
                    c.MonthsSinceEstablished ?? 12,
                    c.SubordinateUnits ?? 0,
                    c.SubordinateUnitsDisciplined ?? 0,
                    c.LeadershipMembersDisciplined ?? 0,
                    c.LeadershipMembersDegraded ?? 0,
                    c.LeadershipCollectiveDisciplined ?? false,
                    c.PersonnelWrongdoingConcluded ?? false,
                    c.SocioEconomicTargetsMissed ?? 0,
                    c.SocioEconomicTargetsAssigned ?? 0,
                    c.SubordinateUnitsNotComplete);
            }
            catch (ArgumentException e)
            {
                throw FactsError(e, path);
            }
        }

        ImmutableArray<DisciplineRecord> discipline = p.Discipline is null ? [] : [.. RosterMapper.Items(p.Discipline, path + ".discipline", RosterMapper.ToDiscipline)];
        EvaluationInput input;
        try
        {
            input = new EvaluationInput
            {
                Year = year,
                EvaluatedOn = evaluatedOn,
                Role = p.Role ?? EvaluationRole.NonLeader,
                Tasks = tasks,
                Score = score,
                Grades = grades,
                Leader = leader,
                Collective = collective,
                Discipline = discipline,
                Degraded = p.Degraded ?? false,
                BreachedProhibitions = p.BreachedProhibitions ?? false,
                MonthsWorked = p.MonthsWorked ?? 12,
                SickLeaveMonths = p.SickLeaveMonths ?? 0,
                OtherLeaveMonths = p.OtherLeaveMonths ?? 0,
                MaternityLeave = p.MaternityLeave ?? false,
                PartyAdmittedOn = p.PartyAdmittedOn,
                ExemptFromPartyActivities = p.ExemptFromPartyActivities ?? false,
                PartySuspended = p.PartySuspended ?? false,
                StateLevel = p.StateLevel,
                PriorShortcomingsFound = p.PriorShortcomingsFound ?? 0,
                PriorShortcomingsFixed = p.PriorShortcomingsFixed ?? 0,
                MitigationReason = p.MitigationReason,
            }.Validate();
        }
        catch (ArgumentException e)
        {
            // The year is the sheet's, and so is the date when the person gives none: their errors name the sheet's field.
            string? onSheet = e.ParamName switch
            {
                "year" => root + ".year",
                "evaluatedOn" when p.EvaluatedOn is null => root + ".evaluatedOn",
                _ => null,
            };
            throw FactsError(e, path, onSheet: onSheet);
        }

        try
        {
            return new EvaluationEntry(id, unit, peerGroup, kind, input, p.Name, p.UnitIsOutstanding ?? false);
        }
        catch (ArgumentException e)
        {
            throw DocumentException.Refusal(Require.FieldPath(path, e, []), Require.Sentence(e), e);
        }
        catch (OverflowException e)
        {
            throw DocumentException.Of(path, DocumentErrorCodes.Overflow, e);
        }
    }

    /// <summary>A required text (not blank); its path is <paramref name="path"/> + <paramref name="field"/>.</summary>
    private static string Text(string? value, string path, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw Require.Missing(path + field) : value;

    private static TaskCounts ToTasks(TaskCountsJson? json, string parent, string field)
    {
        TaskCountsJson t = json ?? throw Require.Missing(parent + field);
        int total = t.Total ?? throw Require.Missing(parent + field + ".total");
        int completed = t.Completed ?? throw Require.Missing(parent + field + ".completed");
        int onTime = t.OnTimeAndQuality ?? throw Require.Missing(parent + field + ".onTimeAndQuality");
        try
        {
            return new TaskCounts(total, completed, onTime, t.Exceeded ?? 0, t.LateOrBelowQuality ?? 0, t.Failed ?? 0);
        }
        catch (ArgumentException e)
        {
            throw FactsError(e, parent + field, relative: true);
        }
    }

    private static LeaderFacts ToLeader(LeaderFactsJson l, string path)
    {
        TaskCounts unitTasks = ToTasks(l.UnitTasks, path, ".leader.unitTasks");
        try
        {
            return new LeaderFacts(
                unitTasks,
                l.SubordinateUnits ?? 0,
                l.UnitsAtLeastComplete ?? 0,
                l.UnitsAtLeastGood ?? 0,
                l.UnitsNotComplete ?? 0,
                l.ConfidenceVotesCast ?? 0,
                l.LowConfidenceVotes ?? 0,
                l.SocioEconomicTargetsMissed ?? 0,
                l.SocioEconomicTargetsAssigned ?? 0,
                l.CorruptionInScopeDisciplined ?? false,
                l.UnitLevel);
        }
        catch (ArgumentException e)
        {
            throw FactsError(e, path);
        }
    }

    /// <summary>An <see cref="EvaluationInputException"/> (or other argument error) of a domain value, at the path of the
    /// field it names (e.g. <c>tasks.completed</c>), appended to <paramref name="path"/> (for task counts the field's
    /// last segment only), unless <paramref name="onSheet"/> places that field on the sheet itself.</summary>
    private static DocumentException FactsError(ArgumentException e, string path, bool relative = false, string? onSheet = null)
    {
        string field = e.ParamName ?? string.Empty;
        string full = field.Length == 0 ? path
            : onSheet is not null ? onSheet
            : relative ? path + "." + field[(field.LastIndexOf('.') + 1)..]
            : field.Contains('.', StringComparison.Ordinal) || char.IsLower(field[0]) ? path + "." + field : path;
        string message = e.Message;
        int cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return DocumentException.Refusal(full, cut >= 0 ? message[..cut] : message, e);
    }

    private static EvaluationPersonJson FromEntry(EvaluationEntry e, SubjectKind? common)
    {
        EvaluationInput i = e.Input;
        return new EvaluationPersonJson
        {
            Id = e.Id.Value,
            Name = e.Name,
            Unit = e.Unit,
            PeerGroup = e.PeerGroup,
            UnitIsOutstanding = e.UnitIsOutstanding ? true : null,
            SubjectKind = e.SubjectKind == common ? null : e.SubjectKind,
            EvaluatedOn = i.EvaluatedOn,
            Role = i.Role,
            Tasks = FromTasks(i.Tasks),
            Score = i.Score is { } s ? new ScoreJson { General = s.General, Results = s.Results } : null,
            Grades = i.Grades is { } g ? new GradesJson { General = g.General, Results = g.Results } : null,
            Leader = i.Leader is { } l ? new LeaderFactsJson
            {
                UnitTasks = FromTasks(l.UnitTasks),
                SubordinateUnits = l.SubordinateUnits,
                UnitsAtLeastComplete = l.UnitsAtLeastComplete,
                UnitsAtLeastGood = l.UnitsAtLeastGood,
                UnitsNotComplete = l.UnitsNotComplete,
                ConfidenceVotesCast = l.ConfidenceVotesCast,
                LowConfidenceVotes = l.LowConfidenceVotes,
                SocioEconomicTargetsMissed = l.SocioEconomicTargetsMissed,
                SocioEconomicTargetsAssigned = l.SocioEconomicTargetsAssigned,
                CorruptionInScopeDisciplined = l.CorruptionInScopeDisciplined,
                UnitLevel = l.UnitLevel,
            }
            : null,
            Collective = i.Collective is { } c ? new CollectiveFactsJson
            {
                MonthsSinceEstablished = c.MonthsSinceEstablished,
                SubordinateUnits = c.SubordinateUnits,
                SubordinateUnitsDisciplined = c.SubordinateUnitsDisciplined,
                LeadershipMembersDisciplined = c.LeadershipMembersDisciplined,
                LeadershipMembersDegraded = c.LeadershipMembersDegraded,
                LeadershipCollectiveDisciplined = c.LeadershipCollectiveDisciplined,
                PersonnelWrongdoingConcluded = c.PersonnelWrongdoingConcluded,
                SocioEconomicTargetsMissed = c.SocioEconomicTargetsMissed,
                SocioEconomicTargetsAssigned = c.SocioEconomicTargetsAssigned,
            }
            : null,
            Discipline = i.Discipline.IsDefaultOrEmpty ? null : [.. i.Discipline.Select(d => (DisciplineJson?)RosterMapper.FromDiscipline(d))],
            Degraded = i.Degraded ? true : null,
            BreachedProhibitions = i.BreachedProhibitions ? true : null,
            MonthsWorked = i.MonthsWorked == 12 ? null : i.MonthsWorked,
            SickLeaveMonths = i.SickLeaveMonths == 0 ? null : i.SickLeaveMonths,
            OtherLeaveMonths = i.OtherLeaveMonths == 0 ? null : i.OtherLeaveMonths,
            MaternityLeave = i.MaternityLeave ? true : null,
            PartyAdmittedOn = i.PartyAdmittedOn,
            ExemptFromPartyActivities = i.ExemptFromPartyActivities ? true : null,
            PartySuspended = i.PartySuspended ? true : null,
            StateLevel = i.StateLevel,
            PriorShortcomingsFound = i.PriorShortcomingsFound == 0 ? null : i.PriorShortcomingsFound,
            PriorShortcomingsFixed = i.PriorShortcomingsFixed == 0 ? null : i.PriorShortcomingsFixed,
            MitigationReason = i.MitigationReason,
        };
    }

    private static TaskCountsJson FromTasks(TaskCounts t) => new()
    {
        Total = t.Total,
        Completed = t.Completed,
        OnTimeAndQuality = t.OnTimeAndQuality,
        Exceeded = t.Exceeded == 0 ? null : t.Exceeded,
        LateOrBelowQuality = t.LateOrBelowQuality == 0 ? null : t.LateOrBelowQuality,
        Failed = t.Failed == 0 ? null : t.Failed,
    };
}
