using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SalesKpi.Tests.Support;

/// <summary>
/// A workbook as reviewable text: per sheet, runs of cells down a column that hold the same thing
/// (a formula filled down counts as the same), with its cached value, number format and lock; then names,
/// validations and conditional formats. A change to the generator shows up as a readable diff.
/// </summary>
public static class Snapshot
{
    public static string Of(string path)
    {
        using var workbook = new XlsxReader(path);
        var text = new StringBuilder();
        var formats = NumberFormats(workbook);
        foreach (var name in workbook.SheetNames)
        {
            var sheet = new SheetXml(workbook.Workbook, name);
            text.Append(CultureInfo.InvariantCulture, $"== {name}{(sheet.Hidden ? " (hidden)" : "")}{(sheet.Protected ? " (protected)" : "")}\n");
            var cells = sheet.Worksheet.Descendants<Cell>()
                .Select(c => (Address: SheetXml.Parse(c.CellReference!.Value!), Cell: c))
                .ToList();
            var contents = workbook.Cells(name).ToDictionary(c => c.Address, c => c.Content);
            var lines = new List<(int Row, int Column, string Line)>();
            foreach (var column in cells.GroupBy(c => c.Address.Column))
            {
                var run = new List<(int Row, string Key, string Shown)>();
                foreach (var (address, cell) in column.OrderBy(c => c.Address.Row))
                {
                    var content = contents[cell.CellReference!.Value!];
                    var format = formats.TryGetValue(cell.StyleIndex?.Value ?? 0, out var f) ? f : "General";
                    var shown = Describe(content, format);
                    var key = Describe(content with { Formula = content.Formula is null ? null : Relative(content.Formula, address.Row) }, format);
                    if (run.Count > 0 && (run[^1].Key != key || run[^1].Row + 1 != address.Row))
                    {
                        lines.Add(Flush(run, column.Key));
                        run.Clear();
                    }

                    run.Add((address.Row, key, shown));
                }

                lines.Add(Flush(run, column.Key));
            }

            foreach (var line in lines.OrderBy(l => l.Row).ThenBy(l => l.Column))
            {
                text.Append(line.Line).Append('\n');
            }

            foreach (var validation in sheet.Validations)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"validation {validation.SequenceOfReferences!.InnerText}: {validation.Type?.InnerText} {validation.Operator?.InnerText} {validation.Formula1?.Text} {validation.Formula2?.Text} | {validation.Error?.Value}\n");
            }

            foreach (var rule in sheet.Worksheet.Descendants<ConditionalFormatting>())
            {
                text.Append(CultureInfo.InvariantCulture, $"conditional {rule.SequenceOfReferences!.InnerText}: {string.Join(" ; ", rule.Descendants<Formula>().Select(x => x.Text))}\n");
            }
        }

        text.Append("== Defined names\n");
        foreach (var (name, reference) in workbook.Names.OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"{name} = {reference}\n");
        }

        return text.ToString();
    }

    private static (int Row, int Column, string Line) Flush(List<(int Row, string Key, string Shown)> run, int column)
    {
        var first = Xlsx.CellRef.Relative(run[0].Row, column);
        var where = run.Count == 1 ? first : $"{first}:{Xlsx.CellRef.Relative(run[^1].Row, column)} ({run.Count} cells)";
        return (run[0].Row, column, $"{where} | {run[0].Shown}");
    }

    private static string Describe(CellContent content, string format)
    {
        var value = content.Text is { } text ? "\"" + text + "\""
            : content.Error ?? content.Number?.ToString("R", CultureInfo.InvariantCulture) ?? "(blank)";
        var what = content.Formula is { } formula ? $"={formula} -> {value}" : value;
        return $"{what} | {format} | {(content.Locked ? "locked" : "INPUT")}";
    }

    /// <summary>Relative row numbers as offsets from the cell's own row, so filled-down formulas compare equal.</summary>
    private static string Relative(string formula, int row) =>
        Regex.Replace(formula, @"(?<![A-Za-z_$])(\$?[A-Z]{1,3})(\d+)(?![\d(A-Za-z_])", m =>
            m.Groups[1].Value + "[" + (int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) - row).ToString(CultureInfo.InvariantCulture) + "]");

    private static Dictionary<uint, string> NumberFormats(XlsxReader workbook)
    {
        var stylesheet = workbook.Workbook.WorkbookStylesPart!.Stylesheet;
        var codes = stylesheet.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(n => n.NumberFormatId!.Value, n => n.FormatCode!.Value!)
            ?? new Dictionary<uint, string>();
        return stylesheet.CellFormats!.Elements<CellFormat>()
            .Select((format, index) => (index, id: format.NumberFormatId?.Value ?? 0))
            .ToDictionary(x => (uint)x.index, x => codes.TryGetValue(x.id, out var code) ? code : "General");
    }
}
