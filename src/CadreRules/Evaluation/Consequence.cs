using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Evaluation;

/// <summary>
/// The answer to a consequence query over an evaluation history: the kind of consequence, whether it follows on the date
/// asked, the rule and clause of the law in force on that date, and the years (and, for the salary step, the months and
/// discipline records) that decided it.
/// </summary>
/// <remarks>Built by <see cref="Consequences"/>. <see cref="Explain"/> builds the finding on demand. Immutable and thread-safe.</remarks>
public sealed class Consequence
{
    internal Consequence(
        ConsequenceKind kind,
        ConsequenceStatus status,
        RuleDescriptor rule,
        LocalDate asOf,
        ImmutableArray<int> decidingYears,
        int months = 0,
        ImmutableArray<DisciplineRecord> decidingDiscipline = default)
    {
        ArgumentNullException.ThrowIfNull(rule);
        Kind = kind;
        Status = status;
        Rule = rule;
        AsOf = asOf;
        DecidingYears = decidingYears.IsDefault ? [] : decidingYears;
        Months = months;
        DecidingDiscipline = decidingDiscipline.IsDefault ? [] : decidingDiscipline;
    }

    /// <summary>Gets the kind of consequence asked about (or, under a later law, the one that law attaches).</summary>
    public ConsequenceKind Kind { get; }

    /// <summary>Gets whether the consequence follows.</summary>
    public ConsequenceStatus Status { get; }

    /// <summary>Gets a value indicating whether the consequence follows.</summary>
    public bool Applies => Status == ConsequenceStatus.Applies;

    /// <summary>Gets the rule applied: its code, text, clause and confidence (or, when undetermined, the reason).</summary>
    public RuleDescriptor Rule { get; }

    /// <summary>Gets the rule code.</summary>
    public RuleCode Code => Rule.Code;

    /// <summary>Gets the clause, if any.</summary>
    public Citation? Citation => Rule.Citation;

    /// <summary>Gets the date asked, which chose the law in force.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the KHT years that decided the answer (the pair found, the years in the term or step period).</summary>
    public ImmutableArray<int> DecidingYears { get; }

    /// <summary>Gets the months of delay, for <see cref="ConsequenceKind.SalaryStepDelay"/> (0 otherwise).</summary>
    public int Months { get; }

    /// <summary>Gets the discipline records counted in a salary step delay, or not covered by the text when undetermined.</summary>
    public ImmutableArray<DisciplineRecord> DecidingDiscipline { get; }

    /// <summary>Explains the answer: the rule, its clause, the date asked and the deciding values.</summary>
    /// <returns>The finding: satisfied when the consequence applies, not satisfied when not, not applicable when undetermined.</returns>
    public Finding Explain() => new(
        Rule.Code,
        Rule.Text,
        Rule.Citation,
        Status switch
        {
            ConsequenceStatus.Applies => FindingStatus.Satisfied,
            ConsequenceStatus.DoesNotApply => FindingStatus.NotSatisfied,
            _ => FindingStatus.NotApplicable,
        },
        Severity.Advisory,
        [
            FactValue.Of("kind", Kind.ToString()),
            FactValue.Of("asOf", AsOf),
            FactValue.Of("years", Years(DecidingYears)),
            FactValue.Of("months", Months),
            FactValue.Of("discipline", Discipline(DecidingDiscipline)),
        ],
        ImmutableArray<Finding>.Empty);

    /// <inheritdoc />
    public override string ToString() => $"{Kind}: {Status} ({Code})";

    private static string Years(ImmutableArray<int> years) => years.IsEmpty ? "-" : string.Join(", ", years);

    private static LocalizedText Discipline(ImmutableArray<DisciplineRecord> records)
    {
        if (records.IsEmpty)
        {
            return new LocalizedText("-", "-");
        }

        var vietnamese = new StringBuilder();
        var english = new StringBuilder();
        foreach (DisciplineRecord record in records)
        {
            if (vietnamese.Length > 0)
            {
                vietnamese.Append(", ");
                english.Append(", ");
            }

            LocalizedText form = QualificationWords.Of(record.Form);
            string date = record.DecidedOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            vietnamese.Append(form.Vietnamese).Append(' ').Append(date);
            english.Append(form.English).Append(' ').Append(date);
        }

        return new LocalizedText(vietnamese.ToString(), english.ToString());
    }
}
