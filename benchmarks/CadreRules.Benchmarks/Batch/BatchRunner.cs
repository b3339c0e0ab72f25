using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using CadreRules.Benchmarks.Classification;

namespace CadreRules.Benchmarks.Batch;

/// <summary>
/// <c>--batch</c>: the national batch, measured with a stopwatch and the process's peak working set. Each size and mode
/// runs in its own child process (<c>--batch-one</c>), so that one run's peak memory does not hide the next one's.
/// </summary>
public static class BatchRunner
{
    public static IBatchPipeline Pipeline(string name) => name switch
    {
        "engine" => new EnginePipeline(),
        "shipped" => new ShippedPipeline(),
        "round" => new RoundPipeline(),
        "batch" => new BatchFormPipeline(),
        "hand" => new HandWrittenPipeline(),
        "hand-noids" => new HandWrittenPipeline(needsIds: false),
        "columns" => new ColumnsPipeline(lazyIds: false),
        "columns-noids" => new ColumnsPipeline(lazyIds: true),
        _ => throw new ArgumentException($"Unknown pipeline '{name}'.", nameof(name)),
    };

    public static string DefaultPipeline => "shipped";

    private const int Runs = 3;

    /// <summary>Runs every size and mode in child processes and prints a markdown table.</summary>
    public static int RunAll(bool quick, string pipeline)
    {
        int[] sizes = quick ? [100_000, 200_000, 400_000] : [500_000, 1_000_000, 2_000_000, 5_600_000];
        var rows = new List<string>();
        var hashes = new Dictionary<int, string>();
        double? smallest = null;
        bool ok = true;
        Console.WriteLine($"National batch, pipeline '{Pipeline(pipeline).Name}', {Environment.ProcessorCount} cores, {(quick ? "quick sizes" : "full sizes")}");
        Console.WriteLine();
        Console.WriteLine("| Members | Units | Mode | Time (s), median (the three runs) | ns / member | vs smallest (per member) | Classify / candidates / quota / write-back (s) | Peak working set (MB) | Allocated (MB) | Gen0/1/2 GCs | Result hash |");
        Console.WriteLine("|--------:|------:|------|---------:|------------:|-------------------------:|------------------------------------------------|----------------------:|---------------:|-------------:|-------------|");
        foreach (int size in sizes)
        {
            foreach (string mode in new[] { "single", "parallel" })
            {
                // Three fresh processes per size and mode (the machine is shared: one run can be far off); the row is
                // the median run by time, and every run must give the same result hash.
                var runs = new List<Dictionary<string, string>>();
                for (int run = 0; run < Runs; run++)
                {
                    string output = RunChild(["--batch-one", size.ToString(CultureInfo.InvariantCulture), mode, pipeline], out int exitCode);
                    string? line = null;
                    foreach (string l in output.Split('\n'))
                    {
                        if (l.StartsWith("RESULT ", StringComparison.Ordinal))
                        {
                            line = l.Trim();
                        }
                    }

                    if (exitCode != 0 || line is null)
                    {
                        Console.WriteLine($"child for {size} {mode} failed ({exitCode}):\n{output}");
                        return 1;
                    }

                    runs.Add(Parse(line));
                }

                runs.Sort((a, b) => double.Parse(a["seconds"], CultureInfo.InvariantCulture).CompareTo(double.Parse(b["seconds"], CultureInfo.InvariantCulture)));
                ok &= runs.TrueForAll(x => x["hash"] == runs[0]["hash"]);
                Dictionary<string, string> r = runs[Runs / 2];
                string spread = string.Join(" / ", runs.ConvertAll(x => double.Parse(x["seconds"], CultureInfo.InvariantCulture).ToString("F3", CultureInfo.InvariantCulture)));
                double seconds = double.Parse(r["seconds"], CultureInfo.InvariantCulture);
                double perMember = seconds * 1e9 / size;
                if (mode == "single")
                {
                    smallest ??= perMember;
                }

                if (hashes.TryGetValue(size, out string? previous) && previous != r["hash"])
                {
                    ok = false;
                }

                hashes[size] = r["hash"];
                string growth = mode == "single" && smallest is { } s ? (perMember / s).ToString("F2", CultureInfo.InvariantCulture) + "×" : "";
                Console.WriteLine($"| {size:N0} | {r["units"]} | {mode} | {seconds.ToString("F3", CultureInfo.InvariantCulture)} ({spread}) | {perMember.ToString("F0", CultureInfo.InvariantCulture)} | {growth} | {r["passes"]} | {r["peakMB"]} | {r["allocMB"]} | {r["gcs"]} | {r["hash"]} |");
            }
        }

        Console.WriteLine();
        Console.WriteLine(ok ? "Single-threaded and parallel runs gave identical results at every size." : "MISMATCH: single-threaded and parallel runs differ.");
        Catalog.ColdCatalog.RunAll(quick ? 3 : 7);
        return ok ? 0 : 1;
    }

