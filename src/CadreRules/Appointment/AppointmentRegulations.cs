using System.Collections.Generic;
using System.Linq;
using CadreRules.Rules;

namespace CadreRules.Appointment;

/// <summary>The regulations of the appointment and committee-membership families, for the shipped catalogue.</summary>
internal static class AppointmentRegulations
{
    public static IEnumerable<Regulation> All =>
        AppointmentRegulation.All.Cast<Regulation>()
            .Append(CommitteeMembershipRegulation.Ct45);
}
