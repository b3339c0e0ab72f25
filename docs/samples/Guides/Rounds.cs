using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using CadreRules.Impact;
using CadreRules;
using CadreRules.Documents.Reports;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace Guides;

internal static class Rounds
{
    public static void Run()
    {
        #region round
        // Seven party members of one cell, reviewed on 15/12/2025 (QĐ 366): five HTT, two qualifying for HTXS.
        var on = new LocalDate(2025, 12, 15);
        EvaluationEntry Member(string id, decimal score) => new(
            id, unit: "Chi bộ 1", peerGroup: "đảng viên", SubjectKind.PartyMember,
            new EvaluationInput { Year = 2025, EvaluatedOn = on, Role = EvaluationRole.NonLeader, Tasks = TaskCounts.AllOnTime(10, exceeded: 4), Score = ScoreCard.FromTotal(score) });
        var sheet = new EvaluationSheet(2025, [
            Member("CB-1", 95), Member("CB-2", 91), Member("CB-3", 80), Member("CB-4", 78),
            Member("CB-5", 85), Member("CB-6", 72), Member("CB-7", 88)]);

        // Classify each person under the regulation in force on their date, then apply each regulation's unit quota.
        var round = new EvaluationRound(ShippedRegulations.Catalog);
        EvaluationRoundResult result = round.Run(sheet);
        Console.WriteLine(result.CountsBefore);   // HTXS 2, HTT 5, HTNV 0, KHT 0, không xếp loại 0, chưa xác định 0
        Console.WriteLine(result.CountsAfter);    // HTXS 1, HTT 6, HTNV 0, KHT 0, không xếp loại 0, chưa xác định 0
        foreach (EvaluationRoundPerson moved in result.Moved)
        {
            Console.WriteLine($"{moved.Id}: rank {moved.Demotion!.Rank}, {moved.Demotion.Code}");  // CB-2: rank 2, QD366.Quota.HTXS
        }

        // The same people under an invented province variant: HTXS from 96 points.
        var variant = new LocalVariant(
            id: "party-eval-qd366-province-x",
            baseId: "party-eval-qd366",
            title: new LocalizedText("QĐ 366 áp dụng tại tỉnh X", "QĐ 366 as applied in province X"),
            citation: new LegalDocument("HD 01-HD/TU", "Tỉnh ủy X", new LocalDate(2025, 11, 1)).Article(2),
            period: EffectivePeriod.From(new LocalDate(2025, 11, 1)),
            overrides: new Dictionary<string, ParameterValue> { ["htxs.minScore"] = ParameterValue.FromInteger(96) });
        var provincial = new EvaluationRound(ShippedRegulations.Catalog.WithVariant(variant));
        RuleChangeImpact<EvaluationOutcome> impact = EvaluationImpact.Compare(result, provincial.Run(sheet));
        Console.WriteLine(impact);                // 7 compared, 1 change outcome, 7 differ (the regulation differs for all)
        foreach (ImpactChange<EvaluationOutcome> change in impact.Changes)
        {
            if (change.OutcomeChanged)
            {
                // CB-1: HTXS → HTT, −QD366.HTXS +QD366.HTT
                Console.WriteLine($"{change.Id}: {EvaluationRound.Label(change.Before)} → {EvaluationRound.Label(change.After)}, −{string.Join(", ", change.Removed)} +{string.Join(", ", change.Added)}");
            }
        }

        foreach (ImpactTransition<EvaluationOutcome> cell in impact.Transitions)
        {
            Console.WriteLine($"{EvaluationRound.Label(cell.Before)} → {EvaluationRound.Label(cell.After)}: {cell.Count}");  // HTXS → HTT: 1, HTT → HTT: 6
        }
        #endregion

        #region report
        // The round as a printable report: one self-contained HTML page (inline CSS and SVG charts, nothing fetched).
        var page = new StringWriter();
        HtmlReports.WriteEvaluationRound(page, result, year: 2025, new HtmlReportOptions
        {
            Language = Language.Vietnamese,
            Organisation = "Chi bộ 1 (hư cấu)",
            DataFile = "danh-gia-2025.json",
        });
        Console.WriteLine(page.ToString().Contains("CB-2", StringComparison.Ordinal));  // True: the person the quota moved is listed
        // To keep it: File.WriteAllText("bao-cao.html", page.ToString()), UTF-8; or give HtmlReports a StreamWriter.
        #endregion

        #region batch
        // The same seven members in the batch form: each entry names its unit and peer group by their position in two
        // tables of names, and the result is columns aligned with the entries (no object per person).
        ImmutableArray<string> units = ["Chi bộ 1"];
        ImmutableArray<string> peerGroups = ["đảng viên"];
        EvaluationBatchEntry[] entries = [.. sheet.Entries.Select(e => new EvaluationBatchEntry(e.Id, unit: 0, peerGroup: 0, e.SubjectKind, e.Input))];
        EvaluationBatchResult batch = round.RunBatch(units, peerGroups, entries);
        Console.WriteLine(batch.CountsAfter);     // HTXS 1, HTT 6, HTNV 0, KHT 0, không xếp loại 0, chưa xác định 0
        foreach (int i in batch.MovedIndices)
        {
            // CB-2: HTXS → HTT, rank 2 (QD366.Quota.HTXS)
            Console.WriteLine($"{entries[i].Id}: {EvaluationRound.Label(batch.Before[i])} → {EvaluationRound.Label(batch.After[i])}, rank {batch.DemotionOf(i)!.Rank} ({batch.DemotionOf(i)!.Code})");
        }

        Console.WriteLine(batch.RegulationOf(0).Id);  // party-eval-qd366
        #endregion

        #region rows
        // The same seven members kept as columns and read where they are: no entry, no input, no object per person.
        string[] ids = ["CB-1", "CB-2", "CB-3", "CB-4", "CB-5", "CB-6", "CB-7"];
        decimal[] scores = [95, 91, 80, 78, 85, 72, 88];
        EvaluationRowsResult rows = round.RunRows(["Chi bộ 1"], ["đảng viên"], new MemberColumns(ids, scores, on));
        Console.WriteLine(rows.CountsAfter);      // HTXS 1, HTT 6, HTNV 0, KHT 0, không xếp loại 0, chưa xác định 0
        for (int k = 0; k < rows.MovedCount; k++)
        {
            // CB-2: rank 2 of 2 qualifiers, 1 kept (QD366.Quota.HTXS)
            QuotaGroupResult group = rows.Groups[rows.MovedGroups[k]];
            Console.WriteLine($"{ids[rows.MovedRows[k]]}: rank {rows.MovedRanks[k]} of {group.Qualified} qualifiers, {group.Kept} kept ({group.Rule.Code})");
        }

        // Explanations are built on request, for the one row asked (the row is read from the source again).
        Console.WriteLine(rows.Explain(1).Outcome.Level);   // Excellent: CB-2 qualified on their own merits
        Console.WriteLine(rows.DemotionOf(1)!.Candidate.Score);  // 91
        #endregion
    }

    #region rows-source
    /// <summary>Members kept as columns: an identifier and a score each; one unit, one date and the same tasks for all.</summary>
    private sealed class MemberColumns(string[] ids, decimal[] scores, LocalDate on) : EvaluationRowSource
    {
        public override int Count => ids.Length;

        public override int UnitOf(int row) => 0;         // a position in the round's table of units

        public override int PeerGroupOf(int row) => 0;    // a position in the round's table of peer groups

        public override SubjectKind SubjectKindOf(int row) => SubjectKind.PartyMember;

        public override CadreId IdOf(int row) => new(ids[row]);  // read only for a tie in the quota, an error, a move

        public override void ReadFacts(int row, EvaluationRowFacts facts)
        {
            // Called once per row (and again for a row ranked by the quota or explained); the optional facts hold
            // their defaults, the four required ones are set every time.
            facts.Year = on.Year;
            facts.EvaluatedOn = on;
            facts.Role = EvaluationRole.NonLeader;
            facts.Tasks = TaskCounts.AllOnTime(10, exceeded: 4);
            facts.Score = ScoreCard.FromTotal(scores[row]);
        }
    }
    #endregion
}
