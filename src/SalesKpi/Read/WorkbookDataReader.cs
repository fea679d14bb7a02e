using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using SalesKpi.Catalog;


namespace SalesKpi.Read;

/// <summary>
/// Reads the data table of a KPI workbook (this library's, or one a person edited or another program
/// re-saved) back into records: the sheet is found by the Data_RepId name or by its title, columns by
/// their headers, and every cell that does not read as its field expects becomes a problem.
/// </summary>
internal static class WorkbookDataReader
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static WorkbookData Read(Stream stream)
    {
        using var parts = XlsxParts.Open(stream);
        try
        {
            var (sheets, names) = Workbook(parts);
            var sheet = DataSheet(sheets, names);
            var strings = parts.Has("xl/sharedStrings.xml") ? SharedStrings(parts) : new List<string>();
            return Rows(parts, sheet.Name, sheet.Path, strings) with { Options = Options(parts) };
        }
        catch (XmlException e)
        {
            throw new InvalidDataException($"This is not a readable .xlsx file: {e.Message}", e);
        }
    }

    /// <summary>The options the workbook's own cells hold; the defaults for a workbook without this library's names.</summary>
    private static WorkbookOptions Options(XlsxParts parts)
    {
        try
        {
            return Filling.TemplateWorkbook.Open(parts).Options(KpiCatalog.Default).Options;
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or FormatException)
        {
            return new WorkbookOptions();
        }
    }

    public static (List<(string Name, string Path)> Sheets, Dictionary<string, string> Names) Workbook(XlsxParts parts)
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var rels = parts.Xml("xl/_rels/workbook.xml.rels"))
        {
            while (rels.ReadToFollowing("Relationship"))
            {
                var target = rels.GetAttribute("Target") ?? "";
                targets[rels.GetAttribute("Id") ?? ""] = target.StartsWith("/", StringComparison.Ordinal) ? target.Substring(1) : "xl/" + target;
            }
        }

        var sheets = new List<(string, string)>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        using var xml = parts.Xml("xl/workbook.xml");
        // ReadElementContentAsString moves to the next node itself: read on only where nothing did.
        var advanced = false;
        while (advanced || xml.Read())
        {
            advanced = false;
            if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != Main)
            {
                continue;
            }

            if (xml.LocalName == "sheet" && targets.TryGetValue(xml.GetAttribute("id", Relationships) ?? "", out var path))
            {
                sheets.Add((xml.GetAttribute("name") ?? "", path));
            }
            else if (xml.LocalName == "definedName" && xml.GetAttribute("localSheetId") is null)
            {
                var name = xml.GetAttribute("name") ?? "";
                names[name] = xml.ReadElementContentAsString();
                advanced = true;
            }
        }

        return (sheets, names);
    }

    private static (string Name, string Path) DataSheet(List<(string Name, string Path)> sheets, Dictionary<string, string> names)
    {
        var byName = names.TryGetValue("Data_RepId", out var reference)
            ? string.Join("'", Regex.Match(reference, @"^'?((?:[^']|'')+?)'?!").Groups[1].Value.Split(new[] { "''" }, StringSplitOptions.None))
            : null;
        var titles = new[] { byName, Localization.Labels.DataSheet.English, Localization.Labels.DataSheet.Spanish };
        foreach (var title in titles.Where(t => t is not null))
        {
            var match = sheets.FirstOrDefault(s => string.Equals(s.Name, title, StringComparison.OrdinalIgnoreCase));
            if (match.Path is not null)
            {
                return match;
            }
        }

        throw new InvalidDataException($"The workbook has no data sheet (no name Data_RepId, no sheet called Data or Datos). Its sheets are: {string.Join(", ", sheets.Select(s => s.Name))}.");
    }

    public static List<string> SharedStrings(XlsxParts parts)
    {
        var strings = new List<string>();
        using var xml = parts.Xml("xl/sharedStrings.xml");
        while (xml.ReadToFollowing("si", Main))
        {
            strings.Add(InlineText(xml));
        }

        return strings;
    }

    /// <summary>The text of an si or is element: its t, or its runs' t, never the phonetic guide.</summary>
    private static string InlineText(XmlReader xml)
    {
        var text = new StringBuilder();
        using var item = xml.ReadSubtree();
        var phonetic = 0;
        while (item.Read())
        {
            if (item.NodeType == XmlNodeType.Element && item.LocalName == "rPh")
            {
                phonetic = item.IsEmptyElement ? phonetic : phonetic + 1;
            }
            else if (item.NodeType == XmlNodeType.EndElement && item.LocalName == "rPh")
            {
                phonetic--;
            }
            else if (item.NodeType == XmlNodeType.Element && item.LocalName == "t" && phonetic == 0)
            {
                text.Append(item.ReadElementContentAsString());
                if (item.NodeType == XmlNodeType.EndElement && item.LocalName == "rPh")
                {
                    phonetic--;
                }
            }
        }

        return Xlsx.XmlText.Unescape(text.ToString());
    }

    private static WorkbookData Rows(XlsxParts parts, string sheet, string path, List<string> strings)
    {
        var records = new List<SalesRecord>();
        var problems = new List<DataProblem>();
        Dictionary<int, InputField>? columns = null;
        var seen = new Dictionary<(string, DateTime), string>();
        using var xml = parts.Xml(path);
        while (xml.ReadToFollowing("row", Main))
        {
            var cells = RowCells(xml, strings);
            if (columns is null)
            {
                columns = Header(cells, sheet, problems);
                continue;
            }

            var rowProblems = new List<DataProblem>();
            var values = new Dictionary<InputField, (string Cell, CellText Value)>();
            foreach (var (column, cell) in cells)
            {
                if (columns.TryGetValue(column, out var field) && !cell.Value.IsEmpty)
                {
                    values[field] = (cell.Address, cell.Value);
                }
            }

            if (values.Count == 0)
            {
                continue;
            }

            var record = RecordReader.Read(values, sheet, rowProblems);
            if (record is not null)
            {
                var key = (record.RepId, record.PeriodStart);
                var cell = values.TryGetValue(InputFields.RepId, out var rep) ? rep.Cell : "";
                if (seen.TryGetValue(key, out var earlier))
                {
                    rowProblems.Add(new DataProblem(sheet + "!" + cell, "RepId", record.RepId, FormattableString.Invariant(
                        $"Rep '{record.RepId}' already has a row for the period starting {record.PeriodStart:yyyy-MM-dd}, at {earlier}.")));
                }
                else
                {
                    seen.Add(key, cell);
                }
            }

            problems.AddRange(rowProblems);
            if (record is not null && rowProblems.Count == 0)
            {
                records.Add(record);
            }
        }

        if (columns is null)
        {
            problems.Add(new DataProblem(sheet + "!1:1", "(header)", null, "The data sheet is empty: it has no header row."));
        }

        return new WorkbookData(records, problems);
    }

    /// <summary>Which field each column holds, by its header; a problem for each field without a column.</summary>
    private static Dictionary<int, InputField> Header(List<(int Column, RawCell Cell)> cells, string sheet, List<DataProblem> problems)
    {
        var columns = new Dictionary<int, InputField>();
        foreach (var (column, cell) in cells)
        {
            var field = InputFields.ByHeader(cell.Value.Text);
            if (field is not null && !columns.ContainsValue(field))
            {
                columns[column] = field;
            }
        }

        foreach (var field in InputField.All.Where(f => !columns.ContainsValue(f)))
        {
            problems.Add(new DataProblem(sheet + "!1:1", field.Name, null,
                $"The data sheet has no column \"{field.Title.English}\" (\"{field.Title.Spanish}\"); its values cannot be read."));
        }

        return columns;
    }

    private static List<(int Column, RawCell Cell)> RowCells(XmlReader xml, List<string> strings)
    {
        var cells = new List<(int, RawCell)>();
        using var row = xml.ReadSubtree();
        while (row.ReadToFollowing("c", Main))
        {
            var address = row.GetAttribute("r") ?? "";
            var type = row.GetAttribute("t");
            string? raw = null;
            string? inline = null;
            using (var cell = row.ReadSubtree())
            {
                while (cell.Read())
                {
                    if (cell.NodeType != XmlNodeType.Element)
                    {
                        continue;
                    }

                    if (cell.LocalName == "v")
                    {
                        raw = cell.ReadElementContentAsString();
                    }
                    else if (cell.LocalName == "is")
                    {
                        inline = InlineText(cell);
                    }
                }
            }

            var value = type switch
            {
                "inlineStr" => CellText.OfText(inline ?? ""),
                "s" when raw is not null && int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Count => CellText.OfText(strings[index]),
                "str" => CellText.OfText(Xlsx.XmlText.Unescape(raw ?? "")),
                "b" => CellText.OfText(raw == "1" ? "TRUE" : "FALSE"),
                "e" => CellText.OfError(raw ?? ""),
                _ when raw is null => CellText.Empty,
                _ => double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? CellText.OfNumber(number) : CellText.OfText(raw),
            };
            cells.Add((Xlsx.CellRef.ColumnNumber(new string(address.TakeWhile(char.IsLetter).ToArray())), new RawCell(address, value)));
        }

        return cells;
    }

    private sealed record RawCell(string Address, CellText Value);
}

/// <summary>A cell's content as the file holds it: a number, text, an error, or nothing.</summary>
internal readonly record struct CellText(double? Number, string? Text, string? Error)
{
    public static CellText Empty => default;

    public bool IsEmpty => Number is null && string.IsNullOrEmpty(Text) && Error is null;

    public static CellText OfNumber(double number) => new(number, null, null);

    public static CellText OfText(string text) => new(null, text, null);

    public static CellText OfError(string error) => new(null, null, error);

    public override string ToString() => Error ?? Text ?? Number?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}
