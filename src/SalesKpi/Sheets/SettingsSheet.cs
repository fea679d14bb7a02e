using System;
using System.Collections.Generic;
using System.Linq;
using SalesKpi.Calculation;
using SalesKpi.Formulas;
using SalesKpi.Layout;
using SalesKpi.Localization;
using SalesKpi.Xlsx;

namespace SalesKpi.Sheets;

/// <summary>Settings a person may edit: general settings, a target per KPI, and the lists of teams, locations and reps.</summary>
internal static class SettingsSheet
{
    public static void Write(System.Xml.XmlWriter xml, BuildContext context)
    {
        var layout = context.Layout;
        var area = layout.Settings;
        var settings = context.Options.Settings;
        var grid = new SheetGrid();
        var label = context.Style(Palette.Label);
        var hint = context.Style(Palette.Hint);
        var section = context.Style(Palette.Section);
        var input = context.Style(Palette.Input with { Align = HAlign.Left });
        const int value = SettingsArea.ValueColumn;

        grid.Text(SettingsArea.TitleRow, SettingsArea.LabelColumn, context.Text(Labels.SettingsSheet), context.Style(Palette.Title));
        grid.Height(SettingsArea.TitleRow, 30);
        grid.Text(SettingsArea.GeneralTitleRow, SettingsArea.LabelColumn, context.Text(Labels.General), section);
        grid.Text(SettingsArea.CurrencyRow, SettingsArea.LabelColumn, context.Text(Labels.Currency), label);
        grid.Text(SettingsArea.CurrencyRow, value, settings.Currency, input);
        grid.Text(SettingsArea.PeriodKindRow, SettingsArea.LabelColumn, context.Text(Labels.PeriodKind), label);
        grid.Text(SettingsArea.PeriodKindRow, value, context.Text(SettingChoices.PeriodKinds.Label(settings.PeriodKind)), input);
        grid.Text(SettingsArea.GrowthBasisRow, SettingsArea.LabelColumn, context.Text(Labels.GrowthBasis), label);
        grid.Text(SettingsArea.GrowthBasisRow, value, context.Text(SettingChoices.GrowthBases.Label(settings.GrowthBasis)), input);
        grid.Text(SettingsArea.MaxLifetimeRow, SettingsArea.LabelColumn, context.Text(Labels.MaxLifetime), label);
        if (settings.MaxLifetimePeriods is { } max)
        {
            grid.Number(SettingsArea.MaxLifetimeRow, value, max, input);
        }
        else
        {
            grid.Blank(SettingsArea.MaxLifetimeRow, value, input);
        }

        grid.Text(SettingsArea.MaxLifetimeRow, value + 1, context.Text(Labels.MaxLifetimeHint), hint);
        grid.Text(SettingsArea.CloseBandRow, SettingsArea.LabelColumn, context.Text(Labels.CloseBand), label);
        grid.Number(SettingsArea.CloseBandRow, value, settings.CloseBand, context.Style(Palette.Input with { NumberFormat = "0%", Align = HAlign.Left }));

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
        var tracks = CellRef.RelativeRange(area.TargetRow(0), SettingsArea.TrackColumn, area.TargetRow(layout.Kpis.Count - 1), SettingsArea.TrackColumn);
        var tracked = $"(ROWS({tracks})-COUNTIF({tracks},{FormulaText.Quote(context.Text(Labels.No))}))";
        var trackedCount = Enumerable.Range(0, layout.Kpis.Count).Count(context.IsTracked);
        grid.Formula(SettingsArea.TrackWarningRow, SettingsArea.TrackColumn,
            $"IF({tracked}>{Tracking.Recommended},\"⚠ \"&{tracked}&{FormulaText.Quote(context.Text(Labels.TooManyTracked))},\"\")",
            context.Style(Palette.Label with { Bold = true, FontColor = Palette.BadText }),
            Cached.Of(trackedCount > Tracking.Recommended ? "⚠ " + trackedCount.ToString(System.Globalization.CultureInfo.InvariantCulture) + context.Text(Labels.TooManyTracked) : ""));
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
            var style = context.Style(Palette.Input with { NumberFormat = Palette.ValueFormat(definition.Unit) });
            if (TargetValue(kpi, settings) is { } target)
            {
                grid.Number(row, SettingsArea.TargetColumn, target, style);
            }
            else
            {
                grid.Blank(row, SettingsArea.TargetColumn, style);
            }

            grid.Text(row, SettingsArea.RuleColumn, kpi.Target is null ? context.Text(Labels.FromPlan) : RuleInWords(kpi, context), hint);
            grid.Text(row, SettingsArea.TrackColumn, Tracking.Text(context.IsTracked(k), context.Language), trackInput);
            grid.Blank(row, SettingsArea.CheckColumn, checkInput);
        }

