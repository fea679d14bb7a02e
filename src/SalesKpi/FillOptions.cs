using System;

namespace SalesKpi;

/// <summary>How <see cref="KpiWorkbook.Fill(System.IO.Stream, System.IO.Stream, FillOptions?, System.Collections.Generic.IEnumerable{SalesRecord})"/> fills a calculator. Immutable.</summary>
/// <remarks>
/// Everything that shapes the workbook (language, settings, targets, lists, selection) is the
/// calculator's own and comes from it, so it has no option here.
/// </remarks>
public sealed record FillOptions
{
    /// <summary>The catalog the calculator's KPIs come from.</summary>
    /// <value>Default: <see cref="KpiCatalog.Default"/>, all 21. A calculator made with a custom catalog needs that catalog here.</value>
    public KpiCatalog Catalog { get; init; } = KpiCatalog.Default;

    /// <summary>Told how many rows are written as they stream through; see <see cref="WorkbookProgress"/> for when.</summary>
    /// <value>Default: <see langword="null"/>, nobody is told.</value>
    public IProgress<WorkbookProgress>? Progress { get; init; }
}
