namespace CadreRules.Benchmarks.Classification;

/// <summary>The same QĐ 366 rules as plain <c>if</c>s: the baseline, the hand-written limit.</summary>
public static class HandWritten
{
    public static Outcome Classify(MemberFacts f)
    {
        if (f.Exempt || f.Suspended || f.MonthsSinceAdmission < 6)
        {
            return Outcome.NotRated;
        }

        int total = f.TasksTotal;
        if (f.Score < 50m || (total - f.TasksCompleted) * 2 > total || f.DutyDiscipline || f.Degraded || f.BreachedProhibitions)
        {
            return Outcome.Kht;
        }

        if (f.Score >= 90m)
        {
            return f.TasksOnTime == total && f.TasksExceeded * 10 >= total * 3 && f.ShortcomingsFixed == f.ShortcomingsFound
                ? Outcome.Htxs
                : Outcome.Undetermined;
        }

        if (f.Score >= 70m)
        {
            return f.TasksOnTime == total ? Outcome.Htt : Outcome.Undetermined;
        }

        return f.TasksCompleted == total && f.TasksLate * 5 <= total ? Outcome.Htnv : Outcome.Undetermined;
    }
}
