using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SalesKpi.Calculation;
using SalesKpi.Catalog;
using SalesKpi.Sheets;
using SalesKpi.Xlsx;

namespace SalesKpi.Read;

/// <summary>
/// Reads the data table of a KPI workbook (this library's, or one a person edited or another program
/// re-saved) back into records, streaming: the sheet is found by the Data_RepId name or by its title,
/// columns by their headers, and every cell that does not read as its field expects becomes a problem.
/// </summary>
internal static class WorkbookDataReader
{
    /// <exception cref="SalesDataException">The file is damaged, oversized, or has no data sheet.</exception>
    public static WorkbookData Read(Stream stream, KpiCatalog catalog)
    {
        using var parts = XlsxParts.Open(stream);
        var index = WorkbookIndex.Read(parts);
        var sheet = DataSheet(index);
        var strings = SharedStrings.Read(parts, index.SharedStringsPath);
        var data = Rows(WorksheetCells.Read(parts, sheet.Path, strings), sheet.Name);
        var options = WorkbookOptionsReader.TryRead(parts, index, strings, catalog, out var problem);
        return data with { Options = options ?? new WorkbookOptions { Catalog = catalog }, OptionsProblem = problem };
    }

    private static (string Name, string Path) DataSheet(WorkbookIndex index)
    {
        var byName = index.Names.TryGetValue(Names.Data(InputFields.RepId), out var reference) ? SheetRange.Parse(reference)?.Sheet : null;
        var titles = new[] { byName, Localization.Labels.DataSheet.English, Localization.Labels.DataSheet.Spanish };
        foreach (var title in titles.Where(t => t is not null))
        {
            var match = index.Sheets.FirstOrDefault(s => string.Equals(s.Name, title, StringComparison.OrdinalIgnoreCase));
            if (match.Path is not null)
            {
                return match;
            }
        }

        throw new SalesDataException(new DataProblem("(file)", "(sheet)", null,
            $"The workbook has no data sheet (no name Data_RepId, no sheet called Data or Datos). Its sheets are: {string.Join(", ", index.Sheets.Select(s => s.Name))}."));
    }

    private static WorkbookData Rows(IEnumerable<SheetCell> cells, string sheet)
    {
        var records = new List<SalesRecord>();
        var problems = new List<DataProblem>();
        Dictionary<int, InputField>? columns = null;
        var seen = new Dictionary<(string, DateTime), int>();
        var cases = new CaseConflicts();
        var texts = new TextPool();
        var row = new List<SheetCell>();
        void EndRow()
        {
            if (row.Count == 0)
            {
                return;
            }

            if (columns is null)
            {
                columns = Header(row, sheet, problems);
            }
            else
            {
                Record(row, columns, sheet, texts, seen, cases, records, problems);
            }

            row.Clear();
        }

        foreach (var cell in cells)
        {
            if (row.Count > 0 && row[0].Row != cell.Row)
            {
                EndRow();
            }

            row.Add(cell);
        }

        EndRow();
        if (columns is null)
        {
            problems.Add(new DataProblem(sheet + "!1:1", "(header)", null, "The data sheet is empty: it has no header row."));
        }

        return new WorkbookData(records, problems);
    }

    private static void Record(List<SheetCell> cells, Dictionary<int, InputField> columns, string sheet, TextPool texts,
        Dictionary<(string, DateTime), int> seen, CaseConflicts cases, List<SalesRecord> records, List<DataProblem> problems)
    {
        var rowProblems = new List<DataProblem>();
        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        var values = new Dictionary<InputField, SheetCell>();
        foreach (var cell in cells)
        {
            if (!columns.TryGetValue(cell.Column, out var field))
            {
                continue;
            }

            if (cell.Value.Problem is { } problem)
            {
                // The file's own content cannot be this field's value: say why, and do not say it again as missing.
                rowProblems.Add(new DataProblem(sheet + "!" + cell.Address, field.Name, cell.Value.Raw, problem));
                unreadable.Add(field.Name);
            }
            else
            {
                values[field] = cell.Value.Text is { } text ? cell with { Value = CellText.OfText(texts.Get(text)) } : cell;
            }
        }

        if (values.Count == 0 && rowProblems.Count == 0)
        {
            return;
        }

        var fieldProblems = new List<DataProblem>();
        var record = RecordReader.Read(values, sheet, fieldProblems);
        rowProblems.AddRange(fieldProblems.Where(p => !unreadable.Contains(p.Field)));
        if (record is not null)
        {
            var key = (record.RepId, record.PeriodStart);
            var rep = values[InputFields.RepId];
            if (seen.TryGetValue(key, out var earlier))
            {
                rowProblems.Add(new DataProblem(sheet + "!" + rep.Address, "RepId", record.RepId, FormattableString.Invariant(
                    $"Rep '{record.RepId}' already has a row for the period starting {record.PeriodStart:yyyy-MM-dd}, at {CellRef.Relative(earlier, rep.Column)}.")));
            }
            else
            {
                seen.Add(key, cells[0].Row);
            }

            // The workbook's formulas compare text without regard to case, so the rows must too.
            rowProblems.AddRange(cases.Check(record, f => sheet + "!" + (values.TryGetValue(f, out var found) ? found.Address : "")));
        }

        problems.AddRange(rowProblems);
        if (record is not null && rowProblems.Count == 0)
        {
            records.Add(record);
        }
    }

    /// <summary>Which field each column holds, by its header; a problem for each field without a column.</summary>
    private static Dictionary<int, InputField> Header(List<SheetCell> cells, string sheet, List<DataProblem> problems)
    {
        var columns = new Dictionary<int, InputField>();
        foreach (var cell in cells)
        {
            var field = InputFields.ByHeader(cell.Value.Text);
            if (field is not null && !columns.ContainsValue(field))
            {
                columns[cell.Column] = field;
            }
        }

        foreach (var field in InputField.All.Where(f => !columns.ContainsValue(f)))
        {
            problems.Add(new DataProblem(sheet + "!1:1", field.Name, null,
                $"The data sheet has no column \"{field.Title.English}\" (\"{field.Title.Spanish}\"); its values cannot be read."));
        }

        return columns;
    }

    /// <summary>
    /// One instance of each short text the rows repeat (rep ids, teams, locations): a sheet of inline
    /// strings otherwise holds a copy per row. Bounded, so a sheet of all-different texts cannot grow it.
    /// </summary>
    private sealed class TextPool
    {
        private const int MaxEntries = 100_000;
        private const int MaxLength = 64;
        private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);

        public string Get(string text)
        {
            if (text.Length > MaxLength)
            {
                return text;
            }

            if (_pool.TryGetValue(text, out var pooled))
            {
                return pooled;
            }

            if (_pool.Count < MaxEntries)
            {
                _pool.Add(text, text);
            }

            return text;
        }
    }
}