    /// <summary>One size and mode in this process: generate (not timed), warm up, run timed, report; with
    /// <paramref name="repeat"/> above 1, the timed run is run that many times in all (each after a full collection) and
    /// a <c>REPEAT</c> line gives the CPU seconds of each, sorted (on a shared machine the lowest are the steadiest
    /// figures for comparing two builds; the <c>RESULT</c> line is still the first run's).</summary>
    public static int RunOne(int members, bool parallel, string pipelineName, int repeat = 1)
    {
        IBatchPipeline pipeline = Pipeline(pipelineName);
        int units = Population.UnitsFor(members);
        var generation = Stopwatch.StartNew();
        Population population = Population.Generate(members, units, pipeline.NeedsIds);
        generation.Stop();

        // Warm-up on a small population for about two seconds, with pauses, so that tiered compilation has installed the
        // optimised (tier-1, PGO) code before the timed run; then a clean heap.
        Population warm = Population.Generate(50_000, Population.UnitsFor(50_000), pipeline.NeedsIds);
        byte[] warmFinal = new byte[warm.Members];
        var warming = Stopwatch.StartNew();
        while (warming.Elapsed < TimeSpan.FromSeconds(2))
        {
            pipeline.Run(warm, warmFinal, parallel);
            System.Threading.Thread.Sleep(50);
        }

        warm = null!;
        warmFinal = null!;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        byte[] final = new byte[members];
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        // The process's CPU time beside the wall time: on a shared machine a single-threaded run's CPU time is the steadier
        // figure (it does not count the time spent waiting for a core).
        using Process current = Process.GetCurrentProcess();
        TimeSpan cpu = current.TotalProcessorTime, user = current.UserProcessorTime;
        var timer = Stopwatch.StartNew();
        pipeline.Run(population, final, parallel);
        timer.Stop();
        current.Refresh();
        cpu = current.TotalProcessorTime - cpu;
        user = current.UserProcessorTime - user;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        string gcs = $"{GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}";
        using Process self = Process.GetCurrentProcess();
        self.Refresh();
        long peak = self.PeakWorkingSet64;

        ulong hash = 14695981039346656037UL;
        long[] counts = new long[8];
        foreach (byte b in final)
        {
            hash = unchecked((hash ^ b) * 1099511628211UL);
            counts[b]++;
        }

        var outcomeCounts = new StringBuilder();
        foreach (Outcome o in Enum.GetValues<Outcome>())
        {
            outcomeCounts.Append(o).Append(':').Append(counts[(int)o]).Append(',');
        }

        string passes = pipeline is ShippedPipeline shipped
            ? string.Create(CultureInfo.InvariantCulture, $"{shipped.LastPasses.Classify.TotalSeconds:F3}/{shipped.LastPasses.Candidates.TotalSeconds:F3}/{shipped.LastPasses.Quota.TotalSeconds:F3}/{shipped.LastPasses.WriteBack.TotalSeconds:F3}")
            : "-";
        var repeats = new List<double> { cpu.TotalSeconds };
        for (int k = 1; k < repeat; k++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            current.Refresh();
            TimeSpan before = current.TotalProcessorTime;
            pipeline.Run(population, final, parallel);
            current.Refresh();
            repeats.Add((current.TotalProcessorTime - before).TotalSeconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT passes={passes} members={members} units={units} mode={(parallel ? "parallel" : "single")} seconds={timer.Elapsed.TotalSeconds:F4} cpuSeconds={cpu.TotalSeconds:F4} userSeconds={user.TotalSeconds:F4} generationSeconds={generation.Elapsed.TotalSeconds:F3} peakMB={peak / (1024 * 1024)} allocMB={allocated / (1024 * 1024)} gcs={gcs} hash={hash:x16} counts={outcomeCounts}"));
        if (repeat > 1)
        {
            repeats.Sort();
            Console.WriteLine("REPEAT cpuSeconds=" + string.Join(" ", repeats.ConvertAll(x => x.ToString("F4", CultureInfo.InvariantCulture))));
        }

        return 0;
    }

    public static string RunChild(string[] arguments) => RunChild(arguments, out _);

    public static string RunChild(string[] arguments, out int exitCode)
    {
        string self = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(BatchRunner).Assembly.Location);
        }

        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process child = Process.Start(start)!;
        string output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        exitCode = child.ExitCode;
        return output;
    }

    private static Dictionary<string, string> Parse(string line)
    {
        var values = new Dictionary<string, string>();
        foreach (string part in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                values[part[..eq]] = part[(eq + 1)..];
            }
        }

        return values;
    }
}
