using System;
using System.Net.Http;
using System.Threading.Tasks;

namespace CadreRules.Server.Tests;

/// <summary>One test server shared by a test class (the catalogues are built once).</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private ServerHost? _host;

    public HttpClient Client => (_host ?? throw new InvalidOperationException("not started")).Client;

    public async Task InitializeAsync() => _host = await ServerHost.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
