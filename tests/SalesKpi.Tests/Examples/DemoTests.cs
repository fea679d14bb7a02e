using System.IO;
using System.Linq;
using SalesKpi.Sample;

namespace SalesKpi.Tests.Examples;

public class DemoTests
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        if (args.FirstOrDefault() == "demo" && !args.Contains("--out"))
        {
            args = [.. args, "--out", Path.Combine(Support.Scratch.NewFolder("demo"), "demo.xlsx")];
        }

        var output = new StringWriter();
        var error = new StringWriter();
        var code = Cli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Demo_prints_every_kpi_per_team_for_the_latest_period()
    {
        var (code, output, _) = Run("demo");

        code.Should().Be(0);
        var lines = output.Split('\n');
        lines[0].Should().StartWith("Period 2025-12 (15 reps)");
        lines[1].Should().Contain("Field").And.Contain("Inbound").And.Contain("Outbound").And.Contain("Everyone");
        foreach (var kpi in KpiCatalog.Default.Kpis)
        {
            lines.Should().Contain(l => l.StartsWith(kpi.Name.English + " ", System.StringComparison.Ordinal), kpi.Id);
        }
    }

    [Fact]
    public void Demo_shows_undefined_as_na_never_zero()
    {
        var (_, output, _) = Run("demo");
        var visits = output.Split('\n').Single(l => l.StartsWith("Visit-plan completion", System.StringComparison.Ordinal));
        visits.Split(' ', System.StringSplitOptions.RemoveEmptyEntries).Should().Contain("n/a", "inside teams make no visits");
    }

    [Fact]
    public void Demo_in_spanish_uses_spanish_names_and_decimal_commas()
    {
        var (code, output, _) = Run("demo", "--lang", "es");
        code.Should().Be(0);
        output.Should().StartWith("Periodo 2025-12").And.Contain("Tasa de cierre").And.Contain("Todos").And.Contain("n/d");
        output.Split('\n').Single(l => l.StartsWith("Tasa de cierre", System.StringComparison.Ordinal)).Should().MatchRegex(@"\d,\d %");
    }

    [Fact]
    public void Unknown_command_fails_with_usage_on_stderr()
    {
        var (code, output, error) = Run("bogus");
        code.Should().Be(ExitCodes.Usage);
        output.Should().BeEmpty();
        error.Should().Contain("Unrecognized command or argument 'bogus'").And.Contain("See 'saleskpi --help'");
    }

    [Fact]
    public void Bad_option_fails_with_a_message()
    {
        var (code, _, error) = Run("demo", "--lang", "fr");
        code.Should().Be(ExitCodes.Usage);
        error.Should().Contain("'--lang' must be en or es, not 'fr'");
    }

    [Fact]
    public void Demo_writes_the_workbook_with_the_sample_data_and_prints_its_path()
    {
        var path = Path.Combine(Support.Scratch.NewFolder("demo"), "mine.xlsx");
        var (code, output, _) = Run("demo", "--out", path);
        code.Should().Be(0);
        output.Should().Contain("Wrote " + path);
        using var workbook = new Support.XlsxReader(path);
        workbook.Cell("Data", "C2").Text.Should().Be("00101", "rep ids stay text");
        workbook.Cells("Data").Count(c => c.Content.Text == "00101").Should().Be(24);
    }

    [Fact]
    public void Blank_writes_a_calculator_in_the_language_asked_for()
    {
        var path = Path.Combine(Support.Scratch.NewFolder("blank"), "calculadora.xlsx");
        var (code, output, _) = Run("blank", "--lang", "es", "--out", path, "--capacity", "30", "--currency", "USD", "--period", "quarter");
        code.Should().Be(0);
        output.Should().Contain(path);
        using var workbook = new Support.XlsxReader(path);
        workbook.SheetNames.Should().Contain(["Cuadro de mando", "Datos", "Ajustes", "Instrucciones"]);
        workbook.Named("Setting_Currency").Text.Should().Be("USD");
        workbook.Named("Setting_PeriodKind").Text.Should().Be("Trimestre");
        workbook.Names["Data_RepId"].Should().EndWith("$C$2:$C$31");
    }

    [Theory]
    [InlineData(new[] { "blank" }, ExitCodes.Usage, "Option '--out' is required")]
    [InlineData(new[] { "blank", "--out", "x.xlsx", "--capacity", "lots" }, ExitCodes.Usage, "'--capacity' must be a whole number, not 'lots'")]
    [InlineData(new[] { "blank", "--out", "x.xlsx", "--capacity", "0" }, ExitCodes.BadInput, "WorkbookOptions.Capacity must be between 1 and 1,048,575 rows, not 0")]
    [InlineData(new[] { "blank", "--out", "x.xlsx", "--period", "year" }, ExitCodes.Usage, "'--period' must be week, month or quarter, not 'year'")]
    [InlineData(new[] { "blank", "--colour", "red" }, ExitCodes.Usage, "Unrecognized command or argument '--colour'")]
    public void Blank_with_bad_options_fails_with_a_clear_message(string[] args, int exitCode, string message)
    {
        var (code, _, error) = Run(args);
        code.Should().Be(exitCode);
        error.Should().Contain(message);
        File.Exists("x.xlsx").Should().BeFalse();
    }

    [Fact]
    public void Fill_writes_the_calculator_from_a_spanish_csv_export()
    {
        var folder = Support.Scratch.NewFolder("fill");
        var data = Path.Combine(folder, "crm.csv");
        File.WriteAllText(data, Csv.SalesCsvTests.Export(SampleData.Create(), f => f.Title.Spanish, ';', System.Globalization.CultureInfo.GetCultureInfo("es-ES")));
        var path = Path.Combine(folder, "kpis.xlsx");

        var (code, output, error) = Run("fill", "--data", data, "--out", path, "--lang", "es");

        error.Should().BeEmpty();
        code.Should().Be(0);
        output.Should().Contain(path);
        using var workbook = new Support.XlsxReader(path);
        workbook.Cell("Datos", "C2").Text.Should().Be("00101");
        workbook.Named("Actual_new_revenue").Number.Should().BeApproximately(344_951.22, 0.005, "the dashboard carries its values");
    }

    [Fact]
    public void Fill_can_write_each_rows_kpis_as_values_for_a_large_download()
    {
        var folder = Support.Scratch.NewFolder("fill");
        var data = Path.Combine(folder, "crm.csv");
        File.WriteAllText(data, Csv.SalesCsvTests.Export(SampleData.Create(), f => f.Name, ',', System.Globalization.CultureInfo.InvariantCulture));
        var path = Path.Combine(folder, "kpis.xlsx");

        var (code, _, error) = Run("fill", "--data", data, "--out", path, "--row-kpis-as-values");

        (code, error).Should().Be((0, ""));
        using var workbook = new Support.XlsxReader(path);
        var (sheet, column) = workbook.NamedColumn("Kpi_win_rate");
        var winRate = workbook.Cell(sheet, column + "2");
        winRate.Formula.Should().BeNull("the row's KPI is a value");
        winRate.Number.Should().NotBeNull();
        workbook.Cell("Dashboard", "C9").Formula.Should().NotBeNull("the dashboard stays live");
    }

    [Fact]
    public void Fill_with_a_bad_row_exits_non_zero_names_row_column_and_value_and_writes_nothing()
    {
        var folder = Support.Scratch.NewFolder("fill");
        var data = Path.Combine(folder, "crm.csv");
        // Every column the default catalog reads is there (a missing one is refused); the rest are blank.
        string Row(string repId, string dealsWon) => string.Join(",", InputField.All.Select(f => f.Name switch
        {
            "PeriodStart" => "2025-01-01", "PeriodEnd" => "2025-01-31", "RepId" => repId, "DealsWon" => dealsWon, _ => "",
        }));
        File.WriteAllText(data, string.Join(",", InputField.All.Select(f => f.Name)) + "\n" + Row("A", "3") + "\n" + Row("B", "lots") + "\n");
        var path = Path.Combine(folder, "kpis.xlsx");

        var (code, _, error) = Run("fill", "--data", data, "--out", path);

        code.Should().Be(ExitCodes.BadInput);
        error.Should().Contain("line 3, column 14, DealsWon: value 'lots'");
        File.Exists(path).Should().BeFalse();
        Directory.GetFiles(folder).Should().ContainSingle("no temporary file is left behind");
    }

    [Fact]
    public void Fill_into_a_customised_workbook_keeps_what_the_person_added_and_reports_progress()
    {
        var folder = Support.Scratch.NewFolder("fill");
        var template = Path.Combine(folder, "ours.xlsx");
        KpiWorkbook.Write(template, new WorkbookOptions { Capacity = 20 });
        Support.Customise.Apply(template, Filling.TemplateFillFixture.RevenueRange(Language.English, 21), "Setting_Target_win_rate", 0.35);
        // The sample's 15 reps over two years, repeated in later years until there are enough rows.
        var sample = SampleData.Create();
        var records = Enumerable.Range(0, Progress.LineEvery).Select(i =>
        {
            var r = sample[i % sample.Count];
            var start = r.PeriodStart.AddMonths(24 * (i / sample.Count));
            return r with { PeriodStart = start, PeriodEnd = start.AddMonths(1).AddDays(-1) };
        }).ToList();
        var data = Path.Combine(folder, "crm.csv");
        File.WriteAllText(data, Csv.SalesCsvTests.Export(records, f => f.Name, ',', System.Globalization.CultureInfo.InvariantCulture));
        var path = Path.Combine(folder, "filled.xlsx");

        var (code, output, error) = Run("fill", "--data", data, "--out", path, "--calculator", template);

        code.Should().Be(0, error);
        output.Should().Contain(path);
        error.Should().Be(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Progress.LineEvery:N0} rows written...{System.Environment.NewLine}"));
        using var workbook = new Support.XlsxReader(path);
        workbook.SheetNames.Should().Contain(Support.Customise.NotesSheet);
        workbook.Named("Setting_Target_win_rate").Number.Should().Be(0.35);
        workbook.Names["Data_RepId"].Should().EndWith("$" + (Progress.LineEvery + 1));
    }

    [Fact]
    public void Fill_from_a_shipped_template_takes_its_kpis_and_period()
    {
        var folder = Support.Scratch.NewFolder("fill");
        var data = Path.Combine(folder, "crm.csv");
        File.WriteAllText(data, Csv.SalesCsvTests.Export(SampleData.Create(), f => f.Name, ',', System.Globalization.CultureInfo.InvariantCulture));
        var path = Path.Combine(folder, "executive.xlsx");

        var (code, _, error) = Run("fill", "--data", data, "--out", path, "--template", "executive");

        code.Should().Be(0, error);
        using var workbook = new Support.XlsxReader(path);
        workbook.Named("Setting_PeriodKind").Text.Should().Be("Quarter");
        workbook.Names.Keys.Where(n => n.StartsWith("Kpi_", System.StringComparison.Ordinal)).Should().HaveCount(10);
    }

    [Fact]
    public void Blank_from_a_shipped_template_in_spanish()
    {
        var path = Path.Combine(Support.Scratch.NewFolder("blank"), "internas.xlsx");
        var (code, _, error) = Run("blank", "--template", "inside-sales", "--lang", "es", "--out", path);
        error.Should().BeEmpty();
        code.Should().Be(0);
        using var workbook = new Support.XlsxReader(path);
        workbook.Named("Setting_PeriodKind").Text.Should().Be("Semana");
        workbook.Cell("Cuadro de mando", "A1").Text.Should().Be("KPI de ventas internas");
        workbook.Names.Keys.Where(n => n.StartsWith("Kpi_", System.StringComparison.Ordinal)).Should().HaveCount(11);
    }

    [Fact]
    public void Blank_with_an_unknown_template_lists_the_shipped_ones()
    {
        var (code, _, error) = Run("blank", "--template", "nope", "--out", "x.xlsx");
        code.Should().NotBe(0);
        error.Should().Contain("no template 'nope'").And.Contain("executive, field-sales, inside-sales");
    }

    [Fact]
    public void Read_prints_the_kpis_of_a_filled_workbook_as_a_table_and_as_json()
    {
        var path = Path.Combine(Support.Scratch.NewFolder("read"), "demo.xlsx");
        Run("demo", "--out", path).Code.Should().Be(0);

        var (code, table, error) = Run("read", path);
        code.Should().Be(0);
        error.Should().BeEmpty();
        table.Should().StartWith("Period 2025-12 (15 reps)").And.Contain("Win rate");

        var (jsonCode, json, _) = Run("read", path, "--json");
        jsonCode.Should().Be(0);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var scopes = document.RootElement.GetProperty("scopes").EnumerateArray().ToList();
        scopes.Select(s => s.GetProperty("scope").GetString()).Should().Equal("Field", "Inbound", "Outbound", "Everyone");
        var inbound = scopes[1].GetProperty("kpis");
        inbound.GetProperty("visit-completion-rate").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null, "undefined is null, never 0");
        var expected = new KpiCalculator().Compute(SampleData.Create().Where(r => r.PeriodStart == new System.DateTime(2025, 12, 1) && r.Team == "Inbound"));
        inbound.GetProperty("win-rate").GetDouble().Should().BeApproximately(expected["win-rate"].Value!.Value, 1e-12);
    }

    [Fact]
    public void Read_of_a_file_that_is_no_workbook_fails_with_a_message()
    {
        var path = Path.Combine(Support.Scratch.NewFolder("read"), "notes.xlsx");
        File.WriteAllText(path, "hello");
        var (code, _, error) = Run("read", path);
        code.Should().NotBe(0);
        code.Should().Be(ExitCodes.BadInput);
        error.Should().Contain("not a readable .xlsx file");
    }
}
