using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using CadreRules.Benchmarks.Classification;
using CadreRules.Evaluation;

namespace CadreRules.Benchmarks;

/// <summary>
/// Entry point. <c>--filter '*'</c> runs every BenchmarkDotNet benchmark; <c>--quick</c> uses a short job and small sizes;
/// <c>--batch</c> runs the national batch with a stopwatch and the peak working set; <c>--check</c> only runs the agreement checks.
/// </summary>
internal static class Program
{
    public const string QuickVariable = "CADRERULES_BENCH_QUICK";

    public static bool Quick => Environment.GetEnvironmentVariable(QuickVariable) == "1";

    public static int Main(string[] args)
    {
        var rest = new List<string>(args);
        bool quick = rest.Remove("--quick");
        if (quick)
        {
            Environment.SetEnvironmentVariable(QuickVariable, "1");
        }

        if (rest.Remove("--check"))
        {
            var ladder = EngineLadder.Build();
            MemberFacts[] members = MemberGenerator.Generate(100_000);
            var qd366 = ShippedQd366.Regulation;
            Agreement.Check(members, ladder, new PeerWorkflow(),
                m => ShippedQd366.ToOutcome(qd366.Classify(ShippedQd366.ToInput(m))),
                m => ShippedQd366.ToOutcome(qd366.Explain(ShippedQd366.ToInput(m)).Outcome));
            foreach (var (outcome, n) in MemberGenerator.Histogram(members.Select(HandWritten.Classify)).OrderBy(p => p.Key))
            {
                Console.WriteLine($"{outcome,-13} {n,7}");
            }

            Console.WriteLine($"All implementations agree on {members.Length} generated members.");
            return 0;
        }

        int one = rest.IndexOf("--batch-one");
        if (one >= 0)
        {
            int repeat = rest.IndexOf("--repeat");
            return Batch.BatchRunner.RunOne(
                int.Parse(rest[one + 1], System.Globalization.CultureInfo.InvariantCulture), rest[one + 2] == "parallel", rest[one + 3],
                repeat >= 0 ? int.Parse(rest[repeat + 1], System.Globalization.CultureInfo.InvariantCulture) : 1);
        }

        if (rest.Remove("--catalog-cold"))
        {
            return Catalog.ColdCatalog.RunOne();
        }

        int batch = rest.IndexOf("--batch");
        if (batch >= 0)
        {
            string pipeline = batch + 1 < rest.Count && !rest[batch + 1].StartsWith('-') ? rest[batch + 1] : Batch.BatchRunner.DefaultPipeline;
            return Batch.BatchRunner.RunAll(quick, pipeline);
        }

        if (rest.Remove("--micro"))
        {
            var b = new ClassifyMemberBenchmarks();
            b.Setup();
            MinTimer.Report("(c) hand-written", b.HandWritten, ClassifyMemberBenchmarks.Members);
            MinTimer.Report("(a) QD366 Classify", b.ShippedClassify, ClassifyMemberBenchmarks.Members);
            MinTimer.Report("(b) QD366 Explain", b.ShippedExplain, ClassifyMemberBenchmarks.Members);
            MinTimer.Report("(b') QD366 Explain + tree", b.ShippedExplainTree, ClassifyMemberBenchmarks.Members, 50);
            var ladder366 = ShippedQd366.Regulation.LadderFor(CadreRules.Evaluation.EvaluationRole.NonLeader);
            var inputs = Array.ConvertAll(MemberGenerator.Generate(ClassifyMemberBenchmarks.Members), ShippedQd366.ToInput);
            MinTimer.Report("(a-ladder) QD366 ladder Decide only", () =>
            {
                int sum = 0;
                foreach (var input in inputs)
                {
                    sum += (int)ladder366.Decide(input).Kind;
                }

                return sum;
            }, ClassifyMemberBenchmarks.Members);
            MinTimer.Report("(a) QD366 Classify again", b.ShippedClassify, ClassifyMemberBenchmarks.Members);
            MinTimer.Report("(c) hand-written again", b.HandWritten, ClassifyMemberBenchmarks.Members);
            MinTimer.Report("(score) ScoreCard.Total x1", () =>
            {
                decimal sum = 0;
                foreach (var input in inputs)
                {
                    sum += input.Score!.Value.Total;
                }

                return (int)sum;
            }, ClassifyMemberBenchmarks.Members);
            var pop = Batch.Population.Generate(100_000, Batch.Population.UnitsFor(100_000));
            MinTimer.Report("(batch) EvaluationInput from columns", () =>
            {
                int sum = 0;
                for (int i = 0; i < 4096; i++)
                {
                    sum += Batch.ShippedPipeline.Input(pop, i).MonthsWorked;
                }

                return sum;
            }, 4096, 50);
            decimal[] quarterScores = new decimal[401];
            for (int q = 0; q <= 400; q++)
            {
                quarterScores[q] = q / 4m;
            }

            MinTimer.Report("(batch) ScoreCard.FromTotal, table of decimals", () =>
            {
                int sum = 0;
                for (int i = 0; i < 4096; i++)
                {
                    sum += CadreRules.Evaluation.ScoreCard.FromTotal(quarterScores[pop.ScoreQuarters[i]]).General > 0 ? 1 : 0;
                }

                return sum;
            }, 4096, 50);
            MinTimer.Report("(batch) TaskCounts from columns", () =>
            {
                int sum = 0;
                for (int i = 0; i < 4096; i++)
                {
                    sum += new CadreRules.Evaluation.TaskCounts(pop.Total[i], pop.Completed[i], pop.OnTime[i], pop.Exceeded[i], pop.Late[i], pop.Total[i] - pop.Completed[i]).Total;
                }

                return sum;
            }, 4096, 50);
            MinTimer.Report("(batch) minimal EvaluationInput (no score, no date)", () =>
            {
                int sum = 0;
                var t = new CadreRules.Evaluation.TaskCounts(10, 10, 10);
                for (int i = 0; i < 4096; i++)
                {
                    sum += new EvaluationInput { Year = 2026, EvaluatedOn = ShippedQd366.EvaluatedOn, Role = CadreRules.Evaluation.EvaluationRole.NonLeader, Tasks = t }.MonthsWorked;
                }

                return sum;
            }, 4096, 50);
            var card = CadreRules.Evaluation.ScoreCard.FromTotal(75.5m);
            MinTimer.Report("(batch) EvaluationInput + score", () =>
            {
                int sum = 0;
                var t = new CadreRules.Evaluation.TaskCounts(10, 10, 10);
                for (int i = 0; i < 4096; i++)
                {
                    sum += new EvaluationInput { Year = 2026, EvaluatedOn = ShippedQd366.EvaluatedOn, Role = CadreRules.Evaluation.EvaluationRole.NonLeader, Tasks = t, Score = card }.MonthsWorked;
                }

                return sum;
            }, 4096, 50);
            MinTimer.Report("(batch) EvaluationInput + admission date", () =>
            {
                int sum = 0;
                var t = new CadreRules.Evaluation.TaskCounts(10, 10, 10);
                for (int i = 0; i < 4096; i++)
                {
                    sum += new EvaluationInput { Year = 2026, EvaluatedOn = ShippedQd366.EvaluatedOn, Role = CadreRules.Evaluation.EvaluationRole.NonLeader, Tasks = t, PartyAdmittedOn = pop.AdmittedOn[i] }.MonthsWorked;
                }

                return sum;
            }, 4096, 50);
            MinTimer.Report("(batch) NodaTime Period.Between months", () =>
            {
                int sum = 0;
                for (int i = 0; i < 4096; i++)
                {
                    sum += NodaTime.Period.Between(ShippedQd366.EvaluatedOn.PlusMonths(-pop.MonthsSinceAdmission[i]), ShippedQd366.EvaluatedOn, NodaTime.PeriodUnits.Months).Months;
                }

                return sum;
            }, 4096, 50);
            MinTimer.Report("(batch) ScoreCard.FromTotal", () =>
            {
                int sum = 0;
                for (int i = 0; i < 4096; i++)
                {
                    sum += (int)CadreRules.Evaluation.ScoreCard.FromTotal(pop.ScoreQuarters[i] / 4m).General;
                }

                return sum;
            }, 4096, 50);
            var unitsPop = pop;
            MinTimer.Report("(batch) whole pipeline, single", () =>
            {
                new Batch.ShippedPipeline().Run(unitsPop, new byte[unitsPop.Members], false);
                return 0;
            }, unitsPop.Members, 10);
            MinTimer.Report("(a-engine) engine Decide", b.EngineDecide, ClassifyMemberBenchmarks.Members);
            MinTimer.Report("(d) RulesEngine", b.Peer, ClassifyMemberBenchmarks.PeerMembers, 20);
            return 0;
        }

        // Full runs: one launch, 6 warm-up and 15 measured iterations per benchmark (about 10 minutes for everything on
        // 2 cores). Quick runs: BenchmarkDotNet's ShortRun (3 + 3) and smaller batch sizes.
        IConfig config = DefaultConfig.Instance;
        config = quick
            ? config.AddJob(Job.ShortRun.WithEnvironmentVariable(QuickVariable, "1").AsDefault())
            : config.AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(6).WithIterationCount(15).AsDefault());

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. rest], config);
        return 0;
    }
}
