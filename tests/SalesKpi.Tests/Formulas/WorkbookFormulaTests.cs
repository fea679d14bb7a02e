using System;
using System.Collections.Generic;
using SalesKpi.Formulas;
using static SalesKpi.Formulas.Fx;

namespace SalesKpi.Tests.Formulas;

/// <summary>Workbook formulas as trees: the Excel text a sheet gets, and the value a spreadsheet works out for it.</summary>
public class WorkbookFormulaTests
{
    private static readonly Expression Start = Ref("'Calc'!$B$2");
    private static readonly Expression Kind = Ref("'Calc'!$B$6");

    private static string Excel(Expression expression) => ExcelRenderer.Render(expression);

    private static CellValue Eval(Expression expression, params (string Reference, CellValue Value)[] cells)
    {
        var lookup = new Dictionary<string, CellValue>(StringComparer.Ordinal);
        foreach (var (reference, value) in cells)
        {
            lookup[reference] = value;
        }

        return Evaluator.Evaluate(expression, r => lookup.TryGetValue(r, out var v) ? v : CellValue.Blank, row: 5);
    }

    [Fact]
    public void Constants_are_folded_before_the_text_is_written()
    {
        Excel(Start - (7 * 1)).Should().Be("'Calc'!$B$2-7");
        Excel(EDate(Start, -(1 * If(Kind.Is(2), 1, 3)))).Should().Be("EDATE('Calc'!$B$2,IF('Calc'!$B$6=2,-1,-3))");
        Excel(EDate(Start, -(4 * If(Kind.Is(2), 1, 3)))).Should().Be("EDATE('Calc'!$B$2,IF('Calc'!$B$6=2,-4,-12))");
        Excel((Row() - 1) - 1).Should().Be("ROW()-2");
        Excel(If(new NumberExpr(1).Is(1), Start, Kind)).Should().Be("'Calc'!$B$2");
        Excel(If(new NumberExpr(-1).Is(1), Start, Kind)).Should().Be("'Calc'!$B$6");
        Excel(If(IsNa(Start), NA(), Start)).Should().Be("'Calc'!$B$2");
        Excel(If(IsNa(Start), Text(""), Start)).Should().Be("IF(ISNA('Calc'!$B$2),\"\",'Calc'!$B$2)");
    }

    [Fact]
    public void Folding_keeps_what_would_get_longer_or_change_meaning()
    {
        Excel(new NumberExpr(12) / 52).Should().Be("12/52");                 // not 0.230769230769231
        Excel(Start * 1).Should().Be("'Calc'!$B$2*1");                        // text in B2 becomes a number only through *1
        Excel(Start + 0).Should().Be("'Calc'!$B$2+0");
        Excel((Start - 7) + 0).Should().Be("'Calc'!$B$2-7");                  // already a number
    }

    [Fact]
    public void A_division_is_checked_for_zero_unless_an_enclosing_IF_has_done_so()
    {
        var target = Ref("D5");
        Excel(Start / target).Should().Be("IF(D5=0,NA(),'Calc'!$B$2/D5)");
        Excel(If(target <= 0, NA(), Start / target)).Should().Be("IF(D5<=0,NA(),'Calc'!$B$2/D5)");
        Excel(If(target > 0, Start / target, NA())).Should().Be("IF(D5>0,'Calc'!$B$2/D5,NA())");
        Excel(If(target >= 0, Start / target, NA())).Should().Be("IF(D5>=0,IF(D5=0,NA(),'Calc'!$B$2/D5),NA())");
    }

