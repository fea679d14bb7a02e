using System;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace SalesKpi.Sample;

/// <summary>
/// `fill`: a calculator filled from a CRM's CSV export: the default one (all 21 KPIs), one made from a
/// template (a preset in templates/), or a calculator workbook someone customised.
/// </summary>
public static class Fill
{
    /// <summary>What the command line asked for; null where it said nothing.</summary>
    public sealed record Request(string Data, string Out, string? Template, string? Calculator, Language Language, CultureInfo? Culture, char? Delimiter, bool AllowMissingColumns = false, bool RowKpisAsValues = false);

    public static async Task<int> RunAsync(Request request, TextWriter output, TextWriter error, Progress progress, CancellationToken cancellation)
    {
        // A calculator workbook is filled; a template's name or JSON file says what to write.
        if (request.Template is { } t && t.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"'--template' takes a template's name or JSON file; fill a calculator workbook with '--calculator {t}'");
        }

        if (request.Template is not null && request.Calculator is not null)
        {
            throw new UsageException("'--template' and '--calculator' do not go together: a calculator's own settings say what it holds");
        }

        if (!File.Exists(request.Data))
        {
            throw new FileNotFoundException($"There is no file {Path.GetFullPath(request.Data)}.");
        }

        // The workbook is built aside and moved into place only once every row was good.
        using var file = OutputFile.Create(request.Out, ("--data", request.Data), ("--calculator", request.Calculator), ("--template", request.Template is { } json && File.Exists(json) ? json : null));
        var options = (request.Template is { } name ? Templates.Find(name).In(request.Language) : new WorkbookOptions { Language = request.Language })
            with { RowKpisAsValues = request.RowKpisAsValues };
        var csv = new CsvOptions
        {
            Culture = request.Culture,
            Delimiter = request.Delimiter,
            Catalog = options.Catalog,
            AllowMissingColumns = request.AllowMissingColumns,
            Warning = warning => error.WriteLine($"Warning: {warning}"),
        };
        var rows = SalesCsv.Read(request.Data, csv);
        var rowsWritten = progress.Writing(progress.ShowsBar ? Lines(request.Data) : null);
        try
        {
            // The token is checked before each row, so Ctrl-C stops a long fill promptly.
            if (request.Calculator is not null)
            {
                using var calculator = new FileStream(request.Calculator, FileMode.Open, FileAccess.Read, FileShare.Read);
                await KpiWorkbook.FillAsync(calculator, file.Stream, new FillOptions { Catalog = options.Catalog, Progress = rowsWritten }, rows, cancellation);
            }
            else
            {
                await KpiWorkbook.WriteAsync(file.Stream, options with { Progress = rowsWritten }, rows, cancellation);
            }

            cancellation.ThrowIfCancellationRequested();
            file.Commit();
        }
        finally
        {
            progress.Done();
        }

        output.WriteLine($"Wrote {file.FullPath}");
        return ExitCodes.Ok;
    }

    /// <summary>About how many data rows a CSV file holds (its lines less the header), for the progress bar's share.</summary>
    private static long Lines(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var buffer = new byte[1 << 16];
        long lines = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }

        return Math.Max(0, lines - 1);
    }
}
