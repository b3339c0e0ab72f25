using System.Collections.Immutable;

namespace CadreRules.Rules;

/// <summary>Rewrites a tree of rules for a variant's rule changes: a named rule replaced or removed wherever it sits,
/// a rule given under the descriptor its regulation cites.</summary>
internal static class RuleTree
{
    /// <summary>The rule under another descriptor (a leaf keeps its delegates, so a ladder still calls its predicate
    /// directly); the rule itself when the descriptor is its own.</summary>
    public static Rule<TFacts> Under<TFacts>(RuleDescriptor descriptor, Rule<TFacts> rule) =>
        rule.Descriptor == descriptor ? rule
        : rule is PredicateRule<TFacts> leaf ? leaf.Under(descriptor)
        : new MappedRule<TFacts, TFacts>(descriptor, rule, static f => f);

    /// <summary>Replaces every rule of a code in the tree (the tree itself when its root has the code); counts the
    /// rules replaced in <paramref name="hits"/>. Unchanged parts are shared.</summary>
    public static Rule<TFacts> Replace<TFacts>(Rule<TFacts> rule, RuleCode code, Rule<TFacts> replacement, ref int hits)
    {
        if (rule.Code == code)
        {
            hits++;
            return replacement;
        }

        switch (rule)
        {
            case AllOfRule<TFacts> all:
            {
                ImmutableArray<Rule<TFacts>>.Builder items = ImmutableArray.CreateBuilder<Rule<TFacts>>(all.Items.Length);
                int before = hits;
                foreach (Rule<TFacts> item in all.Items)
                {
                    items.Add(Replace(item, code, replacement, ref hits));
                }

                return hits == before ? rule : new AllOfRule<TFacts>(all.Descriptor, items.MoveToImmutable());
            }

            case AnyOfRule<TFacts> any:
            {
                ImmutableArray<Rule<TFacts>>.Builder items = ImmutableArray.CreateBuilder<Rule<TFacts>>(any.Items.Length);
                int before = hits;
                foreach (Rule<TFacts> item in any.Items)
                {
                    items.Add(Replace(item, code, replacement, ref hits));
                }

                return hits == before ? rule : new AnyOfRule<TFacts>(any.Descriptor, items.MoveToImmutable());
            }

            case NotRule<TFacts> not:
            {
                int before = hits;
                Rule<TFacts> inner = Replace(not.Parts[0], code, replacement, ref hits);
                return hits == before ? rule : new NotRule<TFacts>(not.Descriptor, inner);
            }

            case ExceptionRule<TFacts> exception:
            {
                int before = hits;
                Rule<TFacts> general = Replace(exception.Parts[0], code, replacement, ref hits);
                Rule<TFacts> specific = Replace(exception.Parts[1], code, replacement, ref hits);
                return hits == before ? rule : new ExceptionRule<TFacts>(exception.Descriptor, general, specific);
            }

            default:
                return rule;
        }
    }

    /// <summary>Removes every rule of a code from the tree: from the parts of an all-of or any-of. Returns null when the
    /// root itself has the code; counts the rules removed in <paramref name="hits"/>. When the rule sits where it cannot
    /// be taken out (the only part of a composition, inside a negation or an exception), <paramref name="blockedBy"/>
    /// names the rule that holds it and the tree is returned unchanged.</summary>
    public static Rule<TFacts>? Remove<TFacts>(Rule<TFacts> rule, RuleCode code, ref int hits, ref RuleCode blockedBy)
    {
        if (rule.Code == code)
        {
            hits++;
            return null;
        }

        switch (rule)
        {
            case CompositeRule<TFacts> composite:
            {
                ImmutableArray<Rule<TFacts>>.Builder items = ImmutableArray.CreateBuilder<Rule<TFacts>>(composite.Items.Length);
                int before = hits;
                foreach (Rule<TFacts> item in composite.Items)
                {
                    if (Remove(item, code, ref hits, ref blockedBy) is { } kept)
                    {
                        items.Add(kept);
                    }
                }

                if (hits == before)
                {
                    return rule;
                }

                if (items.Count == 0)
                {
                    blockedBy = rule.Code;
                    return rule;
                }

                return composite is AllOfRule<TFacts>
                    ? new AllOfRule<TFacts>(composite.Descriptor, items.ToImmutable())
                    : new AnyOfRule<TFacts>(composite.Descriptor, items.ToImmutable());
            }

            default:
                foreach (Rule<TFacts> part in rule.Parts)
                {
                    int before = hits;
                    RuleCode none = default;
                    _ = Remove(part, code, ref hits, ref none);
                    if (hits != before)
                    {
                        blockedBy = rule.Code;
                    }
                }

                return rule;
        }
    }
}
