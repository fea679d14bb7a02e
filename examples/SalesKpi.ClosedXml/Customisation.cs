using ClosedXML.Excel;

namespace SalesKpi.ClosedXml;

/// <summary>Customises a SalesKpi calculator with ClosedXML, as a company would before handing it out.</summary>
public static class Customisation
{
    public const string Company = "Contoso Ltd";
    public const string OwnSheet = "Bonus";
    public const string BrandColour = "#1F4E79";
    public const double WinRateTarget = 0.30;

    public static void Apply(string calculatorPath, string outputPath)
    {
        using var workbook = new XLWorkbook(calculatorPath);

        // The company's name in the dashboard's title, in the company's colours. The title is the
        // dashboard's first cell; the sheet is found by position, so a Spanish calculator works too.
        var dashboard = workbook.Worksheet(1);
        var title = dashboard.Cell("A1");
        title.Value = Company + " - " + title.GetString();
        title.Style.Font.FontColor = XLColor.White;
        title.Style.Fill.BackgroundColor = XLColor.FromHtml(BrandColour);
        dashboard.SetTabColor(XLColor.FromHtml(BrandColour));

        // A target of our own: settings are found by their defined names, not by cell address.
        workbook.Cell("Setting_Target_win_rate").Value = WinRateTarget;

        // A sheet of our own that reads the dashboard through the names the library publishes.
        var bonus = workbook.Worksheets.Add(OwnSheet);
        bonus.SetTabColor(XLColor.FromHtml(BrandColour));
        bonus.Cell("A1").Value = "Win-rate bonus";
        bonus.Cell("A1").Style.Font.Bold = true;
        bonus.Cell("A1").Style.Fill.BackgroundColor = XLColor.FromHtml(BrandColour);
        bonus.Cell("A1").Style.Font.FontColor = XLColor.White;
        bonus.Cell("A2").Value = "Bonus per rep when the team is on target";
        bonus.Cell("B2").FormulaA1 = "IF(IFERROR(Status_win_rate,-1)=1,500,0)";
        bonus.Column(1).Width = 45;

        workbook.SaveAs(outputPath);
    }
}
