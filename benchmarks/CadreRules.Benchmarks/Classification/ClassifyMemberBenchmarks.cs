using System;
using System.Text;
using BenchmarkDotNet.Attributes;
using CadreRules.Evaluation;
using CadreRules.Localization;
using CadreRules.Rules;

namespace CadreRules.Benchmarks.Classification;

/// <summary>
/// Benchmark 1: classify one non-leader party member under QĐ 366, four ways, on the same generated members.
/// Each invocation classifies every member of the set once; the figures are per member (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
public class ClassifyMemberBenchmarks
{
    public const int Members = 1024;
    public const int PeerMembers = 256;

    private MemberFacts[] _members = [];
    private EvaluationInput[] _inputs = [];
    private EvaluationRegulation _qd366 = null!;
    private DecisionLadder<MemberFacts, Qd366Level> _ladder = null!;
    private PeerWorkflow _peer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _members = MemberGenerator.Generate(Members);
        _ladder = EngineLadder.Build();
        _peer = new PeerWorkflow();
        _qd366 = ShippedQd366.Regulation;
        _inputs = Array.ConvertAll(_members, ShippedQd366.ToInput);
        Agreement.Check(_members, _ladder, _peer,
            m => ShippedQd366.ToOutcome(_qd366.Classify(ShippedQd366.ToInput(m))),
            m => ShippedQd366.ToOutcome(_qd366.Explain(ShippedQd366.ToInput(m)).Outcome));
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Members, Description = "(c) hand-written ifs")]
    public int HandWritten()
    {
        int sum = 0;
        foreach (MemberFacts member in _members)
        {
            sum += (int)Classification.HandWritten.Classify(member);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Members, Description = "(a) CadreRules QĐ 366 Classify")]
    public int ShippedClassify()
    {
        int sum = 0;
        foreach (EvaluationInput input in _inputs)
        {
            EvaluationDecision decision = _qd366.Classify(input);
            sum += (int)decision.Kind + (int)decision.Level;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Members, Description = "(b) CadreRules QĐ 366 Explain (verdict)")]
    public int ShippedExplain()
    {
        int sum = 0;
        foreach (EvaluationInput input in _inputs)
        {
            Verdict<EvaluationDecision> verdict = _qd366.Explain(input);
            sum += (int)verdict.Outcome.Kind + (int)verdict.Outcome.Level;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Members, Description = "(b') QĐ 366 Explain + finding tree")]
    public int ShippedExplainTree()
    {
        int sum = 0;
        foreach (EvaluationInput input in _inputs)
        {
            Verdict<EvaluationDecision> verdict = _qd366.Explain(input);
            sum += (int)verdict.Outcome.Kind + verdict.Explanation.Children.Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = PeerMembers, Description = "(b'') QĐ 366 Explain + Vietnamese text")]
    public int ShippedExplainText()
    {
        int sum = 0;
        for (int i = 0; i < PeerMembers; i++)
        {
            sum += _qd366.Explain(_inputs[i]).ToText(Language.Vietnamese).Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Members, Description = "(a-engine) same rules, engine ladder on flat facts")]
    public int EngineDecide()
    {
        int sum = 0;
        foreach (MemberFacts member in _members)
        {
            LadderDecision<Qd366Level> decision = _ladder.Decide(member);
            sum += (int)decision.Kind + (int)decision.Level;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = PeerMembers, Description = "(d) RulesEngine 6.0.1 workflow")]
    public int Peer()
    {
        int sum = 0;
        for (int i = 0; i < PeerMembers; i++)
        {
            sum += (int)_peer.Classify(_members[i]);
        }

        return sum;
    }
}

/// <summary>Asserts that every implementation gives the same answer on every generated member.</summary>
public static class Agreement
{
    public static void Check(MemberFacts[] members, DecisionLadder<MemberFacts, Qd366Level> ladder, PeerWorkflow peer, Func<MemberFacts, Outcome>? shipped = null, Func<MemberFacts, Outcome>? shippedExplained = null)
    {
        var failures = new StringBuilder();
        int count = 0;
        foreach (MemberFacts member in members)
        {
            Outcome expected = HandWritten.Classify(member);
            Check(failures, ref count, member, expected, "engine Decide", EngineLadder.ToOutcome(ladder.Decide(member)));
            Check(failures, ref count, member, expected, "engine Explain", EngineLadder.ToOutcome(ladder.Explain(member).Outcome));
            Check(failures, ref count, member, expected, "RulesEngine", peer.Classify(member));
            if (shipped is not null)
            {
                Check(failures, ref count, member, expected, "shipped Classify", shipped(member));
            }

            if (shippedExplained is not null)
            {
                Check(failures, ref count, member, expected, "shipped Explain", shippedExplained(member));
            }
        }

        if (count > 0)
        {
            throw new InvalidOperationException($"{count} disagreement(s) over {members.Length} members:\n{failures}");
        }
    }

    private static void Check(StringBuilder failures, ref int count, MemberFacts member, Outcome expected, string who, Outcome actual)
    {
        if (actual != expected)
        {
            count++;
            if (count <= 10)
            {
                failures.Append("  ").Append(who).Append(" says ").Append(actual).Append(", hand-written says ").Append(expected).Append(" for ").Append(member).Append('\n');
            }
        }
    }
}
