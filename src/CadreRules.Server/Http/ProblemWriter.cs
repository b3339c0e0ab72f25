using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Tasks;
using CadreRules.Documents;
using CadreRules.Evaluation;
using CadreRules.Rules;
using Microsoft.AspNetCore.Http;

namespace CadreRules.Server.Http;

/// <summary>Turns what went wrong into RFC 9457 problem details (<c>application/problem+json</c>) in the response's
/// language: the library's and the documents' exceptions carry the JSON path and a stable code of each error, written
/// in the <c>errors</c> extension.</summary>
internal static class ProblemWriter
{
    public const string ContentType = "application/problem+json";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };

    /// <summary>The problem an exception of the input is: null for anything else (a bug, answered 500 by the host).</summary>
    /// <param name="error">The exception.</param>
    /// <param name="language">The response's language.</param>
    /// <param name="part">The multipart part read when it was thrown (<c>roster</c>), or null for the document.</param>
    public static ApiProblem? From(Exception error, Language language, string? part = null)
    {
        bool vi = language == Language.Vietnamese;
        switch (error)
        {
            case ApiProblem problem:
                return problem;
            case DocumentException document when document.Code == DocumentErrorCodes.TooLarge:
                return new ApiProblem(StatusCodes.Status413PayloadTooLarge, ProblemTypes.TooLarge, TooLargeTitle(language), DocumentMessages.Format(document, language), Errors(document, language, part));
            case DocumentException document:
                bool syntax = document.Code is DocumentErrorCodes.Syntax or DocumentErrorCodes.NotUtf8;
                return new ApiProblem(
                    syntax ? StatusCodes.Status400BadRequest : StatusCodes.Status422UnprocessableEntity,
                    syntax ? ProblemTypes.Syntax : ProblemTypes.Document,
                    syntax ? (vi ? "Nội dung gửi lên không phải JSON hợp lệ" : "The request body is not well-formed JSON") : DocumentTitle(language),
                    (part is null ? string.Empty : part + ": ") + DocumentMessages.Format(document, language),
                    Errors(document, language, part));
            case EvaluationRoundException round:
                List<ProblemError> errors = [.. round.Errors.Select(e => new ProblemError(
                    e.Field is null ? "$" : string.Create(CultureInfo.InvariantCulture, $"$.people[{e.Index}].{e.Field}"),
                    "Evaluation.Round",
                    e.Text.Get(language),
                    part))];
                string more = round.TotalErrors > round.Errors.Length
                    ? (vi ? " (và {0} lỗi khác)" : " (and {0} more errors)").Replace("{0}", (round.TotalErrors - round.Errors.Length).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    : string.Empty;
                return new ApiProblem(StatusCodes.Status422UnprocessableEntity, ProblemTypes.Document, DocumentTitle(language),
                    (errors.Count == 0 ? round.Message : errors[0].Path + ": " + errors[0].Detail) + more, errors);
            case RegulationNotFoundException notFound:
                return new ApiProblem(StatusCodes.Status422UnprocessableEntity, ProblemTypes.Document, DocumentTitle(language),
                    vi ? "Không có văn bản quy định nào có hiệu lực cho ngày của văn bản: " + notFound.Message : "No regulation is in force for the document's date: " + notFound.Message,
                    [new ProblemError("$", "Regulation.NotFound", notFound.Message, part)]);
            case ArgumentException argument when argument is not ArgumentNullException:
                // The library refuses a value it was given (InvalidInputException, InputOutOfRangeException, …) after
                // the readers let it through: its message names the field, in English (the library's own sentences);
                // the field is not a JSON path, so the error stands at the document's root.
                return new ApiProblem(StatusCodes.Status422UnprocessableEntity, ProblemTypes.Document, DocumentTitle(language), argument.Message,
                    [new ProblemError("$", "Input.Invalid", argument.Message, part)]);
            default:
                return null;
        }
    }

    public static string DocumentTitle(Language language) => language == Language.Vietnamese ? "Văn bản có lỗi" : "The document has errors";

    public static string TooLargeTitle(Language language) => language == Language.Vietnamese ? "Nội dung gửi lên quá lớn" : "The request body is too large";

    /// <summary>Writes the problem as the response (status, <c>application/problem+json</c>).</summary>
    public static Task WriteAsync(HttpContext context, ApiProblem problem)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("type", problem.Type);
            json.WriteString("title", problem.Title);
            json.WriteNumber("status", problem.Status);
            json.WriteString("detail", problem.Message);
            json.WriteString("instance", context.Request.Path.Value);
            if (problem.Errors.Count > 0)
            {
                json.WriteStartArray("errors");
                foreach (ProblemError error in problem.Errors)
                {
                    json.WriteStartObject();
                    if (error.Part is { } part)
                    {
                        json.WriteString("part", part);
                    }

                    json.WriteString("path", error.Path);
                    json.WriteString("code", error.Code);
                    json.WriteString("detail", error.Detail);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        context.Response.StatusCode = problem.Status;
        context.Response.ContentType = ContentType;
        context.Response.ContentLength = buffer.WrittenCount;
        return context.Response.Body.WriteAsync(buffer.WrittenMemory).AsTask();
    }

    private static List<ProblemError> Errors(DocumentException document, Language language, string? part) =>
        [.. document.Errors.Select(e => new ProblemError(e.Path ?? "$", e.Code, DocumentMessages.Format(e, language), part))];
}
