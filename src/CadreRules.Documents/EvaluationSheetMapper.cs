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
                throw new DocumentException(path + ".id", $"the identifier '{entry.Id}' is already used by {root}.people[{seen[entry.Id]}].", null);
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

    internal static EvaluationEntry ToEntry(EvaluationPersonJson? json, string path, string root, int year, SubjectKind? defaultKind, LocalDate? defaultDate)
    {
        EvaluationPersonJson p = Require.Object(json, path);
        var id = new CadreId(Require.Text(p.Id, path + ".id")); // a blank id, the only one CadreId refuses, is reported by Require.Text
        string unit = Require.Text(p.Unit, path + ".unit");
        string peerGroup = Require.Text(p.PeerGroup, path + ".peerGroup");
        SubjectKind kind = p.SubjectKind ?? defaultKind ?? throw new DocumentException(path + ".subjectKind", "required field is missing (and the document sets no subjectKind).", null);
        LocalDate evaluatedOn = p.EvaluatedOn ?? defaultDate ?? throw new DocumentException(path + ".evaluatedOn", "required field is missing (and the document sets no evaluatedOn).", null);
        TaskCounts tasks = ToTasks(p.Tasks, path + ".tasks");
        ScoreCard? score = p.Score is { } s
            ? Facts(path, () => new ScoreCard(Require.Value(s.General, path + ".score.general"), Require.Value(s.Results, path + ".score.results")))
            : null;
        CriteriaGrades? grades = p.Grades is { } g
            ? Facts(path, () => new CriteriaGrades(Require.Value(g.General, path + ".grades.general"), Require.Value(g.Results, path + ".grades.results")))
            : null;
        LeaderFacts? leader = p.Leader is { } l ? ToLeader(l, path + ".leader") : null;
        CollectiveFacts? collective = p.Collective is { } c
            ? Facts(path, () => new CollectiveFacts(
                c.MonthsSinceEstablished ?? 12,
                c.SubordinateUnits ?? 0,
                c.SubordinateUnitsDisciplined ?? 0,
                c.LeadershipMembersDisciplined ?? 0,
                c.LeadershipMembersDegraded ?? 0,
                c.LeadershipCollectiveDisciplined ?? false,
                c.PersonnelWrongdoingConcluded ?? false,
                c.SocioEconomicTargetsMissed ?? 0,
                c.SocioEconomicTargetsAssigned ?? 0))
            : null;
        ImmutableArray<DisciplineRecord> discipline = [.. RosterMapper.Items(p.Discipline, path + ".discipline", RosterMapper.ToDiscipline)];
        // The year is the sheet's, and so is the date when the person gives none: their errors name the sheet's field.
        string? SheetField(string field) => field switch
        {
            "year" => root + ".year",
            "evaluatedOn" when p.EvaluatedOn is null => root + ".evaluatedOn",
            _ => null,
        };
        EvaluationInput input = Facts(path, () => new EvaluationInput(
            year,
            evaluatedOn,
            p.Role ?? EvaluationRole.NonLeader,
            tasks,
            score,
            grades,
            leader,
            collective,
            discipline,
            p.Degraded ?? false,
            p.BreachedProhibitions ?? false,
            p.MonthsWorked ?? 12,
            p.SickLeaveMonths ?? 0,
            p.OtherLeaveMonths ?? 0,
            p.MaternityLeave ?? false,
            p.PartyAdmittedOn,
            p.ExemptFromPartyActivities ?? false,
            p.PartySuspended ?? false,
            p.StateLevel,
            p.PriorShortcomingsFound ?? 0,
            p.PriorShortcomingsFixed ?? 0,
            p.MitigationReason), sheetField: SheetField);
        return Require.Build(path, () => new EvaluationEntry(id, unit, peerGroup, kind, input, p.Name, p.UnitIsOutstanding ?? false));
    }

    private static TaskCounts ToTasks(TaskCountsJson? json, string path)
    {
        TaskCountsJson t = Require.Object(json, path);
        int total = Require.Value(t.Total, path + ".total");
        int completed = Require.Value(t.Completed, path + ".completed");
        int onTime = Require.Value(t.OnTimeAndQuality, path + ".onTimeAndQuality");
        return Facts(path, () => new TaskCounts(total, completed, onTime, t.Exceeded ?? 0, t.LateOrBelowQuality ?? 0, t.Failed ?? 0), relative: true);
    }

    private static LeaderFacts ToLeader(LeaderFactsJson l, string path)
    {
        TaskCounts unitTasks = ToTasks(l.UnitTasks, path + ".unitTasks");
        return Facts(path[..path.LastIndexOf('.')], () => new LeaderFacts(
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
            l.UnitLevel));
    }

    /// <summary>Builds a domain value; an <see cref="EvaluationInputException"/> names its field (e.g. <c>tasks.completed</c>),
    /// which is appended to <paramref name="path"/> (for task counts the field's last segment only), unless
    /// <paramref name="sheetField"/> places that field on the sheet itself.</summary>
    private static T Facts<T>(string path, Func<T> build, bool relative = false, Func<string, string?>? sheetField = null)
    {
        try
        {
            return build();
        }
        catch (ArgumentException e)
        {
            string field = e.ParamName ?? string.Empty;
            string full = field.Length == 0 ? path
                : sheetField?.Invoke(field) is { } onSheet ? onSheet
                : relative ? path + "." + field[(field.LastIndexOf('.') + 1)..]
                : field.Contains('.', StringComparison.Ordinal) || char.IsLower(field[0]) ? path + "." + field : path;
            string message = e.Message;
            int cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
            throw new DocumentException(full, cut >= 0 ? message[..cut] : message, e);
        }
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
