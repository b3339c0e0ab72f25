using System;
using System.Collections.Generic;
using System.Linq;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Tests.Evaluation;

/// <summary>A round's entries as rows: each person's unit and peer group as positions in tables of the distinct names,
/// and every fact of their input written through the setters of <see cref="EvaluationRowFacts"/>.</summary>
internal class EntryRows : EvaluationRowSource
{
    private readonly EvaluationEntry[] _people;
    private readonly int[] _units;
    private readonly int[] _peerGroups;

    public EntryRows(EvaluationEntry[] people, string[] units, string[] peerGroups)
    {
        _people = people;
        _units = [.. people.Select(p => Array.IndexOf(units, p.Unit))];
        _peerGroups = [.. people.Select(p => Array.IndexOf(peerGroups, p.PeerGroup))];
    }

    public override int Count => _people.Length;

    public int Reads { get; private set; }

    public int IdReads { get; private set; }

    public override int UnitOf(int row) => _units[row];

    public override int PeerGroupOf(int row) => _peerGroups[row];

    public override SubjectKind SubjectKindOf(int row) => _people[row].SubjectKind;

    public override CadreId IdOf(int row)
    {
        IdReads++;
        return _people[row].Id;
    }

    public override bool UnitIsOutstanding(int row) => _people[row].UnitIsOutstanding;

    public override void ReadFacts(int row, EvaluationRowFacts facts)
    {
        Reads++;
        Write(_people[row].Input, facts, scoreByReference: row % 2 == 0);
    }

    /// <summary>Every fact of an input, through the setters; with <paramref name="scoreByReference"/> a score is given
    /// through <see cref="EvaluationRowFacts.SetScore"/> instead of the property.</summary>
    public static void Write(EvaluationInput input, EvaluationRowFacts facts, bool scoreByReference = false)
    {
        facts.Year = input.Year;
        facts.EvaluatedOn = input.EvaluatedOn;
        facts.Role = input.Role;
        facts.Tasks = input.Tasks;
        if (scoreByReference && input.Score is { } card)
        {
            facts.SetScore(in card);
        }
        else
        {
            facts.Score = input.Score;
        }

        facts.Grades = input.Grades;
        facts.Leader = input.Leader;
        facts.Collective = input.Collective;
        facts.Discipline = input.Discipline;
        facts.Degraded = input.Degraded;
        facts.BreachedProhibitions = input.BreachedProhibitions;
        facts.MonthsWorked = input.MonthsWorked;
        facts.SickLeaveMonths = input.SickLeaveMonths;
        facts.OtherLeaveMonths = input.OtherLeaveMonths;
        facts.MaternityLeave = input.MaternityLeave;
        facts.PartyAdmittedOn = input.PartyAdmittedOn;
        facts.ExemptFromPartyActivities = input.ExemptFromPartyActivities;
        facts.PartySuspended = input.PartySuspended;
        facts.StateLevel = input.StateLevel;
        facts.PriorShortcomingsFound = input.PriorShortcomingsFound;
        facts.PriorShortcomingsFixed = input.PriorShortcomingsFixed;
        facts.MitigationReason = input.MitigationReason;
    }

    /// <summary>The tables of the distinct names of a sheet, in order of first appearance.</summary>
    public static (string[] Units, string[] PeerGroups) Tables(IEnumerable<EvaluationEntry> people) =>
        ([.. people.Select(p => p.Unit).Distinct(StringComparer.Ordinal)], [.. people.Select(p => p.PeerGroup).Distinct(StringComparer.Ordinal)]);
}

/// <summary>The rows of a sheet with one row spoiled in one way, for the error tests.</summary>
internal sealed class SpoiledRows : EntryRows
{
    private readonly EvaluationEntry[] _spoiledPeople;
    private readonly int _unitCount;
    private readonly int spoiled;
    private readonly RowFault fault;

    public SpoiledRows(EvaluationEntry[] people, string[] units, string[] peerGroups, int spoiled, RowFault fault)
        : base(people, units, peerGroups)
    {
        _spoiledPeople = people;
        _unitCount = units.Length;
        this.spoiled = spoiled;
        this.fault = fault;
    }

    public override int UnitOf(int row) => row == spoiled && fault == RowFault.UnitOutsideTable ? _unitCount : base.UnitOf(row);

    public override int PeerGroupOf(int row) => row == spoiled && fault == RowFault.NegativePeerGroup ? -1 : base.PeerGroupOf(row);

    public override void ReadFacts(int row, EvaluationRowFacts facts)
    {
        if (row != spoiled)
        {
            base.ReadFacts(row, facts);
            return;
        }

        EvaluationInput input = _spoiledPeople[row].Input;
        switch (fault)
        {
            case RowFault.MissingTasks:
                facts.Year = input.Year;
                facts.EvaluatedOn = input.EvaluatedOn;
                facts.Role = input.Role;
                facts.Score = input.Score;
                break;
            case RowFault.MonthsWorkedAbove12:
                Write(input, facts);
                facts.MonthsWorked = 13;
                break;
            case RowFault.LeaveAbove12:
                Write(input, facts);
                facts.SickLeaveMonths = 7;
                facts.OtherLeaveMonths = 6;
                break;
            case RowFault.AdmittedAfterEvaluation:
                Write(input, facts);
                facts.PartyAdmittedOn = input.EvaluatedOn.PlusDays(1);
                break;
            case RowFault.NoRegulationInForce:
                Write(input, facts);
                facts.Year = 1990;
                facts.EvaluatedOn = new NodaTime.LocalDate(1990, 12, 1);
                facts.PartyAdmittedOn = null;
                break;
            default:
                base.ReadFacts(row, facts);
                break;
        }
    }

    /// <summary>The field the round must name for a fault.</summary>
    public static string FieldOf(RowFault fault) => fault switch
    {
        RowFault.UnitOutsideTable => "unit",
        RowFault.NegativePeerGroup => "peerGroup",
        RowFault.MissingTasks => "tasks",
        RowFault.MonthsWorkedAbove12 => "monthsWorked",
        RowFault.LeaveAbove12 => "otherLeaveMonths",
        RowFault.AdmittedAfterEvaluation => "partyAdmittedOn",
        _ => "evaluatedOn",
    };
}

/// <summary>The ways a row is spoiled.</summary>
internal enum RowFault
{
    UnitOutsideTable,
    NegativePeerGroup,
    MissingTasks,
    MonthsWorkedAbove12,
    LeaveAbove12,
    AdmittedAfterEvaluation,
    NoRegulationInForce,
}
