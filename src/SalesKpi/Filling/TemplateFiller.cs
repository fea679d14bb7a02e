using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using SalesKpi.Sheets;
using SalesKpi.Layout;
using SalesKpi.Xlsx;

namespace SalesKpi.Filling;

/// <summary>
/// Fills a template: the library's own calculator or one a person customised. The workbook the
/// template stands for is built afresh with the data (same options, read from the template's cells),
/// then merged into the template part by part: the data and KPI rows come from the fresh build in
/// the template's own cell styles, formula cells the template shares with the fresh build take their
/// computed values, the ranges that cover the data grow, and every other part is copied unchanged.
/// </summary>
internal static class TemplateFiller
{
    private static readonly DateTimeOffset EntryDate = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Fill(Stream template, Stream output, KpiCatalog catalog, IEnumerable<SalesRecord> records, string scratch)
    {
        // Opened first, deleted when closed: whatever the template turns out to be, the scratch file does not stay behind.
        using var freshFile = Scratch(scratch);
        using var parts = XlsxParts.Open(template);
        var book = TemplateWorkbook.Open(parts);
        var (options, slots) = book.Options(catalog);
        var layout = WorkbookWriter.Write(freshFile, options, records, room: slots, rowKpisBesideData: book.RowKpisBesideData);
        if (layout.Slots != slots)
        {
            throw new ArgumentException(FormattableString.Invariant(
                $"The template's Settings lists have room for {slots.Teams} teams, {slots.Locations} locations and {slots.Reps} reps; the data brings {layout.Slots.Teams}, {layout.Slots.Locations} and {layout.Slots.Reps}. Make the template with more room, or write the workbook without one."),
                nameof(records));
        }

        freshFile.Position = 0;
        using var fresh = XlsxParts.Open(freshFile);
        new Merge(book, parts, fresh, layout).Write(output);
    }

    private static FileStream Scratch(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    private sealed class Merge(TemplateWorkbook book, XlsxParts parts, XlsxParts fresh, WorkbookLayout layout)
    {
        private readonly RangeGrowth _growth = new(book.TableSheets, book.LastDataRow, layout.LastDataRow);
        private readonly Dictionary<string, (string Sheet, SheetRole? Role)> _sheets = Sheets(book);
        private readonly Dictionary<string, string> _tables = Tables(book, parts);

        public void Write(Stream output)
        {
            HashSet<string> charts;
            using (var contentTypes = parts.Read(PackageParts.ContentTypes))
            {
                charts = PackageParts.Charts(contentTypes);
            }

            using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
            foreach (var path in parts.Paths)
            {
                if (PackageParts.Is(path, PackageParts.CalculationChain))
                {
                    continue; // it lists formula cells of the old rows; programs rebuild it
                }

                if (path.Equals(PackageParts.ContentTypes, StringComparison.Ordinal) || PackageParts.Is(path, PackageParts.WorkbookRelationships))
                {
                    Rewrite(zip, path, new WithoutCalculationChain());
                }
                else if (PackageParts.Is(path, PackageParts.Workbook))
                {
                    Rewrite(zip, path, Workbook());
                }
                else if (_sheets.TryGetValue(path, out var sheet))
                {
                    Rewrite(zip, path, Sheet(sheet.Sheet, sheet.Role), XlsxParts.MaxSheetBytes);
                }
                else if (_tables.TryGetValue(path, out var tableSheet))
                {
                    Rewrite(zip, path, new TableRewrite(_growth, tableSheet));
                }
                else if (charts.Contains(path))
                {
                    Chart(zip, path);
                }
                else
                {
                    Copy(zip, path, parts);
                }
            }
        }

        private static Dictionary<string, (string, SheetRole?)> Sheets(TemplateWorkbook book)
        {
            var roles = book.Roles().ToDictionary(r => r.Value, r => r.Key, StringComparer.OrdinalIgnoreCase);
            return book.SheetPaths.ToDictionary(
                s => s.Value,
                s => (s.Key, roles.TryGetValue(s.Key, out var role) ? role : (SheetRole?)null),
                StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>The tables a person made over the data or KPI rows (Format as Table, in Excel), by part, with the sheet each lies on.</summary>
        private static Dictionary<string, string> Tables(TemplateWorkbook book, XlsxParts parts)
        {
            var tables = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var sheet in book.TableSheets)
            {
                foreach (var table in book.SheetPaths.TryGetValue(sheet, out var path) ? WorkbookIndex.Related(parts, path, "table") : new List<string>())
                {
                    tables[table] = sheet;
                }
            }

            return tables;
        }

        /// <summary>The workbook part's rewrite: names grow, the print areas that follow the data follow the fresh build's.</summary>
        private WorkbookRewrite Workbook()
        {
            var freshNames = fresh.Document(PackageParts.Workbook).Root!.Descendants(Markup.Main + "definedName").ToList();
            var areas = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
            foreach (var role in book.Roles())
            {
                var freshArea = freshNames.FirstOrDefault(n => (string?)n.Attribute("name") == Printing.AreaName && (int?)n.Attribute("localSheetId") == layout.Position(role.Key) - 1)?.Value;
                if (Printing.FollowsFreshBuild(role.Key) is { } firstRow && freshArea is not null)
                {
                    areas[role.Value] = (freshArea, firstRow);
                }
            }

            return new WorkbookRewrite(_growth, areas);
        }

        /// <summary>
        /// A sheet: the data or KPI table takes the fresh build's rows (see <see cref="TableRows"/>), any
        /// other the fresh build's values (see <see cref="CellsRewrite"/>).
        /// </summary>
        private PartCopy Sheet(string sheet, SheetRole? role)
        {
            if (role is SheetRole.Data or SheetRole.Kpis)
            {
                return new TableRows(_growth, sheet, () => fresh.Xml(XlsxPackage.SheetPart(layout.Position(role.Value))));
            }

            var freshSheet = role is { } r ? fresh.Document(XlsxPackage.SheetPart(layout.Position(r))) : null;
            var lists = role == SheetRole.Settings ? SettingList.All.Select(list => book.Range(list.Name)) : Enumerable.Empty<SheetRange>();
            return new CellsRewrite(_growth, sheet, freshSheet, lists);
        }

        /// <summary>
        /// A chart: the fresh build's, with its values cached, where it is the library's own chart over
        /// the same cells; otherwise the template's, its references grown.
        /// </summary>
        private void Chart(ZipArchive zip, string path)
        {
            string References(XlsxParts package)
            {
                using var chart = package.Read(path);
                return ChartRewrite.References(chart);
            }

            if (fresh.Has(path) && References(fresh) == References(parts))
            {
                Copy(zip, path, fresh);
            }
            else
            {
                Rewrite(zip, path, new ChartRewrite(_growth));
            }
        }

        private void Rewrite(ZipArchive zip, string path, PartCopy rewrite, long limit = XlsxParts.MaxPartBytes)
        {
            using var template = parts.Read(path, limit);
            using var stream = Entry(zip, path);
            rewrite.Copy(template, stream);
        }

        private static void Copy(ZipArchive zip, string path, XlsxParts from)
        {
            using var source = from.Open(path);
            using var target = Entry(zip, path);
            source.CopyTo(target);
        }

        private static Stream Entry(ZipArchive zip, string path)
        {
            var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
            entry.LastWriteTime = EntryDate;
            return entry.Open();
        }
    }
}
