using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesKpi;

/// <summary>Something in a workbook's data that could not be read as the catalog expects, and where it is.</summary>
/// <param name="Sheet">The sheet's name.</param>
/// <param name="Cell">The cell's address, for example "N7"; the header row for a missing column.</param>
/// <param name="Field">The input field, as named in <see cref="SalesRecord"/>.</param>
/// <param name="Value">The value found, as text; <see langword="null"/> where the cell is empty.</param>
/// <param name="Message">What is wrong, as a sentence.</param>
public sealed record DataProblem(string Sheet, string Cell, string Field, string? Value, string Message)
{
    /// <summary>"Data!N7, DealsWon: value '-2' ... message".</summary>
    public override string ToString() => $"{Sheet}!{Cell}, {Field}: value '{Value}'. {Message}";
}

/// <summary>What a workbook's data table holds: the rows that read cleanly, and a problem for each cell that did not.</summary>
/// <param name="Records">The rows, in sheet order, leaving out any row with a problem.</param>
/// <param name="Problems">Every problem found, in sheet order; empty when the data is clean.</param>
public sealed record WorkbookData(IReadOnlyList<SalesRecord> Records, IReadOnlyList<DataProblem> Problems)
{
    /// <summary>Whether every row read cleanly.</summary>
    public bool IsClean => Problems.Count == 0;

    /// <summary>
    /// What the workbook itself says: its language, KPIs and settings (targets, period kind, growth
    /// basis, close band), as a person may have edited them. The defaults where the workbook does not
    /// say (one that is not this library's layout).
    /// </summary>
    public WorkbookOptions Options { get; init; } = new();

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
