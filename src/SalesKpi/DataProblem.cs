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
public sealed record WorkbookData(System.Collections.Generic.IReadOnlyList<SalesRecord> Records, System.Collections.Generic.IReadOnlyList<DataProblem> Problems)
{
    /// <summary>Whether every row read cleanly.</summary>
    public bool IsClean => Problems.Count == 0;
}
