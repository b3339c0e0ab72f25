using System;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace CadreRules.Province;

/// <summary>The writer settings of the library's documents (two-space indentation, <c>\n</c>, letters unescaped), compact
/// unless asked, and the few value formats the generator writes itself so that the bytes never depend on a culture or
/// a runtime's number formatting.</summary>
internal static class JsonOut
{
    /// <summary>Bytes buffered before the writer hands them to the stream.</summary>
    private const int FlushThreshold = 1 << 16;

    public static Utf8JsonWriter Create(Stream output, bool indented) => new(output, new JsonWriterOptions
    {
        Indented = indented,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });

    /// <summary>Passes the buffered bytes to the stream once there are enough of them, so memory stays bounded.</summary>
    public static void FlushIfFull(Utf8JsonWriter writer)
    {
        if (writer.BytesPending >= FlushThreshold)
        {
            writer.Flush();
        }
    }

    /// <summary>Writes <c>"name": "yyyy-MM-dd"</c>.</summary>
    public static void Date(Utf8JsonWriter writer, JsonEncodedText name, int year, int month, int day)
    {
        Span<byte> text = stackalloc byte[10];
        Digits(text[..4], year);
        text[4] = (byte)'-';
        Digits(text.Slice(5, 2), month);
        text[7] = (byte)'-';
        Digits(text.Slice(8, 2), day);
        writer.WriteString(name, text);
    }

    /// <summary>Writes <c>"name": "yyyy-MM"</c>.</summary>
    public static void Month(Utf8JsonWriter writer, JsonEncodedText name, int year, int month)
    {
        Span<byte> text = stackalloc byte[7];
        Digits(text[..4], year);
        text[4] = (byte)'-';
        Digits(text.Slice(5, 2), month);
        writer.WriteString(name, text);
    }

    /// <summary>Writes <c>"name": "yyyy"</c>.</summary>
    public static void Year(Utf8JsonWriter writer, JsonEncodedText name, int year)
    {
        Span<byte> text = stackalloc byte[4];
        Digits(text, year);
        writer.WriteString(name, text);
    }

    /// <summary>Writes <c>"name": "PREFIX0000042"</c>: a prefix and a number of at least <paramref name="digits"/> digits.</summary>
    public static void Id(Utf8JsonWriter writer, JsonEncodedText name, string prefix, int number, int digits)
    {
        Span<byte> text = stackalloc byte[prefix.Length + 11];
        int length = 0;
        foreach (char c in prefix)
        {
            text[length++] = (byte)c;
        }

        int width = Math.Max(digits, DigitCount(number));
        Digits(text.Slice(length, width), number);
        writer.WriteString(name, text[..(length + width)]);
    }

    /// <summary>Writes a number of half points: <c>28</c> or <c>28.5</c>.</summary>
    public static void Halves(Utf8JsonWriter writer, JsonEncodedText name, int halves)
    {
        writer.WritePropertyName(name);
        Span<byte> text = stackalloc byte[16];
        int whole = halves / 2, width = DigitCount(whole);
        Digits(text[..width], whole);
        if (halves % 2 == 0)
        {
            writer.WriteRawValue(text[..width], skipInputValidation: true);
        }
        else
        {
            text[width] = (byte)'.';
            text[width + 1] = (byte)'5';
            writer.WriteRawValue(text[..(width + 2)], skipInputValidation: true);
        }
    }

    /// <summary>The id text, as <see cref="Id"/> writes it.</summary>
    public static string IdText(string prefix, int number, int digits) => prefix + VietnameseNames.Number(number, digits);

    private static int DigitCount(int value)
    {
        int count = 1;
        while (value >= 10)
        {
            value /= 10;
            count++;
        }

        return count;
    }

    private static void Digits(Span<byte> target, int value)
    {
        for (int i = target.Length - 1; i >= 0; i--)
        {
            target[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
