
namespace SalesKpi.Xlsx;

/// <summary>
/// One formula filled down a column, as written for its first row. Where Excel can share it, the
/// sheet writes it once and refers to it below; where it cannot (see
/// <see cref="FormulaReferences.CanBeShared"/>), each row gets its own text, its relative rows moved
/// as a fill moves them (<see cref="MovedFormula"/>).
/// </summary>
internal sealed class FilledFormula
{
    private readonly MovedFormula? _moved;

    public FilledFormula(string formula, int firstRow, int lastRow, int column)
    {
        Formula = formula;
        FirstRow = firstRow;
        Range = CellRef.RelativeRange(firstRow, column, lastRow, column);
        Shared = FormulaReferences.CanBeShared(formula);
        _moved = Shared ? null : new MovedFormula(formula);
    }

    /// <summary>The formula of the first row.</summary>
    public string Formula { get; }

    public int FirstRow { get; }

    /// <summary>The cells it fills, for example "G2:G1001".</summary>
    public string Range { get; }

    /// <summary>Whether it is written once and shared, or in full in every row.</summary>
    public bool Shared { get; }

    /// <summary>The formula as it stands in <paramref name="row"/>.</summary>
    public string At(int row) => row == FirstRow || _moved is null ? Formula : _moved.By(row - FirstRow);
}
