using System;
using System.Threading.Tasks;
using CadreRules.Benchmarks.Classification;

namespace CadreRules.Benchmarks.Batch;

/// <summary>
/// The national population as compact columns (struct of arrays, about 14 bytes a member): members are stored by unit,
/// unit <c>u</c> holding members <c>UnitStart[u]</c> to <c>UnitStart[u + 1] - 1</c>. Each unit's members are generated from
/// the unit's own seed, so the population is the same however the generation is split over threads.
/// </summary>
public sealed class Population
{
    public const ulong Seed = 2026_366;

    private Population(int members, int units)
    {
        Members = members;
        Units = units;
        UnitStart = new int[units + 1];
        ScoreQuarters = new short[members];
        Total = new byte[members];
        Completed = new byte[members];
        OnTime = new byte[members];
        Exceeded = new byte[members];
        Late = new byte[members];
        Found = new byte[members];
        Fixed = new byte[members];
        Flags = new byte[members];
        MonthsSinceAdmission = new short[members];
        AdmittedOn = new NodaTime.LocalDate[members];
        MemberUnit = new int[members];
    }

    public const byte DisciplineFlag = 1, DegradedFlag = 2, ExemptFlag = 4, SuspendedFlag = 8, ProhibitionsFlag = 16;

    public int Members { get; }

    public int Units { get; }

    public int[] UnitStart { get; }

    /// <summary>Each member's unit (a position in <see cref="UnitNames"/>), as a roster stores it.</summary>
    public int[] MemberUnit { get; }

    /// <summary>The units' names (the quota groups' keys), made with the population.</summary>
    public string[] UnitNames { get; private set; } = [];

    /// <summary>Every member's identifier ("&lt;unit&gt;-&lt;4 digits&gt;"), as a roster read from a register holds them.</summary>
    public string[] MemberIds { get; private set; } = [];

    public short[] ScoreQuarters { get; }

    public byte[] Total { get; }

    public byte[] Completed { get; }

    public byte[] OnTime { get; }

    public byte[] Exceeded { get; }

    public byte[] Late { get; }

    public byte[] Found { get; }

    public byte[] Fixed { get; }

    public byte[] Flags { get; }

    public short[] MonthsSinceAdmission { get; }

    /// <summary>The party admission date, as a register stores it (the evaluation date less the months above).</summary>
    public NodaTime.LocalDate[] AdmittedOn { get; }

    /// <summary>Units keep the national mean size (5.6 M members in 60,000 units, about 93 a unit) at every scale.</summary>
    public static int UnitsFor(int members) => Math.Max(1, (int)Math.Round(members * (60_000.0 / 5_600_000.0)));

    public static Population Generate(int members, int units) => Generate(members, units, withIds: true);

    /// <summary>Generates the population; without <paramref name="withIds"/>, <see cref="MemberIds"/> is left empty (the
    /// identifiers are the unit's name and the member's zero-padded number in the unit, and can be made on request).</summary>
    public static Population Generate(int members, int units, bool withIds)
    {
        var population = new Population(members, units);
        long mean = members / units;
        var rng = new SplitMix64(Seed);
        for (int u = 1; u < units; u++)
        {
            long jitter = mean <= 3 ? 0 : (long)rng.Below((int)(2 * (mean / 3)) + 1) - (mean / 3);
            population.UnitStart[u] = (int)(((long)u * members / units) + jitter);
        }

        population.UnitStart[units] = members;
        population.UnitNames = new string[units];
        for (int u = 0; u < units; u++)
        {
            population.UnitNames[u] = "CB-" + u.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
        }

        population.MemberIds = withIds ? new string[members] : [];
        Parallel.For(0, units, u => population.FillUnit(u));
        return population;
    }

    public MemberFacts ToFacts(int i) => new()
    {
        Score = ScoreQuarters[i] / 4m,
        TasksTotal = Total[i],
        TasksCompleted = Completed[i],
        TasksOnTime = OnTime[i],
        TasksExceeded = Exceeded[i],
        TasksLate = Late[i],
        ShortcomingsFound = Found[i],
        ShortcomingsFixed = Fixed[i],
        DutyDiscipline = (Flags[i] & DisciplineFlag) != 0,
        Degraded = (Flags[i] & DegradedFlag) != 0,
        BreachedProhibitions = (Flags[i] & ProhibitionsFlag) != 0,
        Exempt = (Flags[i] & ExemptFlag) != 0,
        Suspended = (Flags[i] & SuspendedFlag) != 0,
        MonthsSinceAdmission = MonthsSinceAdmission[i],
    };

    private void FillUnit(int unit)
    {
        var rng = new SplitMix64(unchecked(Seed ^ ((ulong)unit * 0x9E3779B97F4A7C15UL)));
        for (int i = UnitStart[unit]; i < UnitStart[unit + 1]; i++)
        {
            if (MemberIds.Length != 0)
            {
                MemberIds[i] = UnitNames[unit] + "-" + (i - UnitStart[unit]).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            }

            MemberUnit[i] = unit;

            // A realistic mix: most members do their tasks; scores spread over the bands.
            int score = rng.PerMille(700) ? rng.Between(280, 380) : rng.Between(120, 400);
            int total = rng.Between(4, 24);
            int completed = rng.PerMille(930) ? total : rng.Between(total / 3, total);
            int onTime = rng.PerMille(800) ? completed : rng.Between(0, completed);
            int exceeded = Math.Min(completed, rng.PerMille(400) ? rng.Between((total * 3 + 9) / 10, onTime < (total * 3 + 9) / 10 ? (total * 3 + 9) / 10 : onTime) : rng.Between(0, onTime));
            int found = rng.Between(0, 3);
            ScoreQuarters[i] = (short)score;
            Total[i] = (byte)total;
            Completed[i] = (byte)completed;
            OnTime[i] = (byte)onTime;
            Exceeded[i] = (byte)exceeded;
            Late[i] = (byte)(completed - onTime);
            Found[i] = (byte)found;
            Fixed[i] = (byte)(rng.PerMille(900) ? found : rng.Between(0, found));
            Flags[i] = (byte)((rng.PerMille(15) ? DisciplineFlag : 0) | (rng.PerMille(3) ? DegradedFlag : 0) | (rng.PerMille(20) ? ExemptFlag : 0) | (rng.PerMille(3) ? SuspendedFlag : 0) | (rng.PerMille(2) ? ProhibitionsFlag : 0));
            MonthsSinceAdmission[i] = (short)(rng.PerMille(20) ? rng.Between(0, 5) : rng.Between(6, 600));
            AdmittedOn[i] = ShippedQd366.EvaluatedOn.PlusMonths(-MonthsSinceAdmission[i]);
        }
    }
}
