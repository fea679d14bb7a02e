using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace SalesKpi.Tests.Support;

public static class CachedValues
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>
    /// A copy of the workbook whose formula cells hold no cached value, so an engine that opens it must
    /// compute every formula itself. Only the values go: each worksheet is otherwise written back as it
    /// was, namespace prefixes and all, so the engine reads the same file a person would open.
    /// </summary>
    public static string Strip(string path)
    {
        var copy = Path.Combine(Scratch.NewFolder("stripped"), Path.GetFileName(path));
        File.Copy(path, copy);
        using var zip = ZipFile.Open(copy, ZipArchiveMode.Update);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", System.StringComparison.Ordinal) && e.FullName.EndsWith(".xml", System.StringComparison.Ordinal)).ToList())
        {
            XDocument sheet;
            using (var stream = entry.Open())
            {
                sheet = XDocument.Load(stream, LoadOptions.PreserveWhitespace);
            }

            foreach (var cell in sheet.Descendants(Main + "c").Where(c => c.Element(Main + "f") is not null))
            {
                cell.Element(Main + "v")?.Remove();
                cell.Attribute("t")?.Remove();
            }

            using var output = entry.Open();
            output.SetLength(0);
            sheet.Save(output, SaveOptions.DisableFormatting);
        }

        return copy;
    }
}
