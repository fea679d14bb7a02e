using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using SalesKpi.Build;
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
    private static readonly XNamespace Main = Ns.Main;
    private static readonly DateTimeOffset EntryDate = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Fill(Stream template, Stream output, KpiCatalog catalog, IEnumerable<SalesRecord> records, string scratch)
    {
        // Opened first, deleted when closed: whatever the template turns out to be, the scratch file does not stay behind.
        using var freshFile = Scratch(scratch);
        using var parts = XlsxParts.Open(template);
        var book = TemplateWorkbook.Open(parts);
        var (options, slots) = book.Options(catalog);
        var layout = WorkbookWriter.Write(freshFile, options, records, room: slots);
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
        private readonly RangeGrowth _growth = new(new[] { book.DataSheet, book.KpiSheet }, book.LastDataRow, layout.LastDataRow);
        private readonly Dictionary<string, (string Sheet, SheetRole? Role)> _sheets = Sheets(book);

        public void Write(Stream output)
        {
            var contentTypes = parts.Document("[Content_Types].xml");
            var charts = Charts(contentTypes);
            using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
            foreach (var path in parts.Paths)
            {
                if (path.Equals("xl/calcChain.xml", StringComparison.OrdinalIgnoreCase))
                {
                    continue; // it lists formula cells of the old rows; programs rebuild it
                }

                if (path.Equals("[Content_Types].xml", StringComparison.Ordinal))
                {
                    Document(zip, path, ContentTypes(contentTypes));
                }
                else if (path.Equals("xl/_rels/workbook.xml.rels", StringComparison.OrdinalIgnoreCase))
                {
                    Document(zip, path, WorkbookRelationships(parts.Document(path)));
                }
                else if (path.Equals("xl/workbook.xml", StringComparison.OrdinalIgnoreCase))
                {
                    Document(zip, path, Workbook(parts.Document(path)));
                }
                else if (_sheets.TryGetValue(path, out var sheet) && sheet.Role is SheetRole.Data or SheetRole.Kpis)
                {
                    Rows(zip, path, sheet.Sheet, sheet.Role.Value);
                }
                else if (_sheets.TryGetValue(path, out sheet))
                {
                    Cells(zip, path, sheet.Sheet, sheet.Role);
                }
                else if (charts.Contains(path))
                {
                    Document(zip, path, Chart(parts.Document(path), path));
                }
                else
                {
                    using var source = parts.Open(path);
                    using var target = Entry(zip, path);
                    source.CopyTo(target);
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

        /// <summary>The chart parts, wherever the program that made them put them.</summary>
        private static HashSet<string> Charts(XDocument contentTypes) => new(
            contentTypes.Root?.Elements()
                .Where(e => (string?)e.Attribute("ContentType") == "application/vnd.openxmlformats-officedocument.drawingml.chart+xml")
                .Select(e => ((string?)e.Attribute("PartName") ?? "").TrimStart('/')) ?? Enumerable.Empty<string>(),
            StringComparer.OrdinalIgnoreCase);

        private static XDocument ContentTypes(XDocument document)
        {
            document.Root?.Elements().Where(e => ((string?)e.Attribute("PartName"))?.Equals("/xl/calcChain.xml", StringComparison.OrdinalIgnoreCase) == true).Remove();
            return document;
        }

        private static XDocument WorkbookRelationships(XDocument document)
        {
            document.Root?.Elements().Where(e => ((string?)e.Attribute("Type"))?.EndsWith("/calcChain", StringComparison.Ordinal) == true).Remove();
            return document;
        }

        /// <summary>Names grow with the data; programs are asked to recalculate on open.</summary>
        private XDocument Workbook(XDocument document)
        {
            var root = document.Root!;
            foreach (var name in root.Descendants(Main + "definedName"))
            {
                name.Value = _growth.Apply(name.Value, null);
            }

            LeaderboardPrintArea(root);

            var calc = root.Element(Main + "calcPr");
            if (calc is null)
            {
                calc = new XElement(Main + "calcPr");
                var later = new[] { "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst" };
                var before = root.Elements().FirstOrDefault(e => e.Name.Namespace == Main && later.Contains(e.Name.LocalName));
                if (before is null)
                {
                    root.Add(calc);
                }
                else
                {
                    before.AddBeforeSelf(calc);
                }
            }

            calc.SetAttributeValue("fullCalcOnLoad", "1");
            return document;
        }

        /// <summary>
        /// The leaderboard prints a place per listed rep; the data may list more reps than the template
        /// did, so its print area ends where the fresh build's does. A print area a person set elsewhere stays.
        /// </summary>
        private void LeaderboardPrintArea(XElement root)
        {
            static XElement? Area(XElement workbook, int position) => workbook.Descendants(Main + "definedName").FirstOrDefault(n =>
                (string?)n.Attribute("name") == Printing.AreaName && (int?)n.Attribute("localSheetId") == position);

            var sheets = root.Element(Main + "sheets")?.Elements(Main + "sheet").Select(s => (string?)s.Attribute("name")).ToList();
            var leaderboard = book.Roles().TryGetValue(SheetRole.Leaderboard, out var name) ? sheets?.IndexOf(name) ?? -1 : -1;
            var freshArea = Area(fresh.Document("xl/workbook.xml").Root!, (int)SheetRole.Leaderboard - 1)?.Value;
            if (leaderboard >= 0 && Area(root, leaderboard) is { } area && Printing.LastRow(area.Value) >= LeaderboardArea.FirstRow
                && freshArea is not null && Printing.LastRow(freshArea) is { } last)
            {
                area.Value = Printing.WithLastRow(area.Value, last);
            }
        }

        /// <summary>
        /// A chart: the fresh build's, with its values cached, where it is the library's own chart over
        /// the same cells; otherwise the template's, its references grown.
        /// </summary>
        private XDocument Chart(XDocument document, string path)
        {
            static string References(XDocument chart) => string.Join("|", chart.Descendants().Where(e => e.Name.LocalName == "f").Select(e => e.Value));
            if (fresh.Has(path) && fresh.Document(path) is { } computed && References(computed) == References(document))
            {
                return computed;
            }

            foreach (var reference in document.Descendants().Where(e => e.Name.LocalName == "f"))
            {
                reference.Value = _growth.Apply(reference.Value, null);
            }

            return document;
        }

        /// <summary>Any other sheet, streamed from the template's part to the output; see <see cref="SheetCells"/>.</summary>
        private void Cells(ZipArchive zip, string path, string sheet, SheetRole? role)
        {
            var freshSheet = role is { } r ? fresh.Document(XlsxPackage.SheetPart((int)r)) : null;
            var lists = role == SheetRole.Settings && freshSheet is not null ? Lists(freshSheet) : new Dictionary<int, SortedDictionary<int, string>>();
            using var template = parts.Read(path, XlsxParts.MaxSheetBytes);
            using var stream = Entry(zip, path);
            using var xml = XmlCopy.Writer(stream);
            new SheetCells(_growth, sheet, freshSheet, lists).Write(template, xml);
        }

        /// <summary>The Settings lists take every team, location and rep the fresh build listed: the template's and the data's.</summary>
        private Dictionary<int, SortedDictionary<int, string>> Lists(XDocument freshSheet)
        {
            var freshCells = freshSheet.Descendants(Main + "c").Where(c => c.Attribute("r") is not null)
                .GroupBy(c => (string)c.Attribute("r")!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var lists = new Dictionary<int, SortedDictionary<int, string>>();
            foreach (var name in new[] { Names.Teams, Names.Locations, Names.Reps })
            {
                var range = book.Range(name);
                for (var row = range.FirstRow; row <= range.LastRow; row++)
                {
                    if (freshCells.TryGetValue(CellRef.Relative(row, range.FirstColumn), out var computed) && TemplateWorkbook.ValueOf(computed) is string { Length: > 0 } text)
                    {
                        if (!lists.TryGetValue(row, out var cells))
                        {
                            cells = new SortedDictionary<int, string>();
                            lists[row] = cells;
                        }

                        cells[range.FirstColumn] = text;
                    }
                }
            }

            return lists;
        }

        /// <summary>The data or KPI table, streamed from the template's part to the output; see <see cref="TableRows"/>.</summary>
        private void Rows(ZipArchive zip, string path, string sheet, SheetRole role)
        {
            using var template = parts.Read(path, XlsxParts.MaxSheetBytes);
            using var stream = Entry(zip, path);
            using var xml = XmlCopy.Writer(stream);
            new TableRows(_growth, sheet).Write(template, () => fresh.Xml(XlsxPackage.SheetPart((int)role)), xml);
        }

        private static Stream Entry(ZipArchive zip, string path)
        {
            var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
            entry.LastWriteTime = EntryDate;
            return entry.Open();
        }

        private static void Document(ZipArchive zip, string path, XDocument document)
        {
            using var stream = Entry(zip, path);
            using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false });
            document.Save(xml);
        }
    }
}
