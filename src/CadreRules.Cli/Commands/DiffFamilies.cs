using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using CadreRules.Appointment;
using CadreRules.Cli.Localization;
using CadreRules.Documents;
using CadreRules.Impact;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Retirement;
using CadreRules.Rotation;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Cli.Commands;

/// <summary>What <c>diff</c> needs to compare a document of any family other than evaluation.</summary>
internal sealed record DiffRequest(
    CliContext Context,
    string Path,
    Func<Stream> Open,
    ImpactSide Before,
    ImpactSide After,
    Roster? Roster,
    SubjectKind Subject,
    Language Language,
    bool Json,
    DocumentLimits Limits)
{
    /// <summary>Gets the spreadsheet format asked for (<c>--format xlsx|csv</c>), or null.</summary>
    public Spreadsheets.SpreadsheetFormat? Sheet { get; init; }

    /// <summary>Gets the file a spreadsheet is written to (<c>--out</c>), or null for standard output.</summary>
    public string? OutPath { get; init; }

    /// <summary>Gets the rules of both sides, for the reasons of a sheet.</summary>
    public ImpactRules Rules => new(Before.Catalog, After.Catalog);
}

/// <summary><c>diff</c> on planning lists, rotation and appointment requests and rosters: reads the document, runs the
/// family's impact adapter on the two sides and prints the same sections as for evaluation.</summary>
internal static class DiffFamilies
{
    public static int Run(DiffKind kind, DiffRequest request) => kind switch
    {
        DiffKind.Rotation => Rotation(request),
        DiffKind.Appointment => Appointment(request),
        DiffKind.Planning => Planning(request),
        DiffKind.Retirement => Retirement(request),
        DiffKind.Review => Review(request),
        DiffKind.NonLocal => NonLocal(request),
        DiffKind.PositionChange => PositionChange(request),
        DiffKind.Committee => Committee(request),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a family diff handles here."),
    };

    private static int Rotation(DiffRequest r)
    {
        ImmutableArray<RotationCase> requests = Read(r, text => CadreDocuments.ReadRotationRequests(text, r.Roster));
        bool vi = r.Language == Language.Vietnamese;
        return Compare(r, "rotation", vi ? "đề nghị luân chuyển" : "rotation requests", vi ? "đề nghị" : "requests", vi ? "Cấp đến" : "Destination level",
            Eligibility(vi), LevelLabel(vi), side => RotationImpact.Subjects(requests, side));
    }

    private static int Appointment(DiffRequest r)
    {
        ImmutableArray<AppointmentCase> dossiers = Read(r, text => CadreDocuments.ReadAppointmentRequests(text, r.Roster));
        bool vi = r.Language == Language.Vietnamese;
        return Compare(r, "appointment", vi ? "đề nghị bổ nhiệm" : "appointment requests", vi ? "đề nghị" : "requests", vi ? "Loại bổ nhiệm" : "Kind",
            EligibilityOf(vi), KindLabel(vi), side => AppointmentImpact.Subjects(dossiers, side, r.Subject));
    }

    private static int Retirement(DiffRequest r)
    {
        Roster roster = Read(r, CadreDocuments.ReadRoster);
        bool vi = r.Language == Language.Vietnamese;
        int exit = Compare(r, "retirement", vi ? "ngày nghỉ hưu" : "retirement dates", vi ? "người" : "cadres", vi ? "Giới tính" : "Sex",
            new Labels<LocalDate>(TextTable.Date, d => NodaTime.Text.LocalDatePattern.Iso.Format(d)), SexLabel(vi), side => RetirementImpact.Subjects(roster, side),
            d => TextTable.Integer(d.Year)); // counted per year of retirement
        if (!r.Json)
        {
            r.Context.Out.WriteLine(vi
                ? "Tuổi và ngày nghỉ hưu theo luật định (BLLĐ 2019 Điều 169, NĐ 135/2020/NĐ-CP Điều 4), không theo danh mục quy định: mọi phiên bản quy định đều cho cùng kết quả."
                : "Retirement age and date are statutory (Labour Code 2019 Art. 169, NĐ 135/2020/NĐ-CP Art. 4), not a catalogue regulation: every regulation selection gives the same answers.");
        }

        return exit;
    }

