using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Documents;

/// <summary>The regulation a case applies, through the case's <see cref="RegulationSelector"/>: the one named by id, or
/// the one of the topic in force on a date.</summary>
internal static class CaseRegulation
{
    /// <summary>The case's regulation, or the <typeparamref name="T"/> in force on <c>"in force on DATE"</c>'s date or else
    /// <paramref name="date"/>; a missing one is reported at <c>$.regulation</c>.</summary>
    public static T Resolve<T>(CaseInput input, RegulationTopic topic, SubjectKind kind, LocalDate date)
        where T : Regulation
    {
        try
        {
            return input.Selector.Resolve(input.Catalog, topic, kind, date) as T
                ?? throw new DocumentException("$.regulation", $"the {topic} regulation in force is not of the expected type.", null);
        }
        catch (RegulationNotFoundException e) when (input.Selector.Id is null)
        {
            LocalDate on = input.Selector.InForceOn ?? date;
            throw DocumentException.Coded("$.regulation", DocumentErrorCodes.NoRegulationInForce, e.Message, e, null, topic.ToString(), kind.ToString(), NodaTime.Text.LocalDatePattern.Iso.Format(on));
        }
        catch (RegulationNotFoundException e)
        {
            throw new DocumentException("$.regulation", e.Message, e);
        }
    }
}
