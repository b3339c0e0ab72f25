using System;
using System.Linq;
using System.Reflection;
using CadreRules.Rules;

namespace CadreRules.Tests.Rules;

/// <summary>
/// Two steps, two names: every public <c>Explain</c> returns data (a <see cref="Finding"/> tree or a
/// <see cref="Verdict{TOutcome}"/>), never text; rendering to text is <c>ToText</c> (a tree, a verdict, a report) or
/// <c>Render</c> (one finding's own sentence).
/// </summary>
public class ExplainNamingTests
{
    [Fact]
    public void EveryPublicExplain_ReturnsAFindingOrAVerdict_AndNoneReturnsText()
    {
        MethodInfo[] explains = [.. typeof(Rule).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.Name == "Explain")];

        Assert.True(explains.Length > 10, $"only {explains.Length} Explain methods found");
        Assert.All(explains, m => Assert.True(
            m.ReturnType == typeof(Finding) || (m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(Verdict<>)),
            $"{m.DeclaringType}.{m.Name} returns {m.ReturnType}"));
    }

    [Fact]
    public void TextRendering_IsNamedToTextOrRender_AndLivesAboveTheEngine()
    {
        // The engine and the families return data; the only text a Finding writes itself is its own template
        // (Render). Text in the words of the families (status texts, trees, verdicts, reports) is a separate step in
        // Localization.
        string[] onData = [.. typeof(Rule).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.ReturnType == typeof(string) && m.GetParameters().Any(p => p.ParameterType == typeof(Language)))
            .Where(m => m.DeclaringType == typeof(Finding) || m.DeclaringType == typeof(CadreRules.Planning.PlanningReport)
                || (m.DeclaringType!.IsGenericType && m.DeclaringType.GetGenericTypeDefinition() == typeof(Verdict<>)))
            .Select(m => m.DeclaringType!.Name + "." + m.Name)
            .Distinct()
            .Order(StringComparer.Ordinal)];
        string[] steps = [.. typeof(CadreRules.Localization.LocalizationExtensions).GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m.ReturnType == typeof(string))
            .Select(m => m.GetParameters()[0].ParameterType.Name + "." + m.Name)
            .Distinct()
            .Order(StringComparer.Ordinal)];

        Assert.Equal(["Finding.Render"], onData);
        Assert.Equal(["Finding.RenderForStatus", "Finding.ToText", "ParameterDefinition.FormatValue", "PlanningReport.ToText", "Verdict`1.ToText"], steps);
    }
}
