using System;
using System.Collections.Immutable;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>
/// One person's result in an evaluation round: the regulation applied, the decision on their own merits, the outcome
/// after the unit quota and, when the quota moved them from HTXS to HTT, the move and its reason.
/// </summary>
/// <remarks>
/// A compact record: it keeps the person's identity, grouping and score, not their facts, so a round over a province
/// holds no explanation and no input. To explain a person, give their facts again to <see cref="Explain"/>.
/// Immutable once the round has returned, and thread-safe.
/// </remarks>
public sealed class EvaluationRoundPerson
{
    internal EvaluationRoundPerson(int index, EvaluationEntry entry, string unit, string peerGroup, EvaluationRegulation regulation, EvaluationDecision decision)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(peerGroup);
        ArgumentNullException.ThrowIfNull(regulation);
        Index = index;
        Id = entry.Id;
        Name = entry.Name;
        Unit = unit;
        PeerGroup = peerGroup;
        SubjectKind = entry.SubjectKind;
        Role = entry.Input.Role;
        EvaluatedOn = entry.Input.EvaluatedOn;
        Score = entry.Input.Score?.Total;
        UnitIsOutstanding = entry.UnitIsOutstanding;
        Regulation = regulation;
        Decision = decision;
        Qualified = OutcomeOf(decision);
        Final = Qualified;
    }

    /// <summary>The most codes <see cref="Codes"/> gives: the deciding rule, the cap, the undetermined reason, the quota.</summary>
    public const int MaximumCodes = 4;

    /// <summary>Gets the person's position in the round's input (0-based).</summary>
    public int Index { get; }

    /// <summary>Gets the person's identifier.</summary>
    public CadreId Id { get; }

    /// <summary>Gets the person's name, or null.</summary>
    public string? Name { get; }

    /// <summary>Gets the unit the quota is counted in.</summary>
    public string Unit { get; }

    /// <summary>Gets the peer group within the unit.</summary>
    public string PeerGroup { get; }

    /// <summary>Gets who was evaluated (selects the regulation).</summary>
    public SubjectKind SubjectKind { get; }

    /// <summary>Gets the role evaluated.</summary>
    public EvaluationRole Role { get; }

    /// <summary>Gets the evaluation date (selects the regulation in force).</summary>
    public NodaTime.LocalDate EvaluatedOn { get; }

    /// <summary>Gets the total of the score card, or null when the person has none.</summary>
    public decimal? Score { get; }

    /// <summary>Gets whether the person's unit was flagged as rated HTXS.</summary>
    public bool UnitIsOutstanding { get; }

    /// <summary>Gets the regulation applied.</summary>
    public EvaluationRegulation Regulation { get; }

    /// <summary>Gets the decision on the person's own merits (before the unit quota).</summary>
    public EvaluationDecision Decision { get; }

    /// <summary>Gets the outcome on the person's own merits (before the unit quota).</summary>
    public EvaluationOutcome Qualified { get; }

    /// <summary>Gets the outcome after the unit quota.</summary>
    public EvaluationOutcome Final { get; private set; }

    /// <summary>Gets the level after the unit quota, or null when the person is not rated or undetermined.</summary>
    public EvaluationLevel? FinalLevel => Final <= EvaluationOutcome.NotComplete ? (EvaluationLevel)(int)Final : null;

    /// <summary>Gets the move from HTXS to HTT made by the unit quota, or null when the quota did not move the person.</summary>
    public QuotaDemotion? Demotion { get; private set; }

    /// <summary>Gets a value indicating whether the unit quota moved the person from HTXS to HTT.</summary>
    public bool MovedByQuota => Demotion is not null;

    /// <summary>Gets the rule codes behind the outcome, without repeats: the ladder's deciding rule, the cap, the reason
    /// for an undetermined outcome, then the quota rule that moved the person.</summary>
    /// <returns>The codes, in that order.</returns>
    public ImmutableArray<RuleCode> Codes()
    {
        var codes = new RuleCode[MaximumCodes];
        return [.. codes.AsSpan(0, CopyCodes(codes))];
    }

    /// <summary>Copies the codes of <see cref="Codes"/> into a span, without allocating (for writers of large rounds).</summary>
    /// <param name="destination">The span, of at least <see cref="MaximumCodes"/> codes.</param>
    /// <returns>How many codes were copied.</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="MaximumCodes"/>.</exception>
    public int CopyCodes(Span<RuleCode> destination) => CopyCodes(Decision, Demotion, destination);

    /// <summary>The codes of a decision and a move, without repeats (written once for both forms of the round).</summary>
    internal static int CopyCodes(EvaluationDecision decision, QuotaDemotion? demotion, Span<RuleCode> destination) =>
        CopyCodes(decision, demotion?.Code, destination);

    /// <summary>The codes of a decision and the code of the quota rule that moved the person, if any.</summary>
    internal static int CopyCodes(EvaluationDecision decision, RuleCode? quota, Span<RuleCode> destination)
    {
        if (destination.Length < MaximumCodes)
        {
            throw new InvalidInputException("The span must hold at least four codes.", nameof(destination));
        }

        int count = 0;
        Add(destination, ref count, decision.DecidedBy);
        Add(destination, ref count, decision.CappedBy);
        Add(destination, ref count, decision.UndeterminedReason);
        if (quota is { } code)
        {
            Add(destination, ref count, code);
        }

        return count;

        static void Add(Span<RuleCode> codes, ref int count, RuleCode code)
        {
            if (!code.IsEmpty && !codes[..count].Contains(code))
            {
                codes[count++] = code;
            }
        }
    }

    /// <summary>Explains the decision on the person's own merits: every clause, with the values it read.</summary>
    /// <param name="input">The person's facts, as given to the round (the explanation is rebuilt from them).</param>
    /// <returns>The verdict; the quota's move, if any, is explained by <see cref="Demotion"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="input"/> is not this person's (another role, date, or a
    /// decision other than the round's).</exception>
    public Verdict<EvaluationDecision> Explain(EvaluationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Role != Role || input.EvaluatedOn != EvaluatedOn)
        {
            throw new InvalidInputException($"These facts are not those of '{Id}' in the round (another role or evaluation date).", nameof(input));
        }

        Verdict<EvaluationDecision> verdict = Regulation.Explain(input);
        return verdict.Outcome == Decision
            ? verdict
            : throw new InvalidInputException($"These facts are not those of '{Id}' in the round (they decide otherwise).", nameof(input));
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {EvaluationRound.Label(Final)} ({Regulation.Id})";

    internal void Demote(QuotaDemotion demotion)
    {
        ArgumentNullException.ThrowIfNull(demotion);
        Demotion = demotion;
        Final = EvaluationOutcome.Good;
    }

    internal static EvaluationOutcome OutcomeOf(EvaluationDecision decision) => decision.Kind switch
    {
        OutcomeKind.Level => (EvaluationOutcome)(int)decision.Level,
        OutcomeKind.NotRated => EvaluationOutcome.NotRated,
        _ => EvaluationOutcome.Undetermined,
    };
}