    private static int Review(DiffRequest r)
    {
        PlanningReviewInput input = Read(r, text => CadreDocuments.ReadPlanningReview(text, r.Roster));
        bool vi = r.Language == Language.Vietnamese;
        var titles = input.Plan.Titles.ToDictionary(t => t.Id, t => t.Name, StringComparer.Ordinal);
        return Compare(r, "review", vi ? "kết quả rà soát quy hoạch" : "planning review", vi ? "người được quy hoạch (theo chức danh)" : "entries (per title)", vi ? "Chức danh" : "Title",
            new Labels<PlanningReviewOutcome>(o => Vocabulary.Review(o, r.Language), o => FindingJson.Camel(o.ToString())),
            group => titles.GetValueOrDefault(group) ?? group,
            side => PlanningReviewImpact.Subjects(input, PlanningReviewImpact.Review(input, side)));
    }

    private static int PositionChange(DiffRequest r)
    {
        ImmutableArray<PositionChangeCase> cases = Read(r, text => CadreDocuments.ReadPositionChanges(text, r.Roster));
        bool vi = r.Language == Language.Vietnamese;
        SubjectKind kind = r.Subject == SubjectKind.PublicEmployee ? SubjectKind.PublicEmployee : SubjectKind.CivilServant;
        return Compare(r, "position-change", vi ? "định kỳ chuyển đổi vị trí công tác" : "periodic position changes", vi ? "người" : "people", vi ? "Ngành, lĩnh vực" : "Sector",
            new Labels<PositionChangeStatus>(s => Vocabulary.Status(s, r.Language), s => FindingJson.Camel(s.ToString())),
            group => Vocabulary.Sector(group, r.Language),
            side => PositionChangeImpact.Subjects(cases, side, kind));
    }

    private static int Committee(DiffRequest r)
    {
        ImmutableArray<CommitteeCandidacy> candidacies = Read(r, text => CadreDocuments.ReadCommitteeCandidacies(text, r.Roster));
        bool vi = r.Language == Language.Vietnamese;
        return Compare(r, "committee", vi ? "tuổi tham gia cấp ủy" : "committee candidacies", vi ? "người" : "candidates", vi ? "Cấp ủy" : "Committee",
            EligibilityOf(vi), group => Enum.TryParse(group, ignoreCase: true, out CommitteeLevel level) ? Vocabulary.Committee(level, r.Language) : group,
            side => CommitteeImpact.Subjects(candidacies, side));
    }

