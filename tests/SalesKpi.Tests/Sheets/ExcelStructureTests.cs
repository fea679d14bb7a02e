using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Sheets;

/// <summary>
/// No Excel runs here, so every workbook stays inside the structures Excel itself writes. Excel's
/// shared-formula record cannot hold a reference to another sheet, an array constant or a range
/// operator between anything but two cells ([MS-XLS] 2.5.198.118): Excel writes such formulas in
/// full in each cell, and reads a shared one with the other sheet's rows unshifted. Validations and
/// conditional formats in the main part reach other sheets only through defined names.
/// </summary>
public class ExcelStructureTests
{
    private static IEnumerable<string> All()
    {
        foreach (var set in WorkbookFiles.OptionSets)
        {
            yield return "options:" + set;
        }

        yield return "sample-data";
        yield return "filled-template";
        yield return "filled-earlier-template";
        foreach (var template in Directory.GetFiles(Path.Combine(Repository.Root, "templates"), "*.xlsx").OrderBy(p => p, StringComparer.Ordinal))
        {
            yield return "committed:" + Path.GetFileName(template);
        }
    }

    public static TheoryData<string> Workbooks() => new(All());

    /// <summary>Workbooks this version made itself: a calculator from an earlier version keeps its own validations when filled.</summary>
    public static TheoryData<string> MadeHere() => new(All().Where(w => w != "filled-earlier-template"));

