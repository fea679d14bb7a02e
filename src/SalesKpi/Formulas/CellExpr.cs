namespace SalesKpi.Formulas;

/// <summary>
/// A value the workbook holds in a cell, by a name the caller chooses (a KPI's actual, its target,
/// a period's value): rendered as that cell's reference in Excel (<see cref="ExcelReferences.Cell"/>),
/// looked up in C# (<see cref="ICellScope"/>). For rules over results, such as early warnings.
/// </summary>
internal sealed record CellExpr(string Name) : Expression;

/// <summary>Where an evaluation finds the cells a <see cref="CellExpr"/> names; null where the cell is #N/A.</summary>
internal interface ICellScope
{
    double? Cell(string name);
}
