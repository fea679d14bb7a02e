namespace SalesKpi.Sheets;

internal static class FormulaText
{
    /// <summary>A string literal for a formula: in double quotes, inner quotes doubled.</summary>
    public static string Quote(string text) => "\"" + string.Join("\"\"", text.Split('"')) + "\"";
}
