using System.Collections.Generic;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Tests.Documents;

public enum TestMode
{
    Strict,
    Lenient,
}

/// <summary>A regulation with one parameter of each kind, for local-variant documents.</summary>
public sealed class SerializationTestRegulation : Regulation
{
    public static readonly Parameter<int> MinScore = Parameter.Integer("minScore", new LocalizedText("Điểm tối thiểu", "Minimum score"), 90, minimum: 0, maximum: 100);
    public static readonly Parameter<Share> Quota = Parameter.Share("quota", new LocalizedText("Tỷ lệ", "Quota"), Share.Percent(20), Confidence.Unconfirmed);
    public static readonly Parameter<bool> CountsMonths = Parameter.Boolean("countsMonths", new LocalizedText("Tính theo tháng", "Counts months"), true);
    public static readonly Parameter<TestMode> Mode = Parameter.Choice("mode", new LocalizedText("Chế độ", "Mode"), TestMode.Strict, Confidence.News);

    public static readonly LegalDocument Document = new("QĐ 9-TEST", "Test issuer", new LocalDate(2020, 1, 1));

    public const string RegulationIdText = "ser-test";

    public SerializationTestRegulation()
        : this(
            new RegulationReference(RegulationIdText, new LocalizedText("Quy định thử", "Test regulation"), RegulationTopic.Evaluation, Document.Article(3, 2),
                [new RegulationScope(SubjectKind.PartyMember, EffectivePeriod.From(new LocalDate(2020, 1, 1)))]),
            ParameterSet.Defaults([MinScore, Quota, CountsMonths, Mode]))
    {
    }

    private SerializationTestRegulation(RegulationReference reference, ParameterSet parameters)
        : base(reference, parameters)
    {
        int min = parameters.Get(MinScore);
        ScoreRule = Rule.Create<int>(new RuleDescriptor("Test.Ser.MinScore", new LocalizedText("Điểm {score}", "Score {score}"), Document.Article(1)), s => s >= min);
    }

    public Rule<int> ScoreRule { get; }

    public override IEnumerable<RuleDescriptor> Rules => [ScoreRule.Descriptor];

    public static RegulationCatalog Catalog { get; } = RegulationCatalog.Create([new SerializationTestRegulation()]);

    protected override Regulation Rebuild(RegulationReference reference, ParameterSet parameters) => new SerializationTestRegulation(reference, parameters);
}
