using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.AspNetCore.Http;

namespace SalesKpi.Web;

/// <summary>A request the app refuses: the status, a stable code the page words in its own language, and the app's words.</summary>
public sealed class RequestProblem : Exception
{
    public RequestProblem(int status, string code, string title, string detail, IReadOnlyDictionary<string, object?>? extensions = null)
        : base(detail)
    {
        Status = status;
        Code = code;
        Title = title;
        Extensions = extensions ?? new Dictionary<string, object?>();
    }

    public int Status { get; }

    public string Code { get; }

    public string Title { get; }

    public IReadOnlyDictionary<string, object?> Extensions { get; }
}

/// <summary>One thing wrong in an upload, where it is (a line or a record), the column and the (shortened) value.</summary>
public sealed record UploadProblem(string Where, string? Column, string? Value, string Message);

/// <summary>
/// Turns what went wrong with a request into a 4xx answer with a short application/problem+json body.
/// Values are shortened, so a 20 MB line never comes back to the client. Each body has a "code" that
/// stays the same whatever the words: bad-value (with "problems": where, column, value),
/// bad-file, too-large (with "maxBytes"), content-type, bad-form, no-file, bad-option, bad-request.
/// </summary>
public static class Problems
{
    private const int MaxValue = 60;
    private const int MaxDetail = 300;

    /// <summary>The answer for a bad request, or null when the exception is not about the request (a bug, left to the 500 handler).</summary>
    public static IResult? For(Exception exception) => exception switch
    {
        RequestProblem p => Result(p.Status, p.Code, p.Title, p.Message, p.Extensions),
        SalesDataException e => Result(
            StatusCodes.Status400BadRequest,
            "bad-value",
            "The data has a value the KPIs cannot use",
            e.Message,
            new Dictionary<string, object?> { ["problems"] = e.Problems.Select(p => new UploadProblem(p.Where, p.Field, p.Value, Shorten(p.Message, MaxDetail))).ToArray() }),
        InvalidDataException e => Result(StatusCodes.Status400BadRequest, "bad-file", "The file could not be read as sales data", e.Message),
        ArgumentException e => Result(StatusCodes.Status400BadRequest, "bad-option", "The request cannot be served", e.Message),
        BadHttpRequestException e when e.StatusCode == StatusCodes.Status413PayloadTooLarge => null, // mapped by the caller, which knows its limit
        BadHttpRequestException e => Result(e.StatusCode is >= 400 and < 500 ? e.StatusCode : StatusCodes.Status400BadRequest, "bad-request", "The request could not be read", e.Message),
        // The multipart reader's own words blame "another component"; say what a client can fix.
        IOException => Result(StatusCodes.Status400BadRequest, "bad-form", "The upload could not be read", "The upload ended early, or its multipart form is not well formed."),
        _ => null,
    };

    /// <summary>A value as short text: at most 60 characters, with its full length when it was cut.</summary>
    public static string Shorten(string text, int max = MaxValue) =>
        text.Length <= max
            ? text
            : string.Concat(text.AsSpan(0, max - 20), string.Create(CultureInfo.InvariantCulture, $"… ({text.Length:N0} characters)"));

    public static IResult Result(int status, string code, string title, string detail, IReadOnlyDictionary<string, object?>? more = null)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code };
        foreach (var (key, value) in more ?? new Dictionary<string, object?>())
        {
            extensions[key] = value;
        }

        return Results.Problem(Shorten(detail, MaxDetail), statusCode: status, title: title, extensions: extensions);
    }
}
