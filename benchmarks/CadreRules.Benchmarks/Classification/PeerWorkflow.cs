using System.Collections.Generic;
using RulesEngine.Models;
using ReRule = RulesEngine.Models.Rule;

namespace CadreRules.Benchmarks.Classification;

/// <summary>
/// The same QĐ 366 rules as a Microsoft RulesEngine 6.0.1 workflow, the way a user of that library would write them:
/// one rule per outcome, in priority order, expressions in its lambda language; the engine is built once and the first
/// successful rule is the answer.
/// </summary>
public sealed class PeerWorkflow
{
    private const string Name = "qd366-member";

    private static readonly (string Rule, Outcome Outcome, string Expression)[] RuleTable =
    [
        ("NotRated.Exempt", Outcome.NotRated, "f.Exempt"),
        ("NotRated.Suspended", Outcome.NotRated, "f.Suspended"),
        ("NotRated.RecentlyAdmitted", Outcome.NotRated, "f.MonthsSinceAdmission < 6"),
        ("KHT.LowScore", Outcome.Kht, "f.Score < 50"),
        ("KHT.TasksNotCompleted", Outcome.Kht, "(f.TasksTotal - f.TasksCompleted) * 2 > f.TasksTotal"),
        ("KHT.DutyDiscipline", Outcome.Kht, "f.DutyDiscipline"),
        ("KHT.Degradation", Outcome.Kht, "f.Degraded"),
        ("KHT.Prohibitions", Outcome.Kht, "f.BreachedProhibitions"),
        ("HTXS", Outcome.Htxs, "f.Score >= 90 AND f.TasksOnTime == f.TasksTotal AND f.TasksExceeded * 10 >= f.TasksTotal * 3 AND f.ShortcomingsFixed == f.ShortcomingsFound"),
        ("HTT", Outcome.Htt, "f.Score >= 70 AND f.Score < 90 AND f.TasksOnTime == f.TasksTotal"),
        ("HTNV", Outcome.Htnv, "f.Score >= 50 AND f.Score < 70 AND f.TasksCompleted == f.TasksTotal AND f.TasksLate * 5 <= f.TasksTotal"),
    ];

    private readonly RulesEngine.RulesEngine _engine;
    private readonly Dictionary<string, Outcome> _outcomes = [];

    public PeerWorkflow()
    {
        var rules = new List<ReRule>();
        foreach ((string rule, Outcome outcome, string expression) in RuleTable)
        {
            rules.Add(new ReRule { RuleName = rule, Expression = expression, RuleExpressionType = RuleExpressionType.LambdaExpression });
            _outcomes[rule] = outcome;
        }

        var workflow = new Workflow { WorkflowName = Name, Rules = rules };
        _engine = new RulesEngine.RulesEngine([workflow], new ReSettings());
    }

    public Outcome Classify(MemberFacts facts)
    {
        List<RuleResultTree> results = _engine.ExecuteAllRulesAsync(Name, new RuleParameter("f", facts)).GetAwaiter().GetResult();
        foreach (RuleResultTree result in results)
        {
            if (result.IsSuccess)
            {
                return _outcomes[result.Rule.RuleName];
            }
        }

        return Outcome.Undetermined;
    }
}
