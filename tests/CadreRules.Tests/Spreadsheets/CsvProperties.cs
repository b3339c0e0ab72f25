using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CadreRules.Spreadsheets;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace CadreRules.Tests.Spreadsheets;

/// <summary>The CSV reader reads back what the writer writes, whatever the fields hold; the separator and the byte order
/// mark are recognised.</summary>
public sealed class CsvProperties
{
    private static readonly char[] Alphabet = ['a', 'Đ', 'ế', ',', ';', '"', '\n', '\r', ' ', '1'];

    private static Gen<string> Field => Gen.ArrayOf(Gen.Elements(Alphabet)).Select(chars => new string(chars));

    private static Gen<string[][]> Table =>
        from width in Gen.Choose(1, 5)
        from rows in Gen.Choose(1, 6)
        from cells in Gen.ArrayOf(Gen.ArrayOf(Field, width), rows)
        select cells;

    [Property(MaxTest = 300)]
    public Property AnyFields_RoundTrip() =>
        Prop.ForAll(Table.ToArbitrary(), Gen.Elements(',', ';').ToArbitrary(), (table, separator) =>
        {
            // The header row must not be empty in every field, or a one-column table of empty strings is a blank file.
            table[0][0] = "h" + table[0][0];
            var stream = new MemoryStream();
            using (var writer = new CsvWriter(stream, separator))
            {
                foreach (string[] row in table)
                {
                    writer.WriteRow(row);
                }
            }

            stream.Position = 0;
            List<string?[]> back = [.. CsvReader.Open(stream).Rows().Select(r => r.Cells)];
            return back.Count == table.Length && back.Zip(table).All(p => p.First.SequenceEqual(p.Second));
        });

    [Theory]
    [InlineData("a;b;\"c,d\"\r\n1;2;3\r\n", ';')]
    [InlineData("a,b,\"c;d\"\n1,2,3\n", ',')]
    [InlineData("a\n1\n", ',')]
    public void TheSeparator_IsTheOneTheHeaderLineUsesMostOutsideQuotes(string text, char expected)
    {
        var reader = CsvReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        string?[] header = reader.Next()!;
        Assert.Equal(expected, reader.Separator);
        Assert.Equal(3 - (text.StartsWith("a\n", StringComparison.Ordinal) ? 2 : 0), header.Length);
    }

    [Fact]
    public void AByteOrderMark_IsSkipped()
    {
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("Mã;Tên\r\nA;Bình\r\n")];
        SheetRow[] rows = [.. CsvReader.Open(new MemoryStream(bytes)).Rows()];
        Assert.Equal("Mã", rows[0][0]);
        Assert.Equal(2, rows[1].Number);
        Assert.Equal("Bình", rows[1][1]);
    }

    [Fact]
    public void AQuoteNeverClosed_IsAnError()
    {
        var reader = CsvReader.Open(new MemoryStream(Encoding.UTF8.GetBytes("a,b\n\"x,y\n")));
        reader.Next();
        Assert.Throws<CsvFormatException>(() => reader.Next());
    }
}
