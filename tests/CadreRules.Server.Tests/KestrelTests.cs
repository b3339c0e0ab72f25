using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CadreRules.Server.Tests;

/// <summary>The server on Kestrel, on a free port of the loopback address, over a real socket: health, a round, a
/// problem, and the size limit enforced by Kestrel itself.</summary>
public sealed class KestrelTests
{
    [Fact]
    public async Task OnLoopback_TheServerAnswers()
    {
        WebApplication app = CadreServer.Build(["--urls", "http://127.0.0.1:0", "--CadreRulesServer:MaxRequestBytes", "65536"]);
        await app.StartAsync();
        try
        {
            string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            Assert.StartsWith("http://127.0.0.1:", address);
            using var client = new HttpClient { BaseAddress = new System.Uri(address) };

            Assert.Equal("Healthy", await client.GetStringAsync("/health"));

            using HttpResponseMessage round = await client.SendAsync(Requests.Json("/provinces/minh-khe/evaluation-round", Requests.Sample("demo-evaluations.json")));
            Assert.Equal(HttpStatusCode.OK, round.StatusCode);
            Assert.Contains("\"counts\"", await round.Content.ReadAsStringAsync());

            using HttpResponseMessage broken = await client.SendAsync(Requests.Json("/evaluation-round", "{\"schemaVersion\": 1,", "en"));
            await Requests.ProblemAsync(broken, 400);

            // 200 KiB against a limit of 64 KiB, announced by Content-Length: refused before it is read.
            byte[] large = new byte[200 * 1024];
            System.Array.Fill(large, (byte)' ');
            using HttpResponseMessage tooLarge = await client.SendAsync(Requests.Json("/evaluation-round", large));
            await Requests.ProblemAsync(tooLarge, 413);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