    [Fact]
    public void Text_and_functions_are_written_as_Excel_reads_them()
    {
        Excel(If(Row() - 1 > 50, Ref("A1").Is(Text("x")).Then(Start - 1), 1)).Should().Be("IF(ROW()-1>50,(A1=\"x\")&'Calc'!$B$2-1,1)");
        Excel(If(Ref("Period").Is(Text("")), Text("say \"hi\""), Ref("Period").Then(Text("!"))))
            .Should().Be("IF(Period=\"\",\"say \"\"hi\"\"\",Period&\"!\")");
        Excel(Text("⚠ ").Then(Ref("A1") - Ref("B1")).Then(Text(" KPIs"))).Should().Be("\"⚠ \"&A1-B1&\" KPIs\"");
        Excel(Text("a").Then(Ref("A1")).Then(Ref("A1").Is(Text("x")))).Should().Be("\"a\"&A1&(A1=\"x\")");
        Excel(IfError(Match(Ref("Kind"), Ref("Kinds")), 2)).Should().Be("IFERROR(MATCH(Kind,Kinds,0),2)");
        Excel(Choose(Kind, new NumberExpr(12) / 52, 1, 3)).Should().Be("CHOOSE('Calc'!$B$6,12/52,1,3)");
        Excel(If(Or(IsNa(Start), IsNumber(Kind)), NA(), Abs(-Start))).Should().Be("IF(OR(ISNA('Calc'!$B$2),ISNUMBER('Calc'!$B$6)),NA(),ABS(-'Calc'!$B$2))");
    }

    [Fact]
    public void Errors_spread_through_comparisons_and_arithmetic_and_IFERROR_stops_them()
    {
        var na = ("A1", CellValue.NotAvailable);
        Eval(If(Ref("A1") >= 1, 1, 0), na).IsNotAvailable.Should().BeTrue();
        Eval(Ref("A1") - 7, na).IsNotAvailable.Should().BeTrue();
        Eval(IfError(Ref("A1") * 2, 9), na).Number.Should().Be(9);
        Eval(IsNa(Ref("A1")), na).Should().Be(CellValue.Of(true));
        Eval(IsNumber(Ref("A1")), na).Should().Be(CellValue.Of(false));
        Eval(new NumberExpr(1) / 0).IsNotAvailable.Should().BeTrue();
        Eval(Choose(4, 1, 2, 3)).IsError.Should().BeTrue();
        Eval(Index(Ref("A1"), 3), ("A1", CellValue.Array(new[] { CellValue.Of(1), CellValue.Of(2) }))).ErrorCode.Should().Be("#REF!");
    }

    [Fact]
    public void Text_compares_without_regard_to_case_and_a_blank_cell_equals_empty_text()
    {
        var team = ("A1", CellValue.Of("field"));
        Eval(Ref("A1").Is(Text("FIELD")), team).Should().Be(CellValue.Of(true));
        Eval(Ref("B1").Is(Text(""))).Should().Be(CellValue.Of(true));
        Eval(Ref("B1").Is(0)).Should().Be(CellValue.Of(true));
        Eval(Text("b") > Text("A")).Should().Be(CellValue.Of(true));
        Eval(Text("1") > 5).Should().Be(CellValue.Of(true));              // text sorts after every number
        Eval(Ref("A1").Then(Text("-")).Then(3), team).Text.Should().Be("field-3");
        Eval(Text("⚠ ").Then(Ref("A1") - Ref("B1")).Then(Text(" KPIs")), ("A1", CellValue.Of(21)), ("B1", CellValue.Of(4))).Text.Should().Be("⚠ 17 KPIs");
        var kinds = ("K", CellValue.Array(new[] { CellValue.Of("Everyone"), CellValue.Of("Team"), CellValue.Of("Rep") }));
        Eval(Match(Text("team"), Ref("K")), kinds).Number.Should().Be(2);
        Eval(Match(Text("Region"), Ref("K")), kinds).IsNotAvailable.Should().BeTrue();
        Eval(IfError(Match(Text("Region"), Ref("K")), 1), kinds).Number.Should().Be(1);
        Eval(Index(Ref("K"), 3), kinds).Text.Should().Be("Rep");
    }

    [Fact]
    public void Dates_step_by_whole_months_to_the_last_day_where_the_month_is_shorter()
    {
        var start = ("S", CellValue.Date(new DateTime(2024, 1, 31)));
        DateTime.FromOADate(Eval(EDate(Ref("S"), 1), start).Number).Should().Be(new DateTime(2024, 2, 29));
        DateTime.FromOADate(Eval(EDate(Ref("S"), -3), start).Number).Should().Be(new DateTime(2023, 10, 31));
        DateTime.FromOADate(Eval(Ref("S") - 7, start).Number).Should().Be(new DateTime(2024, 1, 24));
        Eval(Row() - 1).Number.Should().Be(4);
        Eval(Choose(2, 12, Text("x"), 3)).Text.Should().Be("x");
        Eval(And(1, Text("x"))).IsError.Should().BeTrue();
        Eval(Or(0, 2)).Should().Be(CellValue.Of(true));
    }
}

