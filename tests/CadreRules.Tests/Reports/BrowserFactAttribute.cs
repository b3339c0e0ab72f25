using System;
using System.IO;

namespace CadreRules.Tests.Reports;

/// <summary>A test that needs headless Chromium at <see cref="Chromium.Path"/>. Without it the test is skipped, saying
/// so, on a developer's machine; under CI (<c>CI=true</c>) it runs anyway and fails clearly, so a missing browser is never
/// a silent pass there.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>The message of a skipped browser test.</summary>
    public const string SkipMessage = "Chromium not found at " + Chromium.Path + "; .ci/run installs it";

    public BrowserFactAttribute() => Skip = SkipReason(File.Exists(Chromium.Path), Environment.GetEnvironmentVariable("CI"));

    /// <summary>Why a browser test is skipped, or null when it runs: skipped only when the browser is missing and
    /// <c>CI</c> is not <c>true</c>.</summary>
    internal static string? SkipReason(bool browserFound, string? ci) =>
        browserFound || string.Equals(ci, "true", StringComparison.OrdinalIgnoreCase) ? null : SkipMessage;
}
