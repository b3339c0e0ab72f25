using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CadreRules.Evaluation;
using CadreRules.Localization;
using CadreRules.Planning;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CadreRules.Tests.Concurrency;

/// <summary>
/// Regulations are immutable and shared between threads: a population classified on several threads against one shared
/// regulation gives exactly the sequential results, explanations included.
/// </summary>
public class SharedRegulationProperties
{
    [Property(MaxTest = 30)]
    public Property Classify_OnSeveralThreads_EqualsTheSequentialRun() =>
        Prop.ForAll(Arbitraries.EvaluationCases().Generator.ArrayOf(64).ToArbitrary(), population =>
        {
            EvaluationRegulation[] regulations = [.. population.Select(c => EvaluationRegulations.Get(c.Regime))];
            EvaluationDecision[] sequential = [.. population.Select((c, i) => regulations[i].Classify(c.Input))];
            string[] sequentialText = [.. population.Select((c, i) => regulations[i].Explain(c.Input).ToText(Language.Vietnamese))];

            var parallel = new EvaluationDecision[population.Length];
            var parallelText = new string[population.Length];
            using var start = new Barrier(4);
            Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, worker =>
            {
                start.SignalAndWait();
                for (int round = 0; round < 3; round++)
                {
                    for (int i = worker; i < population.Length; i += 4)
                    {
                        parallel[i] = regulations[i].Classify(population[i].Input);
                        parallelText[i] = regulations[i].Explain(population[i].Input).ToText(Language.Vietnamese);
                    }
                }
            });

            return sequential.SequenceEqual(parallel) && sequentialText.SequenceEqual(parallelText);
        });

    [Property(MaxTest = 30)]
    public Property PlanningValidate_OnSeveralThreads_EqualsTheSequentialRun() =>
        Prop.ForAll(Arbitraries.PlanningCaseGen().ToArbitrary(), planning =>
        {
            string sequential = planning.Regulation.Validate(planning.List).ToText(Language.English);
            string[] parallel = new string[8];
            Parallel.For(0, parallel.Length, i => parallel[i] = planning.Regulation.Validate(planning.List).ToText(Language.English));
            return parallel.All(p => p == sequential);
        });
}