    private static int NonLocal(DiffRequest r)
    {
        KeyPostSurvey survey = Read(r, CadreDocuments.ReadKeyPosts);
        bool vi = r.Language == Language.Vietnamese;
        RotationRegulation before = Side(r, "--regulation", () => NonLocalImpact.Regulation(survey, r.Before));
        RotationRegulation after = Side(r, "--against", () => NonLocalImpact.Regulation(survey, r.After));
        // In the table the subjects' ids name the post in the output's language ("Xã 01 / Bí thư Đảng ủy"); JSON keeps
        // the library's ids ("Xã 01 / secretary").
        IEnumerable<ImpactSubject<KeyPostLocality>> Named(RotationRegulation regulation) => r.Json
            ? NonLocalImpact.Subjects(survey, regulation)
            : NonLocalImpact.Subjects(survey, regulation).Zip(survey.Holders, (s, h) =>
                new ImpactSubject<KeyPostLocality>(new CadreId(h.Unit + " / " + Vocabulary.Post(h.Kind, r.Language)), s.Name, s.Group, s.Outcome, s.Codes, s.Regulation));
        RuleChangeImpact<KeyPostLocality> impact = RuleChangeImpact<KeyPostLocality>.Compare(Named(before), Named(after));
        NonLocalShareReport shareBefore = before.MeasureNonLocalShare(survey.Holders);
        NonLocalShareReport shareAfter = after.MeasureNonLocalShare(survey.Holders);
        var view = new ImpactView<KeyPostLocality>(
            Heading(vi, vi ? "bí thư, chủ tịch không phải người địa phương" : "non-local secretaries and chairs", [before.Id], [after.Id]),
            vi ? "người giữ chức vụ" : "post holders", vi ? "Chức vụ" : "Post",
            o => Vocabulary.Locality(o == KeyPostLocality.Local, r.Language), o => FindingJson.Camel(o.ToString()),
            group => Enum.TryParse(group, ignoreCase: true, out KeyPostKind kind) ? Vocabulary.Post(kind, r.Language) : group);
        if (r.Sheet is { } format)
        {
            ResultSheets.Write(r.Context, r.OutPath, format, writer => ImpactPrinter.WriteSheet(writer, SheetText.DiffSheet.Get(r.Language), view, impact, r.Rules, r.Language));
        }
        else if (r.Json)
        {
            FindingJson.Write(r.Context.Out, json =>
            {
                json.WriteStartObject();
                json.WriteString("kind", "non-local");
                ImpactPrinter.WriteJson(json, view, impact);
                foreach ((string name, NonLocalShareReport report) in new[] { ("shareBefore", shareBefore), ("shareAfter", shareAfter) })
                {
                    json.WriteStartObject(name);
                    json.WriteNumber("nonLocal", report.NonLocal);
                    json.WriteNumber("total", report.Total);
                    FindingJson.WriteShare(json, "share", report.Share);
                    FindingJson.WriteShare(json, "target", report.Target);
                    json.WriteBoolean("meetsTarget", report.MeetsTarget);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            });
        }
        else
        {
            ImpactPrinter.WriteTable(r.Context.Out, view, impact, r.Language);
            r.Context.Out.WriteLine();
            r.Context.Out.WriteLine((vi ? "Trước: " : "Before: ") + NonLocalView.Total(shareBefore, r.Language));
            r.Context.Out.WriteLine((vi ? "Sau:   " : "After:  ") + NonLocalView.Total(shareAfter, r.Language));
        }

        return impact.OutcomesChanged == 0 && shareBefore.MeetsTarget == shareAfter.MeetsTarget ? ExitCodes.Ok : ExitCodes.Findings;
    }

    private static int Planning(DiffRequest r)
    {
        PlanningList list = Read(r, text => CadreDocuments.ReadPlanningList(text, r.Roster));
        bool vi = r.Language == Language.Vietnamese;
        PlanningReport before = Side(r, "--regulation", () => PlanningImpact.Validate(list, r.Before));
        PlanningReport after = Side(r, "--against", () => PlanningImpact.Validate(list, r.After));
        RuleChangeImpact<PlanningEligibility> candidates = PlanningImpact.Compare(list, before, after);
        RuleChangeImpact<PlanningTitleStatus> titles = PlanningImpact.CompareTitles(before, after);
        Labels<PlanningEligibility> eligibility = Eligibility<PlanningEligibility>(vi, e => e == PlanningEligibility.Eligible);
        var candidateView = new ImpactView<PlanningEligibility>(
            Heading(vi, vi ? "danh sách quy hoạch" : "planning list", [before.Regulation.Id], [after.Regulation.Id]),
            vi ? "người được quy hoạch (theo chức danh)" : "planned candidates (per title)", vi ? "Chức danh" : "Title", eligibility.Text, eligibility.Json, g => g);
        var titleView = new ImpactView<PlanningTitleStatus>(
            vi ? "Số lượng quy hoạch theo chức danh" : "Candidates per title",
            vi ? "chức danh" : "titles", vi ? "Cấp" : "Level", s => StatusLabel(s, vi), s => FindingJson.Camel(s.ToString()), LevelLabel(vi));
        if (r.Sheet is { } format)
        {
            // The candidates' sheet, then (a workbook only: a CSV file holds one table) the titles'.
            ResultSheets.Write(r.Context, r.OutPath, format, writer =>
            {
                ImpactPrinter.WriteSheet(writer, SheetText.DiffSheet.Get(r.Language), candidateView, candidates, r.Rules, r.Language);
                if (format == Spreadsheets.SpreadsheetFormat.Xlsx)
                {
                    ImpactPrinter.WriteSheet(writer, SheetText.DiffTitlesSheet.Get(r.Language), titleView, titles, r.Rules, r.Language);
                }
            });
        }
        else if (r.Json)
        {
            FindingJson.Write(r.Context.Out, json =>
            {
                json.WriteStartObject();
                json.WriteString("kind", "planning");
                ImpactPrinter.WriteJson(json, candidateView, candidates);
                json.WriteStartObject("titles");
                ImpactPrinter.WriteJson(json, titleView, titles);
                json.WriteEndObject();
                json.WriteEndObject();
            });
        }
        else
        {
            ImpactPrinter.WriteTable(r.Context.Out, candidateView, candidates, r.Language);
            r.Context.Out.WriteLine();
            ImpactPrinter.WriteTable(r.Context.Out, titleView, titles, r.Language);
        }

        return candidates.OutcomesChanged == 0 && titles.OutcomesChanged == 0 ? ExitCodes.Ok : ExitCodes.Findings;
    }

    private static int Compare<TOutcome>(
        DiffRequest r, string kind, string what, string noun, string groupHeader, Labels<TOutcome> labels, Func<string, string> groupLabel,
        Func<ImpactSide, IEnumerable<ImpactSubject<TOutcome>>> subjects, Func<TOutcome, string>? countKey = null)
        where TOutcome : notnull
    {
        bool vi = r.Language == Language.Vietnamese;
        List<ImpactSubject<TOutcome>> before = Side(r, "--regulation", () => subjects(r.Before).ToList());
        List<ImpactSubject<TOutcome>> after = Side(r, "--against", () => subjects(r.After).ToList());
        RuleChangeImpact<TOutcome> impact = RuleChangeImpact<TOutcome>.Compare(before, after);
        var view = new ImpactView<TOutcome>(
            Heading(vi, what, before.Select(s => s.Regulation), after.Select(s => s.Regulation)), noun, groupHeader, labels.Text, labels.Json, groupLabel)
        {
            CountKey = countKey,
        };
        if (r.Sheet is { } format)
        {
            ResultSheets.Write(r.Context, r.OutPath, format, writer => ImpactPrinter.WriteSheet(writer, SheetText.DiffSheet.Get(r.Language), view, impact, r.Rules, r.Language));
        }
        else if (r.Json)
        {
            FindingJson.Write(r.Context.Out, json =>
            {
                json.WriteStartObject();
                json.WriteString("kind", kind);
                ImpactPrinter.WriteJson(json, view, impact);
                json.WriteEndObject();
            });
        }
        else
        {
            ImpactPrinter.WriteTable(r.Context.Out, view, impact, r.Language);
        }

        return impact.OutcomesChanged == 0 ? ExitCodes.Ok : ExitCodes.Findings;
    }

    private static string Heading(bool vi, string what, IEnumerable<RegulationId> before, IEnumerable<RegulationId> after)
    {
        string b = string.Join(", ", before.Select(id => id.Value).Distinct());
        string a = string.Join(", ", after.Select(id => id.Value).Distinct());
        return vi ? $"So sánh {what}: trước [{b}], sau [{a}]" : $"Impact on the {what}: before [{b}], after [{a}]";
    }

    private static T Read<T>(DiffRequest r, Func<string, T> read)
    {
        string text;
        using (Stream stream = r.Open())
        {
            text = CliInput.ReadText(stream, r.Path, r.Limits, r.Language);
        }

        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..]; // a byte order mark, which the readers of text do not expect
        }

