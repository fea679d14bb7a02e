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

    [Fact]
    public void The_data_sheet_keeps_the_templates_prefix_and_every_element_the_fill_does_not_touch()
    {
        var set = Datasets.Create(3);
        var folder = Scratch.NewFolder("prefixed-kept");
        var template = Path.Combine(folder, "template.xlsx");
        var filled = Path.Combine(folder, "filled.xlsx");
        KpiWorkbook.Write(template, set.Options with { Capacity = 5 });
        Prefix(template);
        var dataPart = SalesKpi.Xlsx.XlsxPackage.SheetPart((int)SalesKpi.Layout.SheetRole.Data);
        XNamespace mine = "urn:example:kept";
        Edit(template, dataPart, sheet => sheet.Root!.Add(new XElement(Main + "extLst",
            new XElement(Main + "ext", new XAttribute("uri", "{00000000-0000-0000-0000-000000000001}"), new XAttribute(XNamespace.Xmlns + "k", mine.NamespaceName),
                new XElement(mine + "note", new XAttribute(mine + "by", "a person"), "kept as it was")))));

        KpiWorkbook.Fill(template, filled, new FillOptions { Catalog = set.Options.Catalog }, set.Records);

        var text = Text(filled, dataPart);
        text.Should().Contain("<x:row ").And.NotContain("<row ", "the data sheet names the main namespace x: throughout");
        XDocument.Parse(text).Root!.Element(Main + "sheetData")!.Elements(Main + "row").Should().HaveCount(set.Records.Count + 1, "the data sheet holds the header and one row per record, its KPIs beside");

        var note = XDocument.Parse(Text(filled, dataPart)).Descendants(mine + "note").Should().ContainSingle().Subject;
        note.Value.Should().Be("kept as it was");
        ((string?)note.Attribute(mine + "by")).Should().Be("a person");
    }

    private static string Text(string path, string part)
    {
        using var zip = ZipFile.OpenRead(path);
        using var reader = new StreamReader(zip.GetEntry(part)!.Open());
        return reader.ReadToEnd();
    }

    private static void Edit(string path, string part, System.Action<XDocument> edit)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry(part)!;
        XDocument document;
        using (var stream = entry.Open())
        {
            document = XDocument.Load(stream);
        }

        edit(document);
        using var output = entry.Open();
        output.SetLength(0);
        document.Save(output, SaveOptions.DisableFormatting);
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
