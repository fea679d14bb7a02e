using System;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Spreadsheet;
using SalesKpi.Tests.Sheets;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Calculation;

/// <summary>
/// "Round trips that do not close", from the issue: what the writer accepts, read-back accepts and the
/// Data sheet's validation allows, and the C# calculator and the workbook count the same things.
/// </summary>
public class RoundTripTests
{
    private static SalesRecord Row(string repId = "A", int month = 1) => new()
    {
        PeriodStart = new DateTime(2025, month, 1), PeriodEnd = new DateTime(2025, month, 1).AddMonths(1).AddDays(-1), RepId = repId,
    };

    private static Action Writing(params SalesRecord[] records) =>
        () => KpiWorkbook.Write(new MemoryStream(), new WorkbookOptions { Capacity = 10 }, records);

    [Fact]
    public void A_revenue_of_1e20_is_refused_by_the_writer_naming_it()
    {
        var act = Writing(Row() with { NewCustomerRevenue = 1e20m });
        var problem = act.Should().Throw<SalesDataException>().Which.Problems.Single();
        problem.Where.Should().Be("record 1");
        problem.Field.Should().Be("NewCustomerRevenue");
        problem.Message.Should().Contain("too large");
    }

    [Fact]
    public void The_largest_amount_and_count_the_writer_accepts_read_back_exactly()
    {
        var field = InputField.All.Single(f => f.Name == "NewCustomerRevenue");
        var count = InputField.All.Single(f => f.Name == "CallsMade");
        var records = new[]
        {
            Row() with { NewCustomerRevenue = field.Maximum, GrossProfit = -field.Maximum, CallsMade = (int)count.Maximum!.Value },
        };

        var read = KpiWorkbook.Read(WorkbookFiles.Write(new WorkbookOptions { Capacity = 10 }, records));

        read.Problems.Should().BeEmpty();
        read.Records.Should().Equal(records);
    }

    [Fact]
    public void Read_back_refuses_what_the_writer_refuses()
    {
        var path = WorkbookFiles.Write(new WorkbookOptions { Capacity = 10 }, SampleData.Create().Take(5));
        HandEdit.DataSheet(path, sheet =>
        {
            Cell At(string address) => sheet.Cell(address);
            At("G2").CellValue = new CellValue("1E+14");                                 // NewCustomerRevenue above 10^13
            At("N3").CellValue = new CellValue("2000000000");                            // DealsWon above 10^9
            At("D4").InlineString = new InlineString(new Text(new string('n', 256)));    // RepName longer than 255
            At("A5").CellValue = new CellValue("36525");                                 // PeriodStart 1999-12-31
        });

        var read = KpiWorkbook.Read(path);

        read.Problems.Select(p => (p.Where, p.Field)).Should().Equal(
            ("Data!G2", "NewCustomerRevenue"), ("Data!N3", "DealsWon"), ("Data!D4", "RepName"), ("Data!A5", "PeriodStart"));
        read.Problems[0].Message.Should().Contain("too large");
        read.Records.Should().HaveCount(1);
    }

    [Fact]
    public void A_count_above_the_largest_is_refused()
    {
        var act = Writing(Row() with { CallsMade = int.MaxValue });
        act.Should().Throw<SalesDataException>().Which.Problems.Single().Field.Should().Be("CallsMade");
    }

    [Fact]
    public void Sums_that_would_overflow_a_decimal_are_refused_not_a_crash()
    {
        var act = Writing(Row() with { NewCustomerRevenue = decimal.MaxValue / 2, ExistingCustomerRevenue = decimal.MaxValue / 2 + 1 }, Row(month: 2));
        act.Should().Throw<SalesDataException>();
    }

    [Theory]
    [InlineData(256)]
    [InlineData(32_768)]
    public void Text_longer_than_the_data_validation_allows_is_refused_by_the_writer(int length)
    {
        var act = Writing(Row() with { RepName = new string('x', length) });
        var problem = act.Should().Throw<SalesDataException>().Which.Problems.Single();
        problem.Field.Should().Be("RepName");
        problem.Value!.Length.Should().BeLessThanOrEqualTo(DataProblem.MaxValueLength);
    }

    [Fact]
    public void Text_as_long_as_the_data_validation_allows_is_written_and_read_back()
    {
        var longest = InputField.All.Single(f => f.Name == "RepId").MaxLength!.Value;
        var records = new[] { Row(new string('r', longest)) with { RepName = new string('n', longest), Location = new string('l', longest) } };
        var path = WorkbookFiles.Write(new WorkbookOptions { Capacity = 10 }, records);

        KpiWorkbook.Read(path).Records.Should().Equal(records);
        using var workbook = new XlsxReader(path);
        var sheet = workbook.Workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Data");
        var data = (DocumentFormat.OpenXml.Packaging.WorksheetPart)workbook.Workbook.GetPartById(sheet.Id!);
        data.Worksheet.Descendants<DataValidation>().Where(v => v.Type?.Value == DataValidationValues.TextLength)
            .Should().NotBeEmpty().And.OnlyContain(v => v.Formula2!.Text == longest.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("RepId", "N1", "n1")]
    [InlineData("Team", "Field", "field")]
    [InlineData("Location", "North", "NORTH")]
    public void Values_that_differ_only_in_letter_case_are_refused_by_the_writer_and_the_calculator(string field, string first, string second)
    {
        SalesRecord With(SalesRecord record, string value) => field switch
        {
            "RepId" => record with { RepId = value },
            "Team" => record with { Team = value },
            _ => record with { Location = value },
        };
        var records = new[] { With(Row("A"), first), With(Row("B", 2), second) };

        var problem = Writing(records).Should().Throw<SalesDataException>().Which.Problems.Single();
        problem.Where.Should().Be("record 2");
        problem.Field.Should().Be(field);
        problem.Message.Should().Contain($"'{first}'").And.Contain("record 1").And.Contain("letter case");
        var calculate = () => new KpiCalculator().Compute(records);
        calculate.Should().Throw<SalesDataException>();
    }

    [Fact]
    public void Values_that_differ_only_in_letter_case_are_refused_in_a_csv_naming_both_lines()
    {
        var csv = "RepId,PeriodStart,PeriodEnd\nN1,2025-01-01,2025-01-31\nn1,2025-02-01,2025-02-28\n";
        var act = () => SalesCsv.Read(new StringReader(csv), new CsvOptions { AllowMissingColumns = true }).ToList();
        var problem = act.Should().Throw<SalesDataException>().Which.Problems.Single();
        problem.Where.Should().Be("line 3, column 1");
        problem.Message.Should().Contain("line 2, column 1");
    }

    [Fact]
    public void A_team_spelled_in_another_case_than_the_settings_list_is_listed_once()
    {
        var path = WorkbookFiles.Write(new WorkbookOptions { Capacity = 10, Teams = ["Field"] }, [Row() with { Team = "field" }]);
        using var workbook = new XlsxReader(path);
        workbook.Cells("Settings").Should().NotContain(c => c.Content.Text == "field");
    }

    [Fact]
    public void Settings_lists_that_name_one_entry_in_two_cases_are_refused()
    {
        var act = () => KpiWorkbook.Write(new MemoryStream(), new WorkbookOptions { Teams = ["Field", "field"] });
        act.Should().Throw<ArgumentException>().WithMessage("*'Field' and 'field'*letter case*");
    }
}
