using System;
using System.Collections.Immutable;
using CadreRules.Rules;

namespace CadreRules.Composition;

/// <summary>
/// Targets for the structure (cơ cấu) of a body: the least share of women, of young cadres and of ethnic-minority
/// cadres it should have, each optional. They come from the body's own documents (a resolution, a plan), so the
/// findings they give cite nothing of the library's.
/// </summary>
/// <remarks>Each target is compared exactly (<see cref="CompositionShare.Reaches(Share)"/>: count × denominator ≥
/// numerator × total); an empty body reaches only a zero target. Immutable and thread-safe.</remarks>
public sealed record CompositionTargets
{
    internal static readonly RuleCode WomenCode = new("Composition.WomenShare");
    internal static readonly RuleCode YoungCode = new("Composition.YoungShare");
    internal static readonly RuleCode MinorityCode = new("Composition.EthnicMinorityShare");

    /// <summary>Gets no target at all.</summary>
    public static CompositionTargets None { get; } = new();

    /// <summary>Gets the least share of women, or <see langword="null"/> for none.</summary>
    public Share? Women { get; init; }

    /// <summary>Gets the least share of young cadres, or <see langword="null"/> for none.</summary>
    public Share? Young { get; init; }

    /// <summary>Gets the least share of ethnic-minority cadres, or <see langword="null"/> for none.</summary>
    public Share? EthnicMinority { get; init; }

    /// <summary>Compares a body's structure with the targets: one finding per target set (women, young, ethnic minority, in
    /// that order), satisfied when the share reaches it, with the count, the total, the share, the target and the
    /// shortfall (how many more members counted it would take, the total unchanged: ⌈target × total⌉ − count, at least 0).</summary>
    /// <param name="composition">The body's structure.</param>
    /// <returns>The findings, of severity <see cref="Severity.TargetNotMet"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="composition"/> is null.</exception>
    public ImmutableArray<Finding> Check(BodyComposition composition)
    {
        ArgumentNullException.ThrowIfNull(composition);
        var findings = ImmutableArray.CreateBuilder<Finding>(3);
        if (Women is { } women)
        {
            findings.Add(Compare(WomenCode, composition.Women, women, []));
        }

        if (Young is { } young)
        {
            findings.Add(Compare(YoungCode, composition.Young, young, [FactValue.Of("youngAge", composition.YoungAgeLimit)]));
        }

        if (EthnicMinority is { } minority)
        {
            findings.Add(Compare(MinorityCode, composition.EthnicMinority, minority, []));
        }

        return findings.ToImmutable();
    }

    /// <summary>Gets how many more members counted a share needs to reach a target, the total unchanged.</summary>
    /// <param name="share">The share.</param>
    /// <param name="target">The target.</param>
    /// <returns>⌈target × total⌉ − count, at least 0 (0 for an empty body and a zero target; 1 for an empty body
    /// and any other target).</returns>
    public static long Shortfall(CompositionShare share, Share target) => TargetMeasure.Of(share, target, TargetRounding.Exact).Shortfall;

    private static Finding Compare(RuleCode code, CompositionShare share, Share target, ImmutableArray<FactValue> extra) => new(
        code,
        CompositionMessages.Table.Get(code),
        null,
        Rule.From(share.Reaches(target)),
        Severity.TargetNotMet,
        [
            FactValue.Of("count", share.Count),
            FactValue.Of("total", share.Total),
            share.Share is { } exact ? FactValue.Of("share", exact) : FactValue.Of("share", new LocalizedText("—", "—")),
            FactValue.Of("target", target),
            FactValue.Of("shortfall", Shortfall(share, target)),
            .. extra,
        ],
        []);
}
