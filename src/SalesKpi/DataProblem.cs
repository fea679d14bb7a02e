using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesKpi;

/// <summary>
/// One piece of bad input and where it is: a workbook cell ("Data!N7"), a CSV line ("line 12"), a record
/// of a sequence ("record 4"), or a part of a file.
/// </summary>
public sealed record DataProblem
{
    /// <summary>The longest value a problem repeats; longer ones are cut, so that a message stays readable.</summary>
    public const int MaxValueLength = 60;

    /// <summary>Creates a problem.</summary>
    /// <param name="where">Where it is: "Data!N7", "line 12, column 4" (a CSV line, and its column counting from 1), "record 4".</param>
    /// <param name="field">The input field, as named in <see cref="SalesRecord"/>, or what else is wrong ("(header)", "(file)").</param>
    /// <param name="value">The value found, as text; <see langword="null"/> where there is none. Cut to <see cref="MaxValueLength"/> characters.</param>
    /// <param name="message">What is wrong, as a sentence.</param>
    public DataProblem(string where, string field, string? value, string message)
    {
        Where = where ?? throw new ArgumentNullException(nameof(where));
        Field = field ?? throw new ArgumentNullException(nameof(field));
        Value = Shorten(value);
        Message = message ?? throw new ArgumentNullException(nameof(message));
    }

    /// <summary>Where it is: "Data!N7", "line 12", "line 12, column 4", "record 4".</summary>
    public string Where { get; }

    /// <summary>The input field, as named in <see cref="SalesRecord"/>.</summary>
    public string Field { get; }

    /// <summary>The value found, as text, cut to <see cref="MaxValueLength"/> characters; <see langword="null"/> where there is none.</summary>
    public string? Value { get; }

    /// <summary>What is wrong, as a sentence.</summary>
    public string Message { get; }

    /// <summary>"Data!N7, DealsWon: value '-2'. Counts are whole numbers, 0 or more."</summary>
    public override string ToString() => Value is null ? $"{Where}, {Field}: {Message}" : $"{Where}, {Field}: value '{Value}'. {Message}";

    private static string? Shorten(string? value) =>
        value is { Length: > MaxValueLength } ? value.Substring(0, MaxValueLength - 1) + "\u2026" : value;
}

/// <summary>What a workbook's data table holds: the rows that read cleanly, and a problem for each cell that did not.</summary>
public sealed record WorkbookData
{
    /// <summary>Creates the result of a read.</summary>
    /// <param name="records">The rows, in sheet order, leaving out any row with a problem.</param>
    /// <param name="problems">Every problem found, in sheet order; empty when the data is clean.</param>
    public WorkbookData(IReadOnlyList<SalesRecord> records, IReadOnlyList<DataProblem> problems)
    {
        Records = records;
        Problems = problems;
    }

    /// <summary>The rows, in sheet order, leaving out any row with a problem.</summary>
    public IReadOnlyList<SalesRecord> Records { get; init; }

    /// <summary>Every problem found, in sheet order; empty when the data is clean.</summary>
    public IReadOnlyList<DataProblem> Problems { get; init; }

    /// <summary>Whether every row read cleanly.</summary>
    public bool IsClean => Problems.Count == 0;

    /// <summary>
    /// What the workbook itself says: its language, KPIs and settings (targets, period kind, growth
    /// basis, close band), as a person may have edited them. Where they cannot be read (a workbook
    /// that is not this library's layout, or KPIs the catalog passed to the read does not have), the
    /// defaults with that catalog, and <see cref="OptionsProblem"/> says why.
    /// </summary>
    public WorkbookOptions Options { get; init; } = new();

    /// <summary>
    /// Why <see cref="Options"/> are the defaults rather than the workbook's own: for example "it has no
    /// defined name Data_RepId", or a KPI column the catalog does not have.
    /// </summary>
    /// <value><see langword="null"/> when the workbook's options were read. Not in <see cref="Problems"/>: the rows may still be clean.</value>
    public DataProblem? OptionsProblem { get; init; }

    /// <summary>A calculator with the workbook's own KPIs and settings.</summary>
    public KpiCalculator Calculator => new(Options.Catalog, Options.Settings);

    /// <summary>Each row's KPIs, in row order: what the workbook's KPIs sheet shows.</summary>
    public IReadOnlyList<KpiResults> KpisPerRow() => Calculator.ComputeEach(Records);

    /// <summary>The KPIs of each group of rows, as ratios of sums: for example <c>data.KpisBy(r => r.Team)</c>.</summary>
    /// <param name="key">The group of a row; rows without one fall in the group "".</param>
    public IReadOnlyDictionary<string, KpiResults> KpisBy(Func<SalesRecord, string?> key)
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }

        var calculator = Calculator;
        return Records.GroupBy(r => key(r) ?? "", StringComparer.Ordinal).ToDictionary(g => g.Key, g => calculator.Compute(g), StringComparer.Ordinal);
    }
}
