using System;
using CadreRules.People;
using CadreRules.Documents;
using CadreRules.Rules;

namespace CadreRules.Tests.Documents;

/// <summary>The <see cref="Roster"/> value: argument checks, blank organisation, equality and text form.</summary>
public class RosterTests
{
    private static readonly Cadre A = new("A", Sex.Male, BirthDate.OfYear(1961));
    private static readonly Cadre B = new("B", Sex.Female, BirthDate.OfYear(1970));

    [Fact]
    public void NullCadre_ThrowsArgumentNull() =>
        Assert.Equal("cadres", Assert.Throws<ArgumentNullException>(() => new Roster([A, null!])).ParamName);

    [Fact]
    public void DuplicateId_ThrowsNamingIt()
    {
        ArgumentException e = Assert.Throws<InvalidInputException>(() => new Roster([A, B, new Cadre("A", Sex.Female, BirthDate.OfYear(1980))]));
        Assert.Equal("cadres", e.ParamName);
        Assert.StartsWith("Two cadres have the identifier 'A'.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void BlankOrganisation_IsNone(string? organisation) =>
        Assert.Null(new Roster([A], organisation).Organisation);

    [Fact]
    public void Organisation_IsKept() =>
        Assert.Equal("Đảng bộ xã", new Roster([A], "Đảng bộ xã").Organisation);

    [Fact]
    public void Equality_IsByOrganisationAndCadresInOrder()
    {
        var roster = new Roster([A, B], "X");
        Assert.True(roster.Equals(new Roster([A, B], "X")));
        Assert.Equal(roster.GetHashCode(), new Roster([A, B], "X").GetHashCode());
        Assert.False(roster.Equals(new Roster([A, B], "Y")));
        Assert.False(roster.Equals(new Roster([A, B])));
        Assert.False(roster.Equals(new Roster([B, A], "X")));
        Assert.False(roster.Equals(new Roster([A], "X")));
        Assert.False(roster.Equals((Roster?)null));
        Assert.False(roster.Equals((object?)null));
        Assert.True(roster.Equals((object)new Roster([A, B], "X")));
    }

    [Fact]
    public void ToString_GivesOrganisationAndCount()
    {
        Assert.Equal("Đảng bộ xã (2 cadres)", new Roster([A, B], "Đảng bộ xã").ToString());
        Assert.Equal("roster (1 cadres)", new Roster([A]).ToString());
    }
}
