using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml;
using SalesKpi.Sheets;
using SalesKpi.Layout;

namespace SalesKpi.Benchmarks;

/// <summary>The measured cases: the full SalesKpi workbook, and the baseline it is held against.</summary>
public static class Cases
{
    private const int WarmUps = 4;

    /// <summary>
    /// Runs one case twice in this process and prints "cold-seconds warm-seconds peak-MB file-MB": the
    /// first run pays for compiling the code (a console's or a nightly job's only call), the second does
    /// not (a web app's every call after its first).
    /// </summary>
    public static int RunOne(string kind, int rows, string? keep)
    {
        var path = keep ?? Path.Combine(Path.GetTempPath(), $"saleskpi-bench-{kind}-{rows}-{Guid.NewGuid():N}.xlsx");
        var cold = Run(kind, rows, path);

        // The runtime compiles hot code again, optimised, after a few calls: a few small runs get there.
        for (var i = 0; i < WarmUps && kind != "parts"; i++)
        {
            Run(kind, Math.Min(rows, 2_000), path);
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var warm = kind == "parts" ? cold : Run(kind, rows, path);
        var size = File.Exists(path) ? new FileInfo(path).Length / 1e6 : 0;
        if (keep is null && File.Exists(path))
        {
            File.Delete(path);
        }

        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1e6;
        Console.WriteLine(FormattableString.Invariant($"{cold:F3} {warm:F3} {peak:F1} {size:F2}"));
        return 0;
    }

    private static double Run(string kind, int rows, string path)
    {
        var watch = Stopwatch.StartNew();
        switch (kind)
        {
            case "saleskpi":
                KpiWorkbook.Write(path, new WorkbookOptions(), Data(rows));
                break;
            case "saleskpi-async":
                // The same workbook from rows that arrive asynchronously: what taking them into a temporary file first costs.
                using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None))
                {
                    KpiWorkbook.WriteAsync(file, new WorkbookOptions(), Arriving(Data(rows))).GetAwaiter().GetResult();
                }

                break;
            case "baseline":
                Baseline(path, Data(rows), rows, formulas: true);
                break;
            case "parts":
                Parts(rows);
                break;
            case "values":
                Baseline(path, Data(rows), rows, formulas: false);
                break;
            default:
                throw new ArgumentException($"Unknown case {kind}.");
        }

