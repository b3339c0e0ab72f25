using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace CadreRules.Server.Tests;

/// <summary>The server in the in-memory test host, with the shipped appsettings.json (the demo provinces) and any
/// settings a test adds.</summary>
public sealed class ServerHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ServerHost(WebApplication app)
    {
        _app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public static async Task<ServerHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        WebApplication app = CadreServer.Build([], builder =>
        {
            builder.WebHost.UseTestServer();
            if (settings is not null)
            {
                foreach ((string key, string? value) in settings)
                {
                    builder.Configuration[key] = value;
                }
            }
        });
        await app.StartAsync();
        return new ServerHost(app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>The repository's root (the folder of CadreRules.sln).</summary>
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CadreRules.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("CadreRules.sln not found above " + AppContext.BaseDirectory);
    }

    public static string Sample(string name) => Path.Combine(RepositoryRoot(), "src", "CadreRules.Cli", "Samples", name);
}
