using System;
using System.Buffers;
using System.Text.Json;
using CadreRules.Documents;

namespace CadreRules.Server.Results;

/// <summary>Writes an answer's bytes in the form of the CLI's <c>--format json</c> output: the document written by
/// a body (one of <see cref="CadreResultJson"/>'s writers) with <see cref="CadreResultJson.WriterOptions"/>,
/// and a final line end.</summary>
internal static class ResultJson
{
    public static ReadOnlyMemory<byte> Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(buffer, CadreResultJson.WriterOptions))
        {
            body(json);
        }

        buffer.Write("\n"u8);
        return buffer.WrittenMemory;
    }
}