    [Theory]
    [MemberData(nameof(Workbooks))]
    public void Shared_formulas_hold_nothing_that_Excel_cannot_share(string workbook)
    {
        using var document = SpreadsheetDocument.Open(PathOf(workbook), false);
        var wrong = new List<string>();
        foreach (var (sheet, part) in Sheets(document))
        {
            var masters = new Dictionary<uint, string>();
            foreach (var cell in part.Worksheet.Descendants<Cell>())
            {
                if (cell.CellFormula is not { } formula || formula.FormulaType?.Value != CellFormulaValues.Shared)
                {
                    continue;
                }

                if (!string.IsNullOrEmpty(formula.Text))
                {
                    masters[formula.SharedIndex!.Value] = formula.Reference!.Value!;
                    if (Unshareable(formula.Text) is { } why)
                    {
                        wrong.Add($"{sheet}!{cell.CellReference}: {why} in {formula.Text}");
                    }
                }
                else if (!masters.TryGetValue(formula.SharedIndex!.Value, out var range) || !Covers(range, cell.CellReference!.Value!))
                {
                    wrong.Add($"{sheet}!{cell.CellReference}: shared formula {formula.SharedIndex} has no first cell above it that covers this cell");
                }
            }
        }

        wrong.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(MadeHere))]
    public void Validations_and_conditional_formats_reach_other_sheets_only_through_names(string workbook)
    {
        using var document = SpreadsheetDocument.Open(PathOf(workbook), false);
        var wrong = new List<string>();
        foreach (var (sheet, part) in Sheets(document))
        {
            var worksheet = part.Worksheet;
            var validations = worksheet.Elements<DataValidations>().SelectMany(v => v.Elements<DataValidation>())
                .SelectMany(v => new[] { v.Formula1?.Text, v.Formula2?.Text });
            var formats = worksheet.Elements<ConditionalFormatting>().SelectMany(c => c.Descendants<Formula>()).Select(f => f.Text);
            wrong.AddRange(validations.Concat(formats).Where(f => f is not null && Code(f).Contains('!', StringComparison.Ordinal)).Select(f => $"{sheet}: {f}"));
        }

        wrong.Should().BeEmpty();
    }

    /// <summary>
    /// Excel reads a sheet's rows in ascending order and each row's cells left to right, each once,
    /// and repairs a file that breaks this. A fill puts rows and cells into the template's sheets
    /// (the data, the grown Settings lists), so it must keep the order as well as the writer does.
    /// </summary>
    [Theory]
    [MemberData(nameof(Workbooks))]
    public void Rows_ascend_and_each_rows_cells_go_left_to_right_each_once(string workbook)
    {
        using var document = SpreadsheetDocument.Open(PathOf(workbook), false);
        var wrong = new List<string>();
        foreach (var (sheet, part) in Sheets(document))
        {
            var lastRow = 0u;
            foreach (var row in part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>())
            {
                var number = row.RowIndex?.Value ?? lastRow + 1;
                if (number <= lastRow)
                {
                    wrong.Add($"{sheet}: row {number} after row {lastRow}");
                }

                lastRow = number;
                var lastColumn = 0;
                foreach (var cell in row.Elements<Cell>())
                {
                    var address = Regex.Match(cell.CellReference?.Value ?? "", "^([A-Z]{1,3})([0-9]+)$");
                    var column = address.Success ? address.Groups[1].Value.Aggregate(0, (n, letter) => (n * 26) + letter - 'A' + 1) : lastColumn + 1;
                    if (address.Success && address.Groups[2].Value != number.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    {
                        wrong.Add($"{sheet}: cell {cell.CellReference} in row {number}");
                    }

                    if (column <= lastColumn)
                    {
                        wrong.Add($"{sheet}: cell {cell.CellReference} after column {lastColumn} of row {number}");
                    }

                    lastColumn = column;
                }
            }
        }

        wrong.Should().BeEmpty();
    }

    [Fact]
    public void Per_row_KPIs_sit_beside_the_inputs_each_column_one_shared_formula_of_its_own_row()
    {
        using var document = SpreadsheetDocument.Open(PathOf("sample-data"), false);
        Sheets(document).Select(s => s.Sheet).Should().NotContain("KPIs");
        var name = document.WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>().Single(n => n.Name == "Kpi_win_rate").Text;
        name.Should().StartWith("'Data'!", "a program finds the column by its name");
        var column = Regex.Match(name, @"!\$([A-Z]+)\$").Groups[1].Value;
        var (_, data) = Sheets(document).Single(s => s.Sheet == "Data");
        var cells = data.Worksheet.Descendants<Cell>().Where(c => Regex.IsMatch(c.CellReference!.Value!, $"^{column}[0-9]+$")).Skip(1).Take(3).ToList();

        cells[0].CellFormula!.FormulaType!.Value.Should().Be(CellFormulaValues.Shared);
        cells[0].CellFormula!.Text.Should().Be("IF($C2=\"\",\"\",IFERROR(IF(COUNT($N2,$O2)<2,NA(),$N2/($N2+$O2)),Calc_NA))", "deals won over deals decided, in the row's own cells");
        cells.Skip(1).Should().OnlyContain(c => c.CellFormula!.FormulaType! == CellFormulaValues.Shared && c.CellFormula.Text == "" && c.CellFormula.SharedIndex!.Value == cells[0].CellFormula!.SharedIndex!.Value);
    }

    [Fact]
    public void A_calculator_of_an_earlier_version_keeps_its_KPIs_sheet_written_in_full_on_every_row()
    {
        using var document = SpreadsheetDocument.Open(PathOf("filled-earlier-template"), false);
        var (_, kpis) = Sheets(document).Single(s => s.Sheet == "KPI");
        var column = kpis.Worksheet.Descendants<Cell>().Where(c => Regex.IsMatch(c.CellReference!.Value!, "^L[0-9]+$")).Skip(1).Take(3).ToList();

        column.Select(c => c.CellFormula!.Text).Should().SatisfyRespectively(
            f => f.Should().Contain("'Datos'!$G2"),
            f => f.Should().Contain("'Datos'!$G3"),
            f => f.Should().Contain("'Datos'!$G4"));
        column.Should().OnlyContain(c => c.CellFormula!.FormulaType == null);
    }

    private static readonly Dictionary<string, string> Made = new(StringComparer.Ordinal);

    private static string PathOf(string workbook)
    {
        lock (Made)
        {
            if (!Made.TryGetValue(workbook, out var path))
            {
                path = Make(workbook);
                Made[workbook] = path;
            }

            return path;
        }
    }

    private static string Make(string workbook)
    {
        var (kind, name) = workbook.IndexOf(':', StringComparison.Ordinal) is var at and > 0 ? (workbook[..at], workbook[(at + 1)..]) : (workbook, "");
        switch (kind)
        {
            case "options":
                return WorkbookFiles.Write(WorkbookFiles.Options(name), name: name + ".xlsx");
            case "sample-data":
                return WorkbookFiles.Write(new WorkbookOptions(), SampleData.Create(), "sample.xlsx");
            case "committed":
                return Path.Combine(Repository.Root, "templates", name);
            default:
                // An earlier version's calculator stored its per-row formulas shared; a fill writes them as Excel does.
                var template = kind == "filled-template"
                    ? Path.Combine(Repository.Root, "templates", "field-sales.es.xlsx")
                    : Path.Combine(Repository.Root, "tests", "SalesKpi.Tests", "Filling", "Templates", "field-sales.es.0.x.xlsx");
                var filled = Path.Combine(Scratch.NewFolder("excel-structure"), kind + ".xlsx");
                KpiWorkbook.Fill(template, filled, null, SampleData.Create());
                return filled;
        }
    }

    private static IEnumerable<(string Sheet, WorksheetPart Part)> Sheets(SpreadsheetDocument document)
    {
        var book = document.WorkbookPart!;
        foreach (var sheet in book.Workbook.Sheets!.Elements<Sheet>())
        {
            yield return (sheet.Name!.Value!, (WorksheetPart)book.GetPartById(sheet.Id!.Value!));
        }
    }

    /// <summary>The formula without its string literals.</summary>
    private static string Code(string formula) => Regex.Replace(formula, "\"[^\"]*\"", "\"\"");

    /// <summary>What keeps Excel from sharing the formula, or null.</summary>
    private static string? Unshareable(string formula)
    {
        var code = Code(formula);
        if (code.Contains('!', StringComparison.Ordinal))
        {
            return "a reference to another sheet";
        }

        if (code.Contains('{', StringComparison.Ordinal))
        {
            return "an array constant";
        }

        var withoutAreas = Regex.Replace(code, @"\$?[A-Z]{1,3}\$?[0-9]+:\$?[A-Z]{1,3}\$?[0-9]+", "A1");
        return withoutAreas.Contains(':', StringComparison.Ordinal) ? "a range operator" : null;
    }

    private static bool Covers(string range, string cell)
    {
        static (string Column, int Row) Split(string address)
        {
            var match = Regex.Match(address, "^([A-Z]+)([0-9]+)$");
            return (match.Groups[1].Value, int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        var ends = range.Split(':');
        var (firstColumn, firstRow) = Split(ends[0]);
        var (lastColumn, lastRow) = Split(ends[^1]);
        var (column, row) = Split(cell);
        static int Number(string letters) => letters.Aggregate(0, (n, c) => (n * 26) + c - 'A' + 1);
        return row >= firstRow && row <= lastRow && Number(column) >= Number(firstColumn) && Number(column) <= Number(lastColumn);
    }
}
