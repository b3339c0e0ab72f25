using System;
using System.Diagnostics;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;

var qd366 = EvaluationRegulations.Get(EvaluationRegime.Qd366);
var inputs = new EvaluationInput[1024];
var rng = new Random(7);
for (int i = 0; i < inputs.Length; i++)
{
    int total = rng.Next(4, 20);
    int done = rng.Next(total - 2, total + 1);
    inputs[i] = new EvaluationInput(2025, new NodaTime.LocalDate(2025, 12, 15), EvaluationRole.NonLeader,
        new TaskCounts(total, Math.Max(done, 0), Math.Max(done - rng.Next(0, 2), 0), rng.Next(0, Math.Max(done, 0) + 1)), ScoreCard.FromTotal(rng.Next(160, 400) / 4m));
}
int sum = 0;
for (int round = 0; round < 5; round++)
{
    long t = Stopwatch.GetTimestamp();
    for (int k = 0; k < 100; k++)
        foreach (var input in inputs) sum += (int)qd366.Classify(input).Level;
    Console.WriteLine($"AOT QD366 Classify: {Stopwatch.GetElapsedTime(t).TotalNanoseconds / (100 * inputs.Length):F1} ns");
}
Console.WriteLine(sum);
