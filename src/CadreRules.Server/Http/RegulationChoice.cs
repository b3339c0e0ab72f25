using CadreRules.Rules;
using Microsoft.AspNetCore.Http;
using NodaTime;

namespace CadreRules.Server.Http;

/// <summary>The regulation a request's <c>regulation</c> query parameter chooses (as the CLI's <c>--regulation</c>):
/// an id, <c>in force</c> (the default: in force on the document's date) or <c>in force on DATE</c>.</summary>
internal static class RegulationChoice
{
    public const string Parameter = "regulation";

    /// <summary>Parses the parameter.</summary>
    /// <exception cref="ApiProblem">400 for text in none of the forms, or an id of no regulation on the topic.</exception>
    public static RegulationSelector Selector(RegulationCatalog catalog, string? text, RegulationTopic topic, Language language)
    {
        bool vi = language == Language.Vietnamese;
        RegulationSelector selector = RegulationSelector.InForce;
        if (text is not null && !RegulationSelector.TryParse(text, out selector))
        {
            throw Bad(Parameter, vi
                ? $"'{text}' không phải một mã văn bản, \"in force\" hay \"in force on DATE\" (dd/MM/yyyy hoặc yyyy-MM-dd)."
                : $"'{text}' is not a regulation id, \"in force\" or \"in force on DATE\" (dd/MM/yyyy or yyyy-MM-dd).", language);
        }

        if (selector.Id is { } id)
        {
            Regulation? found = catalog.Find(id);
            if (found is null || found.Topic != topic)
            {
                string known = string.Join(", ", System.Linq.Enumerable.Select(System.Linq.Enumerable.Where(catalog.Regulations, r => r.Topic == topic), r => r.Id.Value));
                throw Bad(Parameter, vi
                    ? $"không có văn bản '{id}' về {topic} trong danh mục; các văn bản: {known}."
                    : $"there is no {topic} regulation '{id}' in the catalogue; the regulations are: {known}.", language);
            }
        }

        return selector;
    }

    /// <summary>The regulation chosen for a date.</summary>
    /// <exception cref="ApiProblem">400 as <see cref="Selector"/>.</exception>
    /// <exception cref="RegulationNotFoundException">None is in force on the date (answered 422).</exception>
    public static Regulation Resolve(RegulationCatalog catalog, string? text, RegulationTopic topic, SubjectKind kind, LocalDate asOf, Language language)
    {
        RegulationSelector selector = Selector(catalog, text, topic, language);
        return selector.Id is { } id ? catalog.Find(id)! : selector.Resolve(catalog, topic, kind, asOf);
    }

    /// <summary>A 400 problem about a query parameter.</summary>
    public static ApiProblem Bad(string parameter, string detail, Language language) => new(
        StatusCodes.Status400BadRequest,
        ProblemTypes.Parameter,
        language == Language.Vietnamese ? "Tham số không hợp lệ" : "Invalid parameter",
        parameter + ": " + detail,
        [new ProblemError(parameter, "Request.Parameter", detail)]);
}
