using System;
using System.Diagnostics;

namespace CadreRules.Benchmarks;

/// <summary>
/// A development aid (<c>--micro</c>): the minimum over many short trials, which filters out preemption on a busy
/// machine. Not a substitute for the BenchmarkDotNet run reported in docs/performance.md.
/// </summary>
public static class MinTimer
{
    public static double NanosecondsPerOperation(Func<int> trial, int operationsPerTrial, int trials = 300)
    {
        for (int i = 0; i < 20; i++)
        {
            trial();
        }

        double best = double.MaxValue;
        for (int i = 0; i < trials; i++)
        {
            long start = Stopwatch.GetTimestamp();
            trial();
            double ns = Stopwatch.GetElapsedTime(start).TotalNanoseconds / operationsPerTrial;
            best = Math.Min(best, ns);
        }

        return best;
    }

    public static void Report(string name, Func<int> trial, int operationsPerTrial, int trials = 300)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        trial();
        long bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / operationsPerTrial;
        Console.WriteLine($"{name,-50} {NanosecondsPerOperation(trial, operationsPerTrial, trials),10:F1} ns {bytes,8} B");
    }
}
