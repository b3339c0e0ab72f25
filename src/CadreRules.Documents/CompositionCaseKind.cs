using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CadreRules.Composition;
using CadreRules.Rules;

namespace CadreRules.Documents;

/// <summary>
/// <c>"kind": "composition"</c>: facts are a body document (schemaVersion optional; <c>cadreRef</c> reads the case's
/// roster): its members, the date, the young age and the targets. With <c>facts.directiveTargets: true</c> or a
/// <c>regulation</c> (an id or <c>"in force on DATE"</c>), the structure targets of the directive (topic
/// <see cref="RegulationTopic.StructureTargets"/>, in force on the body's date unless named) apply too. Expected: any of
/// <c>total</c>, per measure (<c>women</c>, <c>young</c>, <c>ethnicMinority</c>) any of <c>count</c>, <c>share</c>
/// (Vietnamese text, e.g. <c>41,5%</c>), <c>meetsTarget</c>, <c>shortfall</c>, <c>pointsChange</c>,
/// <c>relativeChange</c>; <c>firstTime</c> and <c>reElected</c> (every member's <c>firstTime</c> given) and
/// <c>universityOrHigher</c>, <c>politicalTheoryAdvanced</c>, <c>politicalTheoryIntermediateOrHigher</c>, each any of
/// <c>count</c> and <c>share</c> over all the members (compared at the precision written: <c>91%</c> at none,
/// <c>90,2%</c> at one decimal); and <c>directive</c>: any of <c>regulation</c> (id), <c>met</c>, and per target
/// (<c>women</c>, <c>young</c>) any of <c>count</c>, <c>share</c>, <c>required</c>, <c>meetsTarget</c>,
/// <c>shortfall</c>.
/// </summary>
internal sealed class CompositionCaseKind : ICaseKind
{
    private static readonly RuleCode RootCode = new("Case.Composition");

    public string Name => "composition";