        try
        {
            return read(text);
        }
        catch (DocumentException e)
        {
            throw new CliInputException(CliInput.Lines(r.Path, e, new DocumentRead("diff", r.Language, r.Limits)), e);
        }
    }

    private static T Side<T>(DiffRequest r, string option, Func<T> run)
    {
        try
        {
            return run();
        }
        catch (RegulationNotFoundException e)
        {
            throw new CliInputException($"{option}: {CliMessages.RegulationNotFound(e, r.Language, r.Context.Catalog)}", e);
        }
    }

    private static Labels<TOutcome> Eligibility<TOutcome>(bool vi, Func<TOutcome, bool> eligible)
        where TOutcome : notnull => new(
        o => eligible(o) ? (vi ? "đủ điều kiện" : "eligible") : (vi ? "không đủ điều kiện" : "not eligible"),
        o => eligible(o) ? "eligible" : "notEligible");

    private static Labels<RotationOutcome> Eligibility(bool vi) => Eligibility<RotationOutcome>(vi, o => o == RotationOutcome.Eligible);

    private static Labels<AppointmentOutcome> EligibilityOf(bool vi) => Eligibility<AppointmentOutcome>(vi, o => o == AppointmentOutcome.Eligible);

    private static string StatusLabel(PlanningTitleStatus status, bool vi) => (status, vi) switch
    {
        (PlanningTitleStatus.WithinBounds, true) => "đủ số lượng",
        (PlanningTitleStatus.TooFew, true) => "thiếu",
        (PlanningTitleStatus.TooMany, true) => "vượt",
        (_, true) => "thiếu và vượt",
        (PlanningTitleStatus.WithinBounds, false) => "within bounds",
        (PlanningTitleStatus.TooFew, false) => "too few",
        (PlanningTitleStatus.TooMany, false) => "too many",
        _ => "too few and too many",
    };

    private static Func<string, string> LevelLabel(bool vi) => group => !vi ? group : group switch
    {
        "central" => "trung ương",
        "provincial" => "tỉnh",
        "district" => "huyện",
        "commune" => "xã",
        "grassroots" => "cơ sở",
        _ => group,
    };

    private static Func<string, string> KindLabel(bool vi) => group => !vi ? group : group switch
    {
        "first" => "lần đầu",
        "higher" => "chức vụ cao hơn",
        "equivalentOrLower" => "ngang hoặc thấp hơn",
        _ => group,
    };

    private static Func<string, string> SexLabel(bool vi) => group => !vi ? group : group switch
    {
        "male" => "nam",
        "female" => "nữ",
        _ => group,
    };

    /// <summary>An outcome's label in the output language and in JSON.</summary>
    private sealed record Labels<TOutcome>(Func<TOutcome, string> Text, Func<TOutcome, string> Json);
}
