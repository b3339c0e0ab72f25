using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using CadreRules.Benchmarks.Classification;

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
            Agreement.Check(members, ladder, new PeerWorkflow());
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
            return Batch.BatchRunner.RunOne(int.Parse(rest[one + 1], System.Globalization.CultureInfo.InvariantCulture), rest[one + 2] == "parallel", rest[one + 3]);
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
            MinTimer.Report("(a) engine Decide", b.EngineDecide, ClassifyMemberBenchmarks.Members);
            MinTimer.Report("(b) engine Explain", b.EngineExplain, ClassifyMemberBenchmarks.Members);
            MinTimer.Report("(b') engine Explain + tree", b.EngineExplainTree, ClassifyMemberBenchmarks.Members, 50);
            MinTimer.Report("(d) RulesEngine", b.Peer, ClassifyMemberBenchmarks.PeerMembers, 20);
            return 0;
        }

        IConfig config = DefaultConfig.Instance;
        if (quick)
        {
            config = config.AddJob(Job.ShortRun.WithEnvironmentVariable(QuickVariable, "1").AsDefault());
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. rest], config);
        return 0;
    }
}
