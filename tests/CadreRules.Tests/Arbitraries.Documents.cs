using System.Collections.Immutable;
using System.Linq;
using CadreRules.Appointment;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rotation;
using CadreRules.Rules;
using CadreRules.Documents;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CadreRules.Tests;

/// <summary>Generators of the evaluation, planning, rotation and appointment documents.</summary>
public static partial class Arbitraries
{
    public static Gen<(EvaluationRegime Regime, EvaluationSheet Sheet)> EvaluationSheets() =>
        from regime in Gen.Elements(Regimes)
        from count in Gen.Choose(0, 6)
        from cases in Gen.ArrayOf(EvaluationCaseGen([regime], improvableTasks: false), count)
        from units in Gen.Elements("Chi bộ 1", "Chi bộ 2").ArrayOf(count)
        from names in Gen.Elements(Names).ArrayOf(count)
        from outstanding in Gen.Elements(true, false).ArrayOf(count)
        from organisation in Gen.Elements<string?>(null, "Đảng bộ xã Minh Khê Thượng")
        let kind = regime switch
        {
            EvaluationRegime.Nd233 => SubjectKind.PublicEmployee,
            EvaluationRegime.Nd90 or EvaluationRegime.Nd90Amended or EvaluationRegime.Nd335 => SubjectKind.CivilServant,
            _ => SubjectKind.PartyMember,
        }
        select (regime, new EvaluationSheet(
            EvaluationDate(regime).Year,
            cases.Select((c, i) => new EvaluationEntry(new CadreId("p" + i), units[i], i % 2 == 0 ? "đảng viên" : "cấp ủy viên", kind, c.Input, names[i], outstanding[i])),
            organisation));

    public static Gen<RotationCase> RotationRequests() =>
        from cadre in Cadres("R-1")
        from start in Dates(2023, 2027)
        from months in Gen.Choose(0, 60)
        from fromLevel in Gen.Elements(System.Enum.GetValues<OrganisationalLevel>())
        from toLevel in Gen.Elements(System.Enum.GetValues<OrganisationalLevel>())
        from flags in Gen.Choose(0, 63)
        from comparison in Gen.Elements(System.Enum.GetValues<PostComparison>())
        from purpose in Gen.Elements(System.Enum.GetValues<RotationPurpose>())
        from decision in Gen.Elements<string?>(null, "NQ 12/2026 của Ban Thường vụ")
        where start >= cadre.BirthDate.Date && AdministrativeLevels.Exists(fromLevel, start) && AdministrativeLevels.Exists(toLevel, start)
        select new RotationCase(cadre, start, start.PlusMonths(months), fromLevel, toLevel, (flags & 1) != 0, comparison, (flags & 2) != 0,
            (flags & 4) != 0, (flags & 8) != 0, (flags & 16) != 0, purpose, decision);

    public static Gen<AppointmentCase> AppointmentRequests() =>
        from birth in BirthDates()
        from sex in Gen.Elements(Sex.Male, Sex.Female)
        from postStart in Dates(2010, 2022)
        from dossierMonths in Gen.Choose(0, 60)
        from kind in Gen.Elements(System.Enum.GetValues<AppointmentKind>())
        from planned in Gen.Elements(true, false)
        from hasPost in Gen.Elements(true, false)
        from structural in Gen.Elements(true, false)
        from decision in Gen.Elements<string?>(null, "QĐ 5/2026 của Ban Thường vụ")
        let post = new PositionHeld("Phó Chủ tịch UBND xã", "UBND xã Minh Khê", OrganisationalLevel.Commune, postStart)
        let cadre = new Cadre("A-1", sex, birth, positions: hasPost ? [post] : [])
        select new AppointmentCase(cadre, kind, postStart.PlusMonths(dossierMonths), planned, hasPost ? post : null, null, structural, decision, decision);
}
