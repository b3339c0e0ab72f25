using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using CadreRules.Evaluation;
using CadreRules.Impact;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Tests.ArgumentChecks;

/// <summary>
/// Every constructor and method of the library's public types (public, internal or protected; generic ones closed over
/// the evaluation ladder's types), called with null for one parameter that its nullability annotations declare non-null
/// (and sample values for the others), must throw an <see cref="ArgumentException"/> naming exactly that parameter:
/// never a <see cref="NullReferenceException"/>, never silently accept it, never name another parameter. Where it does
/// not, the same call with a sample instead of null must succeed for the failure to count: that is how a missing check
/// hidden behind a rejected sample value is told apart from a sample value the member does not accept. Exception types
/// are left out: their constructors accept null messages by .NET convention.
/// </summary>
public class PublicApiNullGuardTests
{
    // Parameters for which no sample instance can be made generically; keep this small and shrinking. (All 7 are of
    // internal members: PositionChangeCase.Counts, the PlanningRegulation, StructureReport and QuotaDemotion constructors.)
    private const int MaxUnchecked = 7;

    // Parameters whose check is hidden because the call with sample values throws; keep this small and shrinking.
    private const int MaxRejected = 0;

    private static readonly NullabilityInfoContext Nullability = new();

    // Null checks known to be missing or to name another parameter, to fix in the library (then remove them here).
    private static readonly HashSet<string> KnownGaps =
    [
        "Parameter`1..ctor [read]", // internal: called only by the Parameter factories, with static lambdas
        "Parameter`1..ctor [write]",
    ];