    public CaseOutcome Run(CaseInput input)
    {
        BodyMembership body = BodyMapper.ToBody(DocumentReader.ParseElement(input.Facts, CadreJsonContext.Default.BodyJson, "$.facts"), input.Roster, "$.facts");
        CompositionExpectedJson expected = DocumentReader.ParseElement(input.Expected, CadreJsonContext.Default.CompositionExpectedJson, "$.expected");
        if (expected.Total is null && expected.Women is null && expected.Young is null && expected.EthnicMinority is null && expected.Directive is null
            && expected.FirstTime is null && expected.ReElected is null && expected.UniversityOrHigher is null && expected.PoliticalTheoryAdvanced is null && expected.PoliticalTheoryIntermediateOrHigher is null)
        {
            throw DocumentException.Of("$.expected", DocumentErrorCodes.NothingExpected, null, "total, women, young, ethnicMinority, firstTime, reElected, universityOrHigher, politicalTheoryAdvanced, politicalTheoryIntermediateOrHigher, directive");
        }

        if ((expected.FirstTime is not null || expected.ReElected is not null) && body.FirstTimeMembers is null)
        {
            throw DocumentException.Of(expected.FirstTime is not null ? "$.expected.firstTime" : "$.expected.reElected", DocumentErrorCodes.NeedsField, null, expected.FirstTime is not null ? "firstTime" : "reElected", "facts.members[*].firstTime");
        }

        bool applies = body.DirectiveTargets || input.Regulation is not null || input.InForceOn is not null;
        if (expected.Directive is not null && !applies)
        {
            throw DocumentException.Of("$.expected.directive", DocumentErrorCodes.NeedsField, null, "directive", "facts.directiveTargets");
        }

        StructureTargetsRegulation? directive = applies
            ? CaseRegulation.Resolve<StructureTargetsRegulation>(input, RegulationTopic.StructureTargets, SubjectKind.PartyOrganisation, body.AsOf)
            : null;

        // An expectation no body can have (a count or a shortfall below 0) is bad input, not a failed case.
        Require.Count(expected.Total, "$.expected.total");
        foreach ((CompositionMeasureJson? measure, string path) in new[] { (expected.Women, "$.expected.women"), (expected.Young, "$.expected.young"), (expected.EthnicMinority, "$.expected.ethnicMinority") })
        {
            Require.Count(measure?.Count, path + ".count");
            Require.Count(measure?.Shortfall, path + ".shortfall");
        }

        BodyComposition composition = body.Measure();
        var failures = new List<string>();
        if (expected.Total is { } total && total != composition.Total)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"total: expected {total}, actual {composition.Total}"));
        }

        Compare(failures, "women", expected.Women, composition.Women, body.Targets.Women, "$.expected.women", body.Previous?.WomenChange(composition), "women");
        Compare(failures, "young", expected.Young, composition.Young, body.Targets.Young, "$.expected.young", body.Previous?.YoungChange(composition), "young");
        Compare(failures, "ethnic minority", expected.EthnicMinority, composition.EthnicMinority, body.Targets.EthnicMinority, "$.expected.ethnicMinority", body.Previous?.EthnicMinorityChange(composition), "ethnicMinority");
        if (body.FirstTimeMembers is { } firstTime && body.ReElectedMembers is { } reElected)
        {
            ShareExpectations.Compare(failures, "first time", expected.FirstTime, firstTime, "$.expected.firstTime");
            ShareExpectations.Compare(failures, "re-elected", expected.ReElected, reElected, "$.expected.reElected");
        }

        QualificationShares qualifications = body.MeasureQualifications();
        ShareExpectations.Compare(failures, "university or higher", expected.UniversityOrHigher, qualifications.UniversityOrHigher, "$.expected.universityOrHigher");
        ShareExpectations.Compare(failures, "political theory advanced", expected.PoliticalTheoryAdvanced, qualifications.PoliticalTheoryAdvanced, "$.expected.politicalTheoryAdvanced");
        ShareExpectations.Compare(failures, "political theory intermediate or higher", expected.PoliticalTheoryIntermediateOrHigher, qualifications.PoliticalTheoryIntermediateOrHigher, "$.expected.politicalTheoryIntermediateOrHigher");
        var findings = body.Targets.Check(composition);
        if (directive is not null)
        {
            Finding directiveFinding = directive.Check(body).Explanation;
            findings = findings.Add(directiveFinding);
            CompareDirective(failures, expected.Directive, directive, body);
        }

        var root = new Finding(RootCode, new LocalizedText("Cơ cấu so với chỉ tiêu", "Structure against the targets"), null, findings.Any(f => f.Status == FindingStatus.NotSatisfied) ? FindingStatus.NotSatisfied : FindingStatus.Satisfied, Severity.TargetNotMet, [], findings);
        return new CaseOutcome(root, failures);
    }

    private static void CompareDirective(List<string> failures, DirectiveExpectedJson? expected, StructureTargetsRegulation directive, BodyMembership body)
    {
        if (expected is null)
        {
            return;
        }

        if (expected.Regulation is null && expected.Met is null && expected.Outcome is null && expected.Women is null && expected.Young is null && expected.StandingCommitteeWomen is null && expected.Renewal is null
            && expected.YoungCountedOn is null && expected.AgeBands is null)
        {
            throw DocumentException.Of("$.expected.directive", DocumentErrorCodes.NothingExpected, null, "regulation, met, outcome, women, young, standingCommitteeWomen, renewal, youngCountedOn, ageBands");
        }

        if (expected.YoungCountedOn is { } youngOn && youngOn != directive.YoungCountedOn(body))
        {
            failures.Add($"directive young counted on: expected {NodaTime.Text.LocalDatePattern.Iso.Format(youngOn)}, actual {NodaTime.Text.LocalDatePattern.Iso.Format(directive.YoungCountedOn(body))}");
        }

        if (expected.Regulation is { } id && id != directive.Id.Value)
        {
            failures.Add($"directive regulation: expected {id}, actual {directive.Id.Value}");
        }

        Verdict<bool?> verdict = directive.Check(body);
        if (expected.AgeBands is { } bandsExpected)
        {
            Finding bands = verdict.Explanation.Children.FirstOrDefault(c => c.Code.Value == "Structure.AgeBands")
                ?? throw DocumentException.Of("$.expected.directive.ageBands", DocumentErrorCodes.NotApplicable, null, "ageBands");
            string actualBands = CadreResultJson.AgeBandsStatus(bands);
            if (bandsExpected != actualBands)
            {
                failures.Add($"directive age bands: expected {bandsExpected}, actual {actualBands}");
            }
        }

        bool met = verdict.Outcome == true;
        if (expected.Met is { } m && m != met)
        {
            failures.Add($"directive met: expected {(m ? "true" : "false")}, actual {(met ? "true" : "false")}");
        }

        string outcome = CadreResultJson.DirectiveStatus(verdict.Explanation);
        if (expected.Outcome is { } o && o != outcome)
        {
            failures.Add($"directive outcome: expected {o}, actual {outcome}");
        }

        foreach ((DirectiveMeasureJson? e, string code, string what, string key) in new[]
        {
            (expected.StandingCommitteeWomen, "Structure.StandingCommitteeWomen", "directive standing committee women", "standingCommitteeWomen"),
            (expected.Renewal, "Structure.Renewal", "directive renewal", "renewal"),
        })
        {
            if (e is null)
            {
                continue;
            }

            Finding f = verdict.Explanation.Children.FirstOrDefault(c => c.Code.Value == code)
                ?? throw DocumentException.Of("$.expected.directive." + key, DocumentErrorCodes.NotApplicable, null, key);
            CompareFinding(failures, what, e, f, "$.expected.directive." + key);
        }

        BodyComposition measured = BodyComposition.Of(body.Members, directive.YoungCountedOn(body), directive.YoungAgeBelow);
        if (expected.Women is not null && directive.Women is null)
        {
            throw DocumentException.Of("$.expected.directive.women", DocumentErrorCodes.NotApplicable, null, "women");
        }

        foreach ((DirectiveMeasureJson? e, string code, string what, string key) in new[] { (expected.Women, "Structure.WomenShare", "directive women", "women"), (expected.Young, "Structure.YoungShare", "directive young", "young") })
        {
            if (e?.Status is { } status && verdict.Explanation.Children.FirstOrDefault(c => c.Code.Value == code) is { } f && status != CadreResultJson.DirectiveStatus(f))
            {
                failures.Add($"{what} status: expected {status}, actual {CadreResultJson.DirectiveStatus(f)}");
            }
        }

        CompareTarget(failures, "directive women", expected.Women, measured.Women, directive.Women, directive.Rounding, "$.expected.directive.women");
        CompareTarget(failures, "directive young", expected.Young, measured.Young, directive.Young, directive.Rounding, "$.expected.directive.young");
    }

    private static void CompareFinding(List<string> failures, string what, DirectiveMeasureJson expected, Finding finding, string path)
    {
        if (expected.Count is null && expected.Share is null && expected.Required is null && expected.MeetsTarget is null && expected.Shortfall is null && expected.Status is null)
        {
            throw DocumentException.Of(path, DocumentErrorCodes.NothingExpected, null, "count, share, required, meetsTarget, shortfall, status");
        }

        string status = CadreResultJson.DirectiveStatus(finding);
        if (expected.Status is { } s && s != status)
        {
            failures.Add($"{what} status: expected {s}, actual {status}");
        }

        if (expected.MeetsTarget is { } meets && meets != (finding.Status == FindingStatus.Satisfied))
        {
            failures.Add($"{what} meets target: expected {(meets ? "true" : "false")}, actual {(meets ? "false" : "true")}");
        }

        foreach ((long? e, string key, string label) in new[] { ((long?)expected.Count, "count", "count"), (expected.Required, "required", "required"), (expected.Shortfall, "shortfall", "shortfall") })
        {
            if (e is { } value)
            {
                long? actual = finding.Values.Where(v => v.Name == key).Select(v => v.Value).FirstOrDefault() is IConvertible n ? Convert.ToInt64(n, CultureInfo.InvariantCulture) : null;
                if (actual != value)
                {
                    failures.Add(string.Create(CultureInfo.InvariantCulture, $"{what} {label}: expected {value}, actual {(actual is { } a ? a.ToString(CultureInfo.InvariantCulture) : "—")}"));
                }
            }
        }
    }

    private static void CompareTarget(List<string> failures, string what, DirectiveMeasureJson? expected, CompositionShare actual, Share? target, TargetRounding rounding, string path)
    {
        if (expected is null || target is not { } t)
        {
            return;
        }

        if (expected.Count is null && expected.Share is null && expected.Required is null && expected.MeetsTarget is null && expected.Shortfall is null && expected.Status is null)
        {
            throw DocumentException.Of(path, DocumentErrorCodes.NothingExpected, null, "count, share, required, meetsTarget, shortfall, status");
        }

        Require.Count(expected.Count, path + ".count");
        Require.Count(expected.Required, path + ".required");
        Require.Count(expected.Shortfall, path + ".shortfall");
        TargetMeasure measure = TargetMeasure.Of(actual, t, rounding);
        string text = actual.Format(Language.Vietnamese);
        if (expected.Count is { } count && count != actual.Count)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{what} count: expected {count}, actual {actual.Count}"));
        }

        if (expected.Share is { } share && share != text)
        {
            failures.Add($"{what} share: expected {share}, actual {text}");
        }

        if (expected.Required is { } required && required != measure.Required)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{what} required: expected {required}, actual {measure.Required}"));
        }

        if (expected.MeetsTarget is { } meets && meets != measure.Met)
        {
            failures.Add($"{what} meets target: expected {(meets ? "true" : "false")}, actual {(measure.Met ? "true" : "false")}");
        }

        if (expected.Shortfall is { } shortfall && shortfall != measure.Shortfall)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{what} shortfall: expected {shortfall}, actual {measure.Shortfall}"));
        }
    }

    private static void Compare(List<string> failures, string what, CompositionMeasureJson? expected, CompositionShare actual, Share? target, string path, TermChange? change, string key)
    {
        if (expected is null)
        {
            return;
        }

        if (expected.Count is null && expected.Share is null && expected.MeetsTarget is null && expected.Shortfall is null && expected.PointsChange is null && expected.RelativeChange is null)
        {
            throw DocumentException.Of(path, DocumentErrorCodes.NothingExpected, null, "count, share, meetsTarget, shortfall, pointsChange, relativeChange");
        }

        if ((expected.PointsChange is not null || expected.RelativeChange is not null) && change is null)
        {
            throw DocumentException.Of(path, DocumentErrorCodes.NeedsField, null, expected.PointsChange is not null ? "pointsChange" : "relativeChange", "facts.previous." + key);
        }

        if (change is { } c)
        {
            string points = c.FormatPoints(Language.Vietnamese);
            if (expected.PointsChange is { } p && p != points)
            {
                failures.Add($"{what} points change: expected {p}, actual {points}");
            }

            string relative = c.FormatRelative(Language.Vietnamese);
            if (expected.RelativeChange is { } r && r != relative)
            {
                failures.Add($"{what} relative change: expected {r}, actual {relative}");
            }
        }

        if ((expected.MeetsTarget is not null || expected.Shortfall is not null) && target is null)
        {
            throw DocumentException.Of(path, DocumentErrorCodes.NeedsField, null, expected.MeetsTarget is not null ? "meetsTarget" : "shortfall", "facts.targets." + what);
        }

        if (expected.Count is { } count && count != actual.Count)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{what} count: expected {count}, actual {actual.Count}"));
        }

        string text = actual.Format(Language.Vietnamese);
        if (expected.Share is { } share && share != text)
        {
            failures.Add($"{what} share: expected {share}, actual {text}");
        }

        if (target is { } t)
        {
            bool meets = actual.Reaches(t);
            if (expected.MeetsTarget is { } m && m != meets)
            {
                failures.Add($"{what} meets target: expected {(m ? "true" : "false")}, actual {(meets ? "true" : "false")}");
            }

            long shortfall = CompositionTargets.Shortfall(actual, t);
            if (expected.Shortfall is { } s && s != shortfall)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"{what} shortfall: expected {s}, actual {shortfall}"));
            }
        }
    }
}
