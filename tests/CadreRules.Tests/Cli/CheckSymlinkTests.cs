using System;
using System.IO;
using CadreRules.Tests.Documents;

namespace CadreRules.Tests.Cli;

/// <summary><c>check</c> over folders holding symbolic links (issue #17): no link is followed, each file counts once.</summary>
public sealed class CheckSymlinkTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cadre-check-links-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string PassingCase => Path.Combine(CaseRunnerTests.CasesFolder, "retirement", "decree135-man-born-1961-01.json");

    [Fact]
    public void Check_FolderWithSymlinkLoop_CountsTheCaseOnce()
    {
        string cases = Path.Combine(_folder, "cases");
        string sub = Path.Combine(cases, "sub");
        Directory.CreateDirectory(sub);
        File.Copy(PassingCase, Path.Combine(sub, "a.json"));
        Directory.CreateSymbolicLink(Path.Combine(sub, "loop"), cases);      // cases/sub/loop → cases: a loop
        Directory.CreateSymbolicLink(Path.Combine(cases, "again"), sub);     // cases/again → cases/sub: the same file again

        CliRun run = CliRun.Of("check", cases, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("1 passed, 0 failed\n", run.Output);
        Assert.Contains("note: " + Path.Combine(sub, "loop") + ": symbolic link not followed.", run.Error, StringComparison.Ordinal);
        Assert.Contains("note: " + Path.Combine(cases, "again") + ": symbolic link not followed.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SymlinkedFileAndFolderLeadingOutside_AreNotRead()
    {
        string outside = Path.Combine(_folder, "outside");
        string cases = Path.Combine(_folder, "cases");
        Directory.CreateDirectory(outside);
        Directory.CreateDirectory(cases);
        File.Copy(PassingCase, Path.Combine(outside, "elsewhere.json"));
        File.Copy(PassingCase, Path.Combine(cases, "own.json"));
        File.CreateSymbolicLink(Path.Combine(cases, "linked.json"), Path.Combine(outside, "elsewhere.json"));
        File.CreateSymbolicLink(Path.Combine(cases, "twin.json"), Path.Combine(cases, "own.json"));
        Directory.CreateSymbolicLink(Path.Combine(cases, "out"), outside);

        CliRun run = CliRun.Of("check", cases, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("1 passed, 0 failed\n", run.Output);
        Assert.Equal(3, run.Error.Split("symbolic link not followed.").Length - 1);
    }

    [Fact]
    public void Check_FolderNamedThroughALink_IsRead()
    {
        string cases = Path.Combine(_folder, "cases");
        Directory.CreateDirectory(cases);
        File.Copy(PassingCase, Path.Combine(cases, "a.json"));
        string link = Path.Combine(_folder, "link");
        Directory.CreateSymbolicLink(link, cases);

        CliRun run = CliRun.Of("check", link, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("1 passed, 0 failed\n", run.Output);
        Assert.Equal(string.Empty, run.Error);
    }
}
