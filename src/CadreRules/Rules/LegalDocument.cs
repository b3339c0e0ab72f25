using System;
using NodaTime;

namespace CadreRules.Rules;

/// <summary>
/// A legal or Party document identified by number, issuer and signing date, such as
/// <c>Quy định 366-QĐ/TW</c> of the Bộ Chính trị signed on 30/08/2025.
/// </summary>
/// <remarks>
/// Numbers alone are ambiguous (two different documents numbered 132-QĐ/TW exist), so equality uses all three parts.
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed record LegalDocument
{
    /// <summary>Creates a document reference.</summary>
    /// <param name="number">The document number with its kind, e.g. <c>QĐ 366-QĐ/TW</c> or <c>NĐ 135/2020/NĐ-CP</c>.</param>
    /// <param name="issuer">The issuing body, e.g. <c>Bộ Chính trị</c> or <c>Chính phủ</c>.</param>
    /// <param name="signedOn">The signing date.</param>
    /// <exception cref="ArgumentException"><paramref name="number"/> or <paramref name="issuer"/> is null or blank.</exception>
    /// <exception cref="InputOutOfRangeException"><paramref name="signedOn"/> is outside <see cref="DomainCalendar"/>
    /// (the field is <c>signedOn</c>).</exception>
    public LegalDocument(string number, string issuer, LocalDate signedOn)
    {
        ArgumentBounds.NotBlank(number, nameof(number));
        ArgumentBounds.NotBlank(issuer, nameof(issuer));
        DomainCalendar.Check(signedOn, nameof(signedOn));
        Number = number;
        Issuer = issuer;
        SignedOn = signedOn;
    }

    /// <summary>Gets the document number with its kind.</summary>
    public string Number { get; }

    /// <summary>Gets the issuing body.</summary>
    public string Issuer { get; }

    /// <summary>Gets the signing date.</summary>
    public LocalDate SignedOn { get; }

    /// <summary>Cites an article of this document.</summary>
    /// <param name="article">The article (Điều) number, 1 or more.</param>
    /// <param name="clause">The clause (khoản) number, or <see langword="null"/>.</param>
    /// <param name="point">The point (điểm) letter, or <see langword="null"/>.</param>
    /// <returns>The citation.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An article or clause number is less than 1.</exception>
    public Citation Article(int article, int? clause = null, string? point = null) => new(this, article, clause, point, null);

    /// <summary>Cites a section of a guidance document (mục), such as <c>7.5</c> of a Hướng dẫn.</summary>
    /// <param name="section">The section label.</param>
    /// <returns>The citation.</returns>
    /// <exception cref="ArgumentException"><paramref name="section"/> is null or blank.</exception>
    public Citation Section(string section)
    {
        ArgumentBounds.NotBlank(section, nameof(section));
        return new(this, null, null, null, section);
    }

    /// <summary>Cites the document as a whole.</summary>
    /// <returns>The citation.</returns>
    public Citation Whole() => new(this, null, null, null, null);

    /// <summary>Formats the reference, e.g. <c>QĐ 366-QĐ/TW (Bộ Chính trị, 30/08/2025)</c>.</summary>
    /// <returns>The reference text; the same in both languages.</returns>
    public override string ToString() => $"{Number} ({Issuer}, {TextFormat.Date(SignedOn)})";
}
