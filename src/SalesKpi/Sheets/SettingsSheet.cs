using System.Collections.Generic;
using System.Linq;
using SalesKpi.Formulas;
using SalesKpi.Layout;
using SalesKpi.Localization;
using SalesKpi.Xlsx;
using static SalesKpi.Formulas.Fx;

namespace SalesKpi.Sheets;

/// <summary>Settings a person may edit: general settings, a target per KPI, and the lists of teams, locations and reps.</summary>
internal static class SettingsSheet
{
    public static void Write(System.Xml.XmlWriter xml, BuildContext context)
    {
        var layout = context.Layout;
        var area = layout.Settings;
        var grid = new SheetGrid();
        var label = context.Style(Palette.Label);
        var hint = context.Style(Palette.Hint);
        var section = context.Style(Palette.Section);
        var input = context.Style(Palette.Input with { Align = HAlign.Left });

        grid.Text(SettingsArea.TitleRow, SettingsArea.LabelColumn, context.Text(Labels.SettingsSheet), context.Style(Palette.Title));
        grid.Height(SettingsArea.TitleRow, 30);
        grid.Text(SettingsArea.GeneralTitleRow, SettingsArea.LabelColumn, context.Text(Labels.General), section);
        var percentInput = context.Style(Palette.Input with { NumberFormat = "0%", Align = HAlign.Left });
        var general = new[]
        {
            (SettingCell.Currency, Labels.Currency, input), (SettingCell.PeriodKind, Labels.PeriodKind, input), (SettingCell.GrowthBasis, Labels.GrowthBasis, input),
            (SettingCell.MaxLifetime, Labels.MaxLifetime, input), (SettingCell.CloseBand, Labels.CloseBand, percentInput),
        };
        foreach (var (setting, name, style) in general)
        {
            grid.Text(setting.Row, SettingsArea.LabelColumn, context.Text(name), label);
            setting.Write(grid, context, style);
        }

        grid.Text(SettingsArea.MaxLifetimeRow, SettingsArea.ValueColumn + 1, context.Text(Labels.MaxLifetimeHint), hint);

        grid.Text(SettingsArea.TargetsTitleRow, SettingsArea.LabelColumn, context.Text(Labels.Targets), section);
        var header = context.Style(Palette.Header);
        var left = context.Style(Palette.HeaderLeft);
        var headers = new[]
        {
            (SettingsArea.LabelColumn, Labels.Kpi, left), (SettingsArea.DirectionColumn, Labels.Better, header), (SettingsArea.UnitColumn, Labels.UnitHeader, header),
            (SettingsArea.TargetColumn, Labels.Target, header), (SettingsArea.RuleColumn, Labels.DefaultRule, left), (SettingsArea.TrackColumn, Labels.Track, header),
            (SettingsArea.CheckColumn, Labels.SixACheck, left),
        };
        foreach (var (column, title, style) in headers)
        {
            grid.Text(SettingsArea.TargetsHeaderRow, column, context.Text(title), style);
        }

        grid.Height(SettingsArea.TargetsHeaderRow, 30);

        // The warning above the switches: evaluated over the switches as this sheet writes them.
        var catalog = context.Options.Catalog;
        var tracks = Enumerable.Range(0, layout.Kpis.Count).Select(k => SettingCell.Track(catalog, k)).ToArray();
        var switches = Ref(CellRef.RelativeRange(tracks[0].Row, tracks[0].Column, tracks[tracks.Length - 1].Row, tracks[tracks.Length - 1].Column));
        var tracked = Tracking.Count(switches, context.Language);
        var switchValues = CellValue.Array(tracks.Select(t => t.Value(context)).ToArray());
        var warning = new SheetCells(layout.SettingsSheet, _ => switchValues);
        warning.Set(SettingsArea.TrackWarningRow, SettingsArea.TrackColumn,
            If(tracked > Tracking.Recommended, Text("⚠ ").Then(tracked).Then(Text(context.Text(Labels.TooManyTracked))), Text("")));
        warning.WriteTo(grid, context.Style(Palette.Label with { Bold = true, FontColor = Palette.BadText }));
        var trackInput = context.Style(Palette.Input with { Align = HAlign.Center });
        var checkInput = context.Style(Palette.Input with { NumberFormat = Palette.TextFormat, Align = HAlign.Left });

        for (var k = 0; k < layout.Kpis.Count; k++)
        {
            var kpi = layout.Kpis[k];
            var row = area.TargetRow(k);
            var definition = kpi.Definition;
            grid.Text(row, SettingsArea.LabelColumn, context.Text(definition.Name), label);
            grid.Text(row, SettingsArea.DirectionColumn, context.Text(definition.Direction == Direction.HigherIsBetter ? Labels.Higher : Labels.Lower), label);
            grid.Text(row, SettingsArea.UnitColumn, UnitLabel.Text(definition.Unit, context), hint);
            SettingCell.Target(catalog, k).Write(grid, context, context.Style(Palette.Input with { NumberFormat = Palette.ValueFormat(definition.Unit) }));
            grid.Text(row, SettingsArea.RuleColumn, kpi.Target is null ? context.Text(Labels.FromPlan) : RuleInWords(kpi, context), hint);
            tracks[k].Write(grid, context, trackInput);
            grid.Blank(row, SettingsArea.CheckColumn, checkInput);
        }

        grid.Text(area.ListsTitleRow, SettingsArea.LabelColumn, context.Text(Labels.Lists), section);
        var listInput = context.Style(Palette.Input with { NumberFormat = Palette.TextFormat });
        foreach (var list in SettingList.All)
        {
            grid.Text(area.ListsHeaderRow, list.Column, context.Text(list.Title), context.Style(Palette.HeaderLeft));
            list.Write(grid, context, area.FirstListRow, listInput);
        }

        var sheet = new WorksheetWriter(xml, new SheetSetup { ColumnWidths = new[] { 38.0, 18, 18, 14, 60, 10, 50 }, ShowGridLines = false, TabColor = "7F6000", Print = Printing.Of(SheetRole.Settings) });
        grid.WriteTo(sheet);
        sheet.Finish(context.Tail(new SheetTail { Validations = Validations(context).ToArray() }));
    }

