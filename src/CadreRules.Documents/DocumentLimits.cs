using System;
using System.Globalization;
using CadreRules.Rules;

namespace CadreRules.Documents;

/// <summary>
/// How much a streaming reader accepts before it stops with a <see cref="DocumentException"/>: the size of the document
/// in bytes and the number of people. Reading stops at the limit, so memory stays bounded whatever the input.
/// </summary>
/// <remarks>Immutable and thread-safe. The defaults suit a province (a few hundred thousand people); raise them for
/// larger inputs.</remarks>
public sealed record DocumentLimits
{
    /// <summary>The default limit on a document's size: 1 GiB.</summary>
    public const long DefaultMaxBytes = 1L << 30;

    /// <summary>The default limit on the number of people in a document: 2,000,000.</summary>
    public const int DefaultMaxPeople = 2_000_000;

    private readonly long _maxBytes = DefaultMaxBytes;
    private readonly int _maxPeople = DefaultMaxPeople;

    /// <summary>Gets the default limits.</summary>
    public static DocumentLimits Default { get; } = new();

    /// <summary>Gets the largest document accepted, in bytes (at least 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is less than 1.</exception>
    public long MaxBytes
    {
        get => _maxBytes;
        init
        {
            if (value < 1)
            {
                throw new InputOutOfRangeException(nameof(MaxBytes), value, string.Create(CultureInfo.InvariantCulture, $"The field MaxBytes must be at least 1, not {value}.")) { Minimum = "1" };
            }

            _maxBytes = value;
        }
    }

    /// <summary>Gets the most people accepted in one document (at least 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is less than 1.</exception>
    public int MaxPeople
    {
        get => _maxPeople;
        init
        {
            if (value < 1)
            {
                throw new InputOutOfRangeException(nameof(MaxPeople), value, string.Create(CultureInfo.InvariantCulture, $"The field MaxPeople must be at least 1, not {value}.")) { Minimum = "1" };
            }

            _maxPeople = value;
        }
    }
}
