using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Tests.Rules;

public class FactValueTests
{
    [Theory]
    [InlineData(true, Language.Vietnamese, "có")]
    [InlineData(false, Language.Vietnamese, "không")]
    [InlineData(true, Language.English, "yes")]
    [InlineData(false, Language.English, "no")]
    public void Format_Boolean_ReadsAsYesOrNoInTheLanguage(bool value, Language language, string expected) =>
        Assert.Equal(expected, FactValue.Of("flag", value).Format(language));

    [Theory]
    [InlineData("12.5", Language.Vietnamese, "12,5")]
    [InlineData("12.5", Language.English, "12.5")]
    [InlineData("3", Language.Vietnamese, "3")]
    public void Format_Decimal_UsesTheDecimalSeparatorOfTheLanguage(string value, Language language, string expected) =>
        Assert.Equal(expected, FactValue.Of("years", decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).Format(language));

    [Fact]
    public void Format_OtherKinds_UseTheInvariantTextOfTheValue()
    {
        Assert.Equal("-1234567", FactValue.Of("n", -1234567L).Format(Language.Vietnamese));
        Assert.Equal("05/03/2025", FactValue.Of("d", new LocalDate(2025, 3, 5)).Format(Language.English));
        Assert.Equal("07/2025", FactValue.Of("m", new YearMonth(2025, 7)).Format(Language.English));
        Assert.Equal("30,0% (3/10)", FactValue.Of("s", Share.Of(3, 10)).Format(Language.Vietnamese));
        Assert.Equal("cao", FactValue.Of("t", new LocalizedText("cao", "high")).Format(Language.Vietnamese));
        Assert.Equal("free text", FactValue.Of("x", "free text").Format(Language.Vietnamese));
    }

    [Fact]
    public void Default_HasNoValueAndFormatsEmpty() => Assert.Equal(string.Empty, default(FactValue).Format(Language.English));

    [Fact]
    public void ToString_IsNameEqualsTheEnglishValue()
    {
        Assert.Equal("flag = yes", FactValue.Of("flag", true).ToString());
        Assert.Equal("rate = 12.5", FactValue.Of("rate", 12.5m).ToString());
    }
}
