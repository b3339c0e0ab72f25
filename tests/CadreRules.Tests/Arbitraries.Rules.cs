using System;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;

namespace CadreRules.Tests;

public static partial class Arbitraries
{
    /// <summary>Facts for generated rules: an integer whose base-3 digits give the status of each of six leaves.</summary>
    public const int LeafCount = 6;

    /// <summary>Every possible facts value for <see cref="LeafCount"/> leaves (3^6).</summary>
    public const int FactsSpace = 729;

    private static readonly Rule<int>[] Leaves = CreateLeaves();

    public static Gen<int> Facts() => Gen.Choose(0, FactsSpace - 1);

    public static Gen<Rule<int>> Rules() => RuleTree(3);

    public static Arbitrary<Rule<int>> RuleArbitrary() => Rules().ToArbitrary();

    private static Gen<Rule<int>> RuleTree(int depth)
    {
        Gen<Rule<int>> leaf = Gen.OneOf(
            Gen.Elements(Leaves),
            Gen.Elements(Rule.Always<int>(), Rule.Never<int>(), Rule.NotApplicable<int>()));
        if (depth == 0)
        {
            return leaf;
        }

        Gen<Rule<int>> sub = RuleTree(depth - 1);
        return Gen.Frequency(
            (3, leaf),
            (2, sub.Two().Select(p => p.Item1 & p.Item2)),
            (2, sub.Two().Select(p => p.Item1 | p.Item2)),
            (1, sub.Select(r => !r)),
            (1, sub.Two().Select(p => Rule.WithException(p.Item1, p.Item2))));
    }

    private static Rule<int>[] CreateLeaves()
    {
        var leaves = new Rule<int>[LeafCount];
        for (int i = 0; i < LeafCount; i++)
        {
            int divisor = (int)Math.Pow(3, i);
            var descriptor = new RuleDescriptor(new RuleCode($"Test.Leaf{i}"), new LocalizedText($"Lá {i}", $"Leaf {i}"), null);
            leaves[i] = Rule.Create<int>(
                descriptor,
                facts => (facts / divisor) % 3 == 1,
                appliesTo: facts => (facts / divisor) % 3 != 0,
                values: facts => [FactValue.Of("digit", (facts / divisor) % 3)]);
        }

        return leaves;
    }
}
