using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace CadreRules.Rules;

/// <summary>
/// A precise legal citation: a <see cref="LegalDocument"/> and, where known, the article (Điều), clause (khoản),
/// point (điểm) or guidance section (mục).
/// </summary>
/// <remarks>Create citations through <see cref="LegalDocument.Article(int, int?, string?)"/> or
/// <see cref="LegalDocument.Section(string)"/>. Instances are immutable and thread-safe.</remarks>
public sealed record Citation
{
    internal Citation(LegalDocument document, int? article, int? clause, string? point, string? section)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (article is < 1)
        {
            throw new InputOutOfRangeException(nameof(article), article.Value, "An article number is 1 or more.");
        }

        if (clause is < 1)
        {
            throw new InputOutOfRangeException(nameof(clause), clause.Value, "A clause number is 1 or more.");
        }

        if (article is null && (clause is not null || point is not null))
        {
            throw new InvalidInputException("A clause or point needs an article.", nameof(clause));
        }

        Document = document;
        ArticleNumber = article;
        Clause = clause;
        Point = string.IsNullOrWhiteSpace(point) ? null : point;
        Section = section;
    }

    /// <summary>Gets the cited document.</summary>
    public LegalDocument Document { get; }

    /// <summary>Gets the article (Điều) number, if any.</summary>
    public int? ArticleNumber { get; }

    /// <summary>Gets the clause (khoản) number, if any.</summary>
    public int? Clause { get; }

    /// <summary>Gets the point (điểm) letter, if any.</summary>
    public string? Point { get; }

    /// <summary>Gets the national numbers this (local) document replaced in the finding that cites it: empty for a
    /// citation of the text that set the numbers itself. See <see cref="ParameterSet.CitationFor"/>.</summary>
    public ImmutableArray<ReplacedValue> Replaces { get; private init; } = [];

    /// <summary>Gets the section (mục) of a guidance document, if any.</summary>
    public string? Section { get; }

    /// <summary>Formats the citation in the given language, e.g. <c>Điều 4, khoản 1, điểm a, QĐ 366-QĐ/TW (Bộ Chính trị, 30/08/2025)</c>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The citation text.</returns>
    public string Format(Language language)
    {
        bool vi = language == Language.Vietnamese;
        var text = new StringBuilder();
        if (Point is not null)
        {
            text.Append(vi ? "điểm " : "point ").Append(Point).Append(", ");
        }

        if (Clause is not null)
        {
            text.Append(vi ? "khoản " : "clause ").Append(TextFormat.Integer(Clause.Value)).Append(", ");
        }

        if (ArticleNumber is not null)
        {
            text.Append(vi ? "Điều " : "Article ").Append(TextFormat.Integer(ArticleNumber.Value)).Append(", ");
        }

        if (Section is not null)
        {
            text.Append(vi ? "mục " : "section ").Append(Section).Append(", ");
        }

        text.Append(Document);
        if (!Replaces.IsEmpty)
        {
            text.Append(vi ? " (thay " : " (replacing ").AppendJoin("; ", Replaces.Select(r => r.Format(language))).Append(')');
        }

        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => Format(Language.English);

    /// <summary>Compares two citations, including the values they replace.</summary>
    /// <param name="other">The other citation.</param>
    /// <returns><see langword="true"/> when they cite the same place and replace the same values.</returns>
    public bool Equals(Citation? other) =>
        other is not null && Document == other.Document && ArticleNumber == other.ArticleNumber && Clause == other.Clause
        && Point == other.Point && Section == other.Section && Replaces.SequenceEqual(other.Replaces);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Document, ArticleNumber, Clause, Point, Section, Replaces.Length);

    /// <summary>The same citation, noting the national values it replaced.</summary>
    internal Citation Replacing(IEnumerable<ReplacedValue> replaced)
    {
        ArgumentNullException.ThrowIfNull(replaced);
        return this with { Replaces = [.. replaced] };
    }
}
