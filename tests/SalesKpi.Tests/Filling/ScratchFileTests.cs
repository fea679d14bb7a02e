using System;
using System.IO;
using System.IO.Compression;
using System.Text;
using SalesKpi.Filling;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Filling;

/// <summary>The fill's scratch file (the fresh build it merges from) is gone after any call, also a refused one.</summary>
public sealed class ScratchFileTests
{
    [Fact]
    public void A_file_that_is_no_xlsx_leaves_no_scratch_file()
    {
        var scratch = ScratchFile();
        using var template = new MemoryStream(Encoding.UTF8.GetBytes("Rep,Revenue\nR1,100\n"));

        var fill = () => TemplateFiller.Fill(template, new MemoryStream(), KpiCatalog.Default, Array.Empty<SalesRecord>(), scratch);

        fill.Should().Throw<SalesDataException>();
        File.Exists(scratch).Should().BeFalse();
    }

    [Fact]
    public void A_template_with_a_damaged_data_sheet_leaves_no_scratch_file()
    {
        var set = Datasets.Create(3);
        var folder = Scratch.NewFolder("scratch-damaged");
        var template = Path.Combine(folder, "template.xlsx");
        KpiWorkbook.Write(template, set.Options with { Capacity = 5 });
        using (var zip = ZipFile.Open(template, ZipArchiveMode.Update))
        {
            var part = SalesKpi.Xlsx.XlsxPackage.SheetPart((int)SalesKpi.Layout.SheetRole.Data);
            zip.GetEntry(part)!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(part).Open());
            writer.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">");
        }

        var scratch = ScratchFile();
        using var input = File.OpenRead(template);

        var fill = () => TemplateFiller.Fill(input, new MemoryStream(), set.Options.Catalog, set.Records, scratch);

        fill.Should().Throw<SalesDataException>().WithMessage("*sheet*");
        File.Exists(scratch).Should().BeFalse();
    }

    [Fact]
    public void A_template_sheet_with_a_dtd_is_refused_naming_the_part_and_leaves_no_scratch_file()
    {
        var set = Datasets.Create(3);
        var folder = Scratch.NewFolder("scratch-dtd");
        var template = Path.Combine(folder, "template.xlsx");
        KpiWorkbook.Write(template, set.Options with { Capacity = 5 });
        var part = SalesKpi.Xlsx.XlsxPackage.SheetPart((int)SalesKpi.Layout.SheetRole.Instructions);
        using (var zip = ZipFile.Open(template, ZipArchiveMode.Update))
        {
            zip.GetEntry(part)!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(part).Open());
            writer.Write("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&b;</t></is></c></row></sheetData></worksheet>");
        }

        var scratch = ScratchFile();
        using var input = File.OpenRead(template);
        var output = new MemoryStream();

        var fill = () => TemplateFiller.Fill(input, output, set.Options.Catalog, set.Records, scratch);

        fill.Should().Throw<SalesDataException>().WithMessage($"*{part}*");
        File.Exists(scratch).Should().BeFalse();
    }

    /// <summary>A scratch file as the caller makes it: created, empty, before the template is looked at.</summary>
    private static string ScratchFile()
    {
        var path = Path.Combine(Scratch.NewFolder("scratch-file"), "fresh.tmp");
        File.WriteAllBytes(path, []);
        return path;
    }
}