    private static string RuleInWords(Catalog.CompiledKpi kpi, BuildContext context) =>
        WordsRenderer.Render(kpi.Target!, context.Language, id => context.Text(context.Options.Catalog[id].Name));

    private static IEnumerable<Validation> Validations(BuildContext context)
    {
        var area = context.Layout.Settings;
        string Cell(SettingCell setting) => CellRef.Relative(setting.Row, setting.Column);
        // A column of the targets table.
        string Column(int column) => CellRef.RelativeRange(area.TargetRow(0), column, area.TargetRow(context.Kpis.Count - 1), column);
        Validation Rule(string sqref, ValidationType type, string? op, string f1, string? f2, LocalizedText message) =>
            new(sqref, type, op, f1, f2) { ErrorTitle = context.Text(Labels.InvalidTitle), Error = context.Text(message) };

        yield return Rule(Cell(SettingCell.Currency), ValidationType.TextLength, "between", "1", "10", Labels.CurrencyMessage);
        yield return Rule(Cell(SettingCell.PeriodKind), ValidationType.List, null, Names.PeriodKinds, null, Labels.PickMessage);
        yield return Rule(Cell(SettingCell.GrowthBasis), ValidationType.List, null, Names.GrowthBases, null, Labels.PickMessage);
        yield return Rule(Cell(SettingCell.MaxLifetime), ValidationType.Decimal, "greaterThan", "0", null, Labels.PositiveMessage);
        yield return Rule(Cell(SettingCell.CloseBand), ValidationType.Decimal, "between", "0", "1", Labels.BandMessage);
        yield return Rule(Column(SettingsArea.TargetColumn), ValidationType.Decimal, "between", "-1E+15", "1E+15", Labels.TargetMessage);
        yield return Rule(Column(SettingsArea.TrackColumn), ValidationType.List, null, Tracking.Choices(context.Language), null, Labels.TrackMessage)
            with { PromptTitle = context.Text(Labels.Track), Prompt = context.Text(Labels.TrackMessage) };
        yield return Rule(Column(SettingsArea.CheckColumn), ValidationType.TextLength, "between", "0", "255", Labels.TextMessage);
        foreach (var list in SettingList.All)
        {
            var lastRow = area.FirstListRow + list.Slots(context.Layout.Slots) - 1;
            yield return Rule(CellRef.RelativeRange(area.FirstListRow, list.Column, lastRow, list.Column), ValidationType.TextLength, "between", "1", "100", Labels.TextMessage);
        }
    }
}
