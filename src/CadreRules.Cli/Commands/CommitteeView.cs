using System.Collections.Generic;
using System.IO;
using System.Linq;
using CadreRules.Appointment;
using CadreRules.Cli.Localization;
using CadreRules.Documents;
using CadreRules.Rules;

namespace CadreRules.Cli.Commands;

/// <summary>Prints committee candidacies (used by <c>committee</c> and <c>demo</c>).</summary>
internal static class CommitteeView
{
    public static void WriteTable(TextWriter output, IReadOnlyList<CommitteeResult> results, Language language)
    {
        bool vi = language == Language.Vietnamese;
        output.WriteLine(vi ? "Tuổi tham gia cấp ủy nhiệm kỳ 2025–2030" : "Age for party committees of the 2025–2030 term");
        foreach (RegulationReference regulation in results.Select(r => r.Regulation.Reference).DistinctBy(r => r.Id))
        {
            output.WriteLine((vi ? "Văn bản áp dụng: " : "Regulation: ") + Vocabulary.Regulation(regulation, language));
        }

        var table = vi
            ? new TextTable("Mã", "Họ tên", "Cấp ủy", "Tháng tính tuổi", "Tái cử", "Số tháng còn lại", "Tối thiểu", "Kết quả")
            : new TextTable("Id", "Name", "Committee", "Age month", "Re-election", "Months left", "Minimum", "Outcome");
        foreach (CommitteeResult r in results)
        {
            CommitteeCandidacy c = r.Candidacy;
            string committee = Vocabulary.Committee(c.Level, language) + (c.IsProvincialDeputySecretary ? (vi ? ", phó bí thư" : ", deputy secretary") : string.Empty);
            table.Add(c.Cadre.Id.Value, c.Cadre.Name ?? string.Empty, committee, TextTable.Month(c.AgeMonth), Vocabulary.Yes(c.IsReElection, language),
                TextTable.Integer(c.MonthsLeft), TextTable.Integer(r.MinMonths), Vocabulary.Eligible(r.Verdict.Outcome == AppointmentOutcome.Eligible, language));
        }

        table.Write(output);
        foreach (CommitteeResult r in results.Where(r => r.Verdict.Outcome != AppointmentOutcome.Eligible))
        {
            output.WriteLine($"  {r.Candidacy.Cadre.Id}:");
            foreach (Finding reason in RequestView.Failing(r.Verdict.Explanation))
            {
                output.WriteLine("    " + FindingText.Mark(reason, language) + " " + FindingText.Line(reason, language));
            }
        }

        int eligible = results.Count(r => r.Verdict.Outcome == AppointmentOutcome.Eligible);
        output.WriteLine(vi
            ? $"{TextTable.Integer(eligible)} đủ điều kiện, {TextTable.Integer(results.Count - eligible)} không đủ điều kiện"
            : $"{TextTable.Integer(eligible)} eligible, {TextTable.Integer(results.Count - eligible)} not eligible");
    }

    public static void WriteJson(TextWriter output, IReadOnlyList<CommitteeResult> results, Language language) =>
        FindingJson.Write(output, json => CadreResultJson.WriteCommitteeCandidacies(json, results.Select(r => (r.Candidacy, r.Regulation, r.Verdict)), language));
}
