using System.Linq;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Sheets;

/// <summary>Sales ops hand the calculator out: only input cells take typing, and each checks what it gets.</summary>
public class ProtectionTests
{
    [Theory]
    [MemberData(nameof(WorkbookFiles.OptionSets), MemberType = typeof(WorkbookFiles))]
    public void Every_sheet_is_protected(string optionSet)
    {
        using var workbook = new XlsxReader(WorkbookFiles.Write(WorkbookFiles.Options(optionSet)));
        foreach (var name in workbook.SheetNames)
        {
            new SheetXml(workbook.Workbook, name).Protected.Should().BeTrue(name);
        }
    }

    [Theory]
    [MemberData(nameof(WorkbookFiles.OptionSets), MemberType = typeof(WorkbookFiles))]
    public void Every_unlocked_cell_is_validated_and_every_formula_cell_is_locked(string optionSet)
    {
        using var workbook = new XlsxReader(WorkbookFiles.Write(WorkbookFiles.Options(optionSet)));
        foreach (var name in workbook.SheetNames)
        {
            var sheet = new SheetXml(workbook.Workbook, name);
            foreach (var (address, cell) in workbook.Cells(name))
            {
                if (cell.Formula is not null)
                {
                    cell.Locked.Should().BeTrue($"{name}!{address} holds a formula");
                }

                if (!cell.Locked)
                {
                    sheet.ValidationOf(address).Should().NotBeNull($"{name}!{address} takes input");
                }
            }
        }
    }

    [Theory]
    [InlineData(Language.English, "Data", "Dashboard", "Settings", "Leaderboard")]
    [InlineData(Language.Spanish, "Datos", "Cuadro de mando", "Ajustes", "Clasificación")]
    public void Unlocked_cells_are_exactly_the_inputs(Language language, string data, string dashboard, string settings, string leaderboard)
    {
        const int capacity = 25;
        var options = new WorkbookOptions { Language = language, Capacity = capacity };
        using var workbook = new XlsxReader(WorkbookFiles.Write(options));
        int Unlocked(string sheet) => workbook.Cells(sheet).Count(c => !c.Content.Locked);

        // Every data cell of every row of the capacity, and nothing below or in the header.
        Unlocked(data).Should().Be(capacity * InputField.All.Count);
        workbook.Cells(data).Where(c => !c.Content.Locked).Select(c => SheetXml.Parse(c.Address).Row).Should().OnlyContain(r => r >= 2 && r <= capacity + 1);
        Unlocked(dashboard).Should().Be(3, "period, scope kind and scope");

        // Currency, period kind, growth basis, lifetime cap, close band; a target per KPI; the three lists.
        Unlocked(settings).Should().Be(5 + (3 * 21) + 50 + 100 + 500, "general settings, per KPI a target, a track switch and a 6 A check, and the lists");
        Unlocked(leaderboard).Should().Be(1, "the KPI to rank by");
        workbook.Named("Leaderboard_Kpi").Locked.Should().BeFalse();
        foreach (var sheet in workbook.SheetNames.Except([data, dashboard, settings, leaderboard]))
        {
            Unlocked(sheet).Should().Be(0, sheet);
        }
    }

    [Fact]
    public void Data_columns_validate_what_their_field_holds()
    {
        using var workbook = new XlsxReader(WorkbookFiles.Write(new WorkbookOptions { Capacity = 5 }));
        var sheet = new SheetXml(workbook.Workbook, "Data");
        string Type(string address) => sheet.ValidationOf(address)!.Type!.InnerText!;

        Type("A2").Should().Be("date");                        // PeriodStart
        Type("B6").Should().Be("custom");                      // PeriodEnd: a date, not before the start
        Type("C2").Should().Be("textLength");                  // RepId
        Type("E2").Should().Be("list");                        // Team, from the Settings list
        Type("F2").Should().Be("custom");                      // Location: no list yet, checked once Settings lists some
        sheet.ValidationOf("F3")!.Formula1!.Text.Should().Be("OR(COUNTA(List_Locations)=0,COUNTIF(List_Locations,F2)>0)");
        Type("N2").Should().Be("whole");                       // DealsWon
        Type("G2").Should().Be("decimal");                     // NewCustomerRevenue
        sheet.ValidationOf("J2")!.Formula1!.Text.Should().Be("-9999999999999.99", "gross profit may be negative, to the README's limit");
        sheet.ValidationOf("G2")!.Formula1!.Text.Should().Be("0", "revenue may not");
        sheet.ValidationOf("N2")!.Error!.Value.Should().Be("Enter a whole number from 0 to 1,000,000,000.");
        sheet.ValidationOf("N2")!.Formula2!.Text.Should().Be("1000000000", "the README's largest count");
        sheet.ValidationOf("N7").Should().BeNull("row 7 is past the capacity of 5 rows");
    }

    [Fact]
    public void Spanish_workbook_explains_refusals_in_spanish()
    {
        using var workbook = new XlsxReader(WorkbookFiles.Write(new WorkbookOptions { Language = Language.Spanish, Capacity = 5 }));
        var sheet = new SheetXml(workbook.Workbook, "Datos");
        sheet.ValidationOf("N2")!.Error!.Value.Should().Be("Introduzca un número entero de 0 a 1.000.000.000.");
        sheet.ValidationOf("N2")!.PromptTitle!.Value.Should().Be("Operaciones ganadas");
    }

    [Fact]
    public void Password_protects_every_sheet_with_its_hash()
    {
        using var workbook = new XlsxReader(WorkbookFiles.Write(WorkbookFiles.Options("password-no-lists")));
        foreach (var name in workbook.SheetNames)
        {
            var protection = new SheetXml(workbook.Workbook, name).Worksheet.Elements<DocumentFormat.OpenXml.Spreadsheet.SheetProtection>().Single();
            protection.Password!.Value.Should().MatchRegex("^[0-9A-F]{4}$", name);
        }
    }

    [Fact]
    public void Rep_id_cells_are_formatted_as_text_so_typed_leading_zeros_stay()
    {
        using var workbook = new XlsxReader(WorkbookFiles.Write(new WorkbookOptions { Capacity = 2 }));
        var style = workbook.Workbook.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>())
            .First(c => c.CellReference == "C2").StyleIndex!.Value;
        var format = workbook.Workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<DocumentFormat.OpenXml.Spreadsheet.CellFormat>().ElementAt((int)style);
        var code = workbook.Workbook.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<DocumentFormat.OpenXml.Spreadsheet.NumberingFormat>()
            .Single(n => n.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!.Value;
        code.Should().Be("@");
    }
}