    [Fact]
    public void EveryNonNullableReferenceParameter_RejectsNullWithItsName()
    {
        object[] pool = Pool.Value;
        var failures = new List<string>();
        int checkedCount = 0;
        var unchecked_ = new List<string>();
        var rejected = new List<string>();
        foreach (MethodBase member in Members())
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

                string name = $"{member.DeclaringType!.Name}.{member.Name}({string.Join(", ", parameters.Select(p => p.ParameterType.Name))}) [{parameter.Name}]";
                object?[]? arguments = Arguments(parameters, index, pool);
                object? sample = Sample(parameter.ParameterType, pool);
                object? target = member.IsStatic || member is ConstructorInfo ? null : Sample(member.DeclaringType!, pool);
                if (arguments is null || (!member.IsStatic && member is not ConstructorInfo && target is null))
                {
                    unchecked_.Add(name);
                    continue;
                }

                // A check naming the parameter is conclusive. Anything else is a failure only if the same call with a sample
                // instead of null succeeds: otherwise a sample value is rejected first, which would hide a missing null check.
                Exception? thrown = Invoke(member, target, arguments);
                if (thrown is not ArgumentException { ParamName: var named } || named != parameter.Name)
                {
                    if (sample is null)
                    {
                        unchecked_.Add(name);
                        continue;
                    }

                    object?[] baseline = (object?[])arguments.Clone();
                    baseline[index] = sample;
                    if (Invoke(member, target, baseline) is { } rejection)
                    {
                        rejected.Add($"{name}: {rejection.GetType().Name} ({(rejection as ArgumentException)?.ParamName}) {rejection.Message}");
                        continue;
                    }
                }

                checkedCount++;
                string? failure = thrown switch
                {
                    null => "accepted null",
                    ArgumentException argument when argument.ParamName == parameter.Name => null,
                    ArgumentException argument => $"{argument.GetType().Name} names '{argument.ParamName}'",
                    Exception other => $"{other.GetType().Name} instead of an ArgumentNullException",
                };
                string key = $"{member.DeclaringType!.Name}.{member.Name} [{parameter.Name}]";
                if (failure is not null && !KnownGaps.Contains(key))
                {
                    failures.Add($"{name}: {failure}");
                }
                else if (failure is null && KnownGaps.Contains(key))
                {
                    failures.Add($"{name}: now rejects null with its name; remove '{key}' from the known gaps");
                }
            }
        }

        Assert.True(
            failures.Count == 0 && unchecked_.Count <= MaxUnchecked && rejected.Count <= MaxRejected,
            $"{failures.Count} of {checkedCount} null checks failed:\n" + string.Join("\n", failures)
            + $"\n\n{unchecked_.Count} parameters could not be checked (no sample value, at most {MaxUnchecked}):\n" + string.Join("\n", unchecked_)
            + $"\n\n{rejected.Count} parameters could not be checked (the call with sample values throws, at most {MaxRejected}):\n" + string.Join("\n", rejected));
    }

    // Invokes the member, enumerating a lazy result (iterators check their arguments when enumerated); returns what it throws.
    private static Exception? Invoke(MethodBase member, object? target, object?[] arguments)
    {
        try
        {
            object? result = member is ConstructorInfo constructor ? constructor.Invoke(arguments) : member.Invoke(target, arguments);
            if (result is IEnumerable enumerable and not string)
            {
                foreach (object? _ in enumerable)
                {
                }
            }

            return null;
        }
        catch (TargetInvocationException wrapped) when (wrapped.InnerException is not null)
        {
            return wrapped.InnerException;
        }
    }

    // Public members, plus the internal and protected ones of public types: the library calls those itself with values it
    // has not checked (a citation's constructor from a legal document, a ladder step's from the builder).
    private static IEnumerable<MethodBase> Members() =>
        typeof(Rule).Assembly.GetExportedTypes()
            .Where(t => !typeof(Delegate).IsAssignableFrom(t) && !typeof(Exception).IsAssignableFrom(t))
            .SelectMany(Close)
            .SelectMany(t => t.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Cast<MethodBase>()
                .Concat(t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Where(m => !m.IsAbstract && !m.IsSpecialName && m.Name is not ("Equals" or "<Clone>$" or "Deconstruct" or "PrintMembers"))
                    .SelectMany(CloseMethod)))
            .Where(m => !m.IsPrivate && !m.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false)
                && !m.Name.Contains('<', StringComparison.Ordinal))
            .Where(m => !(m.DeclaringType!.IsAbstract && m is ConstructorInfo));

    // A generic type or method is checked closed over the type arguments of the samples (the evaluation ladders' facts and levels).
    private static IEnumerable<Type> Close(Type type)
    {
        if (!type.IsGenericTypeDefinition)
        {
            return [type];
        }

        try
        {
            return [type.MakeGenericType([.. type.GetGenericArguments().Select(TypeArgument)])];
        }
        catch (ArgumentException)
        {
            return [];
        }
    }

    // A generic method with one type parameter is closed over the first candidate for which every parameter has a sample.
    private static IEnumerable<MethodBase> CloseMethod(MethodInfo method)
    {
        if (!method.IsGenericMethodDefinition)
        {
            return [method];
        }

        Type[][] candidates = method.GetGenericArguments().Length == 1
            ? [[typeof(EvaluationInput)], [typeof(EvaluationDecision)], [typeof(int)], [typeof(EvaluationLevel)]]
            : [[.. method.GetGenericArguments().Select(TypeArgument)]];
        MethodInfo? first = null;
        foreach (Type[] arguments in candidates)
        {
            try
            {
                MethodInfo closed = method.MakeGenericMethod(arguments);
                first ??= closed;
                if (closed.GetParameters().All(p => p.HasDefaultValue || Nullable.GetUnderlyingType(p.ParameterType) is not null || Sample(p.ParameterType, Pool.Value) is not null))
                {
                    return [closed];
                }
            }
            catch (ArgumentException)
            {
                // The candidate breaks a constraint.
            }
        }

        return first is null ? [] : [first];
    }

    private static readonly Lazy<object[]> Pool = new(SamplePool);

    private static Type TypeArgument(Type parameter) =>
        parameter.GetGenericParameterConstraints().Contains(typeof(Enum)) ? typeof(EvaluationLevel) : typeof(EvaluationInput);

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

            if (Nullable.GetUnderlyingType(parameters[i].ParameterType) is not null
                || (!parameters[i].ParameterType.IsValueType && Nullability.Create(parameters[i]).WriteState == NullabilityState.Nullable))
            {
                arguments[i] = null; // "none" is a valid value of a nullable value type
                continue;
            }

            // A second parameter of the same type gets another sample where there is one (an identifier and its base's).
            int occurrence = parameters.Take(i).Count(p => p.ParameterType == parameters[i].ParameterType);
            object? sample = Sample(parameters[i].ParameterType, pool, occurrence);
            if (sample is null)
            {
                return null;
            }

            arguments[i] = sample;
        }

        return arguments;
    }

    private static object? Sample(Type type, object[] pool, int occurrence = 0)
    {
        if (type.IsByRef)
        {
            // An out parameter: any value of its type (it is overwritten).
            return Sample(type.GetElementType()!, pool, occurrence);
        }

        if (type == typeof(string))
        {
            return "sample";
        }

        object[] candidates = [.. pool.Where(type.IsInstanceOfType)];
        if (candidates.Length > 0)
        {
            return candidates[Math.Min(occurrence, candidates.Length - 1)];
        }

        if (type.IsEnum)
        {
            return Enum.GetValues(type).GetValue(0);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            return type.GetField(nameof(ImmutableArray<int>.Empty))!.GetValue(null); // not the default, which throws when read
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

    private static async IAsyncEnumerable<EvaluationEntry> AsyncEntries(EvaluationEntry entry)
    {
        await System.Threading.Tasks.Task.Yield();
        yield return entry;
    }

    private static object[] SamplePool()
    {
        var birth = BirthDate.OfMonth(1975, 6);
        var cadre = new Cadre("c-1", Sex.Male, birth, partyMembership: new PartyMembership(new LocalDate(2000, 1, 1)),
            positions: [new PositionHeld("Phó Bí thư", "Xã A", OrganisationalLevel.Commune, new LocalDate(2020, 1, 1))]);
        var document = new LegalDocument("QĐ 1-TEST", "Test", new LocalDate(2020, 1, 1));
        var descriptor = new RuleDescriptor("Sample.Rule", new LocalizedText("Mẫu", "Sample"), document.Article(1));
        var input = new EvaluationInput { Year = 2025, EvaluatedOn = new LocalDate(2025, 12, 15), Role = EvaluationRole.NonLeader, Tasks = new TaskCounts(10, 10, 10, 3), Score = new ScoreCard(28, 64) };
        EvaluationRegulation qd366 = EvaluationRegulations.Get(EvaluationRegime.Qd366);
        Verdict<EvaluationDecision> verdict = qd366.Explain(input);
        var list = new PlanningList(new LocalDate(2025, 1, 1), new PlanningTerm(new LocalDate(2026, 3, 1)),
            [new PlanningTitle("T", "Chủ tịch UBND xã", OrganisationalLevel.Commune)], [new PlanningCandidate(cadre)], [new PlanningEntry("c-1", "T")]);
        var reviewInput = new PlanningReviewInput(list, new LocalDate(2025, 6, 1));
        var ties = new CadreRules.Rotation.LocalityTies(true, false, 0);
        DecisionLadder<EvaluationInput, EvaluationLevel> ladder = qd366.LadderFor(EvaluationRole.NonLeader);
        CadreRules.Rotation.RotationRegulation qd65 = CadreRules.Rotation.RotationRegulation.Qd65;
        var variant = new LocalVariant("sample-variant", qd65.Id, descriptor.Text, document.Article(1), qd65.Reference.Scopes[0].Period,
            new Dictionary<string, ParameterValue>());

        var entry = new EvaluationEntry(new CadreId("c-1"), "Unit", "Peers", SubjectKind.PartyMember, input);
        var sheet = new EvaluationSheet(2025, [entry]);
        var round = new EvaluationRound(ShippedRegulations.Catalog);
        EvaluationRoundResult roundResult = round.Run(sheet);
        QuotaDemotion demotion = QuotaAllocator.Allocate(QuotaRegime.Qd366,
            [.. Enumerable.Range(0, 6).Select(i => new QuotaCandidate(new CadreId("q-" + i), "U", "P", i == 0 ? EvaluationLevel.Good : EvaluationLevel.Excellent, 90 + i))]).Demotions[0];

        var movement = new CadreRules.Rotation.MovementCase(cadre, CadreRules.Rotation.MovementKind.Transfer, new LocalDate(2025, 7, 1), null, OrganisationalLevel.Provincial, OrganisationalLevel.Commune, false, []);
        CadreRules.Rotation.ProgrammeMovement programme = CadreRules.Rotation.ProgrammeMovement.Of("1", movement);

        // Valid values first: a default struct (an empty code, the year 1) is rejected by most constructors.
        return
        [
            new RuleCode("Sample.Code"), new RegulationId("sample-id"), new RegulationId("sample-base"), new CadreId("c-1"), new LocalDate(2025, 6, 1),
            ImmutableArray.Create(new RegulationScope(SubjectKind.PartyMember, EffectivePeriod.From(new LocalDate(2020, 1, 1)))),
            ladder.Steps, DecisionLadder<EvaluationInput, EvaluationLevel>.CreateBuilder(descriptor), variant, list.Term, list.Titles[0], 1, Share.One,
            qd366.Parameters.Schema.OfType<Parameter<int>>().First(),
            list, list.Candidates[0], PlanningRegulations.Qd377.Validate(list), ties, new CadreRules.Rotation.KeyPostHolder("Xã A", default, ties),
            CadreRules.Rotation.RotationRegulation.Qd65, CadreRules.Rotation.PositionChangeRegulation.Nd59,
            CadreRules.Appointment.AppointmentRegulation.Qd377, CadreRules.Appointment.CommitteeMembershipRegulation.Ct45,
            CadreRules.Appointment.WorkingCalendar.MondayToFriday, EvaluationHistory.Of(cadre, EvaluationTrack.Party),
            new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2025, 12, 31)), new System.IO.MemoryStream(),
            cadre, birth, document, document.Article(1), descriptor, descriptor.Text, input, qd366, qd366.Parameters, qd366.Parameters.Constraints[0], verdict, verdict.Explanation,
            verdict.Regulation!, ShippedRegulations.Catalog, CadreRules.Localization.MessageCatalog.Default,
            new CadreRules.Localization.FindingRenderer(Language.Vietnamese), typeof(Sex),
            qd366.Parameters, PlanningRegulations.Qd377, Rule.Always<EvaluationInput>(), qd366.LadderFor(EvaluationRole.NonLeader),
            cadre.Discipline, cadre.Evaluations, new EvaluationRecord(2024, EvaluationTrack.Party, EvaluationLevel.Good),
            new DisciplineRecord(DisciplineForm.Reprimand, DisciplineTrack.Party, new LocalDate(2025, 3, 1)),
            cadre.Positions[0], QuotaPolicy.Default, QuotaRegime.Qd366,
            entry, sheet, round, roundResult, AsyncEntries(entry), roundResult.People[0], demotion, new ArgumentException("sample", "field"),
            new NoRows(), round.RunRows(["U"], ["P"], new NoRows()), round.RunRows(["U"], ["P"], new NoRows()).CountsBefore,
            new ImpactSide(ShippedRegulations.Catalog), new Roster([cadre]),
            FactCondition.Compare("sample", FactComparison.Equal, "true"), RuleChange.Remove(new RuleCode("Sample.Code")),
            new FactCatalog<EvaluationInput>([FactDefinition<EvaluationInput>.Boolean("sample", descriptor.Text, "true", _ => true)]),
            FactDefinition<EvaluationInput>.Boolean("sample", descriptor.Text, "true", _ => true), PlanningRegulations.Qd377.Validate(list).Titles[0],
            new[] { new CadreRules.Rotation.RotationCase(cadre, new LocalDate(2026, 3, 1), new LocalDate(2029, 2, 28), OrganisationalLevel.Provincial, OrganisationalLevel.Commune, true, CadreRules.Rotation.PostComparison.Equivalent, true) },
            new[] { new CadreRules.Appointment.AppointmentCase(cadre, CadreRules.Appointment.AppointmentKind.First, new LocalDate(2025, 12, 1), true) },
            reviewInput, PlanningRegulations.Qd377.Review(reviewInput), new CadreRules.Rotation.KeyPostSurvey(new LocalDate(2024, 6, 1), []),
            new[] { new CadreRules.Rotation.PositionChangeCase(cadre, cadre.Positions[0], "inspection", new LocalDate(2025, 6, 1)) },
            new CadreRules.Appointment.CommitteeCandidacy(cadre, CadreRules.Appointment.CommitteeLevel.Commune, false),
            CadreRules.Composition.BodyComposition.Of([cadre], new LocalDate(2025, 6, 1), 40),
            new CadreRules.History.YearLevels(2024, 1, 2, 3, 0), new[] { new CadreRules.History.YearLevels(2024, 1, 2, 3, 0) },
            CadreRules.History.HistoryShares.Measure([new CadreRules.History.YearLevels(2024, 1, 2, 3, 0)], CadreRules.History.ShareDenominator.AllRated),
            CadreRules.Rotation.MovementRegulation.Nd170, movement, new[] { movement }, programme, new[] { programme }, new[] { CadreRules.Rotation.MovementBar.Hardship },
            CadreRules.Rotation.MovementProgramme.Assess([programme], ShippedRegulations.Catalog), CadreRules.Rotation.MovementProgramme.Answer(programme, ShippedRegulations.Catalog),
            new CadreRules.Rotation.RotationCase(cadre, new LocalDate(2026, 3, 1), new LocalDate(2029, 2, 28), OrganisationalLevel.Provincial, OrganisationalLevel.Commune, false, CadreRules.Rotation.PostComparison.Equivalent, true),
            new[] { new CadreRules.Appointment.CommitteeCandidacy(cadre, CadreRules.Appointment.CommitteeLevel.Commune, false) },
            Qualifications.None, CadreRules.Standards.TitleStandardsRegulation.Qd365Qd377, StandardsCase(cadre), new[] { StandardsCase(cadre) },
            new CadreRules.Composition.PreviousTerm(10, women: 2),
            CadreRules.Composition.StructureTargetsRegulation.Ct45Of2025, new CadreRules.Composition.BodyMembership(new LocalDate(2025, 6, 1), [cadre], 40),
        ];
    }

    /// <summary>A source of no rows (for the round over rows).</summary>
    private sealed class NoRows : EvaluationRowSource
    {
        public override int Count => 0;

        public override int UnitOf(int row) => 0;

        public override int PeerGroupOf(int row) => 0;

        public override SubjectKind SubjectKindOf(int row) => SubjectKind.PartyMember;

        public override CadreId IdOf(int row) => new("r-" + row.ToString(System.Globalization.CultureInfo.InvariantCulture));

        public override void ReadFacts(int row, EvaluationRowFacts facts)
        {
        }
    }

    private static CadreRules.Standards.TitleStandardsCase StandardsCase(Cadre cadre) => new()
    {
        Cadre = cadre,
        Title = "Bí thư",
        Level = OrganisationalLevel.Commune,
        AssessedOn = new LocalDate(2025, 12, 1),
    };
}
