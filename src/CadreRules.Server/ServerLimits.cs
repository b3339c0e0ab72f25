using System;
using System.Globalization;
using CadreRules.Documents;
using Microsoft.Extensions.Configuration;

namespace CadreRules.Server;

/// <summary>The server's limits, from the configuration section <c>CadreRulesServer</c>
/// (<c>MaxRequestBytes</c>, <c>MaxPeople</c>); read by hand, not through the reflection binder (native AOT).</summary>
internal sealed record ServerLimits
{
    /// <summary>The default limit of a request's body: 16 MiB (about 40,000 people of an evaluation sheet).</summary>
    public const long DefaultMaxRequestBytes = 16L << 20;

    /// <summary>Gets the largest request body accepted, in bytes (the whole body, multipart parts included); a larger
    /// one is answered 413.</summary>
    public long MaxRequestBytes { get; init; } = DefaultMaxRequestBytes;

    /// <summary>Gets the most people an evaluation sheet may hold (the documents' <see cref="DocumentLimits.MaxPeople"/>).</summary>
    public int MaxPeople { get; init; } = DocumentLimits.DefaultMaxPeople;

    /// <summary>Gets the limits handed to the documents' readers.</summary>
    public DocumentLimits Documents => new() { MaxBytes = MaxRequestBytes, MaxPeople = MaxPeople };

    /// <summary>Reads the section; absent keys keep their defaults.</summary>
    /// <exception cref="InvalidOperationException">A value is not a positive whole number.</exception>
    public static ServerLimits From(IConfiguration section)
    {
        var limits = new ServerLimits();
        if (section["MaxRequestBytes"] is { } bytes)
        {
            limits = limits with { MaxRequestBytes = Positive("MaxRequestBytes", bytes) };
        }

        if (section["MaxPeople"] is { } people)
        {
            long value = Positive("MaxPeople", people);
            limits = limits with { MaxPeople = value > int.MaxValue ? int.MaxValue : (int)value };
        }

        return limits;
    }

    private static long Positive(string key, string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long value) && value > 0
            ? value
            : throw new InvalidOperationException($"CadreRulesServer:{key} must be a positive whole number, not '{text}'.");
}
