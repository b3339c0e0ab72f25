using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace CadreRules.Server.Tests;

/// <summary>Runs the built CLI (<c>dotnet cadre-rules.dll …</c>) as a person would, to compare its
/// <c>--format json</c> output with the server's.</summary>
internal static class CliRunner
{
    public static async Task<string> OutputAsync(params string[] args)
    {
        // tests/CadreRules.Server.Tests/bin/{Configuration}/net10.0 → src/CadreRules.Cli/bin/{Configuration}/net10.0
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string configuration = output.Parent!.Name;
        string cli = Path.Combine(ServerHost.RepositoryRoot(), "src", "CadreRules.Cli", "bin", configuration, output.Name, "cadre-rules.dll");
        Assert.True(File.Exists(cli), "the CLI is built with the tests: " + cli);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(cli);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode is 0 or 1, $"cadre-rules {string.Join(' ', args)} exited {process.ExitCode}: {await stderr}");
        return await stdout;
    }
}
