using System.Collections.Generic;
using System.Collections.Immutable;

namespace CadreRules.Rules;

/// <summary>A rule made of other rules.</summary>
internal abstract class CompositeRule<TFacts> : Rule<TFacts>
{
    protected CompositeRule(RuleDescriptor descriptor, ImmutableArray<Rule<TFacts>> items)
        : base(descriptor) => Items = items;

    public ImmutableArray<Rule<TFacts>> Items { get; }

    public override IReadOnlyList<Rule<TFacts>> Parts => Items;

    public override Finding Explain(TFacts facts)
    {
        var children = ImmutableArray.CreateBuilder<Finding>(Items.Length);
        FindingStatus status = Seed;
        foreach (Rule<TFacts> item in Items)
        {
            Finding child = item.Explain(facts);
            children.Add(child);
            status = Combine(status, child.Status);
        }

        return new Finding(Code, Descriptor.Text, Citation, status, Descriptor.Severity, ImmutableArray<FactValue>.Empty, children.MoveToImmutable());
    }

    private protected abstract FindingStatus Seed { get; }

    private protected abstract FindingStatus Combine(FindingStatus left, FindingStatus right);
}

/// <summary>All-of composition.</summary>
internal sealed class AllOfRule<TFacts>(RuleDescriptor descriptor, ImmutableArray<Rule<TFacts>> items) : CompositeRule<TFacts>(descriptor, items)
{
    private readonly Rule<TFacts>[] _items = [.. items];

    // Specialised loop (no virtual seed/combine calls): the first failing applicable part decides.
    public override FindingStatus Evaluate(TFacts facts)
    {
        bool anyApplies = false;
        foreach (Rule<TFacts> item in _items)
        {
            FindingStatus status = item.Evaluate(facts);
            if (status == FindingStatus.NotSatisfied)
            {
                return FindingStatus.NotSatisfied;
            }

            anyApplies |= status == FindingStatus.Satisfied;
        }

        return anyApplies ? FindingStatus.Satisfied : FindingStatus.NotApplicable;
    }

    private protected override FindingStatus Seed => FindingStatus.NotApplicable;

    private protected override FindingStatus Combine(FindingStatus left, FindingStatus right) => Rule.And(left, right);
}

/// <summary>Any-of composition.</summary>
internal sealed class AnyOfRule<TFacts>(RuleDescriptor descriptor, ImmutableArray<Rule<TFacts>> items) : CompositeRule<TFacts>(descriptor, items)
{
    private readonly Rule<TFacts>[] _items = [.. items];

    // Specialised loop (no virtual seed/combine calls): the first satisfied part decides.
    public override FindingStatus Evaluate(TFacts facts)
    {
        bool anyApplies = false;
        foreach (Rule<TFacts> item in _items)
        {
            FindingStatus status = item.Evaluate(facts);
            if (status == FindingStatus.Satisfied)
            {
                return FindingStatus.Satisfied;
            }

            anyApplies |= status == FindingStatus.NotSatisfied;
        }

        return anyApplies ? FindingStatus.NotSatisfied : FindingStatus.NotApplicable;
    }

    private protected override FindingStatus Seed => FindingStatus.NotApplicable;

    private protected override FindingStatus Combine(FindingStatus left, FindingStatus right) => Rule.Or(left, right);
}
