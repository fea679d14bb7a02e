using System.Globalization;

namespace SalesKpi.Xlsx;

/// <summary>SpreadsheetML namespaces and the invariant number text every part uses.</summary>
internal static class Ns
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    public const string ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";

    // Excel's "Strict Open XML" save option uses these instead; a reader takes both.
    private const string StrictMain = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    private const string StrictRelationships = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    public static bool IsMain(string uri) => uri == Main || uri == StrictMain;

    public static bool IsRelationships(string uri) => uri == Relationships || uri == StrictRelationships;

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Shortest text that reads back as the same double.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