        return watch.Elapsed.TotalSeconds;
    }

    private static async IAsyncEnumerable<SalesRecord> Arriving(IEnumerable<SalesRecord> rows)
    {
        foreach (var row in rows)
        {
            await System.Threading.Tasks.Task.Yield();
            yield return row;
        }
    }

    /// <summary>Where the time goes, part by part, for looking into a slow run.</summary>
    private static void Parts(int rows)
    {
        var calculator = new KpiCalculator();
        var watch = Stopwatch.StartNew();
        var data = Data(rows).ToList();
        Console.Error.WriteLine($"data {watch.ElapsedMilliseconds} ms");
        watch.Restart();
        var numbers = data.Select(Catalog.InputFields.Numbers).ToList();
        Console.Error.WriteLine($"numbers {watch.ElapsedMilliseconds} ms");
        watch.Restart();
        foreach (var n in numbers)
        {
            calculator.RowValues(n);
        }

        Console.Error.WriteLine($"row values {watch.ElapsedMilliseconds} ms");
        watch.Restart();
        foreach (var _ in Calculation.RecordValidator.CheckedStream(data, int.MaxValue))
        {
        }

        Console.Error.WriteLine($"validation {watch.ElapsedMilliseconds} ms");
        var layout = new WorkbookLayout(new WorkbookOptions(), rows);
        watch.Restart();
        for (var row = 2; row < 2000; row++)
        {
            foreach (var kpi in layout.Kpis)
            {
                RowKpis.RowFormula(kpi, layout, row);
            }
        }

        Console.Error.WriteLine($"2000 rows of formula text {watch.ElapsedMilliseconds} ms");
    }

    /// <summary>Reps x periods as the scale asks (500 x 200 at 100,000 rows), made lazily from a seed.</summary>
    public static IEnumerable<SalesRecord> Data(int rows)
    {
        var reps = rows switch { <= 1_000 => 50, <= 10_000 => 100, _ => 500 };
        var periods = (rows + reps - 1) / reps;
        var teams = new[] { "Inbound", "Outbound", "Field" };
        var random = new Random(rows);
        var first = new DateTime(2010, 1, 1);
        var count = 0;
        for (var p = 0; p < periods; p++)
        {
            for (var r = 0; r < reps && count < rows; r++, count++)
            {
                int Count(int max) => random.Next(0, max);
                decimal Money(int max) => Math.Round((decimal)(random.NextDouble() * max), 2);
                yield return new SalesRecord
                {
                    PeriodStart = first.AddMonths(p),
                    PeriodEnd = first.AddMonths(p + 1).AddDays(-1),
                    RepId = "R" + r.ToString("D4", CultureInfo.InvariantCulture),
                    RepName = "Rep " + r.ToString(CultureInfo.InvariantCulture),
                    Team = teams[r % 3],
                    Location = "Region " + (r % 7).ToString(CultureInfo.InvariantCulture),
                    NewCustomerRevenue = Money(50_000), ExistingCustomerRevenue = Money(90_000), ComparisonRevenue = Money(130_000),
                    GrossProfit = Money(50_000) - 5_000, SalesQuota = Money(150_000), NextPeriodQuota = Money(150_000),
                    AcquisitionCost = Money(20_000), DealsWon = Count(20), DealsLost = Count(60), SalesCycleDaysTotal = Money(900),
                    OpenOpportunities = Count(50), OpenPipelineValue = Money(400_000), LeadsCreated = Count(400), LeadsConverted = Count(80),
                    LeadsContacted = Count(400), LeadResponseHoursTotal = Money(2_000), CallsMade = Count(900), MeetingsBooked = Count(40),
                    VisitsPlanned = Count(100), VisitsCompleted = Count(100), VisitsWithOrder = Count(60), FieldDays = Count(44) / 2m,
                    AccountsAssigned = Count(120), AccountsVisited = Count(100), CustomersAtStart = Count(300), NewCustomers = Count(20),
                    CustomersLost = Count(10),
                };
            }
        }
    }

    /// <summary>
    /// The baseline: a minimal streaming writer (zip + XmlWriter, same compression level) that writes
    /// the same data cells and, with formulas, the same per-row formula cells beside them with a value,
    /// and nothing else. It is told the row count, which the library finds out for itself.
    /// </summary>
    public static void Baseline(string path, IEnumerable<SalesRecord> records, int count, bool formulas)
    {
        var options = new WorkbookOptions();
        var layout = new WorkbookLayout(options, Math.Max(options.Capacity, count));
        using var file = new FileStream(path, FileMode.Create);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false) };
        const string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        using (var stream = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal).Open())
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartElement("worksheet", main);
            xml.WriteStartElement("sheetData");
            var columns = new Xlsx.FilledFormula?[layout.KpiColumn(layout.Kpis.Count - 1) + 1];
            var row = 2;
            foreach (var record in records)
            {
                xml.WriteStartElement("row");
                xml.WriteAttributeString("r", row.ToString(CultureInfo.InvariantCulture));
                var c = 1;
                foreach (var field in InputField.All)
                {
                    var reference = Xlsx.CellRef.Relative(row, c++);
                    xml.WriteStartElement("c");
                    xml.WriteAttributeString("r", reference);
                    xml.WriteAttributeString("s", "1");
                    switch (field.Type)
                    {
                        case FieldType.Date:
                            xml.WriteElementString("v", main, field.ReadDate!(record).ToOADate().ToString("R", CultureInfo.InvariantCulture));
                            break;
                        case FieldType.Text:
                            xml.WriteAttributeString("t", "inlineStr");
                            xml.WriteStartElement("is");
                            xml.WriteElementString("t", main, field.ReadText!(record) ?? "");
                            xml.WriteEndElement();
                            break;
                        default:
                            xml.WriteElementString("v", main, ((double)field.ReadNumber!(record)!.Value).ToString("R", CultureInfo.InvariantCulture));
                            break;
                    }

                    xml.WriteEndElement();
                }

                // Filled-down formulas as Excel stores them, and so the library: one shared formula per column.
                void Formula(int column, Func<string> formula)
                {
                    var filled = columns[column] ??= new Xlsx.FilledFormula(formula(), 2, count + 1, column);
                    xml.WriteStartElement("c");
                    xml.WriteAttributeString("r", Xlsx.CellRef.Relative(row, column));
                    xml.WriteAttributeString("s", "1");
                    xml.WriteStartElement("f");
                    if (filled.Shared)
                    {
                        xml.WriteAttributeString("t", "shared");
                        if (row == 2)
                        {
                            xml.WriteAttributeString("ref", filled.Range);
                        }

                        xml.WriteAttributeString("si", (column - 1).ToString(CultureInfo.InvariantCulture));
                        if (row == 2)
                        {
                            xml.WriteString(filled.Formula);
                        }
                    }
                    else
                    {
                        xml.WriteString(filled.At(row));
                    }

                    xml.WriteEndElement();
                    xml.WriteElementString("v", main, (row * 0.001 + column).ToString("R", CultureInfo.InvariantCulture));
                    xml.WriteEndElement();
                }

                if (formulas)
                {
                    Formula(layout.InScopeColumn, () => RowKpis.InScope(layout, row));
                    for (var k = 0; k < layout.Kpis.Count; k++)
                    {
                        Formula(layout.KpiColumn(k), () => RowKpis.RowFormula(layout.Kpis[k], layout, row));
                    }
                }

                xml.WriteEndElement();
                row++;
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        PackageParts(zip, sheets: 1);
    }

    private static void PackageParts(ZipArchive zip, int sheets)
    {
        void Part(string name, string xml)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
            writer.Write(xml);
        }

        var numbers = Enumerable.Range(1, sheets).ToList();
        Part("[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + string.Concat(numbers.Select(n => $"<Override PartName=\"/xl/worksheets/sheet{n}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"))
            + "</Types>");
        Part("_rels/.rels",
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>");
        Part("xl/workbook.xml",
            "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
            + string.Concat(numbers.Select(n => $"<sheet name=\"Sheet{n}\" sheetId=\"{n}\" r:id=\"rId{n}\"/>"))
            + "</sheets></workbook>");
        Part("xl/_rels/workbook.xml.rels",
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + string.Concat(numbers.Select(n => $"<Relationship Id=\"rId{n}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{n}.xml\"/>"))
            + $"<Relationship Id=\"rId{sheets + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
            + "</Relationships>");
        Part("xl/styles.xml",
            "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/></cellXfs>"
            + "</styleSheet>");
    }
}
