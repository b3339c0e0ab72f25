using System;
using System.IO;
using System.Text.Json;

namespace CadreRules.Province;

/// <summary>
/// Streams the evaluation sheet. Each unit has its own random stream (derived from the seed and the unit's number) and
/// its own profile: a kind (party cell, the party organisations of a commune or ward rated as collectives, at most one
/// such unit per commune or ward and only up to 80 of them, an agency, a public service unit), a share
/// of people qualifying for HTXS (6% to 26%, so the unit quota moves some down) and whether it is outstanding. Each
/// person then draws an outcome profile: most HTT, some HTXS and HTNV, a few KHT (each ground of the regime), a few
/// not rated and a few the strict reading leaves undetermined. Every person is valid for the regime in force on
/// 15/12/2025 for their kind (QĐ 366 needs a score, NĐ 90/48 needs grades, leaders their unit's facts, collectives theirs).
/// </summary>
internal static class EvaluationSheetWriter
{
    private static readonly JsonEncodedText SchemaVersion = JsonEncodedText.Encode("schemaVersion");
    private static readonly JsonEncodedText OrganisationName = JsonEncodedText.Encode("organisation");
    private static readonly JsonEncodedText YearName = JsonEncodedText.Encode("year");
    private static readonly JsonEncodedText SubjectKindName = JsonEncodedText.Encode("subjectKind");
    private static readonly JsonEncodedText EvaluatedOnName = JsonEncodedText.Encode("evaluatedOn");
    private static readonly JsonEncodedText PeopleName = JsonEncodedText.Encode("people");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText NameName = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText UnitName = JsonEncodedText.Encode("unit");
    private static readonly JsonEncodedText PeerGroupName = JsonEncodedText.Encode("peerGroup");
    private static readonly JsonEncodedText UnitIsOutstandingName = JsonEncodedText.Encode("unitIsOutstanding");
    private static readonly JsonEncodedText RoleName = JsonEncodedText.Encode("role");
    private static readonly JsonEncodedText TasksName = JsonEncodedText.Encode("tasks");
    private static readonly JsonEncodedText TotalName = JsonEncodedText.Encode("total");
    private static readonly JsonEncodedText CompletedName = JsonEncodedText.Encode("completed");
    private static readonly JsonEncodedText OnTimeName = JsonEncodedText.Encode("onTimeAndQuality");
    private static readonly JsonEncodedText ExceededName = JsonEncodedText.Encode("exceeded");
    private static readonly JsonEncodedText LateName = JsonEncodedText.Encode("lateOrBelowQuality");
    private static readonly JsonEncodedText FailedName = JsonEncodedText.Encode("failed");
    private static readonly JsonEncodedText ScoreName = JsonEncodedText.Encode("score");
    private static readonly JsonEncodedText GradesName = JsonEncodedText.Encode("grades");
    private static readonly JsonEncodedText GeneralName = JsonEncodedText.Encode("general");
    private static readonly JsonEncodedText ResultsName = JsonEncodedText.Encode("results");
    private static readonly JsonEncodedText LeaderName = JsonEncodedText.Encode("leader");
    private static readonly JsonEncodedText UnitTasksName = JsonEncodedText.Encode("unitTasks");
    private static readonly JsonEncodedText SubordinateUnitsName = JsonEncodedText.Encode("subordinateUnits");
    private static readonly JsonEncodedText UnitsAtLeastCompleteName = JsonEncodedText.Encode("unitsAtLeastComplete");
    private static readonly JsonEncodedText UnitsAtLeastGoodName = JsonEncodedText.Encode("unitsAtLeastGood");
    private static readonly JsonEncodedText UnitsNotCompleteName = JsonEncodedText.Encode("unitsNotComplete");
    private static readonly JsonEncodedText VotesCastName = JsonEncodedText.Encode("confidenceVotesCast");
    private static readonly JsonEncodedText LowVotesName = JsonEncodedText.Encode("lowConfidenceVotes");
    private static readonly JsonEncodedText SocioMissedName = JsonEncodedText.Encode("socioEconomicTargetsMissed");
    private static readonly JsonEncodedText SocioAssignedName = JsonEncodedText.Encode("socioEconomicTargetsAssigned");
    private static readonly JsonEncodedText CorruptionName = JsonEncodedText.Encode("corruptionInScopeDisciplined");
    private static readonly JsonEncodedText CollectiveName = JsonEncodedText.Encode("collective");
    private static readonly JsonEncodedText MonthsSinceEstablishedName = JsonEncodedText.Encode("monthsSinceEstablished");
    private static readonly JsonEncodedText MembersDisciplinedName = JsonEncodedText.Encode("leadershipMembersDisciplined");
    private static readonly JsonEncodedText MembersDegradedName = JsonEncodedText.Encode("leadershipMembersDegraded");
    private static readonly JsonEncodedText PersonnelName = JsonEncodedText.Encode("personnelWrongdoingConcluded");
    private static readonly JsonEncodedText DegradedName = JsonEncodedText.Encode("degraded");
    private static readonly JsonEncodedText BreachedName = JsonEncodedText.Encode("breachedProhibitions");
    private static readonly JsonEncodedText MonthsWorkedName = JsonEncodedText.Encode("monthsWorked");
    private static readonly JsonEncodedText SickLeaveName = JsonEncodedText.Encode("sickLeaveMonths");
    private static readonly JsonEncodedText OtherLeaveName = JsonEncodedText.Encode("otherLeaveMonths");
    private static readonly JsonEncodedText MaternityName = JsonEncodedText.Encode("maternityLeave");
    private static readonly JsonEncodedText PartyAdmittedOnName = JsonEncodedText.Encode("partyAdmittedOn");
    private static readonly JsonEncodedText ExemptName = JsonEncodedText.Encode("exemptFromPartyActivities");
    private static readonly JsonEncodedText SuspendedName = JsonEncodedText.Encode("partySuspended");
    private static readonly JsonEncodedText PriorFoundName = JsonEncodedText.Encode("priorShortcomingsFound");
    private static readonly JsonEncodedText PriorFixedName = JsonEncodedText.Encode("priorShortcomingsFixed");
    private static readonly JsonEncodedText MitigationName = JsonEncodedText.Encode("mitigationReason");

