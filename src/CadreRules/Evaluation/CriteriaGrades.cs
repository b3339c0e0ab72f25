using System;

namespace CadreRules.Evaluation;

/// <summary>
/// The grades of the criteria-list regimes (QĐ 132-QĐ/TW, QĐ 124-QĐ/TW, NĐ 90/2020), summarised as the lowest grade
/// among the general criteria (politics, ethics, lifestyle, discipline…) and the lowest grade among the task-result
/// criteria.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct CriteriaGrades
{
    /// <summary>Creates the grades.</summary>
    /// <param name="general">The lowest grade among the general criteria.</param>
    /// <param name="results">The lowest grade among the task-result criteria.</param>
    /// <exception cref="EvaluationInputException">A grade is not defined; the message names it.</exception>
    public CriteriaGrades(CriterionGrade general, CriterionGrade results)
    {
        if (!Enum.IsDefined(general))
        {
            throw EvaluationInputException.For("grades.general", $"mức đánh giá không xác định {general}.", $"unknown grade {general}.");
        }

        if (!Enum.IsDefined(results))
        {
            throw EvaluationInputException.For("grades.results", $"mức đánh giá không xác định {results}.", $"unknown grade {results}.");
        }

        General = general;
        Results = results;
    }

    /// <summary>Gets the lowest grade among the general criteria.</summary>
    public CriterionGrade General { get; }

    /// <summary>Gets the lowest grade among the task-result criteria.</summary>
    public CriterionGrade Results { get; }

    /// <summary>Gets the lowest grade of all criteria.</summary>
    public CriterionGrade Lowest => General > Results ? General : Results;
}
