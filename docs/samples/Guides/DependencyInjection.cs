using System;
using System.IO;
using System.Linq;
using System.Text;
using CadreRules.Evaluation;
using CadreRules.Extensions.DependencyInjection;
using CadreRules.People;
using CadreRules.Rules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Guides;

internal static class DependencyInjection
{
    public static void Run()
    {
        InCode();
        FromConfiguration();
        BrokenVariant();
    }

    private static void InCode()
    {
        #region in-code
        // The demo variant (src/CadreRules.Cli/Samples/demo-variant.json, copied next to the program) raises the
        // HTXS threshold of QĐ 366 from 90 to 92 points for the invented commune Minh Khê.
        var services = new ServiceCollection();
        services.AddCadreRules(o =>
        {
            o.BaseDirectory = AppContext.BaseDirectory;
            o.AddProvince("minh-khe", p => p.AddVariantFile("demo-variant.json"));
        });
        using ServiceProvider provider = services.BuildServiceProvider();

        EvaluationRound shipped = provider.GetRequiredService<EvaluationRound>();
        EvaluationRound minhKhe = provider.GetRequiredKeyedService<EvaluationRound>("minh-khe");
        var member = new EvaluationEntry("A-1", "Chi bộ 1", "đảng viên", SubjectKind.PartyMember, new EvaluationInput
        {
            Year = 2025,
            EvaluatedOn = new LocalDate(2025, 12, 20),
            Role = EvaluationRole.NonLeader,
            Tasks = TaskCounts.AllOnTime(10, 3),
            Score = ScoreCard.FromTotal(91),
        });
        Console.WriteLine(EvaluationRound.Label(shipped.Run([member]).People[0].Qualified));   // HTXS
        Console.WriteLine(EvaluationRound.Label(minhKhe.Run([member]).People[0].Qualified));   // HTT
        #endregion
        Check(EvaluationRound.Label(shipped.Run([member]).People[0].Qualified) == "HTXS");
        Check(EvaluationRound.Label(minhKhe.Run([member]).People[0].Qualified) == "HTT");
    }

    private static void FromConfiguration()
    {
        const string appsettings = """
            {
              "CadreRules": {
                "Provinces": {
                  "minh-khe": { "VariantFiles": [ "demo-variant.json" ] }
                }
              }
            }
            """;

        #region configuration
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(appsettings)));
        builder.Configuration["CadreRules:BaseDirectory"] = AppContext.BaseDirectory;
        builder.Services.AddCadreRules(builder.Configuration.GetSection("CadreRules"));
        using IHost host = builder.Build();
        host.Start();   // reads and checks every province's variants

        ProvinceCatalogs catalogs = host.Services.GetRequiredService<ProvinceCatalogs>();
        RegulationCatalog minhKhe = host.Services.GetRequiredKeyedService<RegulationCatalog>("minh-khe");
        Console.WriteLine(string.Join(", ", catalogs.Provinces));                           // minh-khe
        Console.WriteLine(minhKhe.Regulations.Any(r => r.Id.Value == "party-eval-qd366-minh-khe"));   // True
        host.StopAsync().GetAwaiter().GetResult();
        #endregion
        Check(catalogs.Provinces.SequenceEqual(["minh-khe"]) && ReferenceEquals(minhKhe, catalogs.Get("minh-khe")));
    }

    private static void BrokenVariant()
    {
        string path = Path.Combine(Path.GetTempPath(), $"broken-variant-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "demo-variant.json"))
            .Replace("\"htxs.minScore\"", "\"htxs.minScores\"", StringComparison.Ordinal));
        try
        {
            #region broken
            HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
            builder.Services.AddCadreRules(o => o.AddProvince("ha-noi", p => p.AddVariantFile(path)));
            using IHost host = builder.Build();
            try
            {
                host.Start();
            }
            catch (OptionsValidationException e)
            {
                // CadreRules: province 'ha-noi', variant file '/tmp/broken-variant-….json': $.overrides['htxs.minScores']: …
                Console.WriteLine(e.Failures.Single());
            }
            #endregion
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void Check(bool condition)
    {
        if (!condition)
        {
            throw new InvalidOperationException("The dependency-injection guide's sample no longer gives the output its page shows.");
        }
    }
}
