using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SalesKpi.Catalog;
using SalesKpi.Formulas;
using SalesKpi.Layout;
using SalesKpi.Localization;
using SalesKpi.Xlsx;

namespace SalesKpi.Sheets;

/// <summary>
/// A list on the Settings sheet (the teams, locations or reps), the companion of <see cref="SettingCell"/>:
/// its defined name, its column, the data field it lists and its room; written one entry a row with
/// blank rows of room below, read back as its distinct entries.
/// </summary>
/// <param name="Name">The defined name of the list's column, as far down as its room.</param>
/// <param name="Column">The list's column on the Settings sheet.</param>
/// <param name="Field">The data field whose values the list offers.</param>
/// <param name="Title">The list's header.</param>
/// <param name="Items">The entries a workbook built with the context's options lists.</param>
/// <param name="Slots">The rows of room the list has.</param>
/// <param name="Apply">The options with the list as a workbook's cells hold it.</param>
internal sealed record SettingList(string Name, int Column, InputField Field, LocalizedText Title, Func<BuildContext, IReadOnlyList<string>> Items, Func<ListSlots, int> Slots,
    Func<WorkbookOptions, IReadOnlyList<string>, WorkbookOptions> Apply)
{
    public static SettingList Teams { get; } = new(Names.Teams, SettingsArea.TeamsColumn, InputFields.Team, Labels.Teams, c => c.Teams, s => s.Teams, (o, items) => o with { Teams = items });

    public static SettingList Locations { get; } =
        new(Names.Locations, SettingsArea.LocationsColumn, InputFields.Location, Labels.Locations, c => c.Locations, s => s.Locations, (o, items) => o with { Locations = items });

    public static SettingList Reps { get; } = new(Names.Reps, SettingsArea.RepsColumn, InputFields.RepId, Labels.Reps, c => c.Reps, s => s.Reps, (o, items) => o with { Reps = items });

    /// <summary>The lists, in the order of <see cref="ListSlots"/>.</summary>
    public static IReadOnlyList<SettingList> All { get; } = new[] { Teams, Locations, Reps };

    /// <summary>The list of a field's values; null for a field without one.</summary>
    public static SettingList? Of(InputField field) => All.FirstOrDefault(l => l.Field == field);

    /// <summary>The room a workbook's lists have, from each list's rows.</summary>
    public static ListSlots Room(Func<SettingList, int> rows) => new(rows(Teams), rows(Locations), rows(Reps));

    /// <summary>What the list's cells hold, as formulas that read the list see it: its entries, then blanks.</summary>
    public CellValue Value(BuildContext context)
    {
        var items = Items(context);
        return CellValue.Array(Enumerable.Range(0, Slots(context.Layout.Slots)).Select(i => i < items.Count ? CellValue.Of(items[i]) : CellValue.Blank).ToArray());
    }

    /// <summary>Writes the list from <paramref name="firstRow"/> down, text as text, blank rows of room below.</summary>
    public void Write(SheetGrid grid, BuildContext context, int firstRow, int style)
    {
        var cells = Value(context).Items;
        for (var i = 0; i < cells.Count; i++)
        {
            SheetCells.Write(grid, firstRow + i, Column, cells[i], style);
        }
    }

    /// <summary>The options with this list as a workbook's cells hold it: each entry once, blanks skipped, a number as its text.</summary>
    public WorkbookOptions Read(WorkbookOptions options, IEnumerable<CellText> cells)
    {
        var items = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cell in cells)
        {
            if ((cell.Text ?? cell.Number?.ToString(CultureInfo.InvariantCulture)) is { Length: > 0 } text && seen.Add(text))
            {
                items.Add(text);
            }
        }

        return Apply(options, items.ToArray());
    }
}