/// <summary>The rules the sheets and the reference calculator share: their text where the sheet knows a constant, and their values.</summary>
public class WorkbookRulesTests
{
    private static readonly Expression Actual = Ref("A");
    private static readonly Expression Target = Ref("T");

    private static DateTime Back(DateTime start, PeriodKind kind, int count) =>
        new KpiSettings { PeriodKind = kind }.PeriodsBefore(start, count);

    [Fact]
    public void A_known_direction_leaves_one_branch_of_the_status_rule_in_the_sheet()
    {
        ExcelRenderer.Render(WorkbookRules.Status(Actual, Target, Ref("Band"), 1))
            .Should().Be("IF(A>=T,1,IF(A>=T-(ABS(T)*Band),0,-1))");
        ExcelRenderer.Render(WorkbookRules.Status(Actual, Target, Ref("Band"), -1))
            .Should().Be("IF(A<=T,1,IF(A<=T+(ABS(T)*Band),0,-1))");
        ExcelRenderer.Render(WorkbookRules.Status(Actual, Target, Ref("Band"), Ref("D")))
            .Should().StartWith("IF(D=1,IF(A>=T,1,").And.Contain(",IF(A<=T,1,");
        ExcelRenderer.Render(WorkbookRules.Attainment(Actual, Target, -1)).Should().Be("IF(A<=0,NA(),T/A)");
    }

    [Theory]
    [InlineData(100, 100, 1, KpiStatus.OnTarget)]
    [InlineData(91, 100, 1, KpiStatus.Close)]      // within 10 % of the target
    [InlineData(89, 100, 1, KpiStatus.OffTarget)]
    [InlineData(109, 100, -1, KpiStatus.Close)]    // lower is better: a little above is close
    [InlineData(80, 100, -1, KpiStatus.OnTarget)]
    [InlineData(-95, -100, 1, KpiStatus.OnTarget)] // a negative target's band is its size
    [InlineData(-105, -100, 1, KpiStatus.Close)]
    public void The_status_rule_evaluates_as_the_dashboard_shows_it(double actual, double target, int direction, KpiStatus expected)
    {
        var status = Evaluator.Evaluate(WorkbookRules.Status(actual, target, 0.1, direction), _ => CellValue.Blank);
        ((KpiStatus)(int)status.Number).Should().Be(expected);
        new KpiCalculator().StatusOf(direction == 1 ? Direction.HigherIsBetter : Direction.LowerIsBetter, actual, target).Should().Be(expected);
    }

    [Fact]
    public void No_actual_or_no_target_has_no_status()
    {
        Evaluator.Evaluate(WorkbookRules.Status(Fx.NA(), 1, 0.1, 1), _ => CellValue.Blank).IsNotAvailable.Should().BeTrue();
        new KpiCalculator().StatusOf(Direction.HigherIsBetter, 1, null).Should().BeNull();
    }

    [Fact]
    public void Periods_step_back_by_week_month_or_quarter_in_one_step()
    {
        Back(new DateTime(2025, 3, 31), PeriodKind.Month, 1).Should().Be(new DateTime(2025, 2, 28));
        Back(new DateTime(2025, 3, 31), PeriodKind.Month, 2).Should().Be(new DateTime(2025, 1, 31), "one step of two months, not two of one");
        Back(new DateTime(2025, 5, 31), PeriodKind.Quarter, 1).Should().Be(new DateTime(2025, 2, 28));
        Back(new DateTime(2025, 1, 6), PeriodKind.Week, 2).Should().Be(new DateTime(2024, 12, 23));
        Back(new DateTime(2025, 1, 6), PeriodKind.Quarter, 0).Should().Be(new DateTime(2025, 1, 6));
        new KpiSettings { PeriodKind = PeriodKind.Week }.PeriodMonths.Should().BeApproximately(12.0 / 52, 1e-15);
        new KpiSettings { PeriodKind = PeriodKind.Quarter }.EffectiveMaxLifetimePeriods.Should().Be(20);
        new KpiSettings { PeriodKind = PeriodKind.Quarter, MaxLifetimePeriods = 7 }.EffectiveMaxLifetimePeriods.Should().Be(7);
    }
}
