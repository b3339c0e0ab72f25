using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace CadreRules.Load;

/// <summary>
/// Posts a 60-person evaluation round to the web API at 1, 16 and 64 concurrent clients and reports requests per
/// second, p50 and p99 latency, errors, and the server's memory after each level.
/// <code>
/// dotnet run -c Release --project benchmarks/CadreRules.Load -- --server artifacts/server-aot/CadreRules.Server
/// dotnet run -c Release --project benchmarks/CadreRules.Load -- --url http://127.0.0.1:5080
/// </code>
/// Options: <c>--requests N</c> per level (10,000), <c>--concurrency 1,16,64</c>, <c>--max-seconds S</c> per level
/// (120), <c>--warmup N</c> (500). Only loopback addresses are accepted; every level stops at its count or its time.
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        Dictionary<string, string> options = Options(args);
        int requests = int.Parse(options.GetValueOrDefault("--requests", "10000"), CultureInfo.InvariantCulture);
        int warmup = int.Parse(options.GetValueOrDefault("--warmup", "500"), CultureInfo.InvariantCulture);
        double maxSeconds = double.Parse(options.GetValueOrDefault("--max-seconds", "120"), CultureInfo.InvariantCulture);
        int[] levels = [.. options.GetValueOrDefault("--concurrency", "1,16,64").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture))];

        Process? server = null;
        Uri url;
        if (options.TryGetValue("--server", out string? program))
        {
            int port = FreeLoopbackPort();
            url = new Uri($"http://127.0.0.1:{port}");
            server = StartServer(program, url);
        }
        else
        {
            url = new Uri(options.GetValueOrDefault("--url", "http://127.0.0.1:5080"));
        }

        if (!IsLoopback(url))
        {
            Console.Error.WriteLine($"{url}: only a server on the loopback address (127.0.0.0/8, ::1, localhost) is loaded.");
            return 2;
        }

        try
        {
            byte[] round = SixtyPeople();
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = levels.Max(), PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
            using var client = new HttpClient(handler) { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };
            await WaitForHealthAsync(client);
            int? pid = server?.Id ?? (options.TryGetValue("--server-pid", out string? p) ? int.Parse(p, CultureInfo.InvariantCulture) : null);
            Console.WriteLine($"# {url} — POST /evaluation-round, 60 people ({round.Length:N0} bytes), {requests:N0} requests per level, at most {maxSeconds} s per level");
            Console.WriteLine($"# machine: {Environment.ProcessorCount} cores; server memory read from /proc/{pid?.ToString(CultureInfo.InvariantCulture) ?? "?"}/status");
            Console.WriteLine($"# before: {Memory(pid)}");
            Level warm = await RunAsync(client, round, Math.Min(4, levels.Max()), warmup, maxSeconds);
            Console.WriteLine($"# warm-up: {warm.Completed:N0} requests, {warm.Errors} errors; {Memory(pid)}");
            Console.WriteLine();
            Console.WriteLine("| clients | requests | errors | seconds | requests/s | p50 ms | p99 ms | max ms | server memory after |");
            Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---|");
            int failed = 0;
            foreach (int clients in levels)
            {
                Level level = await RunAsync(client, round, clients, requests, maxSeconds);
                failed += level.Errors;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {clients} | {level.Completed:N0} | {level.Errors} | {level.Seconds:0.0} | {level.Completed / level.Seconds:N0} | {level.Percentile(0.50):0.00} | {level.Percentile(0.99):0.00} | {level.Percentile(1.0):0.0} | {Memory(pid)} |"));
            }

            return failed == 0 ? 0 : 1;
        }
        finally
        {
            if (server is not null)
            {
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync();
                server.Dispose();
            }
        }
    }

    /// <summary>Sends <paramref name="count"/> requests from <paramref name="clients"/> concurrent loops, or as many as
    /// <paramref name="maxSeconds"/> allow.</summary>
    private static async Task<Level> RunAsync(HttpClient client, byte[] body, int clients, int count, double maxSeconds)
    {
        double[] latencies = new double[count];
        int next = -1;
        int errors = 0;
        var deadline = Stopwatch.StartNew();
        async Task Loop()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count && deadline.Elapsed.TotalSeconds < maxSeconds)
            {
                long start = Stopwatch.GetTimestamp();
                try
                {
                    using var content = new ByteArrayContent(body);
                    content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                    using HttpResponseMessage response = await client.PostAsync("/evaluation-round", content).ConfigureAwait(false);
                    byte[] answer = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                    if (response.StatusCode != HttpStatusCode.OK || answer.Length < 1000)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
                catch (TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                }

                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }

        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(Loop)));
        double seconds = deadline.Elapsed.TotalSeconds;
        int completed = Math.Min(count, next);
        return new Level(completed, errors, seconds, latencies[..completed]);
    }

    /// <summary>The demo's 48 people and 12 more (copies of the first 12 under new ids): a 60-person round.</summary>
    private static byte[] SixtyPeople()
    {
        JsonNode sheet = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "demo-evaluations.json")))!;
        JsonArray people = sheet["people"]!.AsArray();
        int original = people.Count;
        for (int i = 0; people.Count < 60; i++)
        {
            JsonNode copy = people[i % original]!.DeepClone();
            copy["id"] = string.Create(CultureInfo.InvariantCulture, $"MKT-{people.Count + 1:000}");
            people.Add(copy);
        }

        return Encoding.UTF8.GetBytes(sheet.ToJsonString());
    }

    private static Process StartServer(string program, Uri url)
    {
        var start = program.EndsWith(".dll", StringComparison.Ordinal) ? new ProcessStartInfo("dotnet") { ArgumentList = { program } } : new ProcessStartInfo(program);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(url.ToString());
        start.ArgumentList.Add("--Logging:LogLevel:Default");
        start.ArgumentList.Add("Warning");
        start.UseShellExecute = false;
        return Process.Start(start) ?? throw new InvalidOperationException("could not start " + program);
    }

    private static async Task WaitForHealthAsync(HttpClient client)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if ((await client.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (waited.Elapsed < TimeSpan.FromSeconds(30))
            {
            }

            await Task.Delay(100);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out IPAddress? address) && IPAddress.IsLoopback(address));

    /// <summary>The server's resident memory now and its peak (VmRSS, VmHWM), or "?" without its process id.</summary>
    private static string Memory(int? pid)
    {
        if (pid is null || !File.Exists($"/proc/{pid}/status"))
        {
            return "?";
        }

        string[] lines = File.ReadAllLines($"/proc/{pid}/status");
        string Field(string name) => lines.FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal))?[name.Length..].Trim() is { } kb
            ? string.Create(CultureInfo.InvariantCulture, $"{long.Parse(kb.Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0:0} MiB")
            : "?";
        return $"RSS {Field("VmRSS:")}, peak {Field("VmHWM:")}";
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            options[args[i]] = args[i + 1];
        }

        return options;
    }

    private sealed record Level(int Completed, int Errors, double Seconds, double[] Latencies)
    {
        public double Percentile(double p)
        {
            if (Latencies.Length == 0)
            {
                return double.NaN;
            }

            double[] sorted = [.. Latencies.Order()];
            return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        }
    }
}
