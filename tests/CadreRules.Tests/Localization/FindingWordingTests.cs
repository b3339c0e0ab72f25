using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using CadreRules.Appointment;
using CadreRules.Evaluation;
using CadreRules.Localization;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rotation;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Tests.Localization;

/// <summary>
/// Every rule says what holds, what is wrong and why it does not apply; the views label each line and write values
/// plainly, in Vietnamese or English conventions whatever the machine's culture. The failed-rule wording is pinned once
/// per family (not every sentence).
/// </summary>
public class FindingWordingTests
{
    private static readonly Regex Placeholder = new(@"\{(\w+)\}", RegexOptions.CultureInvariant);

    // Values some rules carry beyond those their template names; their failure texts may name them.
    private static readonly Dictionary<string, string[]> ExtraValues = new(StringComparer.Ordinal)
    {
        ["Appointment.DisciplineBar"] = ["barredUntil", "eligibleFrom"],
        ["Rotation.EquivalentPost"] = ["outstanding"],
        ["Quota.Allocation"] = ["rounding"],
        ["TT08.SalaryStepDelay"] = ["asOf"], // a consequence carries kind, asOf, years, months and discipline
        ["TT08.SalaryStepDelay.UncoveredDiscipline"] = ["asOf"],

        // The months left in words (ServiceLeftWords), so that a person past the retirement age does not read "-47".
        ["Rotation.ServiceLeft"] = ["serviceLeft"],
        ["Appointment.Age"] = ["serviceLeft"],
        ["Appointment.Age.SpecialCase"] = ["serviceLeft"],
        ["CommitteeMembership.ServiceLeft"] = ["serviceLeft"],
    };

    // ---- every rule has its texts ------------------------------------------------------------

    [Fact]
    public void EveryShippedRule_HasAFailureTextInBothLanguages_OtherThanItsTemplate()
    {
        Assert.Empty(MessageCatalog.Default.CodesWithoutFailureText());
        foreach (RuleCode code in MessageCatalog.Default.Codes)
        {
            LocalizedText template = MessageCatalog.Default.Get(code);
            LocalizedText failure = MessageCatalog.Default.Find(code, FindingStatus.NotSatisfied)!;
            Assert.False(string.IsNullOrWhiteSpace(failure.Vietnamese), code.Value);
            Assert.NotEqual(failure.Vietnamese, failure.English);
            if (code.Value is not ("always" or "never" or "not-applicable"))
            {
                Assert.NotEqual(template, failure);
            }
        }
    }

    [Fact]
    public void FailureAndNotApplicableTexts_NameOnlyTheValuesTheRuleCarries()
    {
        foreach (RuleCode code in MessageCatalog.Default.Codes)
        {
            LocalizedText template = MessageCatalog.Default.Get(code);
            var known = Names(template.Vietnamese).Concat(ExtraValues.GetValueOrDefault(code.Value, code.Value.EndsWith(".Planning.MonthsLeft", StringComparison.Ordinal) ? ["serviceLeft"] : [])).ToHashSet(StringComparer.Ordinal);
            foreach (FindingStatus status in new[] { FindingStatus.NotSatisfied, FindingStatus.NotApplicable })
            {
                if (MessageCatalog.Default.Find(code, status) is { } text)
                {
                    Assert.Subset(known, Names(text.Vietnamese).ToHashSet(StringComparer.Ordinal));
                    Assert.Equal(Names(text.Vietnamese).Order(StringComparer.Ordinal), Names(text.English).Order(StringComparer.Ordinal));
                }
            }
        }
    }

    [Fact]
    public void ARuleWithoutANotApplicableTextOfItsOwn_SaysItIsNotConsidered()
    {
        var finding = new Finding("QD366.HTXS.Score", MessageCatalog.Default.Get("QD366.HTXS.Score"), null, FindingStatus.NotApplicable, Severity.Violation,
            [FactValue.Of("score", 92m), FactValue.Of("band", "≥ 90")], []);

        Assert.Equal("Không xét cho trường hợp này: Tổng điểm 92 trong khung ≥ 90", MessageCatalog.Default.Describe(finding, Language.Vietnamese));
        Assert.Equal("Not considered for this case: Total score 92 within ≥ 90", MessageCatalog.Default.Describe(finding, Language.English));
    }

