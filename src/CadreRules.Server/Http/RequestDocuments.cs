using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CadreRules.Rules;
using CadreRules.Spreadsheets;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace CadreRules.Server.Http;

/// <summary>The documents of a request, read whole into memory within the size limit: the document itself and, for the
/// kinds whose entries may name cadres by <c>cadreRef</c>, a roster. A JSON body (<c>application/json</c>) or, where
/// the kind has a sheet layout, a workbook or CSV body is the document; a <c>multipart/form-data</c> body has a
/// <c>document</c> part and may have a <c>roster</c> part (files or fields; a file is a sheet by its content type or
/// its name's extension, <c>.xlsx</c> or <c>.csv</c>).</summary>
internal sealed class RequestDocuments
{
    public const string DocumentPart = "document";
    public const string RosterPart = "roster";

    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvMediaType = "text/csv";

    private RequestDocuments(RequestPart document, RequestPart? roster)
    {
        Document = document;
        Roster = roster;
    }

    /// <summary>Gets the document.</summary>
    public RequestPart Document { get; }

    /// <summary>Gets the roster, or null when the request has none.</summary>
    public RequestPart? Roster { get; }

    public static Stream Open(ReadOnlyMemory<byte> bytes) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bytes, out ArraySegment<byte> segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);

    /// <summary>Reads the body.</summary>
    /// <exception cref="ApiProblem">415 for another content type, 413 over the limit, 400 for a broken multipart body
    /// or one without a document.</exception>
    public static async Task<RequestDocuments> ReadAsync(HttpContext context, ServerLimits limits, Language language, bool rosterAllowed, bool sheetsAllowed)
    {
        HttpRequest request = context.Request;
        bool vi = language == Language.Vietnamese;
        if (request.ContentLength > limits.MaxRequestBytes)
        {
            throw TooLarge(limits, language);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limits.MaxRequestBytes;
        }

        MediaTypeHeaderValue? type = request.ContentType is { } text && MediaTypeHeaderValue.TryParse(text, out MediaTypeHeaderValue? parsed) ? parsed : null;
        string? media = type?.MediaType.Value;
        try
        {
            if (media is not null && (media.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase)))
            {
                return new RequestDocuments(new RequestPart(await ReadBytesAsync(request.Body, limits, language, context.RequestAborted).ConfigureAwait(false), null), null);
            }

            if (sheetsAllowed && SheetOf(media, null) is { } format)
            {
                return new RequestDocuments(new RequestPart(await ReadBytesAsync(request.Body, limits, language, context.RequestAborted).ConfigureAwait(false), format), null);
            }

            if (media is not null && media.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            {
                return await ReadFormAsync(request, limits, language, rosterAllowed, sheetsAllowed).ConfigureAwait(false);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(limits, language);
        }
        catch (InvalidDataException e)
        {
            // The form reader's limits (its body length limit included) and a broken multipart body.
            throw e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                ? TooLarge(limits, language)
                : new ApiProblem(StatusCodes.Status400BadRequest, ProblemTypes.Syntax,
                    vi ? "Nội dung multipart không đọc được" : "The multipart body cannot be read", e.Message);
        }

        string accepted = (sheetsAllowed ? "application/json, " + XlsxMediaType + ", " + CsvMediaType : "application/json")
            + (rosterAllowed ? ", multipart/form-data (document, roster)" : ", multipart/form-data (document)");
        throw new ApiProblem(
            StatusCodes.Status415UnsupportedMediaType,
            ProblemTypes.MediaType,
            vi ? "Kiểu nội dung không được hỗ trợ" : "Unsupported content type",
            vi
                ? $"Nội dung gửi lên có kiểu '{request.ContentType ?? "(không có)"}'; chỉ nhận {accepted}."
                : $"The request body is '{request.ContentType ?? "(none)"}'; accepted: {accepted}.",
            [new ProblemError("Content-Type", "Request.MediaType", request.ContentType ?? string.Empty)]);
    }

    public static ApiProblem TooLarge(ServerLimits limits, Language language) => new(
        StatusCodes.Status413PayloadTooLarge,
        ProblemTypes.TooLarge,
        ProblemWriter.TooLargeTitle(language),
        language == Language.Vietnamese
            ? $"Nội dung gửi lên vượt giới hạn {limits.MaxRequestBytes} byte (CadreRulesServer:MaxRequestBytes)."
            : $"The request body is over the limit of {limits.MaxRequestBytes} bytes (CadreRulesServer:MaxRequestBytes).",
        [new ProblemError("$", "Request.TooLarge", limits.MaxRequestBytes.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

    private static async Task<ReadOnlyMemory<byte>> ReadBytesAsync(Stream body, ServerLimits limits, Language language, CancellationToken cancel)
    {
        using var copy = new MemoryStream();
        byte[] buffer = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(buffer, cancel).ConfigureAwait(false)) > 0)
        {
            if (copy.Length + read > limits.MaxRequestBytes)
            {
                throw TooLarge(limits, language);
            }

            copy.Write(buffer, 0, read);
        }

        return copy.TryGetBuffer(out ArraySegment<byte> segment) ? segment : copy.ToArray();
    }

    /// <summary>The spreadsheet format a part is in, from its media type or else its file name; null for JSON.</summary>
    public static SpreadsheetFormat? SheetOf(string? mediaType, string? fileName)
    {
        if (mediaType is not null && mediaType.Equals(XlsxMediaType, StringComparison.OrdinalIgnoreCase))
        {
            return SpreadsheetFormat.Xlsx;
        }

        if (mediaType is not null && mediaType.Equals(CsvMediaType, StringComparison.OrdinalIgnoreCase))
        {
            return SpreadsheetFormat.Csv;
        }

        return SpreadsheetFormats.TryFromPath(fileName, out SpreadsheetFormat format) ? format : null;
    }

    private static async Task<RequestDocuments> ReadFormAsync(HttpRequest request, ServerLimits limits, Language language, bool rosterAllowed, bool sheetsAllowed)
    {
        bool vi = language == Language.Vietnamese;
        request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions
        {
            MultipartBodyLengthLimit = limits.MaxRequestBytes,
            ValueLengthLimit = (int)Math.Min(int.MaxValue, limits.MaxRequestBytes),
            ValueCountLimit = 16,
        }));
        IFormCollection form = await request.ReadFormAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
        foreach (string key in form.Keys)
        {
            if (key != DocumentPart && !(rosterAllowed && key == RosterPart))
            {
                throw UnknownPart(key, language, rosterAllowed);
            }
        }

        foreach (IFormFile file in form.Files)
        {
            if (file.Name != DocumentPart && !(rosterAllowed && file.Name == RosterPart))
            {
                throw UnknownPart(file.Name, language, rosterAllowed);
            }
        }

        RequestPart? document = await PartAsync(form, DocumentPart, limits, language, sheetsAllowed, request.HttpContext.RequestAborted).ConfigureAwait(false);
        RequestPart? roster = await PartAsync(form, RosterPart, limits, language, true, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return document is { } bytes
            ? new RequestDocuments(bytes, roster)
            : throw new ApiProblem(StatusCodes.Status400BadRequest, ProblemTypes.Syntax,
                vi ? "Thiếu văn bản" : "No document",
                vi ? "Nội dung multipart không có phần 'document'." : "The multipart body has no 'document' part.",
                [new ProblemError(DocumentPart, "Request.MissingPart", vi ? "thiếu phần 'document'" : "the part 'document' is missing")]);
    }

    private static ApiProblem UnknownPart(string name, Language language, bool rosterAllowed) => new(
        StatusCodes.Status400BadRequest,
        ProblemTypes.Syntax,
        language == Language.Vietnamese ? "Phần không xác định" : "Unknown part",
        language == Language.Vietnamese
            ? $"Nội dung multipart có phần '{name}'; chỉ nhận {(rosterAllowed ? "'document' và 'roster'" : "'document'")}."
            : $"The multipart body has a part '{name}'; accepted: {(rosterAllowed ? "'document' and 'roster'" : "'document'")}.",
        [new ProblemError(name, "Request.UnknownPart", name)]);

    private static async Task<RequestPart?> PartAsync(IFormCollection form, string name, ServerLimits limits, Language language, bool sheetsAllowed, CancellationToken cancel)
    {
        if (form.Files.GetFile(name) is { } file)
        {
            SpreadsheetFormat? format = SheetOf(file.ContentType, file.FileName);
            if (format is not null && !sheetsAllowed)
            {
                bool vi = language == Language.Vietnamese;
                throw new ApiProblem(
                    StatusCodes.Status415UnsupportedMediaType,
                    ProblemTypes.MediaType,
                    vi ? "Kiểu nội dung không được hỗ trợ" : "Unsupported content type",
                    vi ? $"Phần '{name}' là một bảng tính; loại văn bản này chưa có mẫu bảng tính, hãy gửi JSON." : $"The part '{name}' is a spreadsheet; this kind of document has no sheet layout: send JSON.",
                    [new ProblemError(name, "Request.MediaType", file.FileName)]);
            }

            await using Stream stream = file.OpenReadStream();
            return new RequestPart(await ReadBytesAsync(stream, limits, language, cancel).ConfigureAwait(false), format);
        }

        return form.TryGetValue(name, out Microsoft.Extensions.Primitives.StringValues value) && value.Count > 0
            ? new RequestPart(Encoding.UTF8.GetBytes(value.ToString()), null)
            : null;
    }
}
