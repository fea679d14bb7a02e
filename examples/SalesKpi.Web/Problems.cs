using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace SalesKpi.Web;

/// <summary>A request the app refuses, with the status and the words it answers with.</summary>
public sealed class RequestProblem : Exception
{
    public RequestProblem(int status, string title, string detail)
        : base(detail)
    {
        Status = status;
        Title = title;
    }

    public int Status { get; }

    public string Title { get; }
}

/// <summary>One thing wrong in an upload, where it is: the row, the column and the (shortened) value.</summary>
public sealed record UploadProblem(int? Row, string? Column, string? Value, string Message);

/// <summary>
/// Turns what went wrong with a request into a 4xx answer with a short application/problem+json body.
/// Values are shortened, so a 20 MB line never comes back to the client.
/// </summary>
public static class Problems
{
    private const int MaxValue = 60;
    private const int MaxDetail = 300;

    /// <summary>The answer for a bad request, or null when the exception is not about the request (a bug, left to the 500 handler).</summary>
    public static IResult? For(Exception exception) => exception switch
    {
        RequestProblem p => Result(p.Status, p.Title, p.Message),
        SalesDataException e => Result(
            StatusCodes.Status400BadRequest,
            "The data has a value the KPIs cannot use",
            string.Create(CultureInfo.InvariantCulture, $"Row {e.RecordNumber}, column {e.Field}: value '{Shorten(Text(e.Value))}' is not valid. {e.Problem}"),
            new UploadProblem(e.RecordNumber, e.Field, Shorten(Text(e.Value)), Shorten(e.Problem, MaxDetail))),
        DecoderFallbackException => Result(
            StatusCodes.Status400BadRequest,
            "The file is not UTF-8 text",
            "Save the CSV as \"CSV UTF-8\" (Excel: Save As, CSV UTF-8) and upload it again."),
        InvalidDataException e => Result(StatusCodes.Status400BadRequest, "The file could not be read as sales data", e.Message),
        ArgumentException e => Result(StatusCodes.Status400BadRequest, "The request cannot be served", e.Message),
        BadHttpRequestException e when e.StatusCode == StatusCodes.Status413PayloadTooLarge => null, // mapped by the caller, which knows its limit
        BadHttpRequestException e => Result(e.StatusCode is >= 400 and < 500 ? e.StatusCode : StatusCodes.Status400BadRequest, "The request could not be read", e.Message),
        // The multipart reader's own words blame "another component"; say what a client can fix.
        IOException => Result(StatusCodes.Status400BadRequest, "The upload could not be read", "The upload ended early, or its multipart form is not well formed."),
        _ => null,
    };

    /// <summary>A value as short text: at most 60 characters, with its full length when it was cut.</summary>
    public static string Shorten(string text, int max = MaxValue) =>
        text.Length <= max
            ? text
            : string.Concat(text.AsSpan(0, max - 20), string.Create(CultureInfo.InvariantCulture, $"… ({text.Length:N0} characters)"));

    public static IResult Result(int status, string title, string detail, params UploadProblem[] problems)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (problems.Length > 0)
        {
            extensions["problems"] = problems;
        }

        return Results.Problem(Shorten(detail, MaxDetail), statusCode: status, title: title, extensions: extensions);
    }

    private static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
}
