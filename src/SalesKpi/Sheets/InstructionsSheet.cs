using SalesKpi.Formulas;
using SalesKpi.Layout;
using SalesKpi.Localization;
using SalesKpi.Xlsx;

namespace SalesKpi.Sheets;

/// <summary>What the workbook is for, how to use it, and a glossary with every KPI's formula in words.</summary>
internal static class InstructionsSheet
{
    public static void Write(System.Xml.XmlWriter xml, BuildContext context)
    {
        var grid = new SheetGrid();
        var paragraph = context.Style(Palette.Paragraph);
        var section = context.Style(Palette.Section);
        var bold = context.Style(Palette.LabelBold with { Wrap = true });
        var row = 1;
        grid.Text(row, 1, context.Text(Instructions.Title), context.Style(Palette.Title));
        grid.Height(row++, 30);
        foreach (var (heading, text) in Instructions.Body)
        {
            if (heading)
            {
                row++;
                grid.Text(row++, 1, context.Text(text), section);
            }
            else
            {
                Paragraph(context.Text(text));
            }
        }

        row++;
        grid.Text(row++, 1, context.Text(Instructions.Kpis), section);
        foreach (var kpi in context.Kpis)
        {
            var definition = kpi.Definition;
            grid.Text(row++, 1, context.Text(definition.Name), bold);
            Paragraph(context.Text(definition.Description));
            var words = WordsRenderer.Render(kpi.Formula, context.Language, id => context.Text(context.Options.Catalog[id].Name));
            var better = context.Text(definition.Direction == Direction.HigherIsBetter ? Labels.Higher : Labels.Lower);
            Paragraph($"{context.Text(Instructions.Formula)}: {words}. {context.Text(Instructions.BetterWhen)}: {better}.");
        }

        var sheet = new WorksheetWriter(xml, new SheetSetup { ColumnWidths = new[] { 90.0 }, ShowGridLines = false, TabColor = "7030A0", Print = Printing.Of(SheetRole.Instructions) });
        grid.WriteTo(sheet);
        sheet.Finish(context.Tail(new SheetTail()));

        void Paragraph(string text)
        {
            grid.Text(row, 1, text, paragraph);
            grid.Height(row++, 15 * System.Math.Max(1, (text.Length / 85) + 1));
        }
    }
}
