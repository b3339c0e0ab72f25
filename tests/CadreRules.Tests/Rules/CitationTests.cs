using System;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Tests.Rules;

public class CitationTests
{
    private static readonly LegalDocument Document = new("HD 2-HD/BTCTW", "Ban Tổ chức Trung ương", new LocalDate(2025, 9, 10));

    [Fact]
    public void Article_BelowOne_ThrowsNamingArticle()
    {
        Assert.Throws<InputOutOfRangeException>("article", () => Document.Article(0));
        Assert.Throws<InputOutOfRangeException>("article", () => Document.Article(-3, 1));
    }

    [Fact]
    public void Article_ClauseBelowOne_ThrowsNamingClause() =>
        Assert.Throws<InputOutOfRangeException>("clause", () => Document.Article(4, 0));

    [Fact]
    public void Constructor_ClauseOrPointWithoutArticle_ThrowsNamingClause()
    {
        // Either one alone is enough to need an article (a point is a letter inside a clause of an article).
        Assert.Throws<InvalidInputException>("clause", () => new Citation(Document, null, 1, null, null));
        Assert.Throws<InvalidInputException>("clause", () => new Citation(Document, null, null, "a", null));
        Assert.Throws<InvalidInputException>("clause", () => new Citation(Document, null, 2, "b", null));
    }

    [Fact]
    public void Constructor_NullDocument_ThrowsNamingDocument() =>
        Assert.Throws<ArgumentNullException>("document", () => new Citation(null!, 1, null, null, null));

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(null)]
    public void Article_BlankPoint_IsLeftOut(string? point)
    {
        Citation citation = Document.Article(4, 1, point);

        Assert.Null(citation.Point);
        Assert.Equal("khoản 1, Điều 4, HD 2-HD/BTCTW (Ban Tổ chức Trung ương, 10/09/2025)", citation.Format(Language.Vietnamese));
    }

    [Fact]
    public void Section_FormatsTheSectionInEachLanguage()
    {
        Citation citation = Document.Section("2.1");

        Assert.Equal("mục 2.1, HD 2-HD/BTCTW (Ban Tổ chức Trung ương, 10/09/2025)", citation.Format(Language.Vietnamese));
        Assert.Equal("section 2.1, HD 2-HD/BTCTW (Ban Tổ chức Trung ương, 10/09/2025)", citation.Format(Language.English));
        Assert.Equal(citation.Format(Language.English), citation.ToString());
    }

    [Fact]
    public void Whole_FormatsTheDocumentOnly() =>
        Assert.Equal("HD 2-HD/BTCTW (Ban Tổ chức Trung ương, 10/09/2025)", Document.Whole().Format(Language.Vietnamese));
}
