using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CadreRules.Impact;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Retirement;

/// <summary>
/// The impact of a rule change on a roster's retirement dates. Retirement is not a catalogue regulation: the normal
/// retirement age and date come from the statute (Bộ luật Lao động 2019 Điều 169, NĐ 135/2020/NĐ-CP Điều 4) through
/// <see cref="RetirementSchedule"/>, which reads no parameter that a catalogue or a <see cref="LocalVariant"/> could
/// change. Both sides of a comparison therefore give the same dates, and the impact is always empty.
/// </summary>
/// <remarks>
/// <para>The adapter exists so that every family with a population document is compared the same way and a caller can
/// state "retirement does not change" rather than assume it. Each cadre is one subject: the id and name, the group is
/// the sex (the statute's two schedules: <c>male</c>, <c>female</c>), the outcome is the retirement date
/// (<see cref="RetirementSchedule.RetirementDate"/>, the last day of the month the age is reached), the rule code
/// <see cref="RetirementSchedule.NormalAgeCode"/> and the regulation <see cref="Statute"/>.</para>
/// <para>A side that selects a regulation by id is refused: no id names a retirement regulation. "In force" and
/// "in force on DATE" are accepted; the date does not move a retirement date (it moves only the months left, which is
/// not a rule change). Later retirement (NĐ 83/2022, NĐ 99/2024) and early retirement are not implemented; when they
/// are, as parameters, this adapter is where their impact will show.</para>
/// <para>Thread-safe: the methods are pure.</para>
/// </remarks>
public static class RetirementImpact
{
    /// <summary>Gets the identifier recorded as the regulation of every retirement answer: the statutory schedule of
    /// NĐ 135/2020/NĐ-CP (<c>retirement-nd135</c>). It is not an entry of any catalogue.</summary>
    public static RegulationId Statute { get; } = new("retirement-nd135");

    /// <summary>Computes the roster's retirement dates on two sides and compares them.</summary>
    /// <param name="roster">The roster.</param>
    /// <param name="before">The side before the change.</param>
    /// <param name="after">The side after the change.</param>
    /// <returns>The impact: empty, with one subject per cadre (see the class remarks).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RegulationNotFoundException">A side selects a regulation by id.</exception>
    public static RuleChangeImpact<LocalDate> Compare(Roster roster, ImpactSide before, ImpactSide after)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return RuleChangeImpact<LocalDate>.Compare(Subjects(roster, before), Subjects(roster, after));
    }

    /// <summary>Gets the roster's retirement dates as impact subjects, in roster order.</summary>
    /// <param name="roster">The roster.</param>
    /// <param name="side">The side (checked: it must not select a regulation by id).</param>
    /// <returns>The subjects.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RegulationNotFoundException"><paramref name="side"/> selects a regulation by id.</exception>
    public static IEnumerable<ImpactSubject<LocalDate>> Subjects(Roster roster, ImpactSide side)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(side);
        if (side.Selector.Id is { } id)
        {
            throw new RegulationNotFoundException($"'{id}': retirement is not a catalogue regulation; the statutory schedule (NĐ 135/2020/NĐ-CP Điều 4) applies on both sides.");
        }

        return Iterate(roster);

        static IEnumerable<ImpactSubject<LocalDate>> Iterate(Roster roster)
        {
            ImmutableArray<RuleCode> codes = [RetirementSchedule.NormalAgeCode];
            foreach (Cadre cadre in roster.Cadres)
            {
                RetirementSchedule schedule = RetirementSchedule.For(cadre);
                yield return new ImpactSubject<LocalDate>(cadre.Id, cadre.Name, ImpactResolve.Camel(cadre.Sex), schedule.RetirementDate, codes, Statute);
            }
        }
    }
}
