using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Visuals;

/// <summary>
/// The dashboard's charts, read back from the file: what they show, where their series point, and
/// that they survive a fill and a LibreOffice open-and-save.
/// </summary>
public class ChartTests
{
    private static readonly XNamespace C = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    [Theory]
    [InlineData(Language.English, "Revenue against quota", "Funnel: leads to deals won", "Quota attainment by rep", "Win rate and pipeline coverage")]
    [InlineData(Language.Spanish, "Ingresos frente a cuota", "Embudo: de contactos a operaciones ganadas", "Cumplimiento de cuota por comercial", "Tasa de cierre y cobertura del pipeline")]
    public void The_dashboard_has_four_charts_titled_in_its_language_over_the_series_sheet(Language language, params string[] titles)
    {
        var path = Path.Combine(Scratch.NewFolder("charts"), "sample.xlsx");
        KpiWorkbook.Write(path, new WorkbookOptions { Language = language }, SampleData.Create());

        var charts = Charts(path);
        charts.Select(c => c.Title).Should().Equal(titles);
        using var workbook = new XlsxReader(path);
        foreach (var chart in charts)
        {
            chart.References.Should().NotBeEmpty().And.OnlyContain(r => r.StartsWith("'Series'!", StringComparison.Ordinal), chart.Title);
            foreach (var reference in chart.References)
            {
                // Every cell a series reads is there: a formula of the Series sheet, or a funnel step's name.
                foreach (var address in Cells(reference))
                {
                    var cell = workbook.Cell("Series", address);
                    (cell.Formula ?? cell.Text).Should().NotBeNull($"{chart.Title} reads {address}");
                }
            }
        }

        // Previews that do not calculate still draw the revenue: the cache holds every period's value.
        var revenue = charts[0].Document.Descendants(C + "ser").First().Element(C + "val")!.Descendants(C + "pt").ToList();
        revenue.Should().HaveCount(24, "the sample has 24 months, each with revenue");
        var language2 = language == Language.English ? "Sales quota" : "Cuota de ventas";
        charts[0].Document.Descendants(C + "ser").Select(s => s.Element(C + "tx")!.Value).Should().Contain(language2);
    }

    [Fact]
    public void A_catalog_without_the_charted_KPIs_charts_its_first_KPIs_of_the_same_unit()
    {
        // No quota attainment, win rate or pipeline coverage (whose default target reads win rate): the
        // catalog's first percentage, revenue growth, takes their places; no multiple is left for the second axis.
        var path = Path.Combine(Scratch.NewFolder("charts"), "custom.xlsx");
        var catalog = KpiCatalog.Default.Without("quota-attainment", "win-rate", "pipeline-coverage");
        KpiWorkbook.Write(path, new WorkbookOptions { Catalog = catalog }, SampleData.Create());

        var charts = Charts(path);
        charts.Select(c => c.Title).Should().Equal("Revenue against quota", "Funnel: leads to deals won", "Revenue growth", "Revenue growth");
        charts[3].Document.Descendants(C + "ser").Select(s => s.Element(C + "tx")!.Value).Should().Equal("Revenue growth");
        charts[2].References.Should().Contain(r => r.StartsWith("'Series'!", StringComparison.Ordinal));

        // Without win rate and coverage only, the attainment chart stays as it was.
        var lines = Path.Combine(Scratch.NewFolder("charts"), "lines.xlsx");
        KpiWorkbook.Write(lines, new WorkbookOptions { Catalog = KpiCatalog.Default.Without("win-rate", "pipeline-coverage") }, SampleData.Create());
        Charts(lines).Select(c => c.Title).Should().Equal("Revenue against quota", "Funnel: leads to deals won", "Quota attainment by rep", "Revenue growth");

        // Nothing to chart by rep or over time: those two charts are left out, the others stay.
        var bare = Path.Combine(Scratch.NewFolder("charts"), "bare.xlsx");
        KpiWorkbook.Write(bare, new WorkbookOptions { Catalog = KpiCatalog.Default.Only("new-revenue", "leads-generated") }, SampleData.Create());
        Charts(bare).Select(c => c.Title).Should().Equal("Revenue against quota", "Funnel: leads to deals won");
    }

