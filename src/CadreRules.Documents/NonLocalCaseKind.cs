using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using CadreRules.Rotation;
using CadreRules.Rules;

namespace CadreRules.Documents;

/// <summary>
/// <c>"kind": "non-local"</c>: facts are a key-posts document (schemaVersion optional), measured by <c>regulation</c> or
/// the rotation regulation in force on the document's date. Expected: any of <c>nonLocal</c>, <c>total</c>,
/// <c>share</c> and <c>gap</c> (Vietnamese text, e.g. <c>53,1%</c>), <c>meetsTarget</c>, <c>byPost</c> (per post:
/// non-local over total, e.g. <c>12/16</c>), <c>progress</c> against the deadline, <c>secretariesDueToMove</c>, and
/// <c>byLevelAndPost</c>: per <c>level/post</c> key (<c>provincial/secretary</c>, <c>commune/secretary</c>,
/// <c>commune/chair</c>…) any of <c>count</c> (<c>12/16</c>), <c>meetsTarget</c> and <c>shortfall</c> (need a target
/// for that post and level) and <c>progress</c> (<c>none</c> for a post without a target).
/// </summary>
internal sealed class NonLocalCaseKind : ICaseKind
{
    public string Name => "non-local";

    public CaseOutcome Run(CaseInput input)
    {
        if (input.Regulation is { } chosen && chosen is not RotationRegulation)
        {
            throw Require.WrongTopic(chosen, Name);
        }

        KeyPostSurvey survey = KeyPostsMapper.ToSurvey(DocumentReader.ParseElement(input.Facts, CadreJsonContext.Default.KeyPostsJson, "$.facts"), "$.facts");
        NonLocalExpectedJson expected = DocumentReader.ParseElement(input.Expected, CadreJsonContext.Default.NonLocalExpectedJson, "$.expected");
        if (expected.NonLocal is null && expected.Total is null && expected.Share is null && expected.MeetsTarget is null && expected.Gap is null && expected.ByPost is null
            && expected.Progress is null && expected.SecretariesDueToMove is null && expected.ByLevelAndPost is null)
        {
            throw DocumentException.Of("$.expected", DocumentErrorCodes.NothingExpected, null, "nonLocal, total, share, meetsTarget, gap, byPost, byLevelAndPost, progress, secretariesDueToMove");
        }

        RotationRegulation regulation = CaseRegulation.Resolve<RotationRegulation>(input, RegulationTopic.Rotation, SubjectKind.Cadre, survey.Date);
        NonLocalShareReport report = regulation.MeasureNonLocalShare(survey.Holders);
        var failures = new List<string>();
        Compare(failures, "non-local", expected.NonLocal, report.NonLocal);
        Compare(failures, "total", expected.Total, report.Total);
        Compare(failures, "share", expected.Share, report.Share.FormatPercent(Language.Vietnamese));
        Compare(failures, "gap", expected.Gap, report.Gap.FormatPercent(Language.Vietnamese));
        if (expected.MeetsTarget is { } meets && meets != report.MeetsTarget)
        {
            failures.Add($"meets target: expected {(meets ? "true" : "false")}, actual {(report.MeetsTarget ? "true" : "false")}");
        }

        if (expected.Progress is { } progress && progress != report.ProgressOn(survey.Date))
        {
            failures.Add($"progress: expected {Camel(progress)}, actual {Camel(report.ProgressOn(survey.Date))}");
        }

        Compare(failures, "secretaries due to move", expected.SecretariesDueToMove, regulation.SecretaryTenure(survey).Count(f => f.Status == FindingStatus.NotSatisfied));
        foreach ((string post, string count) in expected.ByPost ?? [])
        {
            KeyPostKind kind = post switch
            {
                "secretary" => KeyPostKind.Secretary,
                "chair" => KeyPostKind.Chair,
                _ => throw DocumentException.Coded(Require.Key("$.expected.byPost", post), DocumentErrorCodes.UnknownProperty, $"unknown property '{post}'.", null, null, post),
            };
            NonLocalShareReport part = regulation.MeasureNonLocalShare(survey.Holders.Where(h => h.Kind == kind));
            Compare(failures, post, count, string.Create(CultureInfo.InvariantCulture, $"{part.NonLocal}/{part.Total}"));
        }

        ImmutableArray<NonLocalPostReport> parts = regulation.MeasureNonLocalByPost(survey);
        foreach ((string key, NonLocalPostExpectedJson e) in expected.ByLevelAndPost ?? [])
        {
            string path = Require.Key("$.expected.byLevelAndPost", key);
            if (e.Count is null && e.MeetsTarget is null && e.Shortfall is null && e.Progress is null && e.NoTarget is null)
            {
                throw DocumentException.Of(path, DocumentErrorCodes.NothingExpected, null, "count, meetsTarget, shortfall, progress, noTarget");
            }

            Require.Count(e.Shortfall, path + ".shortfall");
            NonLocalPostReport part = parts.FirstOrDefault(p => Key(p) == key)
                ?? throw DocumentException.Coded(path, DocumentErrorCodes.UnknownProperty, $"no post '{key}' in the facts (keys are level/post, e.g. commune/secretary).", null, null, key);
            Compare(failures, key, e.Count, string.Create(CultureInfo.InvariantCulture, $"{part.NonLocal}/{part.Total}"));
            if ((e.MeetsTarget is not null || e.Shortfall is not null) && part.Target is null)
            {
                throw DocumentException.Of(path, DocumentErrorCodes.NotApplicable, null, e.MeetsTarget is not null ? "meetsTarget" : "shortfall");
            }

            if (e.MeetsTarget is { } m && m != part.MeetsTarget)
            {
                failures.Add($"{key} meets target: expected {(m ? "true" : "false")}, actual {(part.MeetsTarget == true ? "true" : "false")}");
            }

            if (e.Shortfall is { } s && s != part.Shortfall)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"{key} shortfall: expected {s}, actual {part.Shortfall}"));
            }

            string partNoTarget = part.NoTarget is { } why ? System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(why.ToString()) : "none";
            if (e.NoTarget is { } en && en != partNoTarget)
            {
                failures.Add($"{key} no target: expected {en}, actual {partNoTarget}");
            }

            string partProgress = part.ProgressOn(survey.Date) is { } pp ? Camel(pp) : "none";
            if (e.Progress is { } ep && ep != partProgress)
            {
                failures.Add($"{key} progress: expected {ep}, actual {partProgress}");
            }
        }

        return new CaseOutcome(report.Explain(), failures);
    }

    /// <summary>"commune/secretary", "provincial/chair": how a case names one post kind at one level.</summary>
    internal static string Key(NonLocalPostReport part) =>
        System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(part.Level.ToString()) + "/" + System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(part.Kind.ToString());

    private static string Camel(NonLocalProgress progress) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(progress.ToString());

    private static void Compare<T>(List<string> failures, string what, T? expected, T actual)
    {
        if (expected is not null && !EqualityComparer<T>.Default.Equals(expected, actual))
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{what}: expected {expected}, actual {actual}"));
        }
    }
}
