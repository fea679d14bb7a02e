namespace SalesKpi.Build;

/// <summary>The workbook's sheets, by what they do, numbered in the workbook's order.</summary>
internal enum SheetRole
{
    Dashboard = 1,
    Data = 2,
    Kpis = 3,
    Settings = 4,
    Instructions = 5,
    Calc = 6,
}
