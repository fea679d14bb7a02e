using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Filling;

/// <summary>
/// Templates whose parts name the main namespace with a prefix (x:worksheet, x:row), as ClosedXML
/// and every other Open XML SDK writer save them.
/// </summary>
public sealed class PrefixedTemplateTests
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    [Fact]
    public void A_template_saved_with_prefixed_elements_fills_valid_rows_that_read_back()
    {
        var set = Datasets.Create(3);
        var folder = Scratch.NewFolder("prefixed");
        var template = Path.Combine(folder, "template.xlsx");
        var filled = Path.Combine(folder, "filled.xlsx");
        KpiWorkbook.Write(template, set.Options with { Capacity = 5 });
        Prefix(template);

        KpiWorkbook.Fill(template, filled, new FillOptions { Catalog = set.Options.Catalog }, set.Records);

        OpenXmlCheck.Errors(filled).Should().BeEmpty();
        var read = KpiWorkbook.Read(filled);
        read.Problems.Should().BeEmpty();
        read.Records.Select(r => (r.RepId, r.PeriodStart)).Should().Equal(set.Records.Select(r => (r.RepId, r.PeriodStart)));
    }

    /// <summary>Rewrites the workbook and every worksheet with the main namespace as x: instead of the default.</summary>
    private static void Prefix(string path)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        foreach (var entry in zip.Entries.Where(e => e.FullName == "xl/workbook.xml" || e.FullName.StartsWith("xl/worksheets/sheet", System.StringComparison.Ordinal)).ToList())
        {
            XDocument part;
            using (var stream = entry.Open())
            {
                part = XDocument.Load(stream);
            }

            part.Root!.Attribute("xmlns")!.Remove();
            part.Root.SetAttributeValue(XNamespace.Xmlns + "x", Main.NamespaceName);
            using var output = entry.Open();
            output.SetLength(0);
            part.Save(output, SaveOptions.DisableFormatting);
        }
    }
}
