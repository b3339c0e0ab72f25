using System.IO;
using System.Text;
using CadreRules.Planning;
using CadreRules.Province;
using CadreRules.Rules;
using CadreRules.Documents;
using CadreRules.Evaluation;
using CadreRules.People;

namespace CadreRules.Tests.Province;

/// <summary>
/// Generated documents, and the library's document classes over them. This is the only file of the province tests that
/// names the library's serialization namespace: when the readers move (to <c>CadreRules.Documents</c>), only its
/// <c>using</c> changes. Callers hold the results in <c>var</c>s.
/// </summary>
internal static class ProvinceDocuments
{
    /// <summary>The document as UTF-8 bytes.</summary>
    public static byte[] Generate(ProvinceDocument kind, int people, ulong seed, bool indented = false)
    {
        using var stream = new MemoryStream();
        ProvinceGenerator.Write(kind, stream, people, seed, indented);
        return stream.ToArray();
    }

    public static EvaluationSheet ReadEvaluations(byte[] utf8) => CadreDocuments.ReadEvaluations(Encoding.UTF8.GetString(utf8));

    public static Roster ReadRoster(byte[] utf8)
    {
        using var stream = new MemoryStream(utf8);
        return CadreDocuments.ReadRoster(stream);
    }

    public static PlanningList ReadPlanningList(byte[] utf8) => CadreDocuments.ReadPlanningList(Encoding.UTF8.GetString(utf8));

    public static LocalVariant ReadVariant(byte[] utf8)
    {
        using var stream = new MemoryStream(utf8);
        return CadreDocuments.ReadVariant(stream, ShippedRegulations.Catalog);
    }

    /// <summary>The document read by the library and written back by the library's own writer (to compare property order).</summary>
    public static string Rewrite(ProvinceDocument kind, byte[] utf8) => kind switch
    {
        ProvinceDocument.Evaluations => CadreDocuments.WriteEvaluations(ReadEvaluations(utf8)),
        ProvinceDocument.Roster => CadreDocuments.WriteRoster(ReadRoster(utf8)),
        ProvinceDocument.Planning => CadreDocuments.WritePlanningList(ReadPlanningList(utf8)),
        _ => CadreDocuments.WriteVariant(ReadVariant(utf8)),
    };
}
