using System;
using System.IO;
using System.Text.Json;

namespace CadreRules.Cli.Commands;

/// <summary>The kinds of document <c>diff</c> compares.</summary>
internal enum DiffKind
{
    /// <summary>Not recognised: read as an evaluation sheet, whose reader names what is missing.</summary>
    Unknown,

    /// <summary>An evaluation sheet (<c>people</c>, <c>year</c>).</summary>
    Evaluation,

    /// <summary>A planning list (<c>titles</c>, <c>candidates</c>, <c>entries</c>, <c>term</c>).</summary>
    Planning,

    /// <summary>Rotation requests (<c>requests</c> whose first item has <c>start</c>, <c>toLevel</c>…).</summary>
    Rotation,

    /// <summary>Appointment requests (<c>requests</c> whose first item has <c>kind</c>, <c>dossierReceivedOn</c>…).</summary>
    Appointment,

    /// <summary>A roster (<c>cadres</c>).</summary>
    Retirement,

    /// <summary>A planning review (<c>reviewDate</c>, <c>plan</c>, <c>currentFacts</c>, <c>proposedAdditions</c>).</summary>
    Review,

    /// <summary>A key-posts document (<c>holders</c>), for the non-local share.</summary>
    NonLocal,

    /// <summary>A position-changes document (<c>incumbents</c>).</summary>
    PositionChange,

    /// <summary>A committee candidacies document (<c>candidacies</c>).</summary>
    Committee,

    /// <summary>A body document (<c>members</c>, <c>targets</c>, <c>youngAge</c>): its composition depends on no regulation.</summary>
    Body,

    /// <summary>A <c>requests</c> document whose first request does not tell rotation from appointment (e.g. none).</summary>
    UndecidedRequests,
}

/// <summary>Tells a document's kind from its top-level properties, reading forward only as far as needed (an evaluation
/// sheet of any size is recognised from its first properties, without holding it).</summary>
internal static class DiffDocument
{
    public static DiffKind Detect(Stream stream)
    {
        byte[] buffer = new byte[16 * 1024];
        int length = 0;
        bool final = false;
        bool started = false;
        bool inRequests = false;
        bool sawRequests = false;
        var state = new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        while (true)
        {
            if (!final)
            {
                if (length == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                int read = stream.Read(buffer, length, buffer.Length - length);
                final = read == 0;
                length += read;
            }

            int skip = 0;
            if (!started)
            {
                if (length < 3 && !final)
                {
                    continue;
                }

                skip = length >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
                started = true;
            }

            var reader = new Utf8JsonReader(buffer.AsSpan(skip, length - skip), final, state);
            try
            {
                while (reader.Read())
                {
                    if (reader.TokenType != JsonTokenType.PropertyName)
                    {
                        continue;
                    }

                    if (reader.CurrentDepth == 1)
                    {
                        inRequests = false;
                        switch (reader.GetString())
                        {
                            case "people" or "year":
                                return DiffKind.Evaluation;
                            case "cadres":
                                return DiffKind.Retirement;
                            case "titles" or "candidates" or "entries" or "term" or "ageReferenceMonth":
                                return DiffKind.Planning;
                            case "reviewDate" or "plan" or "currentFacts" or "proposedAdditions":
                                return DiffKind.Review;
                            case "holders":
                                return DiffKind.NonLocal;
                            case "incumbents":
                                return DiffKind.PositionChange;
                            case "candidacies":
                                return DiffKind.Committee;
                            case "members" or "targets" or "youngAge":
                                return DiffKind.Body;
                            case "requests":
                                inRequests = sawRequests = true;
                                break;
                        }
                    }
                    else if (inRequests && reader.CurrentDepth == 3)
                    {
                        switch (reader.GetString())
                        {
                            case "start" or "plannedEnd" or "fromLevel" or "toLevel" or "sameLocality" or "comparison" or "purpose" or "isInPlanning":
                                return DiffKind.Rotation;
                            case "kind" or "dossierReceivedOn" or "isPlanned" or "currentPost" or "equivalentPosts":
                                return DiffKind.Appointment;
                        }
                    }
                }
            }
            catch (JsonException)
            {
                return DiffKind.Unknown;
            }

            if (final)
            {
                return sawRequests ? DiffKind.UndecidedRequests : DiffKind.Unknown;
            }

            state = reader.CurrentState;
            int consumed = skip + (int)reader.BytesConsumed;
            Buffer.BlockCopy(buffer, consumed, buffer, 0, length - consumed);
            length -= consumed;
        }
    }

    public static DiffKind Parse(string? kind) => kind switch
    {
        "evaluation" => DiffKind.Evaluation,
        "planning" => DiffKind.Planning,
        "rotation" => DiffKind.Rotation,
        "appointment" => DiffKind.Appointment,
        "retirement" => DiffKind.Retirement,
        "review" => DiffKind.Review,
        "non-local" => DiffKind.NonLocal,
        "position-change" => DiffKind.PositionChange,
        "committee" => DiffKind.Committee,
        _ => DiffKind.Unknown,
    };
}
