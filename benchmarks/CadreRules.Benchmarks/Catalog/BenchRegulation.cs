using System.Collections.Generic;
using System.Linq;
using CadreRules.Benchmarks.Classification;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Benchmarks.Catalog;

/// <summary>
/// A regulation made on the engine alone (the engine-level QĐ 366 ladder with its thresholds as parameters), used for the
/// catalogue benchmark when the shipped catalogue is empty (before the modules were merged).
/// </summary>
public sealed class BenchRegulation : Regulation
{
    public static readonly Parameter<int> ExcellentScore = Parameter.Integer("excellentScore", new LocalizedText("Điểm HTXS", "HTXS score"), 90, minimum: 0, maximum: 100);
    public static readonly Parameter<Share> ExceededShare = Parameter.Share("exceededShare", new LocalizedText("Tỷ lệ vượt", "Exceeded share"), Share.Percent(30));

    private readonly DecisionLadder<MemberFacts, Qd366Level> _ladder;

    public BenchRegulation()
        : this(EngineLadder.Reference, ParameterSet.Defaults([ExcellentScore, ExceededShare]))
    {
    }

    private BenchRegulation(RegulationReference reference, ParameterSet parameters)
        : base(reference, parameters)
    {
        Share exceeded = parameters.Get(ExceededShare);
        _ladder = EngineLadder.Build(excellentScore: parameters.Get(ExcellentScore), exceededPercent: (int)(exceeded.Numerator * 100 / exceeded.Denominator));
    }

    public override IEnumerable<RuleDescriptor> Rules => _ladder.Steps.Select(s => s.Guard.Descriptor);

    protected override Regulation Rebuild(RegulationReference reference, ParameterSet parameters) => new BenchRegulation(reference, parameters);

    public static LocalDate VariantStart => new(2026, 1, 1);
}
