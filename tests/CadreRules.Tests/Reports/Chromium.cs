using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace CadreRules.Tests.Reports;

/// <summary>Runs headless Chromium on a local file: its DOM, a PDF, a PNG, and the network log of the run.</summary>
internal static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    /// <summary>How long one run may take before it is stopped (a guard against a hung browser, not an assertion).</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(3);

    /// <summary>Flags that keep the browser's own background traffic (updates, sync, translation) down; what remains is
    /// told apart from the page's requests by <see cref="PageRequests"/>.</summary>
    private static readonly string[] Quiet =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
        "--disable-default-apps", "--disable-domain-reliability", "--disable-breakpad", "--hide-scrollbars",
        "--disable-features=Translate,OptimizationHints,MediaRouter,SpellCheck",
    ];

    /// <summary>Runs the browser on <paramref name="file"/> with <paramref name="arguments"/>; returns its standard output.</summary>
    public static string Run(string file, string work, params string[] arguments)
    {
        if (!File.Exists(Path))
        {
            throw new InvalidOperationException($"Chromium not found at {Path}, and CI=true requires the browser tests to run: .ci/run installs it (apt-get install chromium).");
        }

        var start = new ProcessStartInfo(Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = work,
        };
        foreach (string argument in Quiet.Concat(["--user-data-dir=" + System.IO.Path.Combine(work, "profile-" + Guid.NewGuid().ToString("N"))]).Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add(new Uri(file).AbsoluteUri);
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(Guard))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"Chromium did not finish on {file}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Chromium exited with {process.ExitCode} on {file}: {stderr.Result}");
        }

        return stdout;
    }

    /// <summary>The number of pages of a PDF that Chromium printed: its <c>/Type /Page</c> objects (not <c>/Pages</c>).</summary>
    public static int PageCount(string pdf)
    {
        string text = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
        return System.Text.RegularExpressions.Regex.Matches(text, @"/Type\s*/Page(?![A-Za-z])").Count;
    }

    /// <summary>The http, https, ws and wss URLs a page asked for, from a network log (<c>--log-net-log</c>): every
    /// request started with an initiator. The browser's own requests (update checks and the like, which the flags do not
    /// all stop) have the initiator "not an origin" and are not the page's.</summary>
    public static List<string> PageRequests(string netLog)
    {
        using JsonDocument log = JsonDocument.Parse(File.ReadAllText(netLog));
        int startJob = log.RootElement.GetProperty("constants").GetProperty("logEventTypes").GetProperty("URL_REQUEST_START_JOB").GetInt32();
        var urls = new List<string>();
        foreach (JsonElement e in log.RootElement.GetProperty("events").EnumerateArray())
        {
            if (e.GetProperty("type").GetInt32() != startJob || !e.TryGetProperty("params", out JsonElement p) || !p.TryGetProperty("url", out JsonElement url))
            {
                continue;
            }

            string address = url.GetString() ?? string.Empty;
            string initiator = p.TryGetProperty("initiator", out JsonElement i) ? i.GetString() ?? string.Empty : string.Empty;
            bool network = address.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || address.StartsWith("https:", StringComparison.OrdinalIgnoreCase)
                || address.StartsWith("ws:", StringComparison.OrdinalIgnoreCase) || address.StartsWith("wss:", StringComparison.OrdinalIgnoreCase);
            if (network && initiator != "not an origin")
            {
                urls.Add(address);
            }
        }

        return urls;
    }
}
