using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.Appointment;
using CadreRules.People;

namespace CadreRules.Documents;

/// <summary>The committee candidacies document to and from <see cref="CommitteeCandidacy"/>s.</summary>
internal static class CommitteeCandidaciesMapper
{
    public static ImmutableArray<CommitteeCandidacy> ToCandidacies(CommitteeCandidaciesJson json, Roster? roster)
    {
        Require.SchemaVersion(json.SchemaVersion);
        List<CommitteeCandidacyJson?> items = Require.Object(json.Candidacies, "$.candidacies");
        var result = ImmutableArray.CreateBuilder<CommitteeCandidacy>(items.Count);
        var errors = new DocumentErrors();
        for (int i = 0; i < items.Count; i++)
        {
            CommitteeCandidacy? candidacy = errors.Try(() => ToCandidacy(items[i], Require.Item("$.candidacies", i), roster));
            if (candidacy is not null)
            {
                result.Add(candidacy);
            }
        }

        errors.ThrowIfAny();
        return result.ToImmutable();
    }

    public static CommitteeCandidacy ToCandidacy(CommitteeCandidacyJson? json, string path, Roster? roster)
    {
        CommitteeCandidacyJson c = Require.Object(json, path);
        Cadre cadre = RequestMapper.CadreOf(c.Cadre, c.CadreRef, roster, path);
        CommitteeLevel level = Require.Value(c.Level, path + ".level");
        bool reElection = Require.Value(c.ReElection, path + ".reElection");
        string birthField = c.Cadre is null ? "cadre=cadreRef" : "cadre=cadre.birthDate";
        return Require.Build(path, () => new CommitteeCandidacy(cadre, level, reElection, c.ProvincialDeputySecretary ?? false), birthField, "level");
    }

    public static CommitteeCandidaciesJson FromCandidacies(IEnumerable<CommitteeCandidacy> candidacies) => new()
    {
        SchemaVersion = DocumentReader.SchemaVersion,
        Candidacies = [.. candidacies.Select(c => (CommitteeCandidacyJson?)new CommitteeCandidacyJson
        {
            Cadre = RosterMapper.FromCadre(c.Cadre),
            Level = c.Level,
            ReElection = c.IsReElection,
            ProvincialDeputySecretary = c.IsProvincialDeputySecretary ? true : null,
        })],
    };
}
