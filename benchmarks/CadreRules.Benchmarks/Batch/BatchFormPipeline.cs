using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CadreRules.Benchmarks.Classification;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Benchmarks.Batch;

/// <summary>
/// The national batch through the round's batch form, as an embedding app would write it: the units named once in a
/// table, one <see cref="EvaluationBatchEntry"/> per member made as the round reads it (a stream, none kept), run by
/// <see cref="EvaluationRound.RunBatch"/> (the regulation in force for each member, then the QĐ 366 unit quota per
/// unit), and each member's final outcome read back from the result's column. Single-threaded only.
/// </summary>
public sealed class BatchFormPipeline : IBatchPipeline
{
    private static readonly ImmutableArray<string> PeerGroups = ["dang-vien"];

    private readonly EvaluationRound _round = new(ShippedRegulations.Catalog);

    public string Name => "CadreRules EvaluationRound.RunBatch (entries streamed; regulation in force per member; QĐ 366 unit quota)";

    public void Run(Population population, byte[] final, bool parallel)
    {
        EvaluationBatchResult result = _round.RunBatch([.. population.UnitNames], PeerGroups, Entries(population));
        ImmutableArray<EvaluationOutcome> after = result.After;
        for (int i = 0; i < after.Length; i++)
        {
            final[i] = (byte)ToOutcome(after[i]);
        }
    }

    public static Outcome ToOutcome(EvaluationOutcome outcome) => outcome switch
    {
        EvaluationOutcome.Excellent => Outcome.Htxs,
        EvaluationOutcome.Good => Outcome.Htt,
        EvaluationOutcome.Complete => Outcome.Htnv,
        EvaluationOutcome.NotComplete => Outcome.Kht,
        EvaluationOutcome.NotRated => Outcome.NotRated,
        _ => Outcome.Undetermined,
    };

    private static IEnumerable<EvaluationBatchEntry> Entries(Population population)
    {
        for (int unit = 0; unit < population.Units; unit++)
        {
            for (int i = population.UnitStart[unit]; i < population.UnitStart[unit + 1]; i++)
            {
                yield return new EvaluationBatchEntry(new CadreId(population.MemberIds[i]), unit, 0, SubjectKind.PartyMember, ShippedPipeline.Input(population, i));
            }
        }
    }
}
