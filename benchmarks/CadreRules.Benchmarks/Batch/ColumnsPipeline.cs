using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using CadreRules.Benchmarks.Classification;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Benchmarks.Batch;

/// <summary>
/// The national batch through the round over rows (<see cref="EvaluationRound.RunRows"/>), as an embedding app that
/// holds its members in columns would write it: an <see cref="EvaluationRowSource"/> over the population's columns
/// (no object per member; the facts written into the round's reusable <see cref="EvaluationRowFacts"/>), the regulation
/// in force per member, the QĐ 366 unit quota, and each member's final outcome read from the result's column.
/// With <c>lazyIds</c> the population holds no identifier strings: the source makes a member's identifier (the same
/// text as <see cref="Population.MemberIds"/>) only when the round asks for it (a tie in an over-quota unit, an error).
/// Single-threaded only.
/// </summary>
public sealed class ColumnsPipeline(bool lazyIds) : IBatchPipeline
{
    private static readonly ImmutableArray<string> PeerGroups = ["dang-vien"];

    private readonly EvaluationRound _round = new(ShippedRegulations.Catalog);

    public string Name => "CadreRules EvaluationRound.RunRows (a source over the columns; regulation in force per member; QĐ 366 unit quota)"
        + (lazyIds ? "; identifiers made on request, none stored" : string.Empty);

    public bool NeedsIds => !lazyIds;

    public void Run(Population population, byte[] final, bool parallel)
    {
        EvaluationRowsResult result = _round.RunRows([.. population.UnitNames], PeerGroups, new Rows(population, lazyIds));
        ReadOnlySpan<EvaluationOutcome> after = result.After.AsSpan();
        for (int i = 0; i < after.Length; i++)
        {
            final[i] = Codes[(int)after[i]];
        }
    }

    // The benchmark's outcome code of each of the six outcomes (a table instead of a switch per member).
    private static readonly byte[] Codes = [.. Enum.GetValues<EvaluationOutcome>().Select(o => (byte)BatchFormPipeline.ToOutcome(o))];

    /// <summary>The population's columns as rows: each fact read from its column, nothing copied.</summary>
    private sealed class Rows(Population p, bool lazyIds) : EvaluationRowSource
    {
        private static readonly ImmutableArray<DisciplineRecord> DutyReprimand =
            [new DisciplineRecord(DisciplineForm.Reprimand, DisciplineTrack.Party, new LocalDate(2026, 6, 1), relatedToPublicDuty: true)];

        // Scores are stored in quarter points: a table of the 401 score cards.
        private static readonly ScoreCard[] Scores = CreateScores();

        private readonly int _year = ShippedQd366.EvaluatedOn.Year;
        private readonly LocalDate _evaluatedOn = ShippedQd366.EvaluatedOn;

        public override int Count => p.Members;

        public override int UnitOf(int row) => p.MemberUnit[row];

        public override int PeerGroupOf(int row) => 0;

        public override SubjectKind SubjectKindOf(int row) => SubjectKind.PartyMember;

        public override CadreId IdOf(int row)
        {
            if (!lazyIds)
            {
                return new CadreId(p.MemberIds[row]);
            }

            int unit = p.MemberUnit[row];
            return new CadreId(p.UnitNames[unit] + "-" + (row - p.UnitStart[unit]).ToString("D4", CultureInfo.InvariantCulture));
        }

        public override void ReadFacts(int row, EvaluationRowFacts facts)
        {
            byte flags = p.Flags[row];
            int total = p.Total[row], completed = p.Completed[row];
            facts.Year = _year;
            facts.EvaluatedOn = _evaluatedOn;
            facts.Role = EvaluationRole.NonLeader;
            facts.Tasks = new TaskCounts(total, completed, p.OnTime[row], p.Exceeded[row], p.Late[row], total - completed);
            facts.SetScore(in Scores[p.ScoreQuarters[row]]);
            facts.PartyAdmittedOn = p.AdmittedOn[row];

            // The optional facts start at their defaults (false, 0, none): only what differs is written.
            if (flags != 0)
            {
                if ((flags & Population.DisciplineFlag) != 0)
                {
                    facts.Discipline = DutyReprimand;
                }

                facts.Degraded = (flags & Population.DegradedFlag) != 0;
                facts.BreachedProhibitions = (flags & Population.ProhibitionsFlag) != 0;
                facts.ExemptFromPartyActivities = (flags & Population.ExemptFlag) != 0;
                facts.PartySuspended = (flags & Population.SuspendedFlag) != 0;
            }

            if (p.Found[row] != 0)
            {
                facts.PriorShortcomingsFound = p.Found[row];
                facts.PriorShortcomingsFixed = p.Fixed[row];
            }
        }

        private static ScoreCard[] CreateScores()
        {
            var scores = new ScoreCard[401];
            for (int q = 0; q <= 400; q++)
            {
                scores[q] = ScoreCard.FromTotal(q / 4m);
            }

            return scores;
        }
    }
}