    [Fact]
    public void With_ReplacesAFailureText()
    {
        MessageCatalog custom = MessageCatalog.Default.With("Rotation.Duration", FindingStatus.NotSatisfied, new LocalizedText("Quá ngắn: {plannedMonths}", "Too short: {plannedMonths}"));
        var finding = new Finding("Rotation.Duration", MessageCatalog.Default.Get("Rotation.Duration"), null, FindingStatus.NotSatisfied, Severity.Violation,
            [FactValue.Of("plannedMonths", 24), FactValue.Of("minMonths", 36)], []);

        Assert.Equal("Quá ngắn: 24", custom.Describe(finding, Language.Vietnamese));
        Assert.Equal("Thời gian luân chuyển dự kiến chỉ 24 tháng, cần ít nhất 36 tháng", MessageCatalog.Default.Describe(finding, Language.Vietnamese));
    }

    // ---- the failed-rule wording, once per family --------------------------------------------

    [Theory]
    [InlineData(28, "tại tháng 07/2030 chỉ còn 28 tháng công tác, cần ít nhất 60 tháng", "at 07/2030, only 28 months of working time left; at least 60 needed")]
    [InlineData(0, "tại tháng 07/2030 chỉ còn 0 tháng công tác, cần ít nhất 60 tháng", "at 07/2030, only 0 months of working time left; at least 60 needed")]
    [InlineData(-47, "tại tháng 07/2030 đã quá tuổi nghỉ hưu 47 tháng, cần ít nhất 60 tháng", "at 07/2030, already 47 months past the retirement age; at least 60 needed")]
    public void MonthsLeft_PastTheRetirementAge_IsSaidInWords_NotAsANegativeCount(int monthsLeft, string vietnamese, string english)
    {
        var code = new RuleCode("QD377.Planning.MonthsLeft");
        var finding = new Finding(code, MessageCatalog.Default.Get(code), null, FindingStatus.NotSatisfied, Severity.Violation,
            [FactValue.Of("cadre", "MKT-001"), FactValue.Of("title", "bch"), FactValue.Of("ageMonth", new NodaTime.YearMonth(2030, 7)), FactValue.Of("monthsLeft", monthsLeft),
             ServiceLeftWords.Value(monthsLeft), FactValue.Of("required", 60)], []);

        Assert.Equal("MKT-001, chức danh bch: " + vietnamese, MessageCatalog.Default.Describe(finding, Language.Vietnamese));
        Assert.Equal("MKT-001, title bch: " + english, MessageCatalog.Default.Describe(finding, Language.English));
    }

