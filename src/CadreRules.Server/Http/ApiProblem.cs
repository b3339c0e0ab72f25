using System;
using System.Collections.Generic;

namespace CadreRules.Server.Http;

/// <summary>An RFC 9457 problem the API answers with: status, title and detail in the response's language and the
/// errors with their JSON paths. Thrown by the handlers, written by <see cref="ProblemWriter"/>.</summary>
internal sealed class ApiProblem : Exception
{
    public ApiProblem(int status, string type, string title, string detail, IReadOnlyList<ProblemError>? errors = null)
        : base(detail)
    {
        Status = status;
        Type = type;
        Title = title;
        Errors = errors ?? [];
    }

    public ApiProblem()
        : this(500, ProblemTypes.Internal, "Internal error", "Internal error")
    {
    }

    public ApiProblem(string message)
        : this(500, ProblemTypes.Internal, message, message)
    {
    }

    public ApiProblem(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = 500;
        Type = ProblemTypes.Internal;
        Title = message;
        Errors = [];
    }

    public int Status { get; }

    public string Type { get; }

    public string Title { get; }

    public IReadOnlyList<ProblemError> Errors { get; }
}
