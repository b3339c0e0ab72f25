using System.Collections.Generic;
using System.Collections.Immutable;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Tests.Rules;

/// <summary>A small regulation for engine tests: a minimum score and a share, both parameters.</summary>
public sealed class TestRegulation : Regulation
{
    public static readonly Parameter<int> MinScore = Parameter.Integer("minScore", new LocalizedText("Điểm tối thiểu", "Minimum score"), 90, minimum: 0, maximum: 100);
    public static readonly Parameter<Share> Quota = Parameter.Share("quota", new LocalizedText("Tỷ lệ", "Quota"), Share.Percent(20), Confidence.Unconfirmed);

    public static readonly LegalDocument Document = new("QĐ 1-TEST", "Test issuer", new LocalDate(2020, 1, 1));

    public TestRegulation(string id, LocalDate start, LocalDate? end, params SubjectKind[] kinds)
        : this(CreateReference(id, start, end, kinds), ParameterSet.Defaults([MinScore, Quota]))
    {
    }

    private TestRegulation(RegulationReference reference, ParameterSet parameters)
        : base(reference, parameters)
    {
        int min = parameters.Get(MinScore);
        ScoreRule = Rule.Create<int>(new RuleDescriptor("Test.MinScore", new LocalizedText("Điểm {score}", "Score {score}"), Document.Article(1)), s => s >= min);
    }

    public Rule<int> ScoreRule { get; }

    public override IEnumerable<RuleDescriptor> Rules => [ScoreRule.Descriptor];

    protected override Regulation Rebuild(RegulationReference reference, ParameterSet parameters) => new TestRegulation(reference, parameters);

    private static RegulationReference CreateReference(string id, LocalDate start, LocalDate? end, SubjectKind[] kinds) =>
        new(id, new LocalizedText("Quy định thử " + id, "Test regulation " + id), RegulationTopic.Evaluation, Document.Whole(),
            [.. System.Linq.Enumerable.Select(kinds.Length == 0 ? [SubjectKind.PartyMember] : kinds, k => new RegulationScope(k, new EffectivePeriod(start, end)))]);
}
