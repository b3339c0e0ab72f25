using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>
/// The tasks or targets (nhiệm vụ, chỉ tiêu) of a year as an evaluator counts them: assigned, completed, completed on
/// time and to quality, exceeded, completed late or below quality, and not completed. Shares are computed exactly
/// from these counts (3 of 10 is exactly 30%).
/// </summary>
/// <remarks>
/// Checked at construction: every count is 0 or more; completed ≤ total; on time + late ≤ completed; exceeded ≤ completed;
/// failed ≤ total − completed (tasks neither completed nor failed are still running). Immutable and thread-safe.
/// </remarks>
public readonly record struct TaskCounts
{
    /// <summary>Creates the counts.</summary>
    /// <param name="total">Tasks assigned in the year.</param>
    /// <param name="completed">Tasks completed.</param>
    /// <param name="onTimeAndQuality">Completed tasks done on time and to quality (đúng hạn, bảo đảm chất lượng, hiệu quả).</param>
    /// <param name="exceeded">Completed tasks done beyond what was required (vượt mức).</param>
    /// <param name="lateOrBelowQuality">Completed tasks done late or below quality (chưa bảo đảm tiến độ, chất lượng).</param>
    /// <param name="failed">Tasks assessed as not completed (không hoàn thành).</param>
    /// <exception cref="EvaluationInputException">A count is negative or the counts do not add up; the message names the field.</exception>
    public TaskCounts(int total, int completed, int onTimeAndQuality, int exceeded = 0, int lateOrBelowQuality = 0, int failed = 0)
    {
        // One test on the usual path (valid counts); the checks below name the first field that is wrong.
        if ((total | completed | onTimeAndQuality | exceeded | lateOrBelowQuality | failed) < 0
            || completed > total
            || (long)onTimeAndQuality + lateOrBelowQuality > completed
            || exceeded > completed
            || failed > total - completed)
        {
            ThrowInvalid(total, completed, onTimeAndQuality, exceeded, lateOrBelowQuality, failed);
        }

        Total = total;
        Completed = completed;
        OnTimeAndQuality = onTimeAndQuality;
        Exceeded = exceeded;
        LateOrBelowQuality = lateOrBelowQuality;
        Failed = failed;
    }

    /// <summary>Gets the tasks assigned.</summary>
    public int Total { get; }

    /// <summary>Gets the tasks completed.</summary>
    public int Completed { get; }

    /// <summary>Gets the completed tasks done on time and to quality.</summary>
    public int OnTimeAndQuality { get; }

    /// <summary>Gets the completed tasks done beyond what was required.</summary>
    public int Exceeded { get; }

    /// <summary>Gets the completed tasks done late or below quality.</summary>
    public int LateOrBelowQuality { get; }

    /// <summary>Gets the tasks assessed as not completed.</summary>
    public int Failed { get; }

    /// <summary>Creates the counts of a year in which every one of <paramref name="total"/> tasks was done on time,
    /// <paramref name="exceeded"/> of them beyond what was required.</summary>
    /// <param name="total">Tasks assigned.</param>
    /// <param name="exceeded">Tasks exceeded.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="EvaluationInputException">A count is negative or <paramref name="exceeded"/> exceeds <paramref name="total"/>.</exception>
    public static TaskCounts AllOnTime(int total, int exceeded = 0) => new(total, total, total, exceeded);

    internal bool AllCompleted => Completed == Total;

    internal bool AllOnTimeAndQuality => OnTimeAndQuality == Total;

    /// <summary>count/total ≥ share; false when there are no tasks.</summary>
    internal bool AtLeast(int count, Share share) => Total > 0 && Share.Of(count, Total) >= share;

    /// <summary>count/total ≤ share; true when there are no tasks.</summary>
    internal bool AtMost(int count, Share share) => Total == 0 || Share.Of(count, Total) <= share;

    /// <summary>count/total &gt; share; false when there are no tasks.</summary>
    internal bool Above(int count, Share share) => Total > 0 && Share.Of(count, Total) > share;

    /// <summary>count/total &lt; share; false when there are no tasks.</summary>
    internal bool Below(int count, Share share) => Total > 0 && Share.Of(count, Total) < share;

    internal Share ShareOf(int count) => Total == 0 ? Share.Zero : Share.Of(count, Total);

    // Names the first broken constraint, in the order the fields are documented (called only when one is broken, so
    // the last constraint is the one left when the others hold).
    [DoesNotReturn]
    private static void ThrowInvalid(int total, int completed, int onTimeAndQuality, int exceeded, int lateOrBelowQuality, int failed)
    {
        NotNegative(total, "tasks.total");
        NotNegative(completed, "tasks.completed");
        NotNegative(onTimeAndQuality, "tasks.onTimeAndQuality");
        NotNegative(exceeded, "tasks.exceeded");
        NotNegative(lateOrBelowQuality, "tasks.lateOrBelowQuality");
        NotNegative(failed, "tasks.failed");
        if (completed > total)
        {
            throw EvaluationInputException.For(
                "tasks.completed",
                Invariant($"số nhiệm vụ hoàn thành ({completed}) không được vượt số nhiệm vụ được giao ({total})."),
                Invariant($"completed tasks ({completed}) cannot exceed the tasks assigned ({total})."));
        }

        if ((long)onTimeAndQuality + lateOrBelowQuality > completed)
        {
            throw EvaluationInputException.For(
                "tasks.onTimeAndQuality",
                Invariant($"số nhiệm vụ đúng hạn, bảo đảm chất lượng ({onTimeAndQuality}) và số nhiệm vụ chậm hoặc chưa bảo đảm chất lượng ({lateOrBelowQuality}) cộng lại không được vượt số nhiệm vụ hoàn thành ({completed})."),
                Invariant($"tasks on time ({onTimeAndQuality}) and late ({lateOrBelowQuality}) cannot exceed the tasks completed ({completed})."));
        }

        if (exceeded > completed)
        {
            throw EvaluationInputException.For(
                "tasks.exceeded",
                Invariant($"số nhiệm vụ vượt mức ({exceeded}) không được vượt số nhiệm vụ hoàn thành ({completed})."),
                Invariant($"exceeded tasks ({exceeded}) cannot exceed the tasks completed ({completed})."));
        }

        throw EvaluationInputException.For(
            "tasks.failed",
            Invariant($"số nhiệm vụ không hoàn thành ({failed}) không được vượt số nhiệm vụ chưa hoàn thành xong ({total - completed})."),
            Invariant($"failed tasks ({failed}) cannot exceed the tasks not completed ({total - completed})."));
    }

    private static void NotNegative(int value, string field)
    {
        if (value < 0)
        {
            throw EvaluationInputException.For(field, Invariant($"số {field} không được âm ({value})."), Invariant($"the count {field} cannot be negative ({value})."));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
