using System;
using System.Collections.Generic;
using System.Linq;
using SalesKpi.Catalog;
using SalesKpi.Formulas;
using SalesKpi.Xlsx;

namespace SalesKpi.Sheets;

/// <summary>
/// The values of the cells the hidden sheets hold, as the formulas of the sheets written after them
/// read them: the Calc sheet's formula cells, the Series sheet's cells, and the defined names that
/// point at them. The visible sheets are written last, so their cached values are their own
/// formulas evaluated over these.
/// </summary>
internal sealed class WorkbookCells(BuildContext context)
{
    private SheetCells? _series;
    private SheetCells? _calc;
    private Dictionary<string, CellValue>? _settings;
    private Dictionary<string, string>? _onCalc;
    private CellValue? _periodColumn;

    /// <summary>The Calc sheet's formula cells, set as it is written.</summary>
    public SheetCells Calc
    {
        get => _calc ?? throw new InvalidOperationException("The Calc sheet is written first.");
        set => _calc = value;
    }

    /// <summary>Every setting's and list's value by its defined name (<see cref="SettingCell.Values"/>), worked out once.</summary>
    public IReadOnlyDictionary<string, CellValue> Settings => _settings ??= SettingCell.Values(context);

    /// <summary>The Series sheet's cells, set as it is written.</summary>
    public SheetCells Series
    {
        get => _series ?? throw new InvalidOperationException("The Series sheet is written before the sheets that read it.");
        set => _series = value;
    }

    /// <summary>How a formula finds its cells: addresses of its own sheet in <paramref name="local"/>, the Calc and Series sheets by name, and the defined names.</summary>
    public Func<string, CellValue> Reader(SheetCells? local = null)
    {
        var layout = context.Layout;
        var calcPrefix = CellRef.Sheet(layout.CalcSheet) + "!";
        var seriesPrefix = CellRef.Sheet(layout.SeriesSheet) + "!";
        return reference =>
            reference.StartsWith(calcPrefix, StringComparison.Ordinal) ? Calc.Read(reference.Substring(calcPrefix.Length))
            : reference.StartsWith(seriesPrefix, StringComparison.Ordinal) ? Series.Read(reference.Substring(seriesPrefix.Length))
            : local is not null && local.TryRead(reference, out var value) ? value
            : TryNamed(reference, out var named) ? named
            : throw new InvalidOperationException($"A formula reads {reference}, which has no value here.");
    }

    /// <summary>
    /// The value of a defined name the sheets' formulas read: the Calc sheet's cells it names
    /// (<see cref="Names.OnCalc"/>), a setting, or the data's period column as written.
    /// </summary>
    public bool TryNamed(string name, out CellValue value)
    {
        _onCalc ??= Names.OnCalc(context.Layout).ToDictionary(n => n.Name, n => n.Area, StringComparer.Ordinal);
        CellValue? found = _onCalc.TryGetValue(name, out var area) ? Calc.Read(area)
            : Settings.TryGetValue(name, out var setting) ? setting
            : name == Names.Data(InputFields.PeriodStart) ? (_periodColumn ??= context.Values.PeriodColumn(context.Layout.Capacity))
            : null;
        value = found ?? default;
        return found is not null;
    }
}
