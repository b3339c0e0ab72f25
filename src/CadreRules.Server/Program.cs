using Microsoft.AspNetCore.Builder;

namespace CadreRules.Server;

/// <summary>The web API's entry point: <c>dotnet run --project src/CadreRules.Server</c> (docs/hosting.md).</summary>
internal static class Program
{
    private static void Main(string[] args) => CadreServer.Build(args).Run();
}