        grid.Text(area.ListsTitleRow, SettingsArea.LabelColumn, context.Text(Labels.Lists), section);
        grid.Text(area.ListsHeaderRow, SettingsArea.TeamsColumn, context.Text(Labels.Teams), context.Style(Palette.HeaderLeft));
        grid.Text(area.ListsHeaderRow, SettingsArea.LocationsColumn, context.Text(Labels.Locations), context.Style(Palette.HeaderLeft));
        grid.Text(area.ListsHeaderRow, SettingsArea.RepsColumn, context.Text(Labels.Reps), context.Style(Palette.HeaderLeft));
        var listInput = context.Style(Palette.Input with { NumberFormat = Palette.TextFormat });
        var slots = layout.Slots;
        List(SettingsArea.TeamsColumn, context.Teams, slots.Teams);
        List(SettingsArea.LocationsColumn, context.Locations, slots.Locations);
        List(SettingsArea.RepsColumn, context.Reps, slots.Reps);

        var sheet = new WorksheetWriter(xml, new SheetSetup { ColumnWidths = new[] { 38.0, 18, 18, 14, 60, 10, 50 }, ShowGridLines = false, TabColor = "7F6000", Print = Printing.Of(SheetRole.Settings) });
        grid.WriteTo(sheet);
        sheet.Finish(context.Tail(new SheetTail { Validations = Validations(context).ToArray() }));

        void List(int column, IReadOnlyList<string> items, int slots)
        {
            for (var i = 0; i < slots; i++)
            {
                if (i < items.Count)
                {
                    grid.Text(area.FirstListRow + i, column, items[i], listInput);
                }
                else
                {
                    grid.Blank(area.FirstListRow + i, column, listInput);
                }
            }
        }
    }

    /// <summary>The target the Settings sheet starts with: the one given, or the default rule where it is a plain number.</summary>
    public static double? TargetValue(Catalog.CompiledKpi kpi, KpiSettings settings)
    {
        if (settings.Targets.TryGetValue(kpi.Definition.Id, out var given))
        {
            return given;
        }

        var constant = kpi.Target is not null
            && !ExpressionWalker.Nodes(kpi.Target).Any(n => n is KpiRefExpr or SettingExpr);
        return constant
            ? GroupScope.Evaluate(kpi.Target!, Array.Empty<InputField>(), false, Array.Empty<SalesRecord>(), settings, _ => null)
            : null;
    }

    private static string RuleInWords(Catalog.CompiledKpi kpi, BuildContext context) =>
        WordsRenderer.Render(kpi.Target!, context.Language, id => context.Text(context.Options.Catalog[id].Name));

    private static IEnumerable<Validation> Validations(BuildContext context)
    {
        var area = context.Layout.Settings;
        string Cell(int row, int column) => CellRef.Relative(row, column);
        Validation Rule(string sqref, ValidationType type, string? op, string f1, string? f2, LocalizedText message) =>
            new(sqref, type, op, f1, f2) { ErrorTitle = context.Text(Labels.InvalidTitle), Error = context.Text(message) };

        const int value = SettingsArea.ValueColumn;
        yield return Rule(Cell(SettingsArea.CurrencyRow, value), ValidationType.TextLength, "between", "1", "10", Labels.CurrencyMessage);
        yield return Rule(Cell(SettingsArea.PeriodKindRow, value), ValidationType.List, null, Names.PeriodKinds, null, Labels.PickMessage);
        yield return Rule(Cell(SettingsArea.GrowthBasisRow, value), ValidationType.List, null, Names.GrowthBases, null, Labels.PickMessage);
        yield return Rule(Cell(SettingsArea.MaxLifetimeRow, value), ValidationType.Decimal, "greaterThan", "0", null, Labels.PositiveMessage);
        yield return Rule(Cell(SettingsArea.CloseBandRow, value), ValidationType.Decimal, "between", "0", "1", Labels.BandMessage);
        yield return Rule(
            CellRef.RelativeRange(area.TargetRow(0), SettingsArea.TargetColumn, area.TargetRow(context.Kpis.Count - 1), SettingsArea.TargetColumn),
            ValidationType.Decimal, "between", "-1E+15", "1E+15", Labels.TargetMessage);
        var first = area.TargetRow(0);
        var last = area.TargetRow(context.Kpis.Count - 1);
        var choices = FormulaText.Quote(context.Text(Labels.Yes) + "," + context.Text(Labels.No));
        yield return Rule(CellRef.RelativeRange(first, SettingsArea.TrackColumn, last, SettingsArea.TrackColumn), ValidationType.List, null, choices, null, Labels.TrackMessage)
            with { PromptTitle = context.Text(Labels.Track), Prompt = context.Text(Labels.TrackMessage) };
        yield return Rule(CellRef.RelativeRange(first, SettingsArea.CheckColumn, last, SettingsArea.CheckColumn), ValidationType.TextLength, "between", "0", "255", Labels.TextMessage);
        var room = context.Layout.Slots;
        foreach (var (column, slots) in new[] { (SettingsArea.TeamsColumn, room.Teams), (SettingsArea.LocationsColumn, room.Locations), (SettingsArea.RepsColumn, room.Reps) })
        {
            yield return Rule(CellRef.RelativeRange(area.FirstListRow, column, area.FirstListRow + slots - 1, column), ValidationType.TextLength, "between", "1", "100", Labels.TextMessage);
        }
    }
}
