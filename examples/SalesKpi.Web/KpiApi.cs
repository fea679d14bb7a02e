using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SalesKpi.Web;

/// <summary>
/// A minimal API that streams filled KPI workbooks: GET for the built-in sample data, POST for a CSV
/// upload. A bad upload gets a 400 that lists the problems, and no half workbook.
/// </summary>
public static class KpiApi
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const long MaxUpload = 50 * 1024 * 1024;

    public static WebApplication Create(string[] args)
    {
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/kpis.xlsx", (HttpContext http, string? lang, string? template, CancellationToken cancel) =>
            Workbook(http, lang, template, SampleData.Create(), cancel));
        app.MapPost("/kpis.xlsx", Upload);
        return app;
    }

    private static async Task<IResult> Upload(HttpContext http, string? lang, string? template, CancellationToken cancel)
    {
        // The upload is taken in first, without blocking a thread; the workbook is then built from it in one pass.
        using var upload = new MemoryStream();
        var source = http.Request.HasFormContentType && (await http.Request.ReadFormAsync(cancel)).Files.FirstOrDefault() is { } file
            ? file.OpenReadStream()
            : http.Request.Body;
        await using (source)
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await source.ReadAsync(buffer, cancel)) > 0)
            {
                if (upload.Length + read > MaxUpload)
                {
                    return Results.Problem($"The upload is larger than {MaxUpload / (1024 * 1024)} MB.", statusCode: StatusCodes.Status413PayloadTooLarge);
                }

                upload.Write(buffer, 0, read);
            }
        }

        upload.Position = 0;
        using var reader = new StreamReader(upload);
        return await Workbook(http, lang, template, SalesCsv.Read(reader), cancel);
    }

    private static async Task<IResult> Workbook(HttpContext http, string? lang, string? template, System.Collections.Generic.IEnumerable<SalesRecord> data, CancellationToken cancel)
    {
        try
        {
            var options = Options(lang, template);

            // The library builds the whole workbook before its first byte reaches the response,
            // so a bad row still becomes a 400 and never half a file.
            http.Response.ContentType = Xlsx;
            http.Response.Headers.ContentDisposition = "attachment; filename=\"kpis.xlsx\"";
            await KpiWorkbook.WriteAsync(http.Response.Body, options, data, cancel);
            return Results.Empty;
        }
        catch (Exception e) when (e is SalesDataException or InvalidDataException or ArgumentException)
        {
            return Results.BadRequest(new { problems = new[] { e.Message } });
        }
    }

    private static WorkbookOptions Options(string? lang, string? template)
    {
        var language = lang == "es" ? Language.Spanish : Language.English;
        if (template is null)
        {
            return new WorkbookOptions { Language = language };
        }

        var path = Path.Combine(AppContext.BaseDirectory, "templates", Path.GetFileName(template) + ".json");
        return File.Exists(path)
            ? WorkbookTemplate.Load(path).In(language)
            : throw new ArgumentException($"No template '{template}'.", nameof(template));
    }
}
