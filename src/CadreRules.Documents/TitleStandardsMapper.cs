using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.People;
using CadreRules.Standards;
using NodaTime;

namespace CadreRules.Documents;

/// <summary>The title standards document to and from <see cref="TitleStandardsCase"/>s.</summary>
internal static class TitleStandardsMapper
{
    public static ImmutableArray<TitleStandardsCase> ToCases(TitleStandardsJson json, Roster? roster)
    {
        Require.SchemaVersion(json.SchemaVersion);
        StandardsTitleJson title = Require.Object(json.Title, "$.title");
        LocalDate assessedOn = Require.Value(json.AssessedOn, "$.assessedOn");
        _ = Require.Text(title.Name, "$.title.name"); // checked even when nobody is listed
        _ = Require.Value(title.Level, "$.title.level");
        var result = ImmutableArray.CreateBuilder<TitleStandardsCase>();
        var errors = new DocumentErrors();
        if (json.Subjects is null)
        {
            // Without subjects: every cadre of the roster, for an appointment (no planning group).
            if (roster is null)
            {
                throw Require.Missing("$.subjects");
            }

            foreach (Cadre cadre in roster.Cadres)
            {
                result.Add(ToCase(title, "$.title", assessedOn, "$.assessedOn", new StandardsSubjectJson(), cadre, "$"));
            }

            return result.ToImmutable();
        }

        for (int i = 0; i < json.Subjects.Count; i++)
        {
            string path = Require.Item("$.subjects", i);
            TitleStandardsCase? item = errors.Try(() =>
            {
                StandardsSubjectJson subject = Require.Object(json.Subjects[i], path);
                Cadre cadre = RequestMapper.CadreOf(subject.Cadre, subject.CadreRef, roster, path);
                return ToCase(title, "$.title", assessedOn, "$.assessedOn", subject, cadre, path);
            });
            if (item is not null)
            {
                result.Add(item);
            }
        }

        errors.ThrowIfAny();
        return result.ToImmutable();
    }

    public static TitleStandardsCase ToCase(StandardsCaseFactsJson facts, string path, Roster? roster)
    {
        StandardsTitleJson title = Require.Object(facts.Title, path + ".title");
        LocalDate assessedOn = Require.Value(facts.AssessedOn, path + ".assessedOn");
        StandardsSubjectJson subject = Require.Object(facts.Subject, path + ".subject");
        Cadre cadre = RequestMapper.CadreOf(subject.Cadre, subject.CadreRef, roster, path + ".subject");
        return ToCase(title, path + ".title", assessedOn, path + ".assessedOn", subject, cadre, path + ".subject");
    }

    private static TitleStandardsCase ToCase(StandardsTitleJson title, string titlePath, LocalDate assessedOn, string datePath, StandardsSubjectJson subject, Cadre cadre, string subjectPath)
    {
        string name = Require.Text(title.Name, titlePath + ".name");
        OrganisationalLevel level = Require.Value(title.Level, titlePath + ".level");
        TitleStandardsCase built = Require.Build(datePath, () => new TitleStandardsCase
        {
            Cadre = cadre,
            Title = name,
            Level = level,
            ManagedCentrally = title.ManagedCentrally ?? false,
            AssessedOn = assessedOn,
        });
        Require.Build(titlePath, () => CheckLevel(level, assessedOn), "level");
        return Require.Build(subjectPath, () => built with
        {
            PlanningGroup = subject.PlanningGroup ?? PlanningGroup.None,
            HasTrainingPlan = subject.TrainingPlan ?? false,
        }, "planningGroup");
    }

    public static TitleStandardsJson FromCases(IReadOnlyList<TitleStandardsCase> cases)
    {
        TitleStandardsCase first = cases[0];
        return new TitleStandardsJson
        {
            SchemaVersion = DocumentReader.SchemaVersion,
            Title = new StandardsTitleJson { Name = first.Title, Level = first.Level, ManagedCentrally = first.ManagedCentrally ? true : null },
            AssessedOn = first.AssessedOn,
            Subjects = [.. cases.Select(c => (StandardsSubjectJson?)new StandardsSubjectJson
            {
                Cadre = RosterMapper.FromCadre(c.Cadre),
                PlanningGroup = c.PlanningGroup == PlanningGroup.None ? null : c.PlanningGroup,
                TrainingPlan = c.HasTrainingPlan ? true : null,
            })],
        };
    }

    private static bool CheckLevel(OrganisationalLevel level, LocalDate assessedOn)
    {
        // The district level ended on 30/06/2025: a district title assessed after it is refused at the title's level.
        AdministrativeLevels.Check(level, assessedOn, "level");
        return true;
    }
}
