using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CadreRules.Evaluation;
using CadreRules.Extensions.DependencyInjection;
using CadreRules.People;
using CadreRules.Rules;
using CadreRules.Tests.Docs;
using CadreRules.Tests.Evaluation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CadreRules.Tests.DependencyInjection;

public sealed class CadreRulesServiceCollectionExtensionsTests : IDisposable
{
    // The demo variant raises the HTXS threshold of QĐ 366 from 90 to 92 points (and rates the highest level met).
    private static readonly string DemoVariant =
        Path.Combine(RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples", "demo-variant.json");

    private readonly string _directory = Directory.CreateTempSubdirectory("cadre-rules-di-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static EvaluationOutcome Qualified(EvaluationRound round, decimal score) =>
        round.Run([new EvaluationEntry("A-1", "Chi bộ 1", "đảng viên", SubjectKind.PartyMember, EvaluationTestData.Scored(score))])
            .People.Single().Qualified;

    private string WriteFile(string name, string text)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string DemoVariantWith(string from, string to)
    {
        string text = File.ReadAllText(DemoVariant);
        Assert.Contains(from, text, StringComparison.Ordinal);
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    private static IConfiguration Json(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();

    // --- Registration -------------------------------------------------------------------------------------------------

    [Fact]
    public void AddCadreRules_NoProvince_RegistersTheShippedCatalogueAndItsRound()
    {
        using ServiceProvider services = new ServiceCollection().AddCadreRules().BuildServiceProvider();

        Assert.Same(ShippedRegulations.Catalog, services.GetRequiredService<RegulationCatalog>());
        ProvinceCatalogs catalogs = services.GetRequiredService<ProvinceCatalogs>();
        Assert.Same(ShippedRegulations.Catalog, catalogs.Default);
        Assert.Empty(catalogs.Provinces);
        EvaluationRound round = services.GetRequiredService<EvaluationRound>();
        Assert.Same(ShippedRegulations.Catalog, round.Catalog);
        Assert.Equal(EvaluationOutcome.Excellent, Qualified(round, 91));
    }

    [Fact]
    public void AddCadreRules_ProvinceWithTheDemoVariant_KeyedCatalogueAndRoundApplyIt()
    {
        using ServiceProvider services = new ServiceCollection()
            .AddCadreRules(o => o.AddProvince("minh-khe", p => p.AddVariantFile(DemoVariant)))
            .BuildServiceProvider();

        RegulationCatalog province = services.GetRequiredKeyedService<RegulationCatalog>("minh-khe");
        Assert.NotNull(province.Find("party-eval-qd366-minh-khe"));
        Assert.Null(services.GetRequiredService<RegulationCatalog>().Find("party-eval-qd366-minh-khe"));

        EvaluationRound provinceRound = services.GetRequiredKeyedService<EvaluationRound>("minh-khe");
        Assert.Same(province, provinceRound.Catalog);
        Assert.Equal(EvaluationOutcome.Good, Qualified(provinceRound, 91));
        Assert.Equal(EvaluationOutcome.Excellent, Qualified(provinceRound, 92));
        Assert.Equal(EvaluationOutcome.Excellent, Qualified(services.GetRequiredService<EvaluationRound>(), 91));
        Assert.Equal(["minh-khe"], services.GetRequiredService<ProvinceCatalogs>().Provinces.ToArray());
    }

    [Fact]
    public void AddCadreRules_Twice_AddsToTheSameOptionsAndRegistersOnce()
    {
        IServiceCollection collection = new ServiceCollection()
            .AddCadreRules(o => o.AddProvince("a", p => p.AddVariantFile(DemoVariant)))
            .AddCadreRules(o => o.AddProvince("b", p => p.AddVariantJson(File.ReadAllText(DemoVariant))));
        using ServiceProvider services = collection.BuildServiceProvider();

        Assert.Equal(["a", "b"], services.GetRequiredService<ProvinceCatalogs>().Provinces.ToArray());
        Assert.Single(collection, d => d.ServiceType == typeof(ProvinceCatalogs));
        Assert.Single(collection, d => d.ServiceType == typeof(IValidateOptions<CadreRulesOptions>));
    }

    [Fact]
    public void AddCadreRules_FromConfiguration_FilesRelativeToTheBaseDirectoryAndInlineJson()
    {
        File.Copy(DemoVariant, Path.Combine(_directory, "minh-khe.json"));
        string inline = DemoVariantWith("\"htxs.minScore\": 92", "\"htxs.minScore\": 95");
        var section = new Dictionary<string, object>
        {
            ["CadreRules"] = new Dictionary<string, object>
            {
                ["BaseDirectory"] = _directory,
                ["Provinces"] = new Dictionary<string, object>
                {
                    ["minh-khe"] = new Dictionary<string, object> { ["VariantFiles"] = new[] { "minh-khe.json" } },
                    ["inline"] = new Dictionary<string, object> { ["VariantJson"] = inline },
                },
            },
        };
        IConfiguration configuration = Json(System.Text.Json.JsonSerializer.Serialize(section));

        using ServiceProvider services = new ServiceCollection().AddCadreRules(configuration.GetSection("CadreRules")).BuildServiceProvider();

        Assert.Equal(EvaluationOutcome.Good, Qualified(services.GetRequiredKeyedService<EvaluationRound>("minh-khe"), 91));
        Assert.Equal(EvaluationOutcome.Excellent, Qualified(services.GetRequiredKeyedService<EvaluationRound>("minh-khe"), 93));
        Assert.Equal(EvaluationOutcome.Good, Qualified(services.GetRequiredKeyedService<EvaluationRound>("inline"), 93));
        Assert.Equal(EvaluationOutcome.Excellent, Qualified(services.GetRequiredKeyedService<EvaluationRound>("inline"), 95));
    }

    [Fact]
    public void GetKeyedService_UnknownProvince_NamesTheProvincesConfigured()
    {
        using ServiceProvider services = new ServiceCollection()
            .AddCadreRules(o => o.AddProvince("minh-khe", p => p.AddVariantFile(DemoVariant)))
            .BuildServiceProvider();

        InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => services.GetRequiredKeyedService<RegulationCatalog>("ha-noi"));

        Assert.Equal("No province 'ha-noi' is configured for CadreRules; the provinces are: minh-khe.", e.Message);
        Assert.False(services.GetRequiredService<ProvinceCatalogs>().TryGet("ha-noi", out _));
        Assert.Throws<KeyNotFoundException>(() => services.GetRequiredService<ProvinceCatalogs>().Get("Minh-Khe"));
    }

    // --- Singletons and threads ---------------------------------------------------------------------------------------

    [Fact]
    public void Services_AreSingletons_OnePerProvince()
    {
        using ServiceProvider services = new ServiceCollection()
            .AddCadreRules(o => o.AddProvince("a", p => p.AddVariantFile(DemoVariant)).AddProvince("b", p => p.AddVariantFile(DemoVariant)))
            .BuildServiceProvider();
        using IServiceScope scope = services.CreateScope();

        RegulationCatalog a = services.GetRequiredKeyedService<RegulationCatalog>("a");
        Assert.Same(a, scope.ServiceProvider.GetRequiredKeyedService<RegulationCatalog>("a"));
        Assert.Same(a, services.GetRequiredService<ProvinceCatalogs>().Get("a"));
        Assert.NotSame(a, services.GetRequiredKeyedService<RegulationCatalog>("b"));
        Assert.Same(services.GetRequiredKeyedService<EvaluationRound>("a"), scope.ServiceProvider.GetRequiredKeyedService<EvaluationRound>("a"));
        Assert.Same(services.GetRequiredService<EvaluationRound>(), scope.ServiceProvider.GetRequiredService<EvaluationRound>());
        Assert.Same(services.GetRequiredService<ProvinceCatalogs>(), scope.ServiceProvider.GetRequiredService<ProvinceCatalogs>());
    }

    [Fact]
    public void Services_ResolvedAndUsedFromManyThreads_BuildOnceAndGiveOneAnswer()
    {
        var log = new RecordingLoggerProvider();
        using ServiceProvider services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(log))
            .AddCadreRules(o => o.AddProvince("minh-khe", p => p.AddVariantFile(DemoVariant)))
            .BuildServiceProvider();
        using var start = new Barrier(8);

        // Dedicated threads (not the pool, which may run fewer at once) released together by the barrier.
        var seen = new ConcurrentBag<(EvaluationRound Round, EvaluationOutcome At91)>();
        Thread[] threads = [.. Enumerable.Range(0, 8).Select(_ => new Thread(() =>
        {
            start.SignalAndWait();
            EvaluationRound round = services.GetRequiredKeyedService<EvaluationRound>("minh-khe");
            for (int i = 0; i < 20; i++)
            {
                seen.Add((round, Qualified(round, 91)));
            }
        }))];
        Array.ForEach(threads, t => t.Start());
        Array.ForEach(threads, t => t.Join());

        Assert.Equal(160, seen.Count);
        Assert.Single(seen.Select(s => s.Round).Distinct());
        Assert.All(seen, s => Assert.Equal(EvaluationOutcome.Good, s.At91));
        Assert.Single(log.Entries, e => e.EventId.Name == "VariantLoaded");
    }

    // --- Logging ------------------------------------------------------------------------------------------------------

    [Fact]
    public void Build_WithALoggerFactory_LogsEachVariantWithProvinceAndSource()
    {
        var log = new RecordingLoggerProvider();
        using ServiceProvider services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(log))
            .AddCadreRules(o => o.AddProvince("minh-khe", p => p.AddVariantFile(DemoVariant).AddVariantJson(DemoVariantWith("party-eval-qd366-minh-khe", "party-eval-qd366-minh-khe-2").Replace("\"baseId\": \"party-eval-qd366\"", "\"baseId\": \"party-eval-qd366-minh-khe\"", StringComparison.Ordinal))))
            .BuildServiceProvider();

        _ = services.GetRequiredService<ProvinceCatalogs>();

        Assert.Equal(
            [
                $"CadreRules: province 'minh-khe' applies local variant 'party-eval-qd366-minh-khe' (base 'party-eval-qd366') from variant file '{DemoVariant}'",
                "CadreRules: province 'minh-khe' applies local variant 'party-eval-qd366-minh-khe-2' (base 'party-eval-qd366-minh-khe') from inline variant 1",
            ],
            log.Entries.Select(e => e.Message));
        Assert.All(log.Entries, e => Assert.Equal((LogLevel.Information, 1, "CadreRules.Extensions.DependencyInjection.ProvinceCatalogs"), (e.Level, e.EventId.Id, e.Category)));
    }

    // --- Validation at start-up ---------------------------------------------------------------------------------------

    [Fact]
    public async Task StartAsync_VariantWithAnUnknownParameter_FailsNamingProvinceFileAndPath()
    {
        string bad = WriteFile("bad.json", DemoVariantWith("\"htxs.minScore\"", "\"htxs.minScores\""));
        using IHost host = Host(services => services.AddCadreRules(o => o.AddProvince("ha-noi", p => p.AddVariantFile(bad))));

        OptionsValidationException e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        string failure = Assert.Single(e.Failures);
        Assert.StartsWith($"CadreRules: province 'ha-noi', variant file '{bad}': ", failure, StringComparison.Ordinal);
        Assert.Contains("$.overrides['htxs.minScores']", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_VariantBreakingAConstraint_FailsNamingProvinceFileAndPath()
    {
        string bad = WriteFile("broken.json", DemoVariantWith("\"htxs.minScore\": 92", "\"htxs.minScore\": 60"));
        using IHost host = Host(services => services.AddCadreRules(o => o.AddProvince("ha-noi", p => p.AddVariantFile(bad))));

        OptionsValidationException e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        string failure = Assert.Single(e.Failures);
        Assert.StartsWith($"CadreRules: province 'ha-noi', variant file '{bad}': ", failure, StringComparison.Ordinal);
        Assert.Contains("$.overrides['htxs.minScore']: ", failure, StringComparison.Ordinal);
        Assert.Contains("htxs.minScore > htt.minScore > htnv.minScore", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_MalformedJsonMissingFileAndBadConfiguration_ReportsEveryFailure()
    {
        string malformed = WriteFile("malformed.json", "{ \"schemaVersion\": 1, ");
        string missing = Path.Combine(_directory, "missing.json");
        IConfiguration configuration = Json($$"""
            { "CadreRules": { "Provinces": {
                "ha-noi": { "VariantFiles": [ {{System.Text.Json.JsonSerializer.Serialize(malformed)}} ] },
                "hue": { "VariantFiles": {{System.Text.Json.JsonSerializer.Serialize(missing)}}, "VariantFile": "typo.json" },
                "da-nang": { }
            } } }
            """);
        using IHost host = Host(services => services.AddCadreRules(configuration.GetSection("CadreRules")));

        OptionsValidationException e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(4, e.Failures.Count());
        Assert.Contains("CadreRules: province 'da-nang' lists no variant (VariantFiles or VariantJson).", e.Failures);
        Assert.Contains(e.Failures, f => f.StartsWith($"CadreRules: province 'ha-noi', variant file '{malformed}': ", StringComparison.Ordinal) && f.Contains('$', StringComparison.Ordinal));
        Assert.Contains($"CadreRules: province 'hue', variant file '{missing}': the file does not exist.", e.Failures);
        Assert.Contains("CadreRules: configuration key 'CadreRules:Provinces:hue:VariantFile' is unknown; a province's keys are VariantFiles and VariantJson.", e.Failures);
    }

    [Fact]
    public async Task StartAsync_ValidVariants_Starts()
    {
        using IHost host = Host(services => services.AddCadreRules(o => o.AddProvince("minh-khe", p => p.AddVariantFile(DemoVariant))));

        await host.StartAsync();

        Assert.NotNull(host.Services.GetRequiredKeyedService<RegulationCatalog>("minh-khe").Find("party-eval-qd366-minh-khe"));
        await host.StopAsync();
    }

    [Fact]
    public void GetService_WithoutAHost_BrokenVariantThrowsTheSameFailures()
    {
        string bad = WriteFile("bad.json", "not json");
        using ServiceProvider services = new ServiceCollection()
            .AddCadreRules(o => o.AddProvince("ha-noi", p => p.AddVariantFile(bad)))
            .BuildServiceProvider();

        OptionsValidationException e = Assert.Throws<OptionsValidationException>(() => services.GetRequiredKeyedService<RegulationCatalog>("ha-noi"));

        Assert.StartsWith($"CadreRules: province 'ha-noi', variant file '{bad}': ", Assert.Single(e.Failures), StringComparison.Ordinal);
        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<RegulationCatalog>());
    }

    [Fact]
    public void StartupValidator_WithoutAHost_ReportsTheBrokenVariant()
    {
        string bad = WriteFile("bad.json", DemoVariantWith("\"htxs.minScore\": 92", "\"htxs.minScore\": \"high\""));
        using ServiceProvider services = new ServiceCollection()
            .AddCadreRules(o => o.AddProvince("ha-noi", p => p.AddVariantFile(bad)))
            .BuildServiceProvider();

        OptionsValidationException e = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        string failure = Assert.Single(e.Failures);
        Assert.StartsWith($"CadreRules: province 'ha-noi', variant file '{bad}': $.overrides['htxs.minScore']", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void GetService_SameVariantTwiceInOneProvince_FailsOnTheSecondNamingItsSource()
    {
        using ServiceProvider services = new ServiceCollection()
            .AddCadreRules(o => o.AddProvince("minh-khe", p => p.AddVariantFile(DemoVariant).AddVariantJson(File.ReadAllText(DemoVariant))))
            .BuildServiceProvider();

        OptionsValidationException e = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<ProvinceCatalogs>());

        string failure = Assert.Single(e.Failures);
        Assert.StartsWith("CadreRules: province 'minh-khe', inline variant 1: ", failure, StringComparison.Ordinal);
        Assert.Contains("party-eval-qd366-minh-khe", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void GetKeyedService_KeyNotAString_SaysTheKeyIsAProvinceKey()
    {
        using ServiceProvider services = new ServiceCollection().AddCadreRules().BuildServiceProvider();

        InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => services.GetRequiredKeyedService<RegulationCatalog>(42));

        Assert.Equal("CadreRules: a province's catalogue is keyed by the province's key, a string; the key asked was Int32.", e.Message);
    }

    private static IHost Host(Action<IServiceCollection> configure)
    {
        HostApplicationBuilder builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        configure(builder.Services);
        return builder.Build();
    }

    private sealed record LogEntry(string Category, LogLevel Level, EventId EventId, string Message);

    private sealed class RecordingLoggerProvider : ILoggerProvider
    {
        private readonly ConcurrentQueue<LogEntry> _entries = new();

        public IReadOnlyList<LogEntry> Entries => [.. _entries];

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue(new LogEntry(category, logLevel, eventId, formatter(state, exception)));
        }
    }
}
