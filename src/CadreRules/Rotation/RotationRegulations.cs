using System.Collections.Generic;
using System.Linq;
using CadreRules.Rules;

namespace CadreRules.Rotation;

/// <summary>The regulations of the rotation and position-change families and of transfer and secondment, for the shipped catalogue.</summary>
internal static class RotationRegulations
{
    public static IEnumerable<Regulation> All =>
        RotationRegulation.All.Cast<Regulation>()
            .Append(PositionChangeRegulation.Nd59)
            .Concat(MovementRegulation.All);
}
