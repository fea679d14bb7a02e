namespace SalesKpi;

/// <summary>How <see cref="KpiWorkbook.Read(string, ReadOptions?)"/> reads a workbook. Immutable.</summary>
public sealed record ReadOptions
{
    /// <summary>The catalog the workbook's KPIs come from.</summary>
    /// <value>
    /// Default: <see cref="KpiCatalog.Default"/>, all 21. A workbook made with a custom catalog needs
    /// that catalog here; with another, its options cannot be read and
    /// <see cref="WorkbookData.OptionsProblem"/> says so.
    /// </value>
    public KpiCatalog Catalog { get; init; } = KpiCatalog.Default;
}
