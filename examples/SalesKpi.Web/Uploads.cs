using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Configuration;
using Microsoft.Net.Http.Headers;

namespace SalesKpi.Web;

/// <summary>
/// Where the CSV of a request comes from: the first file of a multipart form, or a text/csv body.
/// The file is read as it arrives, never held whole, and refused past the app's size limit.
/// </summary>
public sealed class Uploads
{
    /// <summary>The configuration key of the size limit, in bytes.</summary>
    public const string MaxBytesKey = "MaxUploadBytes";

    private const long DefaultMaxBytes = 50L * 1024 * 1024;

    /// <summary>Room for the form around the file: part headers, boundaries and small fields.</summary>
    private const long FormOverhead = 64 * 1024;

    private static readonly string[] CsvTypes = ["text/csv", "text/plain", "application/csv", "application/vnd.ms-excel"];

    public Uploads(IConfiguration configuration) =>
        MaxBytes = configuration.GetValue<long?>(MaxBytesKey) is { } max and > 0 ? max : DefaultMaxBytes;

    /// <summary>The largest CSV the app takes.</summary>
    public long MaxBytes { get; }

    /// <summary>The server's own limit on a request body, set a little above <see cref="MaxBytes"/> so the app's message comes first.</summary>
    public long MaxRequestBytes => MaxBytes + FormOverhead;

    public RequestProblem TooLarge() => new(
        StatusCodes.Status413PayloadTooLarge,
        "too-large",
        "The file is too large",
        string.Create(CultureInfo.InvariantCulture, $"The upload is larger than {Describe(MaxBytes)}, the most this app takes. Split the export by period and upload each part."),
        new Dictionary<string, object?> { ["maxBytes"] = MaxBytes });

    /// <summary>
    /// The CSV bytes of the request, read asynchronously as they arrive, and refused past the app's
    /// size limit.
    /// </summary>
    /// <exception cref="RequestProblem">Not a form with a file nor a CSV body, or too large.</exception>
    public async Task<Stream> OpenAsync(HttpRequest request, CancellationToken cancel)
    {
        if (request.ContentLength > MaxRequestBytes)
        {
            throw TooLarge();
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || type.MediaType.Value is not { } mediaType)
        {
            throw Unsupported(request.ContentType);
        }

        if (CsvTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            return new LimitedStream(request.Body, this);
        }

        if (!string.Equals(mediaType, "multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            throw Unsupported(mediaType);
        }

        var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
        if (string.IsNullOrEmpty(boundary) || boundary.Length > 70)
        {
            throw new RequestProblem(StatusCodes.Status400BadRequest, "bad-form", "The form could not be read", "The multipart form has no valid boundary.");
        }

        var reader = new MultipartReader(boundary, request.Body);
        while (await reader.ReadNextSectionAsync(cancel) is { } section)
        {
            if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) && disposition.IsFileDisposition())
            {
                return new LimitedStream(section.Body, this);
            }
        }

        throw new RequestProblem(StatusCodes.Status400BadRequest, "no-file", "No file in the form", "The form holds no file: attach the CSV export as a file field.");
    }

    private static RequestProblem Unsupported(string? type) => new(
        StatusCodes.Status415UnsupportedMediaType,
        "content-type",
        "Send a CSV file",
        $"The content type '{Problems.Shorten(type ?? "none")}' is not taken here: send the CSV as a file in a multipart/form-data form, or as a text/csv body.");

    private static string Describe(long bytes) =>
        bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024)} MB")
        : bytes >= 1024 && bytes % 1024 == 0 ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024} KB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes");

    /// <summary>A read-only stream that refuses to read past the app's limit.</summary>
    private sealed class LimitedStream(Stream inner, Uploads uploads) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Count(int read)
        {
            _read += read;
            return _read > uploads.MaxBytes ? throw uploads.TooLarge() : read;
        }
    }
}