    [Fact]
    public void Evaluation_AFailedCondition_SaysWhatFallsShortWithTheNumbers()
    {
        var input = new EvaluationInput { Year = 2025, EvaluatedOn = new LocalDate(2025, 12, 15), Role = EvaluationRole.NonLeader, Tasks = new TaskCounts(10, 10, 10, 2), Score = new ScoreCard(28, 64) };
        Finding exceeded = EvaluationRegulations.Get(EvaluationRegime.Qd366).Explain(input).Explanation.Find("QD366.HTXS.ExceededShare")!;

        Assert.Equal(FindingStatus.NotSatisfied, exceeded.Status);
        Assert.Equal("Chỉ 2/10 nhiệm vụ vượt mức (20%), dưới mức yêu cầu 30%", new FindingRenderer(Language.Vietnamese).Text(exceeded));
        Assert.Equal("Only 2/10 tasks exceeded (20%), below the 30% required", new FindingRenderer(Language.English).Text(exceeded));
        // The library's own explanation reads the same way.
        Assert.Contains("[ ] Chỉ 2/10 nhiệm vụ vượt mức (20,0% (1/5)), dưới mức yêu cầu 30,0% (3/10)", exceeded.ToText(Language.Vietnamese), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluation_AnAbsentGround_SaysItIsAbsent()
    {
        var input = new EvaluationInput { Year = 2025, EvaluatedOn = new LocalDate(2025, 12, 15), Role = EvaluationRole.NonLeader, Tasks = new TaskCounts(10, 10, 10, 2), Score = new ScoreCard(28, 64) };
        Finding low = EvaluationRegulations.Get(EvaluationRegime.Qd366).Explain(input).Explanation.Find("QD366.KHT.ScoreBelowMinimum")!;

        // A ground that is not there is labelled as absent, not as a condition that failed.
        Assert.Equal(FindingRole.Ground, low.Role);
        Assert.Equal("KHÔNG CÓ       Tổng điểm 92, không dưới 50 điểm — khoản 4, Điều 11, QĐ 366-QĐ/TW (Bộ Chính trị, 30/08/2025)", new FindingRenderer(Language.Vietnamese).ConditionLine(low));
        Assert.StartsWith("ABSENT  ", new FindingRenderer(Language.English).ConditionLine(low), StringComparison.Ordinal);

        // A condition keeps its labels: HTXS not reached (92 points, but 20% of tasks exceeded) is NOT MET.
        Finding htxs = EvaluationRegulations.Get(EvaluationRegime.Qd366).Explain(input).Explanation.Find("QD366.HTXS")!;
        Assert.Equal(FindingRole.Condition, htxs.Role);
        Assert.StartsWith("KHÔNG ĐẠT  ", new FindingRenderer(Language.Vietnamese).ConditionLine(htxs), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluation_APresentGround_IsLabelledPresent()
    {
        var input = new EvaluationInput { Year = 2025, EvaluatedOn = new LocalDate(2025, 12, 15), Role = EvaluationRole.NonLeader, Tasks = new TaskCounts(10, 10, 10, 2), Score = ScoreCard.FromTotal(45) };
        Finding low = EvaluationRegulations.Get(EvaluationRegime.Qd366).Explain(input).Explanation.Find("QD366.KHT.ScoreBelowMinimum")!;

        Assert.Equal(FindingStatus.Satisfied, low.Status);
        Assert.StartsWith("CÓ             ", new FindingRenderer(Language.Vietnamese).ConditionLine(low), StringComparison.Ordinal);
    }

    [Fact]
    public void Planning_AFailedRule_NamesThePersonAndTheYear()
    {
        var cadre = new Cadre(new CadreId("MKT-001"), Sex.Male, BirthDate.OfMonth(1980, 1), name: "Nguyễn Văn A",
            evaluations: [new EvaluationRecord(2024, EvaluationTrack.Party, EvaluationLevel.NotComplete)]);
        var list = new PlanningList(new LocalDate(2025, 12, 20), new PlanningTerm(new LocalDate(2026, 3, 1)),
            [new PlanningTitle("ct", "Chủ tịch UBND xã", OrganisationalLevel.Commune)], [new PlanningCandidate(cadre)], [new PlanningEntry("MKT-001", "ct")]);
        Finding kht = PlanningRegulations.Qd377.Validate(list).Candidate(new CadreId("MKT-001")).Findings.Single(f => f.Code.Value.EndsWith("NotCompleteLatestYear", StringComparison.Ordinal));
        var render = new FindingRenderer(Language.Vietnamese, names: (kind, id) => kind == "cadre" && id == "MKT-001" ? "Nguyễn Văn A" : null);

        // Not "Cán bộ MKT-001 không bị xếp loại KHT năm 2024" (the rule's sentence): what is wrong, about whom.
        Assert.Equal("VI PHẠM  Nguyễn Văn A (MKT-001) bị xếp loại Không hoàn thành nhiệm vụ (KHT) năm 2024: không đủ điều kiện quy hoạch — QĐ 377-QĐ/TW (Bộ Chính trị, 08/10/2025)",
            render.FindingLine(kht));
        Assert.StartsWith("VIOLATION  Nguyễn Văn A (MKT-001) was rated Không hoàn thành nhiệm vụ (KHT, did not complete duties) in 2024: not eligible for planning",
            new FindingRenderer(Language.English, names: (kind, id) => kind == "cadre" ? "Nguyễn Văn A" : null).FindingLine(kht), StringComparison.Ordinal);
    }

    [Fact]
    public void Rotation_AFailedCondition_SaysHowMuchIsMissing()
    {
        Roster roster = CadreRules.Cli.Demo.DemoSample.Roster();
        RotationCase request = CadreRules.Cli.Demo.DemoSample.Rotations(roster).Single(r => r.Cadre.Id.Value == "MKT-009");
        Finding left = RotationRegulation.Qd65.Explain(request).Explanation.Find("Rotation.ServiceLeft")!;

        Assert.Equal("KHÔNG ĐẠT      Tính từ ngày luân chuyển 01/03/2026: chỉ còn 80 tháng công tác, cần ít nhất 120 tháng — khoản 2, Điều 5, QĐ 65-QĐ/TW (Bộ Chính trị, 28/04/2022)",
            new FindingRenderer(Language.Vietnamese).ConditionLine(left));
        Assert.Equal("NOT MET  From the rotation date 01/03/2026: only 80 months of working time left; at least 120 needed — clause 2, Article 5, QĐ 65-QĐ/TW (Bộ Chính trị, 28/04/2022)",
            new FindingRenderer(Language.English).ConditionLine(left));
    }

    [Fact]
    public void Appointment_AFailedCondition_SaysHowLongIsMissing()
    {
        var dossier = new LocalDate(2026, 3, 10);
        var post = new PositionHeld("Phó Giám đốc Sở", "Sở Nội vụ", OrganisationalLevel.Provincial, dossier.PlusMonths(-11).PlusDays(1));
        var cadre = new Cadre(new CadreId("x"), Sex.Male, BirthDate.OfMonth(1980, 4), positions: [post]);
        Finding time = AppointmentRegulation.Qd377.Explain(new AppointmentCase(cadre, AppointmentKind.Higher, dossier, true, post)).Explanation.Find("Appointment.TimeInPost")!;

        Assert.Equal("Mới giữ chức vụ hiện tại hoặc tương đương 11 tháng, cần ít nhất 12 tháng", new FindingRenderer(Language.Vietnamese).Text(time));
        Assert.Equal("Only 11 months in the current or an equivalent post; at least 12 needed", new FindingRenderer(Language.English).Text(time));
    }

    [Fact]
    public void PositionChange_APeriodNotReached_SaysTheSectorInWordsAndTheDate()
    {
        var asOf = new LocalDate(2026, 6, 15);
        var post = new PositionHeld("Thanh tra viên", "Thanh tra tỉnh", OrganisationalLevel.Provincial, asOf.PlusMonths(-30), isLeadership: false);
        var cadre = new Cadre(new CadreId("y"), Sex.Female, BirthDate.OfMonth(1990, 1), positions: [post]);
        Finding due = PositionChangeRegulation.Nd59.Explain(new PositionChangeCase(cadre, post, "inspection", asOf)).Explanation.Find("PositionChange.Due")!;

        Assert.Equal("Mới giữ vị trí 30 tháng, chưa đủ thời hạn 60 tháng của ngành, lĩnh vực thanh tra (đến ngày 14/12/2028)", new FindingRenderer(Language.Vietnamese).Text(due));
        Assert.Equal("Only 30 months in the position, short of the inspection period of 60 months (reached on 14/12/2028)", new FindingRenderer(Language.English).Text(due));
    }

    // ---- labels and legends ------------------------------------------------------------------

    [Theory]
    [InlineData(Language.Vietnamese, FindingStatus.Satisfied, "ĐẠT")]
    [InlineData(Language.Vietnamese, FindingStatus.NotSatisfied, "KHÔNG ĐẠT")]
    [InlineData(Language.Vietnamese, FindingStatus.NotApplicable, "KHÔNG ÁP DỤNG")]
    [InlineData(Language.English, FindingStatus.Satisfied, "MET")]
    [InlineData(Language.English, FindingStatus.NotSatisfied, "NOT MET")]
    [InlineData(Language.English, FindingStatus.NotApplicable, "N/A")]
    public void Conditions_AreLabelledByStatus(Language language, FindingStatus status, string label) =>
        Assert.Equal(label, Terms.Label(status, language));

    [Theory]
    [InlineData(Language.Vietnamese, Severity.Violation, "VI PHẠM")]
    [InlineData(Language.Vietnamese, Severity.Advisory, "LƯU Ý")]
    [InlineData(Language.Vietnamese, Severity.TargetNotMet, "LƯU Ý")]
    [InlineData(Language.English, Severity.Violation, "VIOLATION")]
    [InlineData(Language.English, Severity.Advisory, "WARNING")]
    [InlineData(Language.English, Severity.TargetNotMet, "WARNING")]
    public void ListFindings_AreLabelledBySeverity(Language language, Severity severity, string label) =>
        Assert.Equal(label, Terms.Label(severity, language));

    [Fact]
    public void Legends_ExplainEveryLabel_InBothLanguages()
    {
        foreach (string label in new[] { "ĐẠT", "KHÔNG ĐẠT", "KHÔNG ÁP DỤNG" })
        {
            Assert.Contains(label + " = ", Terms.ConditionLegend.Vietnamese, StringComparison.Ordinal);
        }

        foreach (string label in new[] { "MET", "NOT MET", "N/A" })
        {
            Assert.Contains(label + " = ", Terms.ConditionLegend.English, StringComparison.Ordinal);
        }

        Assert.StartsWith("Chú giải: VI PHẠM = ", Terms.FindingLegend.Vietnamese, StringComparison.Ordinal);
        Assert.Contains("; LƯU Ý = ", Terms.FindingLegend.Vietnamese, StringComparison.Ordinal);
        Assert.StartsWith("Legend: VIOLATION = ", Terms.FindingLegend.English, StringComparison.Ordinal);
        Assert.Contains("; WARNING = ", Terms.FindingLegend.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_ArePaddedSoTheTextsLineUp()
    {
        var render = new FindingRenderer(Language.Vietnamese);
        Finding met = new("always", new LocalizedText("a", "b"), null, FindingStatus.Satisfied, Severity.Violation, [], []);
        Finding na = met.WithStatus(FindingStatus.NotApplicable);
        Assert.Equal(render.ConditionLabel(met).Length, render.ConditionLabel(na).Length);
        Assert.Equal("ĐẠT          ", render.ConditionLabel(met));
    }

    // ---- words, not enum names ---------------------------------------------------------------

    [Fact]
    public void EveryValueOfEveryEnumTheViewsPrint_HasAWordInBothLanguages()
    {
        Type[] printed =
        [
            typeof(SubjectKind), typeof(RegulationTopic), typeof(Confidence), typeof(PostComparison), typeof(FindingStatus), typeof(Severity),
            typeof(EvaluationLevel), typeof(EvaluationOutcome), typeof(CriterionGrade), typeof(DisciplineForm), typeof(Sex), typeof(OrganisationalLevel),
            typeof(HighScorePolicy), typeof(SocioEconomicTargetsPolicy), typeof(QuotaDenominator), typeof(QuotaRounding), typeof(QuotaOrdering),
            typeof(EvaluationRole), typeof(ConsequenceKind),
        ];
        Assert.Subset(Terms.EnumTypes.ToHashSet(), printed.ToHashSet());
        foreach (Type type in Terms.EnumTypes)
        {
            foreach (string name in Enum.GetNames(type))
            {
                LocalizedText term = Terms.Find(type, name) ?? throw new InvalidOperationException(type.Name + "." + name + " has no word");
                Assert.NotEqual(name, term.Vietnamese);
                Assert.NotEqual(name, term.English);
            }
        }

        Assert.Equal("không", Terms.Of(false).Vietnamese);
        Assert.Equal("yes", Terms.Of(true).English);
    }

    [Fact]
    public void EveryChoiceParameterOfTheShippedCatalogue_HasWordsForItsValues()
    {
        // The regulations view and the docs print a choice parameter's value in the output's language: an enum without a
        // table in Terms would print its C# name (e.g. "NearestPerson") in Vietnamese text.
        foreach (Regulation regulation in ShippedRegulations.Catalog.Regulations)
        {
            foreach (ParameterDefinition definition in regulation.Parameters.Schema.Where(d => d.Kind == ParameterKind.Choice))
            {
                Type type = definition.ChoiceType ?? throw new InvalidOperationException(regulation.Id + " " + definition.Key + " is a choice of no enum");
                Assert.Contains(type, Terms.EnumTypes);
                foreach (string choice in definition.Choices)
                {
                    Assert.NotNull(Terms.Find(type, choice));
                }
            }
        }
    }

    [Theory]
    [InlineData("comparison", "Higher", "cao hơn", "higher")]
    [InlineData("form", "Reprimand", "khiển trách", "reprimand")]
    [InlineData("stateLevel", "NotComplete", "Không hoàn thành nhiệm vụ (KHT)", "did not complete duties (KHT)")]
    [InlineData("sector", "publicFinance", "tài chính công", "public finance")]
    [InlineData("sex", "Male", "nam", "male")]
    public void EnumNamesInValues_AreWrittenAsWords(string name, string value, string vietnamese, string english)
    {
        Assert.Equal(vietnamese, new FindingRenderer(Language.Vietnamese).Value(FactValue.Of(name, value)));
        Assert.Equal(english, new FindingRenderer(Language.English).Value(FactValue.Of(name, value)));
    }

    // ---- numbers, percentages and dates, whatever the machine's culture -----------------------

    [Theory]
    [InlineData("en-US")]
    [InlineData("fr-FR")]
    [InlineData("vi-VN")]
    public void Values_FollowTheLanguageNotTheCulture(string culture)
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        CultureInfo savedUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var vi = new FindingRenderer(Language.Vietnamese);
            var en = new FindingRenderer(Language.English);

            Assert.Equal("25,5%", vi.Value(FactValue.Of("share", Share.Of(51, 200))));
            Assert.Equal("25.5%", en.Value(FactValue.Of("share", Share.Of(51, 200))));
            Assert.Equal("30%", vi.Value(FactValue.Of("share", Share.Percent(30))));
            Assert.Equal("1.234", vi.Value(FactValue.Of("count", 1234)));
            Assert.Equal("1,234,567", en.Value(FactValue.Of("count", 1_234_567)));
            Assert.Equal("-1.500", vi.Value(FactValue.Of("monthsLeft", -1500)));
            Assert.Equal("2024", vi.Value(FactValue.Of("year", 2024))); // a year is not a count
            Assert.Equal("92,5", vi.Value(FactValue.Of("score", 92.50m)));
            Assert.Equal("92.5", en.Value(FactValue.Of("score", 92.50m)));
            Assert.Equal("05/01/2026", vi.Value(FactValue.Of("asOf", new LocalDate(2026, 1, 5))));
            Assert.Equal("07/2030", en.Value(FactValue.Of("ageMonth", new YearMonth(2030, 7))));
            Assert.Equal("1.234", DisplayFormat.Count(1234, Language.Vietnamese));
            Assert.Equal("999", DisplayFormat.Count(999, Language.English));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }

    private static IEnumerable<string> Names(string template) => Placeholder.Matches(template).Select(m => m.Groups[1].Value);
}