    [Fact]
    public void Undefined_points_are_gaps_not_zeros()
    {
        // One rep, two months: the trend's other periods have no rows, so win rate is undefined there.
        var records = new[] { Some.Record(new Random(3), "A", Some.January), Some.Record(new Random(4), "A", Some.January.AddMonths(1)) };
        var path = Path.Combine(Scratch.NewFolder("charts"), "gaps.xlsx");
        KpiWorkbook.Write(path, new WorkbookOptions(), records);

        var chart = Charts(path).Single(c => c.Title.StartsWith("Win rate", StringComparison.Ordinal));
        chart.Document.Descendants(C + "dispBlanksAs").Single().Attribute("val")!.Value.Should().Be("gap");
        var winRate = chart.Document.Descendants(C + "ser").First();
        winRate.Descendants(C + "ptCount").First().Attribute("val")!.Value.Should().Be("12");
        winRate.Element(C + "val")!.Descendants(C + "pt").Should().HaveCount(2, "only the two months with rows have a value; the rest are left out, not 0");
        using var workbook = new XlsxReader(CachedValues.Strip(path));
        using var computed = new XlsxReader(Engines.LibreOffice([CachedValues.Strip(path)])[0]);
        foreach (var address in Cells(chart.References.Last()).Take(10))
        {
            computed.Cell("Series", address).Error.Should().Be("#N/A", "a period without rows is #N/A, which charts leave out");
        }
    }

    [Fact]
    public void The_attainment_chart_names_reps_with_the_id_only_where_two_share_a_name()
    {
        // One month, three reps: two of them are called Ana Ruiz (a formula's COUNTIFS ignores case, so do we).
        SalesRecord Rep(int seed, string id, string name, decimal revenue) =>
            Some.Record(new Random(seed), id, Some.January) with { RepName = name, NewCustomerRevenue = revenue, ExistingCustomerRevenue = 0, SalesQuota = 100 };
        var records = new[] { Rep(1, "A1", "Ana Ruiz", 120), Rep(2, "B2", "Luis Gil", 100), Rep(3, "C3", "ana ruiz", 80) };
        var path = Path.Combine(Scratch.NewFolder("charts"), "names.xlsx");
        KpiWorkbook.Write(path, new WorkbookOptions(), records);
        var expected = new[] { "Ana Ruiz (A1)", "Luis Gil", "ana ruiz (C3)" };

        var chart = Charts(path).Single(c => c.Title == "Quota attainment by rep");
        var categories = chart.Document.Descendants(C + "cat").Single();
        categories.Descendants(C + "pt").Select(p => p.Element(C + "v")!.Value).Take(3).Should().Equal(expected, "a preview draws the cached labels");
        using var computed = new XlsxReader(Engines.LibreOffice([CachedValues.Strip(path)])[0]);
        Cells(categories.Descendants(C + "f").Single().Value).Take(3).Select(a => computed.Cell("Series", a).Text).Should().Equal(expected, "LibreOffice labels them the same");
    }

    [Fact]
    public void The_attainment_chart_is_empty_while_quota_attainment_is_switched_off()
    {
        var records = SampleData.Create();
        var folder = Scratch.NewFolder("charts");
        var on = Path.Combine(folder, "tracked.xlsx");
        var off = Path.Combine(folder, "untracked.xlsx");
        KpiWorkbook.Write(on, new WorkbookOptions(), records);
        KpiWorkbook.Write(off, new WorkbookOptions { TrackedKpis = ["win-rate", "pipeline-coverage"] }, records);
        var computed = Engines.LibreOffice([CachedValues.Strip(on), CachedValues.Strip(off)]);

        foreach (var (path, recalculated, tracked) in new[] { (on, computed[0], true), (off, computed[1], false) })
        {
            var chart = Charts(path).Single(c => c.Title == "Quota attainment by rep");
            var values = chart.Document.Descendants(C + "val").Single();
            var cached = values.Descendants(C + "pt").Select(p => p.Element(C + "v")!.Value).ToList();
            using var workbook = new XlsxReader(recalculated);
            var cells = Cells(values.Descendants(C + "f").Single().Value).Select(a => workbook.Cell("Series", a)).ToList();
            if (tracked)
            {
                cached.Should().HaveCount(10, "a preview draws the best ten");
                cells.Should().OnlyContain(c => c.Number > 0, "LibreOffice draws them too");
            }
            else
            {
                cached.Should().BeEmpty("a preview draws no bars for a KPI nobody tracks");
                cells.Should().OnlyContain(c => c.Number == null, "LibreOffice leaves gaps too");
            }
        }
    }

    public static TheoryData<int> FillSizes() => new() { 10, 10_000 };

