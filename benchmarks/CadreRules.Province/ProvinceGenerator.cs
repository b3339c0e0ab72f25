using System;
using System.IO;

namespace CadreRules.Province;

/// <summary>The kinds of document the generator writes.</summary>
public enum ProvinceDocument
{
    /// <summary>An evaluation sheet for 2025 (<c>docs/schemas/evaluations.schema.json</c>).</summary>
    Evaluations,

    /// <summary>A roster of cadres (<c>docs/schemas/roster.schema.json</c>).</summary>
    Roster,

    /// <summary>A planning list with its candidates in full (<c>docs/schemas/planning-list.schema.json</c>).</summary>
    Planning,

    /// <summary>The province's local variant of QĐ 366 (<c>docs/schemas/local-variant.schema.json</c>); its size and
    /// seed are ignored.</summary>
    Variant,
}

/// <summary>
/// "A generated province": deterministic, realistic documents of any size for benchmarks and impact runs. The bytes
/// written depend only on the document kind, the number of people, the seed and the indentation flag, never on the
/// machine, culture or .NET version. Documents are streamed: memory stays bounded whatever the size.
/// </summary>
/// <remarks>The province, its communes, wards, units and people are invented ("hư cấu"). Property order is that of the
/// library's writers, with the document's own fields before its arrays; fields equal to the reader's default are
/// omitted.</remarks>
public static class ProvinceGenerator
{
    /// <summary>The name of the invented province's party organisation, written as each document's organisation.</summary>
    public const string Organisation = "Đảng bộ tỉnh Lạc Sơn (hư cấu)";

    /// <summary>The evaluation year of the sheets.</summary>
    public const int EvaluationYear = 2025;

    /// <summary>The id of the variant written by <see cref="WriteVariant"/>.</summary>
    public const string VariantId = "party-eval-qd366-lac-son";

    /// <summary>Writes a document.</summary>
    /// <param name="kind">The kind of document.</param>
    /// <param name="output">The stream written to (left open).</param>
    /// <param name="people">The number of people (cadres, candidates), at least 1; ignored for the variant.</param>
    /// <param name="seed">The seed; ignored for the variant.</param>
    /// <param name="indented">Whether to indent by two spaces (compact otherwise).</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="people"/> is below 1 or the kind is unknown.</exception>
    public static void Write(ProvinceDocument kind, Stream output, int people, ulong seed, bool indented = false)
    {
        switch (kind)
        {
            case ProvinceDocument.Evaluations:
                WriteEvaluations(output, people, seed, indented);
                break;
            case ProvinceDocument.Roster:
                WriteRoster(output, people, seed, indented);
                break;
            case ProvinceDocument.Planning:
                WritePlanningList(output, people, seed, indented);
                break;
            case ProvinceDocument.Variant:
                WriteVariant(output, indented);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown document kind.");
        }
    }

    /// <summary>Writes an evaluation sheet for 2025, evaluated on 15/12/2025: party members (QĐ 366), party
    /// organisations (QĐ 366, collectives), civil servants and public employees (NĐ 90 as amended by NĐ 48), leaders
    /// and non-leaders, in units of 20 to 200 people. Ids are <c>P-0000001</c>, <c>P-0000002</c>…</summary>
    /// <param name="output">The stream written to (left open).</param>
    /// <param name="people">The number of people, at least 1.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="indented">Whether to indent by two spaces (compact otherwise).</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="people"/> is below 1.</exception>
    public static void WriteEvaluations(Stream output, int people, ulong seed, bool indented = false)
    {
        Check(output, people);
        EvaluationSheetWriter.Write(output, people, seed, indented);
    }

    /// <summary>Writes a roster of cadres (staff of the communes' and wards' agencies, schools and health stations) with
    /// their posts, party membership, discipline and evaluations of 2022 to 2024. Ids are <c>C-0000001</c>…</summary>
    /// <param name="output">The stream written to (left open).</param>
    /// <param name="people">The number of cadres, at least 1.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="indented">Whether to indent by two spaces (compact otherwise).</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="people"/> is below 1.</exception>
    public static void WriteRoster(Stream output, int people, ulong seed, bool indented = false)
    {
        Check(output, people);
        RosterWriter.Write(output, people, seed, indented);
    }

    /// <summary>Writes a planning list dated 20/12/2025 for the 2030–2035 term: for each commune or ward, its leadership
    /// titles, its party committee and standing committee, 20 to 200 candidates (given in full) and their entries.
    /// Ids are <c>QH-0000001</c>… for candidates and <c>DV00001.bt</c>… for titles.</summary>
    /// <param name="output">The stream written to (left open).</param>
    /// <param name="people">The number of candidates, at least 1.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="indented">Whether to indent by two spaces (compact otherwise).</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="people"/> is below 1.</exception>
    public static void WritePlanningList(Stream output, int people, ulong seed, bool indented = false)
    {
        Check(output, people);
        PlanningListWriter.Write(output, people, seed, indented);
    }

    /// <summary>Writes the province's invented variant of QĐ 366 (id <see cref="VariantId"/>): HTXS from 92 points
    /// (<c>htxs.minScore</c>) and the "highest level whose conditions hold" policy (<c>policy.highScore</c>), in force
    /// from 01/11/2025, for impact runs (<c>--overrides</c>).</summary>
    /// <param name="output">The stream written to (left open).</param>
    /// <param name="indented">Whether to indent by two spaces (compact otherwise).</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    public static void WriteVariant(Stream output, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        VariantWriter.Write(output, indented);
    }

    private static void Check(Stream output, int people)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(people, 1);
    }
}
