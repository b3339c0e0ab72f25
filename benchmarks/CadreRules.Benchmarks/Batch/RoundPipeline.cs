using System;
using System.Collections.Generic;
using CadreRules.Benchmarks.Classification;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Benchmarks.Batch;

/// <summary>
/// The national batch through the library's round API, as an embedding app would write it: one
/// <see cref="EvaluationEntry"/> per member, made as the round reads it (a stream of entries, none kept), run by
/// <see cref="EvaluationRound"/> (the regulation in force for each member, then the QĐ 366 unit quota per unit), and
/// each member's final outcome written back. Single-threaded only: the round has no parallel mode.
/// </summary>
public sealed class RoundPipeline : IBatchPipeline
{
    private const string PeerGroup = "dang-vien";

    private readonly EvaluationRound _round = new(ShippedRegulations.Catalog);

    public string Name => "CadreRules EvaluationRound (entries streamed; regulation in force per member; QĐ 366 unit quota)";

    public void Run(Population population, byte[] final, bool parallel)
    {
        EvaluationRoundResult result = _round.Run(Entries(population));
        foreach (EvaluationRoundPerson person in result.People)
        {
            final[person.Index] = (byte)(person.Final switch
            {
                EvaluationOutcome.Excellent => Outcome.Htxs,
                EvaluationOutcome.Good => Outcome.Htt,
                EvaluationOutcome.Complete => Outcome.Htnv,
                EvaluationOutcome.NotComplete => Outcome.Kht,
                EvaluationOutcome.NotRated => Outcome.NotRated,
                _ => Outcome.Undetermined,
            });
        }
    }

    private static IEnumerable<EvaluationEntry> Entries(Population population)
    {
        for (int unit = 0; unit < population.Units; unit++)
        {
            string unitName = population.UnitNames[unit];
            for (int i = population.UnitStart[unit]; i < population.UnitStart[unit + 1]; i++)
            {
                yield return new EvaluationEntry(new CadreId(population.MemberIds[i]), unitName, PeerGroup, SubjectKind.PartyMember, ShippedPipeline.Input(population, i));
            }
        }
    }
}
