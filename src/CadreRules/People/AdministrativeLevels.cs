using System;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.People;

/// <summary>
/// Which <see cref="OrganisationalLevel"/>s exist on a date. Since 01/07/2025 the administrative levels are the province
/// and the commune (commune, ward, special zone): the district level ended on 30/06/2025 (Kết luận 137-KL/TW of the
/// Politburo and the Secretariat, 28/03/2025, on reorganising the administrative units into two levels, followed by
/// Kết luận 157-KL/TW; domain reference section 7 F, confirmed).
/// </summary>
/// <remarks>
/// The one place that knows the end date: every family whose facts carry a level and a date (a rotation, a transfer
/// or a secondment, a title standard's assessment) asks <see cref="Exists(OrganisationalLevel, LocalDate)"/> or
/// <see cref="Check(OrganisationalLevel, LocalDate, string)"/>, so no rule answers for the district level on a date
/// when it no longer existed. Dates on or before <see cref="DistrictLastDay"/> keep the old behaviour. Thread-safe.
/// </remarks>
public static class AdministrativeLevels
{
    /// <summary>Gets the last day the district level (cấp huyện) existed: 30/06/2025.</summary>
    public static LocalDate DistrictLastDay { get; } = new(2025, 6, 30);

    /// <summary>Gets the first day of the two-level local government (province and commune): 01/07/2025.</summary>
    public static LocalDate TwoLevelsFrom { get; } = new(2025, 7, 1);

    /// <summary>Gets the clause that ended the district level: Kết luận 137-KL/TW (28/03/2025), as a whole. The end of
    /// the district level on 30/06/2025 is confirmed by the domain reference; the signing date recorded here is not
    /// (no retrieved text gives it).</summary>
    public static Citation DistrictEnd { get; } = new LegalDocument("KL 137-KL/TW", "Bộ Chính trị, Ban Bí thư", new LocalDate(2025, 3, 28)).Whole();

    /// <summary>Tells whether a level exists on a date: every level does, except the district level after
    /// <see cref="DistrictLastDay"/>.</summary>
    /// <param name="level">The level.</param>
    /// <param name="date">The date the question is asked for (from the input, never the clock).</param>
    /// <returns><see langword="false"/> only for <see cref="OrganisationalLevel.District"/> on 01/07/2025 or later.</returns>
    public static bool Exists(OrganisationalLevel level, LocalDate date) =>
        level != OrganisationalLevel.District || date <= DistrictLastDay;

    /// <summary>Refuses a level on a date when it did not exist then (<see cref="Exists(OrganisationalLevel, LocalDate)"/>).</summary>
    /// <param name="level">The level.</param>
    /// <param name="date">The date the level is used on.</param>
    /// <param name="field">The field that holds the level (e.g. <c>toLevel</c>), named by the error.</param>
    /// <exception cref="InputOutOfRangeException">The level is the district level and the date is 01/07/2025 or later;
    /// the error's <see cref="InputOutOfRangeException.Field"/> is <paramref name="field"/>, its
    /// <see cref="InputOutOfRangeException.Maximum"/> is not set (the refusal is not a bound of the field), and its
    /// <see cref="InputOutOfRangeException.Text"/> says in both languages that the district level ended on
    /// 30/06/2025.</exception>
    public static void Check(OrganisationalLevel level, LocalDate date, string field)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        if (Exists(level, date))
        {
            return;
        }

        throw new InputOutOfRangeException(field, level, $"The district level ended on {TextFormat.IsoDate(DistrictLastDay)} ({DistrictEnd.Document.Number}, KL 157-KL/TW): there is no district level on {TextFormat.IsoDate(date)}; from {TextFormat.IsoDate(TwoLevelsFrom)} the levels are the province and the commune.")
        {
            Text = new(
                $"cấp huyện đã kết thúc ngày {TextFormat.Date(DistrictLastDay)} ({DistrictEnd.Document.Number}, KL 157-KL/TW): ngày {TextFormat.Date(date)} không còn cấp huyện; từ {TextFormat.Date(TwoLevelsFrom)} chỉ còn cấp tỉnh và cấp xã.",
                $"the district level ended on {TextFormat.Date(DistrictLastDay)} ({DistrictEnd.Document.Number}, KL 157-KL/TW): there is no district level on {TextFormat.Date(date)}; from {TextFormat.Date(TwoLevelsFrom)} the levels are the province and the commune."),
        };
    }
}
