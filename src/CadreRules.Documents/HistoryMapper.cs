using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.History;
using CadreRules.People;

namespace CadreRules.Documents;

/// <summary>The evaluation history document to and from <see cref="YearLevels"/>.</summary>
internal static class HistoryMapper
{
    public static ImmutableArray<YearLevels> ToYears(List<HistoryYearJson?>? items, string path)
    {
        List<HistoryYearJson?> list = Require.Object(items, path);
        var errors = new DocumentErrors();
        var result = ImmutableArray.CreateBuilder<YearLevels>(list.Count);
        var seen = new Dictionary<int, string>();
        for (int i = 0; i < list.Count; i++)
        {
            string itemPath = Require.Item(path, i);
            YearLevels? year = errors.Try(() =>
            {
                YearLevels y = ToYear(list[i], itemPath);
                if (!seen.TryAdd(y.Year, itemPath + ".year"))
                {
                    throw DocumentException.Of(itemPath + ".year", DocumentErrorCodes.DuplicateId, null, y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), seen[y.Year]);
                }

                return y;
            });
            if (year is not null)
            {
                result.Add(year);
            }
        }

        errors.ThrowIfAny();
        if (result.Count == 0)
        {
            throw DocumentException.Of(path, DocumentErrorCodes.EmptyList, null);
        }

        return result.ToImmutable();
    }

    public static YearLevels ToYear(HistoryYearJson? json, string path)
    {
        HistoryYearJson y = Require.Object(json, path);
        int year = Require.Value(y.Year, path + ".year");
        bool counts = y.Excellent is not null || y.Good is not null || y.Complete is not null || y.NotComplete is not null || y.NotRated is not null;
        if (y.Level is { } level)
        {
            if (counts)
            {
                throw DocumentException.Of(path, DocumentErrorCodes.ExactlyOne, null, "level, excellent/good/complete/notComplete/notRated");
            }

            return Require.Build(path, () => YearLevels.OfPerson(year, level), "year", "level");
        }

        if (!counts)
        {
            throw DocumentException.Of(path, DocumentErrorCodes.ExactlyOne, null, "level, excellent/good/complete/notComplete/notRated");
        }

        return Require.Build(path, () => new YearLevels(year, y.Excellent ?? 0, y.Good ?? 0, y.Complete ?? 0, y.NotComplete ?? 0, y.NotRated ?? 0), "year", "excellent", "good", "complete", "notComplete", "notRated");
    }

    public static HistoryJson FromYears(IEnumerable<YearLevels> years) => new()
    {
        SchemaVersion = DocumentReader.SchemaVersion,
        Years = [.. years.Select(y => (HistoryYearJson?)new HistoryYearJson
        {
            Year = y.Year,
            Excellent = y.Excellent,
            Good = y.Good,
            Complete = y.Complete,
            NotComplete = y.NotComplete,
            NotRated = y.NotRated,
        })],
    };

    public static string Text(Rules.Share? share) => share is { } s ? s.ToString() : "none";

    public static string Text(ExactFraction? fraction) => fraction is { } f ? f.ToString() : "none";
}
