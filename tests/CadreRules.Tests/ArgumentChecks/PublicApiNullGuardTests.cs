using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Tests.ArgumentChecks;

/// <summary>
/// Every public constructor and method of the library, called with null for one parameter that its nullability
/// annotations declare non-null (and sample values for the others), must throw an <see cref="ArgumentException"/>
/// naming that parameter: never a <see cref="NullReferenceException"/>, never silently accept it. Exception types are
/// left out: their constructors accept null messages by .NET convention.
/// </summary>
public class PublicApiNullGuardTests
{
    // Parameters for which no sample instance can be made generically; keep this small and shrinking.
    private const int MaxUnchecked = 0;

    private static readonly NullabilityInfoContext Nullability = new();

    [Fact]
    public void EveryNonNullableReferenceParameter_RejectsNullWithItsName()
    {
        object[] pool = SamplePool();
        var failures = new List<string>();
        int checkedCount = 0;
        var unchecked_ = new List<string>();
        foreach (MethodBase member in PublicMembers())
        {
            ParameterInfo[] parameters = member.GetParameters();
            for (int index = 0; index < parameters.Length; index++)
            {
                ParameterInfo parameter = parameters[index];
                if (parameter.ParameterType.IsValueType || parameter.ParameterType.IsByRef
                    || Nullability.Create(parameter).WriteState != NullabilityState.NotNull)
                {
                    continue;
                }

                object?[]? arguments = Arguments(parameters, index, pool);
                object? target = member.IsStatic || member is ConstructorInfo ? null : Sample(member.DeclaringType!, pool);
                if (arguments is null || (!member.IsStatic && member is not ConstructorInfo && target is null))
                {
                    unchecked_.Add($"{member.DeclaringType!.Name}.{member.Name} [{parameter.Name}]");
                    continue;
                }

                checkedCount++;
                string name = $"{member.DeclaringType!.Name}.{member.Name}({string.Join(", ", parameters.Select(p => p.ParameterType.Name))}) [{parameter.Name}]";
                try
                {
                    object? result = member is ConstructorInfo constructor ? constructor.Invoke(arguments) : member.Invoke(target, arguments);
                    if (result is IEnumerable enumerable and not string)
                    {
                        foreach (object? _ in enumerable)
                        {
                            // Iterators check their arguments when enumerated.
                        }
                    }

                    failures.Add(name + ": accepted null");
                }
                catch (TargetInvocationException wrapped) when (wrapped.InnerException is ArgumentException argument)
                {
                    // An ArgumentException naming another parameter means a sample value was rejected first: not a failure.
                    if (argument.ParamName != parameter.Name && argument is ArgumentNullException)
                    {
                        failures.Add($"{name}: ArgumentNullException names '{argument.ParamName}'");
                    }
                }
                catch (TargetInvocationException wrapped) when (wrapped.InnerException is NullReferenceException)
                {
                    failures.Add(name + ": NullReferenceException");
                }
                catch (TargetInvocationException wrapped)
                {
                    failures.Add($"{name}: {wrapped.InnerException?.GetType().Name} instead of an ArgumentNullException");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedCount} null checks failed:\n" + string.Join("\n", failures));
        Assert.True(unchecked_.Count <= MaxUnchecked, $"{unchecked_.Count} parameters could not be checked (no sample value):\n" + string.Join("\n", unchecked_));
    }

    private static IEnumerable<MethodBase> PublicMembers() =>
        typeof(Rule).Assembly.GetExportedTypes()
            .Where(t => !t.IsGenericTypeDefinition && !typeof(Delegate).IsAssignableFrom(t) && !typeof(Exception).IsAssignableFrom(t))
            .SelectMany(t => t.GetConstructors().Cast<MethodBase>()
                .Concat(t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Where(m => !m.IsGenericMethodDefinition && !m.IsSpecialName && !m.IsAbstract && m.Name is not ("Equals" or "<Clone>$" or "Deconstruct"))))
            .Where(m => !(m.DeclaringType!.IsAbstract && m is ConstructorInfo));

    private static object?[]? Arguments(ParameterInfo[] parameters, int nullIndex, object[] pool)
    {
        var arguments = new object?[parameters.Length];
        for (int i = 0; i < parameters.Length; i++)
        {
            if (i == nullIndex)
            {
                arguments[i] = null;
                continue;
            }

            if (parameters[i].HasDefaultValue)
            {
                arguments[i] = parameters[i].DefaultValue is DBNull ? null : parameters[i].DefaultValue;
                if (arguments[i] is null && parameters[i].ParameterType.IsValueType)
                {
                    arguments[i] = Activator.CreateInstance(parameters[i].ParameterType);
                }

                continue;
            }

            object? sample = Sample(parameters[i].ParameterType, pool);
            if (sample is null)
            {
                return null;
            }

            arguments[i] = sample;
        }

        return arguments;
    }

    private static object? Sample(Type type, object[] pool)
    {
        if (type == typeof(string))
        {
            return "sample";
        }

        foreach (object candidate in pool)
        {
            if (type.IsInstanceOfType(candidate))
            {
                return candidate;
            }
        }

        if (type.IsEnum)
        {
            return Enum.GetValues(type).GetValue(0);
        }

        if (type.IsValueType)
        {
            return Activator.CreateInstance(type);
        }

        if (type.IsArray)
        {
            return Array.CreateInstance(type.GetElementType()!, 0);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() is { } definition
            && (definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>)))
        {
            return Array.CreateInstance(type.GetGenericArguments()[0], 0);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
        {
            return Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(type.GetGenericArguments()));
        }

        if (typeof(Delegate).IsAssignableFrom(type))
        {
            MethodInfo invoke = type.GetMethod("Invoke")!;
            ParameterExpression[] lambdaParameters = [.. invoke.GetParameters().Select(p => Expression.Parameter(p.ParameterType))];
            return Expression.Lambda(type, Expression.Default(invoke.ReturnType), lambdaParameters).Compile();
        }

        return null;
    }

    private static object[] SamplePool()
    {
        var birth = BirthDate.OfMonth(1975, 6);
        var cadre = new Cadre("c-1", Sex.Male, birth, partyMembership: new PartyMembership(new LocalDate(2000, 1, 1)),
            positions: [new PositionHeld("Phó Bí thư", "Xã A", OrganisationalLevel.Commune, new LocalDate(2020, 1, 1))]);
        var document = new LegalDocument("QĐ 1-TEST", "Test", new LocalDate(2020, 1, 1));
        var descriptor = new RuleDescriptor("Sample.Rule", new LocalizedText("Mẫu", "Sample"), document.Article(1));
        var input = new EvaluationInput(2025, new LocalDate(2025, 12, 15), EvaluationRole.NonLeader, new TaskCounts(10, 10, 10, 3), score: new ScoreCard(28, 64));
        EvaluationRegulation qd366 = EvaluationRegulations.Get(EvaluationRegime.Qd366);
        Verdict<EvaluationDecision> verdict = qd366.Explain(input);
        var list = new PlanningList(new LocalDate(2025, 1, 1), new PlanningTerm(new LocalDate(2026, 3, 1)),
            [new PlanningTitle("T", "Chủ tịch UBND xã", OrganisationalLevel.Commune)], [new PlanningCandidate(cadre)], [new PlanningEntry("c-1", "T")]);
        var ties = new CadreRules.Rotation.LocalityTies(true, false, 0);
        return
        [
            list, list.Candidates[0], PlanningRegulations.Qd377.Validate(list), ties, new CadreRules.Rotation.KeyPostHolder("Xã A", default, ties),
            CadreRules.Rotation.RotationRegulation.Qd65, CadreRules.Rotation.PositionChangeRegulation.Nd59,
            CadreRules.Appointment.AppointmentRegulation.Qd377, CadreRules.Appointment.CommitteeMembershipRegulation.Ct45,
            CadreRules.Appointment.WorkingCalendar.MondayToFriday, EvaluationHistory.Of(cadre, EvaluationTrack.Party),
            new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2025, 12, 31)), new System.IO.MemoryStream(),
            cadre, birth, document, document.Article(1), descriptor, descriptor.Text, input, qd366, verdict, verdict.Explanation,
            verdict.Regulation!, ShippedRegulations.Catalog, CadreRules.Localization.MessageCatalog.Default,
            qd366.Parameters, PlanningRegulations.Qd377, Rule.Always<EvaluationInput>(), qd366.LadderFor(EvaluationRole.NonLeader),
            cadre.Discipline, cadre.Evaluations, new EvaluationRecord(2024, EvaluationTrack.Party, EvaluationLevel.Good),
            new DisciplineRecord(DisciplineForm.Reprimand, DisciplineTrack.Party, new LocalDate(2025, 3, 1)),
            cadre.Positions[0], QuotaPolicy.Default, QuotaRegime.Qd366,
        ];
    }
}
