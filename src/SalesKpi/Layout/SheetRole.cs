namespace SalesKpi.Layout;

/// <summary>The workbook's sheets, by what they do, numbered in the workbook's order.</summary>
internal enum SheetRole
{
    Dashboard = 1,
    Trend = 2,
    Leaderboard = 3,
    Data = 4,
    Kpis = 5,
    Settings = 6,
    Instructions = 7,
    Calc = 8,
    Series = 9,
}
