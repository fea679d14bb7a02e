namespace SalesKpi;

/// <summary>
/// How far a write or fill got. Reported to <see cref="WorkbookOptions.Progress"/> or
/// <see cref="FillOptions.Progress"/> after every <see cref="ReportEvery"/> rows, and once more when
/// every row is in (<see cref="AllRowsWritten"/>); the sheets that show totals are built after that.
/// </summary>
public sealed record WorkbookProgress
{
    /// <summary>How many rows pass between two reports: often enough for a progress bar, rare enough to cost nothing.</summary>
    public const int ReportEvery = 1_000;

    /// <summary>How many data rows have been written so far.</summary>
    public long RowsWritten { get; init; }

    /// <summary>Whether every row is in; the rest of the workbook is being built.</summary>
    public bool AllRowsWritten { get; init; }
}
