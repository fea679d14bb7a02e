using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace SalesKpi.Web;

/// <summary>
/// The web example: a page at "/" where a manager previews the KPIs of a CSV export and downloads the
/// filled workbook, and the API behind it. GET uses the built-in sample data, POST a CSV upload, which
/// streams into the workbook. Every bad request gets a 4xx with a short application/problem+json body,
/// and no half workbook.
/// </summary>
public static class KpiApi
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Text that is not UTF-8 is refused, never read with replacement characters.</summary>
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var uploads = new Uploads(builder.Configuration);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = uploads.MaxRequestBytes);
        builder.Services.AddProblemDetails();
        var templates = Templates.Load(Path.Combine(AppContext.BaseDirectory, "templates"));

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();

        app.MapGet("/", () => PageFiles.Serve("index.html"));
        app.MapGet("/page/{file}", (string file) => PageFiles.Serve(file));
        app.MapGet("/api/templates", () => templates.All.Select(t => new { name = t.Name, title = new { en = t.Title?.English, es = t.Title?.Spanish } }));

        app.MapGet("/api/preview", (HttpContext http, string? lang, string? template, CancellationToken cancel) =>
            Serve(http, templates, null, lang, template, preview: true, cancel));
        app.MapPost("/api/preview", (HttpContext http, string? lang, string? template, CancellationToken cancel) =>
            Serve(http, templates, uploads, lang, template, preview: true, cancel));
        app.MapGet("/kpis.xlsx", (HttpContext http, string? lang, string? template, CancellationToken cancel) =>
            Serve(http, templates, null, lang, template, preview: false, cancel));
        app.MapPost("/kpis.xlsx", (HttpContext http, string? lang, string? template, CancellationToken cancel) =>
            Serve(http, templates, uploads, lang, template, preview: false, cancel));
        return app;
    }

    /// <summary>The preview (JSON) or the workbook of the sample data (<paramref name="uploads"/> null) or of the request's CSV.</summary>
    private static async Task<IResult> Serve(HttpContext http, Templates templates, Uploads? uploads, string? lang, string? template, bool preview, CancellationToken cancel)
    {
        try
        {
            var options = templates.Options(lang, template);
            var csv = uploads is null ? null : await uploads.OpenAsync(http.Request, cancel);
            return await Build(http, options, csv, preview, cancel);
        }
        catch (Exception e) when (!http.Response.HasStarted
            && Problems.For(e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } && uploads is not null ? uploads.TooLarge() : e) is { } problem)
        {
            http.Response.Clear();
            return problem;
        }
    }

    private static async Task<IResult> Build(HttpContext http, WorkbookOptions options, Stream? csv, bool preview, CancellationToken cancel)
    {
        // A CRM export often lacks columns: the KPIs they feed read n/a, and the page says which.
        var warnings = new List<string>();
        var read = new CsvOptions { Catalog = options.Catalog, AllowMissingColumns = true, Warning = w => warnings.Add(w.ToString()) };

        // The upload is read asynchronously (into a scratch file, so no thread waits on the network).
        var uploaded = csv is null ? null : SalesCsv.ReadAsync(csv, read, cancel);
        if (preview)
        {
            // The workbook is built and thrown away, so the preview refuses exactly what the download would.
            var latest = new LatestPeriod();
            await (uploaded is null
                ? KpiWorkbook.WriteAsync(Stream.Null, options, latest.Watch(SampleData.Create().WithComparisonRevenueFromData(options.Settings)), cancel)
                : KpiWorkbook.WriteAsync(Stream.Null, options, latest.Watch(uploaded.WithComparisonRevenueFromData(options.Settings)), cancel));
            return Results.Json(latest.Compute(options) with { Warnings = warnings });
        }

        // The library builds the whole workbook before its first byte reaches the response,
        // so a bad row still becomes a 400 and never half a file.
        http.Response.ContentType = Xlsx;
        http.Response.Headers.ContentDisposition = "attachment; filename=\"kpis.xlsx\"";
        await (uploaded is null
            ? KpiWorkbook.WriteAsync(http.Response.Body, options, SampleData.Create(), cancel)
            : KpiWorkbook.WriteAsync(http.Response.Body, options, uploaded, cancel));
        return Results.Empty;
    }
}

/// <summary>The workbook templates the app offers, read once from its templates folder.</summary>
public sealed class Templates
{
    private Templates(IReadOnlyList<WorkbookTemplate> all) => All = all;

    public IReadOnlyList<WorkbookTemplate> All { get; }

    public static Templates Load(string folder) =>
        new(Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(WorkbookTemplate.Load).ToArray()
            : []);

    /// <summary>The workbook options for a language ("en" or "es") and a template's name (none: all 21 KPIs).</summary>
    /// <exception cref="RequestProblem">An unknown language or template.</exception>
    public WorkbookOptions Options(string? lang, string? template)
    {
        var language = lang switch
        {
            null or "" or "en" => Language.English,
            "es" => Language.Spanish,
            _ => throw new RequestProblem(StatusCodes.Status400BadRequest, "bad-option", "Unknown language", $"The language '{Problems.Shorten(lang)}' is not offered: use en or es."),
        };
        if (string.IsNullOrEmpty(template))
        {
            return new WorkbookOptions { Language = language };
        }

        return All.FirstOrDefault(t => string.Equals(t.Name, template, StringComparison.Ordinal)) is { } found
            ? found.In(language)
            : throw new RequestProblem(
                StatusCodes.Status400BadRequest,
                "bad-option",
                "Unknown template",
                $"No template '{Problems.Shorten(template)}'. The templates are: {string.Join(", ", All.Select(t => t.Name))}.");
    }
}

/// <summary>The page's files, shipped inside the assembly.</summary>
internal static class PageFiles
{
    public static IResult Serve(string file)
    {
        var type = Path.GetExtension(file) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".png" => "image/png",
            _ => null,
        };
        var stream = type is null ? null : typeof(PageFiles).Assembly.GetManifestResourceStream("page/" + file);
        return stream is null ? Results.NotFound() : Results.Stream(stream, type);
    }
}
