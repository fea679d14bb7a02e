using SalesKpi.Layout;
using SalesKpi.Localization;
using SalesKpi.Xlsx;

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

        var kpiIndex = context.LeaderboardKpi;
        var kpi = context.Kpis[kpiIndex].Definition;
        grid.Text(LeaderboardArea.KpiRow, 1, context.Text(Labels.RankBy), label);
        SettingCell.LeaderboardKpi.Write(grid, context, context.Style(Palette.Input with { Bold = true }));
        var values = context.Values;
        grid.Text(LeaderboardArea.ShowingRow, 1, context.Text(Labels.Showing), label);
        grid.Formula(LeaderboardArea.ShowingRow, LeaderboardArea.InputColumn, $"IFERROR({Names.SelectedPeriod},{Names.UndefinedText})", context.Style(Palette.ShownDate),
            values.Selected is { } selected ? Cached.Of(selected.ToOADate()) : Cached.Of(context.Text(Labels.Undefined)));
        var selection = context.Options.Selection;
        var scopeText = context.Text(SettingChoices.ScopeKinds.Label(selection.Scope)) + (selection.Scope == ScopeKind.Everyone ? "" : ": " + selection.ScopeValue);
        grid.Formula(LeaderboardArea.ShowingRow, LeaderboardArea.InputColumn + 1,
            $"{Names.DashboardScopeKind}&IF({Names.ScopeIndex}=1,\"\",\": \"&{Names.DashboardScope})", hint, Cached.Of(scopeText));

        var headers = new[] { Labels.Rank, Labels.Rep, Catalog.InputFields.RepName.Title, Catalog.InputFields.Team.Title, Labels.Value, Labels.Status };
        for (var c = 0; c < headers.Length; c++)
        {
            grid.Text(LeaderboardArea.HeaderRow, c + 1, context.Text(headers[c]), context.Style(c is 1 or 2 or 3 ? Palette.HeaderLeft : Palette.Header));
        }

        // The value's unit follows the KPI picked: "Value (%)", "Value (EUR)".
        var units = layout.SeriesRange(SeriesArea.FirstKpiRow, SeriesArea.UnitColumn, series.LastKpiRow, SeriesArea.UnitColumn);
        grid.Formula(LeaderboardArea.HeaderRow, LeaderboardArea.ValueColumn,
            $"{FormulaText.Quote(context.Text(Labels.Value) + " (")}&INDEX({units},{layout.SeriesCell(SeriesArea.HeaderRow, series.RankColumn(SeriesSheet.LeaderboardRanking, SeriesArea.RankKpi))})&\")\"",
            context.Style(Palette.Header), Cached.Of(context.Text(Labels.Value) + " (" + UnitLabel.Text(kpi.Unit, context) + ")"));

        grid.Height(LeaderboardArea.HeaderRow, 22);
        var block = SeriesSheet.LeaderboardRanking;
        string Range(int field) => layout.SeriesRange(SeriesArea.RankFirstRow, series.RankColumn(block, field), series.RankLastRow, series.RankColumn(block, field));
        var kpiCell = layout.SeriesCell(SeriesArea.HeaderRow, series.RankColumn(block, SeriesArea.RankKpi));
        var directionCell = layout.SeriesCell(SeriesArea.HeaderRow, series.RankColumn(block, SeriesArea.RankDirection));
        var scale = $"INDEX({layout.SeriesRange(SeriesArea.FirstKpiRow, SeriesArea.ScaleColumn, series.LastKpiRow, SeriesArea.ScaleColumn)},{kpiCell})";
        var targets = layout.CalcCell(layout.Calc.KpiRow(0), CalcArea.TargetColumn) + ":" + CellRef.Absolute(layout.Calc.LastKpiRow, CalcArea.TargetColumn);
        var ranking = context.Ranking(kpiIndex);
        var target0 = values.Current[kpiIndex].Target;
        var undefined = context.Text(Labels.Undefined);
        var first = board.Row(0);
        // No bands: the places below the last rep stay blank, not striped.
        var text = context.Style(Palette.Label);
        var center = context.Style(Palette.Label with { Align = HAlign.Center });
        var number = context.Style(Palette.Shown with { NumberFormat = "#,##0.0#" });
        System.Func<int, int> Text = _ => text;
        System.Func<int, int> Center = _ => center;
        System.Func<int, int> Number = _ => number;
        RankEntry? Shown(int row) => ranking.AtPlace(row - first + 1) is { Ranked: true } entry ? entry : null;

        // One formula per column, filled down the places: each place reads the slot the ranking put there.
        var slot = CellRef.Sheet(layout.SeriesSheet) + "!" + CellRef.RowRelative(SeriesArea.RankFirstRow, series.RankColumn(block, SeriesArea.SlotAtPlace));
        var ranked = $"INDEX({Range(SeriesArea.RankSigned)},{slot})>-2E+300";
        var index = $"INDEX({Range(SeriesArea.RankIndex)},{slot})";
        var value = $"INDEX({Range(SeriesArea.RankValue)},{slot})";
        string IfRanked(string formula) => $"IF({ranked},{formula},\"\")";
        void Column(int column, string formula, System.Func<int, int> style, System.Func<int, Cached> cached) =>
            grid.FilledDown(first, board.LastRow, column, IfRanked(formula), style, cached);

        Column(LeaderboardArea.RankColumn, $"IFERROR(INDEX({Range(SeriesArea.RankRank)},{slot}),\"\")", Center,
            row => Shown(row) is { Value: not null } e ? Cached.Of(e.Rank) : Cached.Of(""));
        Column(LeaderboardArea.RepColumn, $"INDEX({Range(SeriesArea.RankRep)},{slot})", Text, row => Cached.Of(Shown(row)?.Rep ?? ""));
        Column(LeaderboardArea.NameColumn, $"INDEX({Names.Data(Catalog.InputFields.RepName)},{index})&\"\"", Text, row => Cached.Of(Shown(row)?.Row?.RepName ?? ""));
        Column(LeaderboardArea.TeamColumn, $"INDEX({Names.Data(Catalog.InputFields.Team)},{index})&\"\"", Text, row => Cached.Of(Shown(row)?.Row?.Team ?? ""));
        Column(LeaderboardArea.ValueColumn, $"IFERROR({value}*{scale},{Names.UndefinedText})", Number,
            row => Shown(row) is not { } e ? Cached.Of("") : e.Value is { } v ? Cached.Of(v * SeriesSheet.Scale(kpi.Unit)) : Cached.Of(undefined));
        // The status rule of the Calc sheet and the reference calculator, for the KPI picked (its direction from the ranking).
        var status = Formulas.ExcelRenderer.Render(Formulas.WorkbookRules.Status(
            Formulas.Fx.Index(Formulas.Fx.Ref(Range(SeriesArea.RankValue)), Formulas.Fx.Ref(slot)),
            Formulas.Fx.Index(Formulas.Fx.Ref(targets), Formulas.Fx.Ref(kpiCell)),
            Formulas.Fx.Ref(Names.CloseBand),
            Formulas.Fx.Ref(directionCell)));
        Column(LeaderboardArea.StatusColumn,
            $"IF(ISNUMBER({value}),IFERROR(CHOOSE({status}+2,{Names.OffTargetText},{Names.CloseText},{Names.OnTargetText}),{Names.NoTargetText}),{Names.UndefinedText})",
            Center, row => Cached.Of(Shown(row) is { } e ? DashboardSheet.StatusText(context, values.Calculator.StatusOf(kpi.Direction, e.Value, target0), e.Value) : ""));

        RepsToWatch.WriteList(grid, context, context.Style(Palette.Section), context.Style(Palette.HeaderLeft), text, center);

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
        var statusCell = CellRef.Relative(board.Row(0), LeaderboardArea.StatusColumn);
        sheet.Finish(context.Tail(new SheetTail
        {
            ConditionalFormats = new[]
            {
                new ConditionalFormat(statusRange, $"{statusCell}={Names.OnTargetText}", context.Styles.DiffId(new DiffStyle(Palette.GoodText, Palette.GoodFill, true))),
                new ConditionalFormat(statusRange, $"{statusCell}={Names.CloseText}", context.Styles.DiffId(new DiffStyle(Palette.CloseText, Palette.CloseFill, true))),
                new ConditionalFormat(statusRange, $"{statusCell}={Names.OffTargetText}", context.Styles.DiffId(new DiffStyle(Palette.BadText, Palette.BadFill, true))),
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
