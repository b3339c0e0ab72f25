using System.Linq;
using CadreRules.Composition;
using CadreRules.Documents;
using CadreRules.People;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CadreRules.Tests.Composition;

public class CompositionTargetsTests
{
    private static readonly LocalDate AsOf = new(2025, 7, 1);

    private static Cadre Member(int i, bool woman, bool young, bool minority) =>
        new($"m{i}", woman ? Sex.Female : Sex.Male, BirthDate.OfMonth(young ? 1990 : 1970, 6), minority);

    [Fact]
    public void Check_OneFindingPerTargetSet_WithTheShortfall()
    {
        var body = new BodyMembership(AsOf, [.. Enumerable.Range(0, 20).Select(i => Member(i, i < 2, i < 5, false))], 42,
            new CompositionTargets { Women = Share.Percent(15), EthnicMinority = Share.Zero });

        Finding[] findings = [.. body.Targets.Check(body.Measure())];

        Assert.Equal(["Composition.WomenShare", "Composition.EthnicMinorityShare"], findings.Select(f => f.Code.Value));
        Assert.Equal(FindingStatus.NotSatisfied, findings[0].Status);
        Assert.Equal(1L, findings[0].Values.Single(v => v.Name == "shortfall").Value);
        Assert.Equal(FindingStatus.Satisfied, findings[1].Status);
        Assert.Equal("Tỷ lệ nữ 10,0% (1/10), chỉ tiêu từ 15,0% (3/20) trở lên", findings[0].Render(Language.Vietnamese));
        Assert.Equal(Severity.TargetNotMet, findings[0].Severity);
    }

    [Fact]
    public void Membership_MemberTwiceOrBornAfterTheDate_Refused()
    {
        Assert.Equal("members", Assert.Throws<InvalidInputException>(() => new BodyMembership(AsOf, [Member(1, true, true, false), Member(1, false, false, false)], 40)).ParamName);
        Assert.Equal("members", Assert.Throws<InputOutOfRangeException>(() => new BodyMembership(AsOf, [new Cadre("late", Sex.Male, BirthDate.OfYear(2030))], 40)).ParamName);
        Assert.Equal("youngAgeLimit", Assert.Throws<InputOutOfRangeException>(() => new BodyMembership(AsOf, [], 0)).ParamName);
    }

    [Fact]
    public void Shortfall_EmptyBody_OneUnlessTheTargetIsZero()
    {
        Assert.Equal(1, CompositionTargets.Shortfall(new CompositionShare(0, 0), Share.Percent(15)));
        Assert.Equal(0, CompositionTargets.Shortfall(new CompositionShare(0, 0), Share.Zero));
    }

    private static Arbitrary<(bool[] Women, int Percent)> Bodies() =>
        (from count in Gen.Choose(0, 60)
         from flags in Gen.Elements(true, false).ArrayOf(count)
         from percent in Gen.Choose(0, 100)
         select (flags, percent)).ToArbitrary();

    // Shares are exact fractions; a target is met exactly when count × 100 ≥ percent × total; the shortfall is the
    // fewest more women that meet it (total unchanged); the same read back from the document.
    [Property(MaxTest = 200)]
    public Property Share_IsExact_TargetComparedExactly_ShortfallIsTheLeastThatMeetsIt() =>
        Prop.ForAll(Bodies(), pair =>
        {
            (bool[] women, int percent) = pair;
            var written = new BodyMembership(AsOf, [.. women.Select((w, i) => Member(i, w, false, false))], 40, new CompositionTargets { Women = Share.Percent(percent) });
            BodyMembership body = CadreDocuments.ReadBody(CadreDocuments.WriteBody(written));
            CompositionShare share = body.Measure().Women;
            int count = women.Count(w => w);
            int total = women.Length;
            long shortfall = CompositionTargets.Shortfall(share, Share.Percent(percent));
            bool meets = total == 0 ? percent == 0 : (long)count * 100 >= (long)percent * total;
            return share.Count == count && share.Total == total
                && share.Share == (total == 0 ? null : Share.Of(count, total))
                && share.Reaches(Share.Percent(percent)) == meets
                && (meets == (shortfall == 0))
                && (total == 0 || ((count + shortfall) * 100 >= (long)percent * total && (shortfall == 0 || (count + shortfall - 1) * 100 < (long)percent * total)));
        });

    // Adding a member who is a woman never lowers the women's share.
    [Property(MaxTest = 200)]
    public Property AddingAWoman_NeverLowersTheShare() =>
        Prop.ForAll(Bodies(), pair =>
        {
            Cadre[] members = [.. pair.Women.Select((w, i) => Member(i, w, false, false))];
            CompositionShare before = BodyComposition.Of(members, AsOf, 40).Women;
            CompositionShare after = BodyComposition.Of([.. members, Member(999, true, false, false)], AsOf, 40).Women;
            return before.Share is null || after.Share >= before.Share;
        });
}
