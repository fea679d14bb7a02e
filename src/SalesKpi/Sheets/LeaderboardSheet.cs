using System;
using SalesKpi.Formulas;
using SalesKpi.Layout;
using SalesKpi.Localization;
using SalesKpi.Xlsx;
using static SalesKpi.Formulas.Fx;

namespace SalesKpi.Sheets;

/// <summary>
/// Reps ranked for the dashboard's period and scope by a KPI picked from a dropdown: best first by
/// the KPI's direction, equal values sharing a rank, reps whose KPI is undefined last. Each place
/// reads the slot the Series sheet's ranking put there.
/// </summary>
internal static class LeaderboardSheet
{
    public static void Write(System.Xml.XmlWriter xml, BuildContext context)
    {
        var layout = context.Layout;
        var series = layout.Series;
        var board = layout.Leaderboard;
        var grid = new SheetGrid();
        var label = context.Style(Palette.LabelBold);
        var hint = context.Style(Palette.Hint);
        context.Heading(grid, Labels.LeaderboardTitle, Labels.LeaderboardHint);

        grid.Text(LeaderboardArea.KpiRow, LeaderboardArea.LabelColumn, context.Text(Labels.RankBy), label);
        SettingCell.LeaderboardKpi.Write(grid, context, context.Style(Palette.Input with { Bold = true }));
        var cells = new SheetCells(layout.LeaderboardSheet, name => context.Cells.TryNamed(name, out var value) ? value : context.RepsToWatch.Read(name));
        grid.Text(LeaderboardArea.ShowingRow, LeaderboardArea.LabelColumn, context.Text(Labels.Showing), label);
        cells.Set(LeaderboardArea.ShowingRow, LeaderboardArea.InputColumn, IfError(Ref(Names.SelectedPeriod), Ref(Names.UndefinedText)), context.Style(Palette.ShownDate));
        cells.Set(LeaderboardArea.ShowingRow, LeaderboardArea.ScopeColumn,
            Ref(Names.DashboardScopeKind).Then(If(Ref(Names.ScopeIndex).Is(1), Text(""), Text(": ").Then(Ref(Names.DashboardScope)))), hint);

        var headers = new[] { Labels.Rank, Labels.Rep, Catalog.InputFields.RepName.Title, Catalog.InputFields.Team.Title, Labels.Value, Labels.Status };
        for (var c = 0; c < headers.Length; c++)
        {
            grid.Text(LeaderboardArea.HeaderRow, c + 1, context.Text(headers[c]), context.Style(c is 1 or 2 or 3 ? Palette.HeaderLeft : Palette.Header));
        }

        // The value's unit follows the KPI picked: "Value (%)", "Value (EUR)".
        Expression KpiColumn(int column) => Ref(layout.SeriesRange(SeriesArea.FirstKpiRow, column, series.LastKpiRow, column));
        var block = SeriesSheet.LeaderboardRanking;
        var kpiCell = Ref(layout.SeriesCell(SeriesArea.HeaderRow, series.RankColumn(block, SeriesArea.RankKpi)));
        cells.Set(LeaderboardArea.HeaderRow, LeaderboardArea.ValueColumn,
            Text(context.Text(Labels.Value) + " (").Then(Index(KpiColumn(SeriesArea.UnitColumn), kpiCell)).Then(Text(")")), context.Style(Palette.Header));

        grid.Height(LeaderboardArea.HeaderRow, 22);
        Expression Range(int field) => Ref(layout.SeriesRange(SeriesArea.RankFirstRow, series.RankColumn(block, field), series.RankLastRow, series.RankColumn(block, field)));
        var directionCell = Ref(layout.SeriesCell(SeriesArea.HeaderRow, series.RankColumn(block, SeriesArea.RankDirection)));
        var first = board.Row(0);
        // No bands: the places below the last rep stay blank, not striped.
        var text = context.Style(Palette.Label);
        var center = context.Style(Palette.Label with { Align = HAlign.Center });
        var number = context.Style(Palette.Shown with { NumberFormat = "#,##0.0#" });

        // One formula per column, filled down the places: each place reads the slot the ranking put there.
        Expression Slot(int row) => Ref(CellRef.Sheet(layout.SeriesSheet) + "!" + CellRef.RowRelative(SeriesArea.RankFirstRow + row - first, series.RankColumn(block, SeriesArea.SlotAtPlace)));
        Expression At(int field, int row) => Index(Range(field), Slot(row));
        Expression Data(InputField field, int row) => Index(Ref(Names.Data(field)), At(SeriesArea.RankIndex, row)).Then(Text(""));
        void Column(int column, Func<int, Expression> formula, int style) =>
            cells.Fill(first, board.LastRow, column, row => If(At(SeriesArea.RankSigned, row) > RankingBlock.Excluded, formula(row), Text("")), style);

        Column(LeaderboardArea.RankColumn, row => IfError(At(SeriesArea.RankRank, row), Text("")), center);
        Column(LeaderboardArea.RepColumn, row => At(SeriesArea.RankRep, row), text);
        Column(LeaderboardArea.NameColumn, row => Data(Catalog.InputFields.RepName, row), text);
        Column(LeaderboardArea.TeamColumn, row => Data(Catalog.InputFields.Team, row), text);
        Column(LeaderboardArea.ValueColumn, row => IfError(At(SeriesArea.RankValue, row) * Index(KpiColumn(SeriesArea.ScaleColumn), kpiCell), Ref(Names.UndefinedText)), number);
        // The status rule of the Calc sheet and the reference calculator, for the KPI picked (its direction from the ranking), shown as the dashboard shows it.
        Column(LeaderboardArea.StatusColumn, row => DashboardSheet.StatusText(
            WorkbookRules.Status(At(SeriesArea.RankValue, row), Index(Ref(Names.Targets), kpiCell), Ref(Names.CloseBand), directionCell),
            At(SeriesArea.RankValue, row)), center);
        RepsToWatch.WriteList(grid, cells, context, context.Style(Palette.Section), context.Style(Palette.HeaderLeft), text, center);
        cells.WriteTo(grid, text);

        var sheet = new WorksheetWriter(xml, new SheetSetup
        {
            ColumnWidths = new[] { 13.0, 14, 26, 16, 14, 20, 3, 12, 22, 12, 28 },
            Print = Printing.Of(SheetRole.Leaderboard),
            ShowGridLines = false,
            FrozenRows = LeaderboardArea.HeaderRow,
            TabColor = Palette.Blue,
            ActiveCell = CellRef.Relative(LeaderboardArea.KpiRow, LeaderboardArea.InputColumn),
        });
        grid.WriteTo(sheet);
        var statusRange = CellRef.RelativeRange(board.Row(0), LeaderboardArea.StatusColumn, board.LastRow, LeaderboardArea.StatusColumn);
        string StatusIs(string name) => ExcelRenderer.Render(Ref(CellRef.Relative(board.Row(0), LeaderboardArea.StatusColumn)).Is(Ref(name)));
        sheet.Finish(context.Tail(new SheetTail
        {
            ConditionalFormats = new[]
            {
                new ConditionalFormat(statusRange, StatusIs(Names.OnTargetText), context.Styles.DiffId(new DiffStyle(Palette.GoodText, Palette.GoodFill, true))),
                new ConditionalFormat(statusRange, StatusIs(Names.CloseText), context.Styles.DiffId(new DiffStyle(Palette.CloseText, Palette.CloseFill, true))),
                new ConditionalFormat(statusRange, StatusIs(Names.OffTargetText), context.Styles.DiffId(new DiffStyle(Palette.BadText, Palette.BadFill, true))),
            },
            Validations = new[]
            {
                new Validation(CellRef.Relative(LeaderboardArea.KpiRow, LeaderboardArea.InputColumn), ValidationType.List, null, Names.KpiNames, null)
                {
                    PromptTitle = context.Text(Labels.RankBy),
                    Prompt = context.Text(Labels.PickMessage),
                    ErrorTitle = context.Text(Labels.InvalidTitle),
                    Error = context.Text(Labels.PickMessage),
                },
            },
        }));
    }
}