    [Theory]
    [MemberData(nameof(FillSizes))]
    public void Charts_survive_a_fill_and_a_libreoffice_save_and_follow_the_grown_data(int rows)
    {
        var folder = Scratch.NewFolder("charts-fill");
        var template = Path.Combine(folder, "template.xlsx");
        KpiWorkbook.Write(template, new WorkbookOptions { Capacity = 5 });
        var sample = SampleData.Create();
        var records = Enumerable.Range(0, rows).Select(i =>
        {
            var r = sample[i % sample.Count];
            var start = r.PeriodStart.AddMonths(24 * (i / sample.Count));
            return r with { PeriodStart = start, PeriodEnd = start.AddMonths(1).AddDays(-1) };
        }).ToList();
        var filled = Path.Combine(folder, "filled.xlsx");
        KpiWorkbook.Fill(template, filled, null, records);

        var last = rows + 1;
        using (var workbook = new XlsxReader(filled))
        {
            // The charts read the Series sheet; the Series sheet reads the data by names that now reach the last row.
            workbook.Names["Data_NewCustomerRevenue"].Should().EndWith("$" + last);
            workbook.Names["Calc_KpiBlock"].Should().EndWith("$" + last);
            workbook.Cell("Series", "E" + (Layout.SeriesArea.FirstKpiRow + KpiCatalog.Default.Kpis.Count + 1)).Formula.Should().Contain("Data_NewCustomerRevenue");
        }

        var before = Charts(filled);
        before.Should().HaveCount(4);
        OpenXmlCheck.Errors(filled).Should().BeEmpty();

        var resaved = Engines.LibreOffice([filled])[0];
        var after = Charts(resaved);
        after.Select(c => c.Title).Should().Equal(before.Select(c => c.Title));
        after.Select(c => Ranges(c).Select(Plain)).Should().BeEquivalentTo(before.Select(c => Ranges(c).Select(Plain)), o => o.WithStrictOrdering());
        KpiWorkbook.Read(resaved).Records.Should().HaveCount(rows);
    }

    /// <summary>The ranges a chart reads (LibreOffice also writes series names as quoted literals).</summary>
    private static IEnumerable<string> Ranges(ChartPart chart) => chart.References.Where(r => r.Contains('!', StringComparison.Ordinal));

    private static string Plain(string reference) => reference.Replace("'", "", StringComparison.Ordinal).Replace("$", "", StringComparison.Ordinal);

    private sealed record ChartPart(string Title, IReadOnlyList<string> References, XDocument Document);

    /// <summary>The charts of the first sheet's drawing, in the drawing's order.</summary>
    private static List<ChartPart> Charts(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        XDocument Load(string name)
        {
            using var stream = zip.GetEntry(name)!.Open();
            return XDocument.Load(stream);
        }

        XNamespace rels = "http://schemas.openxmlformats.org/package/2006/relationships";
        var sheetRels = Load("xl/worksheets/_rels/sheet1.xml.rels");
        var drawing = sheetRels.Descendants(rels + "Relationship").Single(r => r.Attribute("Type")!.Value.EndsWith("/drawing", StringComparison.Ordinal)).Attribute("Target")!.Value;
        var drawingPath = "xl/drawings/" + Path.GetFileName(drawing);
        var drawingRels = Load("xl/drawings/_rels/" + Path.GetFileName(drawing) + ".rels").Descendants(rels + "Relationship")
            .ToDictionary(r => r.Attribute("Id")!.Value, r => "xl/charts/" + Path.GetFileName(r.Attribute("Target")!.Value));
        XNamespace r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        return Load(drawingPath).Descendants(C + "chart").Select(c =>
        {
            var document = Load(drawingRels[c.Attribute(r + "id")!.Value]);
            var title = string.Concat(document.Descendants(C + "title").First().Descendants().Where(e => e.Name.LocalName == "t").Select(t => t.Value));
            return new ChartPart(title, document.Descendants(C + "f").Select(f => f.Value).Distinct().ToList(), document);
        }).ToList();
    }

    /// <summary>The cells of a range such as 'Series'!$E$2:$P$2.</summary>
    private static IEnumerable<string> Cells(string reference)
    {
        var range = reference[(reference.IndexOf('!', StringComparison.Ordinal) + 1)..].Replace("$", "", StringComparison.Ordinal).Split(':');
        var (r1, c1) = SheetXml.Parse(range[0]);
        var (r2, c2) = SheetXml.Parse(range[^1]);
        for (var row = r1; row <= r2; row++)
        {
            for (var column = c1; column <= c2; column++)
            {
                yield return Xlsx.CellRef.Relative(row, column);
            }
        }
    }
}
