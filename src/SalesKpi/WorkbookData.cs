using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesKpi;

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
