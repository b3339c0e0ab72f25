using BenchmarkDotNet.Attributes;
using CadreRules.People;
using CadreRules.Retirement;
using NodaTime;

namespace CadreRules.Benchmarks.Retirement;

/// <summary>Benchmark 6: the retirement date (and months left) for one million birth dates (figures are per batch of 1,000,000; 100,000 in quick mode).</summary>
[MemoryDiagnoser]
public class RetirementBenchmarks
{
    private Sex[] _sexes = [];
    private BirthDate[] _births = [];
    private static readonly LocalDate AsOf = new(2026, 11, 23);

    public static int Count => Program.Quick ? 100_000 : 1_000_000;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new SplitMix64(135_2020);
        _sexes = new Sex[Count];
        _births = new BirthDate[Count];
        for (int i = 0; i < Count; i++)
        {
            _sexes[i] = rng.PerMille(500) ? Sex.Male : Sex.Female;
            int year = rng.Between(1960, 2000);
            int month = rng.Between(1, 12);
            // A few birth dates are known only to the month or the year, as in old records.
            _births[i] = rng.Below(100) switch
            {
                0 => BirthDate.OfYear(year),
                1 or 2 => BirthDate.OfMonth(year, month),
                _ => BirthDate.Of(year, month, rng.Between(1, 28)),
            };
        }
    }

    [Benchmark(Description = "RetirementSchedule.For → RetirementDate")]
    public long RetirementDates()
    {
        long sum = 0;
        for (int i = 0; i < _births.Length; i++)
        {
            sum += RetirementSchedule.For(_sexes[i], _births[i]).RetirementDate.DayOfYear;
        }

        return sum;
    }

    [Benchmark(Description = "RetirementSchedule.For → MonthsLeftAt(as of)")]
    public long MonthsLeft()
    {
        long sum = 0;
        for (int i = 0; i < _births.Length; i++)
        {
            sum += RetirementSchedule.For(_sexes[i], _births[i]).MonthsLeftAt(AsOf);
        }

        return sum;
    }

    [Benchmark(Description = "RetirementAge.For only")]
    public long Ages()
    {
        long sum = 0;
        for (int i = 0; i < _births.Length; i++)
        {
            sum += RetirementAge.For(_sexes[i], _births[i]).TotalMonths;
        }

        return sum;
    }
}