    private static readonly int[] HtxsRates = [60, 110, 150, 200, 260];

    private enum UnitKind
    {
        PartyCell,
        PartyOrganisations,
        Agency,
        ServiceUnit,
    }

    public static void Write(Stream output, int people, ulong seed, bool indented)
    {
        using Utf8JsonWriter writer = JsonOut.Create(output, indented);
        writer.WriteStartObject();
        writer.WriteNumber(SchemaVersion, 1);
        writer.WriteString(OrganisationName, ProvinceGenerator.Organisation);
        writer.WriteNumber(YearName, ProvinceGenerator.EvaluationYear);
        writer.WriteString(SubjectKindName, "partyMember");
        JsonOut.Date(writer, EvaluatedOnName, 2025, 12, 15);
        writer.WriteStartArray(PeopleName);
        var facts = new EvaluationFacts();
        int collectivesIn = -1; // the last commune or ward whose party organisations were rated (one unit each at most)
        foreach (ProvinceUnit unit in ProvinceLayout.Units(ProvinceDocument.Evaluations, people, seed))
        {
            var random = new ProvinceRandom(ProvinceRandom.Derive(seed, (StreamTags.EvaluationUnits << 40) + (ulong)unit.Index));
            if (WriteUnit(writer, unit, ref random, facts, collectivesIn != unit.Locality))
            {
                collectivesIn = unit.Locality;
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    // Writes a unit's people; true when the unit is the party organisations of its commune or ward (rated as collectives).
    private static bool WriteUnit(Utf8JsonWriter writer, ProvinceUnit unit, ref ProvinceRandom random, EvaluationFacts facts, bool collectivesAllowed)
    {
        UnitKind kind = collectivesAllowed && unit.Size <= 80 && random.PerMille(400) ? UnitKind.PartyOrganisations
            : random.Below(100) switch
            {
                < 64 => UnitKind.PartyCell,
                < 82 => UnitKind.Agency,
                _ => UnitKind.ServiceUnit,
            };
        string locality = VietnameseNames.Locality(unit.Locality);
        string unitName = kind switch
        {
            UnitKind.PartyCell => "Chi bộ " + VietnameseNames.Area(unit.Locality, unit.IndexInLocality) + ", " + locality,
            UnitKind.PartyOrganisations => "Đảng bộ " + locality,
            UnitKind.Agency => VietnameseNames.Agencies[unit.IndexInLocality % VietnameseNames.Agencies.Length] + ", " + locality,
            _ => VietnameseNames.ServiceUnits[unit.IndexInLocality % VietnameseNames.ServiceUnits.Length] + " " + locality,
        };
        (string leaders, string others, string? subjectKind) = kind switch
        {
            UnitKind.PartyCell => ("cán bộ lãnh đạo, quản lý", "đảng viên", (string?)null),
            UnitKind.PartyOrganisations => ("chi bộ trực thuộc", "chi bộ trực thuộc", "partyOrganisation"),
            UnitKind.Agency => ("lãnh đạo, quản lý", "công chức", "civilServant"),
            _ => ("viên chức quản lý", "viên chức", "publicEmployee"),
        };
        int htxsRate = random.Pick(HtxsRates);
        bool outstanding = random.PerMille(100);
        int leaderCount = kind == UnitKind.PartyOrganisations ? 0 : Math.Min(unit.Size, 1 + (unit.Size / 30));
        for (int i = 0; i < unit.Size; i++)
        {
            facts.Reset();
            bool leader = i < leaderCount;
            bool female = random.PerMille(kind == UnitKind.ServiceUnit ? 700 : 420);
            facts.Name = kind == UnitKind.PartyOrganisations
                ? "Chi bộ " + VietnameseNames.Area(unit.Locality, i)
                : VietnameseNames.Person(ref random, female);
            facts.Unit = unitName;
            facts.PeerGroup = leader ? leaders : others;
            facts.UnitIsOutstanding = outstanding;
            facts.SubjectKind = subjectKind;
            switch (kind)
            {
                case UnitKind.PartyCell when leader:
                    PartyLeader(ref random, facts, htxsRate);
                    break;
                case UnitKind.PartyCell:
                    PartyMember(ref random, facts, htxsRate);
                    break;
                case UnitKind.PartyOrganisations:
                    PartyOrganisation(ref random, facts, htxsRate);
                    break;
                case UnitKind.Agency or UnitKind.ServiceUnit when leader:
                    StateLeader(ref random, facts, htxsRate);
                    break;
                default:
                    StateEmployee(ref random, facts, htxsRate, female);
                    break;
            }

            WritePerson(writer, unit.FirstPerson + i + 1, facts);
            JsonOut.FlushIfFull(writer);
        }

        return kind == UnitKind.PartyOrganisations;
    }

    // QĐ 366, a non-leader party member. Per mille: 10 exempt, 5 suspended, 15 admitted < 6 months (not rated); 10 score
    // < 50, 5 more than half the tasks failed, 5 duty discipline, 2 degraded, 2 prohibitions (KHT); 3 mitigation and 15
    // high score without the HTXS conditions, 5 one task late at HTT's score, 3 shortcomings not fixed (undetermined
    // under the strict reading); 60 HTNV; the unit's HTXS rate; HTT for the rest.
    private static void PartyMember(ref ProvinceRandom random, EvaluationFacts f, int htxsRate)
    {
        Admitted(ref random, f);
        int r = random.Below(1000);
        switch (r)
        {
            case < 10:
                f.Exempt = true;
                Good(ref random, f);
                break;
            case < 15:
                f.Suspended = true;
                Complete(ref random, f);
                break;
            case < 30:
                f.AdmittedYear = 2025;
                f.AdmittedMonth = random.Between(7, 11);
                f.AdmittedDay = random.Between(1, 28);
                Good(ref random, f);
                break;
            case < 40:
                Complete(ref random, f);
                f.ScoreHalves(ref random, 60, 99);
                break;
            case < 45:
                Failed(ref random, f);
                f.ScoreHalves(ref random, 100, 130);
                break;
            case < 50:
                Good(ref random, f);
                f.Discipline(ref random, "party");
                break;
            case < 52:
                Good(ref random, f);
                f.Degraded = true;
                break;
            case < 54:
                Good(ref random, f);
                f.Breached = true;
                break;
            case < 57:
                Good(ref random, f);
                f.Discipline(ref random, "party");
                f.Mitigation = "Tự phát hiện, báo cáo và khắc phục hậu quả";
                break;
            case < 72:
                Good(ref random, f);
                f.ScoreHalves(ref random, 180, 194);
                break;
            case < 77:
                Good(ref random, f);
                f.Tasks.OnTime--;
                f.Tasks.Late = 1;
                break;
            case < 80:
                Excellent(ref random, f);
                f.PriorFound = random.Between(1, 3);
                f.PriorFixed = f.PriorFound - 1;
                break;
            case < 140:
                Complete(ref random, f);
                break;
            default:
                if (r < 140 + htxsRate)
                {
                    Excellent(ref random, f);
                }
                else
                {
                    Good(ref random, f);
                }

                break;
        }
    }

    // QĐ 366, a party member who leads a unit. Per mille: 20 unit completion < 70%, 10 socio-economic targets missed, 8
    // low confidence, 5 units KHT, 3 corruption in scope (KHT); 30 HTXS conditions met but the unit's exceeded share
    // short (undetermined, strict); 240 HTNV; the unit's HTXS rate; HTT for the rest.
    private static void PartyLeader(ref ProvinceRandom random, EvaluationFacts f, int htxsRate)
    {
        Admitted(ref random, f);
        f.Role = "leader";
        f.HasLeader = true;
        f.SubordinateUnits = random.Between(0, 6);
        f.UnitsAtLeastComplete = f.SubordinateUnits;
        f.UnitsAtLeastGood = f.SubordinateUnits - random.Between(0, f.SubordinateUnits / 3);
        if (random.PerMille(600))
        {
            f.VotesCast = random.Between(15, 45);
            f.LowVotes = random.Between(0, f.VotesCast / 10);
        }

        if (random.PerMille(300))
        {
            f.SocioAssigned = 5;
        }

        int r = random.Below(1000);
        switch (r)
        {
            case < 20:
                Good(ref random, f);
                f.UnitTasks = TaskFacts.Completing(ref random, random.Between(10, 20), 40, 69);
                break;
            case < 30:
                Good(ref random, f);
                f.UnitTasks = TaskFacts.AllOnTime(ref random, random.Between(8, 20), 0, 30);
                f.SocioAssigned = 5;
                f.SocioMissed = random.Between(1, 2);
                break;
            case < 38:
                Good(ref random, f);
                f.UnitTasks = TaskFacts.AllOnTime(ref random, random.Between(8, 20), 0, 30);
                f.VotesCast = random.Between(20, 40);
                f.LowVotes = (f.VotesCast / 2) + random.Between(1, f.VotesCast / 4);
                break;
            case < 43:
                Good(ref random, f);
                f.UnitTasks = TaskFacts.AllOnTime(ref random, random.Between(8, 20), 0, 30);
                f.SubordinateUnits = 4;
                f.UnitsAtLeastComplete = 1;
                f.UnitsAtLeastGood = 1;
                f.UnitsNotComplete = 3;
                break;
            case < 46:
                Good(ref random, f);
                f.UnitTasks = TaskFacts.AllOnTime(ref random, random.Between(8, 20), 0, 30);
                f.Corruption = true;
                break;
            case < 76:
                Excellent(ref random, f);
                f.UnitTasks = TaskFacts.AllOnTime(ref random, random.Between(10, 20), 0, 25);
                break;
            case < 316:
                Complete(ref random, f);
                f.UnitTasks = TaskFacts.Completing(ref random, random.Between(10, 20), 100, 100);
                f.UnitTasks.Late = Math.Min(f.UnitTasks.OnTime, random.Between(0, f.UnitTasks.Total / 5));
                f.UnitTasks.OnTime -= f.UnitTasks.Late;
                break;
            default:
                if (r < 316 + htxsRate)
                {
                    Excellent(ref random, f);
                    f.UnitTasks = TaskFacts.AllOnTime(ref random, random.Between(10, 20), 30, 70);
                }
                else
                {
                    Good(ref random, f);
                    f.UnitTasks = TaskFacts.AllOnTime(ref random, random.Between(8, 20), 0, 40);
                }

                break;
        }
    }

    // QĐ 366, a party organisation rated as a collective. Per mille: 10 personnel wrongdoing, 10 a leadership member
    // disciplined, 5 one degraded, 10 completion < 70% (KHT); 80 HTNV; the unit's HTXS rate; HTT for the rest.
    private static void PartyOrganisation(ref ProvinceRandom random, EvaluationFacts f, int htxsRate)
    {
        f.Role = "collective";
        f.HasCollective = true;
        f.MonthsSinceEstablished = random.Between(18, 600);
        int r = random.Below(1000);
        switch (r)
        {
            case < 10:
                Good(ref random, f);
                f.Personnel = true;
                break;
            case < 20:
                Good(ref random, f);
                f.MembersDisciplined = 1;
                break;
            case < 25:
                Good(ref random, f);
                f.MembersDegraded = 1;
                break;
            case < 35:
                f.Tasks = TaskFacts.Completing(ref random, random.Between(8, 15), 40, 69);
                f.ScoreHalves(ref random, 100, 138);
                break;
            case < 115:
                Complete(ref random, f);
                break;
            default:
                if (r < 115 + htxsRate)
                {
                    Excellent(ref random, f);
                }
                else
                {
                    Good(ref random, f);
                }

                break;
        }
    }

    // NĐ 90 as amended by NĐ 48, a civil servant or public employee who does not lead. Per mille: 15 worked < 6 months
    // (not rated), 7 on maternity leave (rated), 18 on 3 to 5 months' leave (capped at HTNV); 5 degraded, 7 discipline,
    // 8 more than half the tasks late (KHT); 4 general criteria poor (undetermined); 66 HTNV; the unit's HTXS rate; HTT.
    private static void StateEmployee(ref ProvinceRandom random, EvaluationFacts f, int htxsRate, bool female)
    {
        if (random.PerMille(350))
        {
            Admitted(ref random, f);
        }

        int r = random.Below(1000);
        switch (r)
        {
            case < 15:
                StateGood(ref random, f);
                f.MonthsWorked = random.Between(1, 5);
                break;
            case < 22:
                StateGood(ref random, f);
                f.MonthsWorked = random.Between(4, 6);
                f.Maternity = female;
                break;
            case < 40:
                if (random.PerMille(500))
                {
                    StateExcellent(ref random, f);
                }
                else
                {
                    StateGood(ref random, f);
                }

                if (random.PerMille(700))
                {
                    f.SickLeave = random.Between(3, 5);
                }
                else
                {
                    f.OtherLeave = random.Between(3, 5);
                }

                f.MonthsWorked = 12 - f.SickLeave - f.OtherLeave;
                break;
            case < 45:
                StateGood(ref random, f);
                f.Degraded = true;
                break;
            case < 52:
                StateGood(ref random, f);
                f.Discipline(ref random, random.PerMille(600) ? "administrative" : "party");
                break;
            case < 60:
                f.Grades("average", "average");
                int total = random.Between(6, 12);
                f.Tasks = new TaskFacts { Total = total, Completed = total, OnTime = random.Between(0, (total - 1) / 2) };
                f.Tasks.Late = total - f.Tasks.OnTime;
                break;
            case < 64:
                f.Grades("poor", "good");
                f.Tasks = TaskFacts.AllOnTime(ref random, random.Between(6, 12), 0, 30);
                break;
            case < 130:
                f.Grades("average", random.PerMille(500) ? "average" : "good");
                f.Tasks = TaskFacts.Completing(ref random, random.Between(6, 12), 100, 100);
                f.Tasks.Late = random.Between(0, f.Tasks.Total / 5);
                f.Tasks.OnTime -= f.Tasks.Late;
                break;
            default:
                if (r < 130 + htxsRate)
                {
                    StateExcellent(ref random, f);
                }
                else
                {
                    StateGood(ref random, f);
                }

                break;
        }
    }

    // NĐ 90 as amended by NĐ 48, a head or deputy head. Per mille: 20 unit completion < 50%, 5 corruption in scope (KHT);
    // 300 HTNV (unit completes 75% to 95%); the unit's HTXS rate; HTT for the rest.
    private static void StateLeader(ref ProvinceRandom random, EvaluationFacts f, int htxsRate)
    {
        if (random.PerMille(800))
        {
            Admitted(ref random, f);
        }

        f.Role = "leader";
        f.HasLeader = true;
        f.SubordinateUnits = random.Between(0, 4);
        f.UnitsAtLeastComplete = f.SubordinateUnits;
        f.UnitsAtLeastGood = f.SubordinateUnits;
        int r = random.Below(1000);
        switch (r)
        {
            case < 20:
                StateGood(ref random, f);
                f.UnitTasks = TaskFacts.Completing(ref random, random.Between(10, 20), 20, 49);
                break;
            case < 25:
                StateGood(ref random, f);
                f.UnitTasks = TaskFacts.AllOnTime(ref random, random.Between(10, 20), 0, 40);
                f.Corruption = true;
                break;
            case < 325:
                f.Grades("average", "good");
                f.Tasks = TaskFacts.AllOnTime(ref random, random.Between(6, 12), 0, 30);
                f.UnitTasks = TaskFacts.Completing(ref random, 20, 75, 95);
                break;
            default:
                if (r < 325 + htxsRate)
                {
                    StateExcellent(ref random, f);
                    f.UnitTasks = TaskFacts.AllOnTime(ref random, random.Between(10, 20), 50, 80);
                }
                else
                {
                    StateGood(ref random, f);
                    f.UnitTasks = TaskFacts.Completing(ref random, 20, 100, 100);
                    f.UnitTasks.OnTime = random.Between(16, 20);
                    f.UnitTasks.Late = 20 - f.UnitTasks.OnTime;
                }

                break;
        }
    }

    // The facts of each level under QĐ 366 (score and tasks) and NĐ 90/48 (grades and tasks).
    private static void Excellent(ref ProvinceRandom random, EvaluationFacts f)
    {
        f.Tasks = TaskFacts.AllOnTime(ref random, random.Between(6, 12), 30, 80);
        f.ScoreHalves(ref random, 180, 197);
        if (random.PerMille(200))
        {
            f.PriorFound = random.Between(1, 3);
            f.PriorFixed = f.PriorFound;
        }
    }

    private static void Good(ref ProvinceRandom random, EvaluationFacts f)
    {
        f.Tasks = TaskFacts.AllOnTime(ref random, random.Between(6, 12), 0, 40);
        f.ScoreHalves(ref random, 140, 179);
    }

    private static void Complete(ref ProvinceRandom random, EvaluationFacts f)
    {
        f.Tasks = TaskFacts.Completing(ref random, random.Between(6, 12), 100, 100);
        f.Tasks.Late = random.Between(0, f.Tasks.Total / 5);
        f.Tasks.OnTime -= f.Tasks.Late;
        f.ScoreHalves(ref random, 100, 139);
    }

    private static void Failed(ref ProvinceRandom random, EvaluationFacts f)
    {
        int total = random.Between(6, 12);
        int completed = random.Between(0, (total - 1) / 2);
        f.Tasks = new TaskFacts { Total = total, Completed = completed, OnTime = completed, Failed = total - completed };
    }

    private static void StateExcellent(ref ProvinceRandom random, EvaluationFacts f)
    {
        f.Grades(random.PerMille(500) ? "excellent" : "good", "excellent");
        f.Tasks = TaskFacts.AllOnTime(ref random, random.Between(6, 12), 50, 90);
    }

    private static void StateGood(ref ProvinceRandom random, EvaluationFacts f)
    {
        f.Grades(random.PerMille(300) ? "excellent" : "good", "good");
        f.Tasks = TaskFacts.AllOnTime(ref random, random.Between(6, 12), 0, 40);
    }

    // Admitted to the party 1980 to 2024 (at least six months before the evaluation).
    private static void Admitted(ref ProvinceRandom random, EvaluationFacts f)
    {
        f.AdmittedYear = random.Between(1980, 2024);
        f.AdmittedMonth = random.Between(1, 12);
        f.AdmittedDay = random.Between(1, 28);
    }

    private static void WritePerson(Utf8JsonWriter w, int number, EvaluationFacts f)
    {
        w.WriteStartObject();
        JsonOut.Id(w, IdName, "P-", number, 7);
        w.WriteString(NameName, f.Name);
        w.WriteString(UnitName, f.Unit);
        w.WriteString(PeerGroupName, f.PeerGroup);
        if (f.UnitIsOutstanding)
        {
            w.WriteBoolean(UnitIsOutstandingName, true);
        }

        if (f.SubjectKind is { } kind)
        {
            w.WriteString(SubjectKindName, kind);
        }

        if (f.Role is { } role)
        {
            w.WriteString(RoleName, role);
        }

        WriteTasks(w, TasksName, f.Tasks);
        if (f.HasScore)
        {
            w.WriteStartObject(ScoreName);
            JsonOut.Halves(w, GeneralName, f.GeneralHalves);
            JsonOut.Halves(w, ResultsName, f.ResultsHalves);
            w.WriteEndObject();
        }

        if (f.GeneralGrade is { } general)
        {
            w.WriteStartObject(GradesName);
            w.WriteString(GeneralName, general);
            w.WriteString(ResultsName, f.ResultsGrade);
            w.WriteEndObject();
        }

        if (f.HasLeader)
        {
            w.WriteStartObject(LeaderName);
            WriteTasks(w, UnitTasksName, f.UnitTasks);
            NonZero(w, SubordinateUnitsName, f.SubordinateUnits);
            NonZero(w, UnitsAtLeastCompleteName, f.UnitsAtLeastComplete);
            NonZero(w, UnitsAtLeastGoodName, f.UnitsAtLeastGood);
            NonZero(w, UnitsNotCompleteName, f.UnitsNotComplete);
            NonZero(w, VotesCastName, f.VotesCast);
            NonZero(w, LowVotesName, f.LowVotes);
            NonZero(w, SocioMissedName, f.SocioMissed);
            NonZero(w, SocioAssignedName, f.SocioAssigned);
            True(w, CorruptionName, f.Corruption);
            w.WriteEndObject();
        }

        if (f.HasCollective)
        {
            w.WriteStartObject(CollectiveName);
            w.WriteNumber(MonthsSinceEstablishedName, f.MonthsSinceEstablished);
            NonZero(w, MembersDisciplinedName, f.MembersDisciplined);
            NonZero(w, MembersDegradedName, f.MembersDegraded);
            True(w, PersonnelName, f.Personnel);
            w.WriteEndObject();
        }

        if (f.DisciplineTrack is { } track)
        {
            w.WriteStartArray(CadreWriter.DisciplineName);
            CadreWriter.WriteDiscipline(w, f.DisciplineForm!, track, f.DisciplineYear, f.DisciplineMonth, f.DisciplineDay);
            w.WriteEndArray();
        }

        True(w, DegradedName, f.Degraded);
        True(w, BreachedName, f.Breached);
        if (f.MonthsWorked != 12)
        {
            w.WriteNumber(MonthsWorkedName, f.MonthsWorked);
        }

        NonZero(w, SickLeaveName, f.SickLeave);
        NonZero(w, OtherLeaveName, f.OtherLeave);
        True(w, MaternityName, f.Maternity);
        if (f.AdmittedYear != 0)
        {
            JsonOut.Date(w, PartyAdmittedOnName, f.AdmittedYear, f.AdmittedMonth, f.AdmittedDay);
        }

        True(w, ExemptName, f.Exempt);
        True(w, SuspendedName, f.Suspended);
        NonZero(w, PriorFoundName, f.PriorFound);
        NonZero(w, PriorFixedName, f.PriorFixed);
        if (f.Mitigation is { } mitigation)
        {
            w.WriteString(MitigationName, mitigation);
        }

        w.WriteEndObject();
    }

    private static void WriteTasks(Utf8JsonWriter w, JsonEncodedText name, TaskFacts t)
    {
        w.WriteStartObject(name);
        w.WriteNumber(TotalName, t.Total);
        w.WriteNumber(CompletedName, t.Completed);
        w.WriteNumber(OnTimeName, t.OnTime);
        NonZero(w, ExceededName, t.Exceeded);
        NonZero(w, LateName, t.Late);
        NonZero(w, FailedName, t.Failed);
        w.WriteEndObject();
    }

    private static void NonZero(Utf8JsonWriter w, JsonEncodedText name, int value)
    {
        if (value != 0)
        {
            w.WriteNumber(name, value);
        }
    }

    private static void True(Utf8JsonWriter w, JsonEncodedText name, bool value)
    {
        if (value)
        {
            w.WriteBoolean(name, true);
        }
    }
}

/// <summary>Task counts as the sheet records them.</summary>
internal struct TaskFacts
{
    public int Total;
    public int Completed;
    public int OnTime;
    public int Exceeded;
    public int Late;
    public int Failed;

    /// <summary>Every task completed on time; between <paramref name="exceededLow"/>% and <paramref name="exceededHigh"/>%
    /// of them exceeded (rounded up, so a lower bound of 30% is met exactly).</summary>
    public static TaskFacts AllOnTime(ref ProvinceRandom random, int total, int exceededLow, int exceededHigh)
    {
        int low = ((total * exceededLow) + 99) / 100;
        int high = Math.Max(low, total * exceededHigh / 100);
        return new TaskFacts { Total = total, Completed = total, OnTime = total, Exceeded = random.Between(low, high) };
    }

    /// <summary>Between <paramref name="low"/>% and <paramref name="high"/>% of the tasks completed (on time), the rest
    /// not; a share strictly below a bound stays below it.</summary>
    public static TaskFacts Completing(ref ProvinceRandom random, int total, int low, int high)
    {
        int least = ((total * low) + 99) / 100;
        int most = Math.Max(least, high >= 100 ? total : ((total * high) - 1) / 100);
        int completed = Math.Min(total, random.Between(least, most));
        return new TaskFacts { Total = total, Completed = completed, OnTime = completed };
    }
}

/// <summary>One person's facts, reused from person to person (reset before each).</summary>
internal sealed class EvaluationFacts
{
    public string Name = string.Empty;
    public string Unit = string.Empty;
    public string PeerGroup = string.Empty;
    public bool UnitIsOutstanding;
    public string? SubjectKind;
    public string? Role;
    public TaskFacts Tasks;
    public bool HasScore;
    public int GeneralHalves;
    public int ResultsHalves;
    public string? GeneralGrade;
    public string? ResultsGrade;
    public bool HasLeader;
    public TaskFacts UnitTasks;
    public int SubordinateUnits;
    public int UnitsAtLeastComplete;
    public int UnitsAtLeastGood;
    public int UnitsNotComplete;
    public int VotesCast;
    public int LowVotes;
    public int SocioMissed;
    public int SocioAssigned;
    public bool Corruption;
    public bool HasCollective;
    public int MonthsSinceEstablished;
    public int MembersDisciplined;
    public int MembersDegraded;
    public bool Personnel;
    public string? DisciplineForm;
    public string? DisciplineTrack;
    public int DisciplineYear;
    public int DisciplineMonth;
    public int DisciplineDay;
    public bool Degraded;
    public bool Breached;
    public int MonthsWorked;
    public int SickLeave;
    public int OtherLeave;
    public bool Maternity;
    public int AdmittedYear;
    public int AdmittedMonth;
    public int AdmittedDay;
    public bool Exempt;
    public bool Suspended;
    public int PriorFound;
    public int PriorFixed;
    public string? Mitigation;

    public void Reset()
    {
        SubjectKind = Role = GeneralGrade = ResultsGrade = DisciplineForm = DisciplineTrack = Mitigation = null;
        Tasks = UnitTasks = default;
        HasScore = HasLeader = HasCollective = UnitIsOutstanding = Corruption = Personnel = false;
        Degraded = Breached = Maternity = Exempt = Suspended = false;
        GeneralHalves = ResultsHalves = SubordinateUnits = UnitsAtLeastComplete = UnitsAtLeastGood = UnitsNotComplete = 0;
        VotesCast = LowVotes = SocioMissed = SocioAssigned = MonthsSinceEstablished = MembersDisciplined = MembersDegraded = 0;
        DisciplineYear = DisciplineMonth = DisciplineDay = SickLeave = OtherLeave = 0;
        AdmittedYear = AdmittedMonth = AdmittedDay = PriorFound = PriorFixed = 0;
        MonthsWorked = 12;
    }

    /// <summary>A score of <paramref name="low"/> to <paramref name="high"/> half points in all, split into the general
    /// group (about 30%, at most 30 points) and the results group (at most 70 points).</summary>
    public void ScoreHalves(ref ProvinceRandom random, int low, int high)
    {
        int total = random.Between(low, high);
        int general = Math.Clamp((total * 3 / 10) + random.Between(-4, 4), Math.Max(0, total - 140), Math.Min(60, total));
        HasScore = true;
        GeneralHalves = general;
        ResultsHalves = total - general;
    }

    public void Grades(string general, string results)
    {
        GeneralGrade = general;
        ResultsGrade = results;
    }

    /// <summary>A reprimand or warning decided in 2025 for a duty-related violation.</summary>
    public void Discipline(ref ProvinceRandom random, string track)
    {
        DisciplineForm = random.PerMille(700) ? "reprimand" : "warning";
        DisciplineTrack = track;
        DisciplineYear = 2025;
        DisciplineMonth = random.Between(2, 11);
        DisciplineDay = random.Between(1, 28);
    }
}
