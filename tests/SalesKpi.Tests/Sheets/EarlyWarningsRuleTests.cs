using System;
using System.Collections.Generic;
using SalesKpi.Formulas;
using SalesKpi.Sheets;
using static SalesKpi.Formulas.Fx;

namespace SalesKpi.Tests.Sheets;

/// <summary>
/// The early-warning rules as the Series sheet writes them: over a KPI's trend row, read back from
/// the selected period's column; and the cells they read, as a sheet's formulas address them.
/// </summary>
public class EarlyWarningsRuleTests
{
    private static readonly Expression Trend = Ref("$E$3:$H$3");
    private static readonly Expression Slot = Ref("$X$2");

    // The KPI that many periods before the selected one; #N/A before the trend's first period.
    private static Expression Back(int back) => back == 0 ? Index(Trend, 1, Slot) : If(Slot > back, Index(Trend, 1, Slot - back), NA());

    private static CellValue Worsening(double direction, int slot, params double?[] trend)
    {
        var cells = new SheetCells("Series", reference => throw new InvalidOperationException($"{reference} is not set."));
        for (var i = 0; i < trend.Length; i++)
        {
            cells.Set(3, 5 + i, CellValue.Of(trend[i]));
        }

        cells.Set(2, 24, CellValue.Of(slot));
        return Evaluator.Evaluate(EarlyWarnings.Worsening(direction, Back), cells.Read);
    }

    [Fact]
    public void Worse_three_periods_in_a_row_by_the_direction_warns()
    {
        Worsening(1, 4, 0.40, 0.35, 0.30, 0.20).Should().Be(CellValue.Of(true));     // win rate falling
        Worsening(-1, 4, 0.01, 0.02, 0.03, 0.05).Should().Be(CellValue.Of(true));    // churn rising
        Worsening(-1, 4, 0.40, 0.35, 0.30, 0.20).Should().Be(CellValue.Of(false));   // churn falling is better
        Worsening(1, 4, 0.40, 0.35, 0.35, 0.20).Should().Be(CellValue.Of(false));    // the same twice is not worse
    }

    [Fact]
    public void Too_few_periods_or_an_undefined_one_is_no_warning()
    {
        Worsening(1, 3, 0.40, 0.35, 0.30, 0.20).Should().Be(CellValue.Of(0));        // the selected period is the trend's third
        Worsening(1, 4, 0.40, null, 0.30, 0.20).Should().Be(CellValue.Of(0));
    }

    [Fact]
    public void The_rule_reads_the_trend_by_row_and_column_with_nothing_left_of_the_arithmetic()
    {
        var text = ExcelRenderer.Render(EarlyWarnings.Worsening(Ref("$B$3"), Back));
        text.Should().StartWith("IFERROR(AND($B$3*(INDEX($E$3:$H$3,1,$X$2)-IF($X$2>1,INDEX($E$3:$H$3,1,$X$2-1),NA()))<0,");
        text.Should().NotContain("-0");
    }

    [Fact]
    public void Off_target_twice_needs_the_status_off_and_the_previous_period_beyond_the_close_band()
    {
        // Win rate, target 25 %, band 10 %: off below 22.5 %.
        CellValue OffTwice(double status, double? previous) =>
            Evaluator.Evaluate(EarlyWarnings.OffTwice(status, previous is { } p ? new NumberExpr(p) : NA(), 0.25, 0.1, 1), _ => throw new InvalidOperationException());
        OffTwice(-1, 0.20).Should().Be(CellValue.Of(true));
        OffTwice(-1, 0.23).Should().Be(CellValue.Of(false));    // within the band is close, not off
        OffTwice(0, 0.20).Should().Be(CellValue.Of(false));
        OffTwice(-1, null).Should().Be(CellValue.Of(0));
    }

    [Fact]
    public void A_sheet_reads_its_cells_and_ranges_with_or_without_dollars_and_anything_else_from_outside()
    {
        var cells = new SheetCells("Series", reference => CellValue.Of("outside " + reference));
        cells.Set(2, 1, CellValue.Of("a"));
        cells.Set(2, 2, CellValue.Blank);
        cells.Set(3, 1, CellValue.Blank);
        cells.Set(3, 2, CellValue.Of(5));
        cells.Read("$B$3").Should().Be(CellValue.Of(5));
        cells.Read("B3").Should().Be(CellValue.Of(5));
        cells.Read("'Series'!B3").Should().Be(CellValue.Of(5));
        var block = cells.Read("$A$2:B3");
        block.Items.Should().Equal(new List<CellValue> { CellValue.Of("a"), CellValue.Blank, CellValue.Blank, CellValue.Of(5) });
        Evaluator.Evaluate(Index(Ref("block"), 2, 2), _ => block).Should().Be(CellValue.Of(5));     // a range keeps its width
        cells.Read("A9").Should().Be(CellValue.Of("outside A9"), "a cell not set here is set elsewhere");
        cells.Read("A3:A4").Should().Be(CellValue.Of("outside A3:A4"), "a range is read here only where all of it is set here");
        cells.Read("'Calc'!B3").Should().Be(CellValue.Of("outside 'Calc'!B3"));
        cells.Read("Calc_NA").Should().Be(CellValue.Of("outside Calc_NA"), "a defined name is no address");
    }
}
