using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace SalesKpi.Tests.Csv;

public class SalesCsvTests
{
    /// <summary>Records as a CSV export writes them, with the given headers, delimiter and culture.</summary>
    public static string Export(System.Collections.Generic.IEnumerable<SalesRecord> records, Func<InputField, string> header, char delimiter, CultureInfo culture, bool reverse = false)
    {
        var fields = reverse ? InputField.All.Reverse().ToArray() : InputField.All.ToArray();
        static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var csv = new StringBuilder().AppendJoin(delimiter, fields.Select(f => Quote(header(f)))).Append('\n');
        foreach (var record in records)
        {
            csv.AppendJoin(delimiter, fields.Select(f => typeof(SalesRecord).GetProperty(f.Name)!.GetValue(record) switch
            {
                null => "",
                DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                string text => Quote(text),
                IFormattable number => Quote(number.ToString(null, culture)),
                var other => other.ToString()!,
            })).Append('\n');
        }

        return csv.ToString();
    }

    [Fact]
    public void Field_names_comma_and_invariant_numbers_read_back_every_record_exactly()
    {
        var records = SampleData.Create();
        var csv = Export(records, f => f.Name, ',', CultureInfo.InvariantCulture);
        SalesCsv.Read(new StringReader(csv)).Should().Equal(records);
    }

    [Fact]
    public void Spanish_export_with_semicolons_decimal_commas_and_shuffled_titles_reads_back()
    {
        var records = SampleData.Create().Take(60).ToList();
        var csv = Export(records, f => f.Title.Spanish.ToUpperInvariant(), ';', CultureInfo.GetCultureInfo("es-ES"), reverse: true);
        csv.Should().Contain("ID COMERCIAL").And.Contain(",", "Spanish decimals use a comma");
        SalesCsv.Read(new StringReader(csv)).Should().Equal(records);
    }

    [Fact]
    public void Text_that_looks_like_a_number_date_or_formula_stays_text()
    {
        var hostile = new[] { "00101", "=SUM(A1:A9)", "2025-01-01", "1e5", "TRUE", " padded ", "tab\there", "\"quoted\"", "+34 600", "_x0041_" };
        var records = hostile.Select((id, i) => new SalesRecord
        {
            PeriodStart = new DateTime(2025, 1, 1), PeriodEnd = new DateTime(2025, 1, 31), RepId = id, RepName = id, Team = id, Location = id,
        }).ToList();
        var csv = Export(records, f => f.Name, ',', CultureInfo.InvariantCulture);
        SalesCsv.Read(new StringReader(csv)).Select(r => (r.RepId, r.RepName, r.Team, r.Location))
            .Should().Equal(hostile.Select(h => (h, (string?)h, (string?)h, (string?)h)));
    }

    [Theory]
    [InlineData("DealsWon", "twelve", "line 3, column 4, DealsWon: value 'twelve'. It is not a number.")]
    [InlineData("DealsWon", "2.5", "line 3, column 4, DealsWon: value '2.5'. Counts are whole numbers, 0 or more.")]
    [InlineData("PeriodStart", "31/31/2025", "line 3, column 1, PeriodStart: value '31/31/2025'. It is not a date*")]
    [InlineData("CallsMade", "-3", "line 3, column 4, CallsMade: value '-3'. Counts are whole numbers, 0 or more.")]
    public void Bad_value_names_the_line_the_column_and_the_value(string column, string value, string message)
    {
        var csv = $"PeriodStart,PeriodEnd,RepId,{(column == "PeriodStart" ? "x" : column)}\n"
            + "2025-01-01,2025-01-31,A,1\n"
            + (column == "PeriodStart" ? $"{value},2025-01-31,B,1\n" : $"2025-01-01,2025-01-31,B,{value}\n");
        var options = new CsvOptions { AllowMissingColumns = true };
        var act = () => KpiWorkbook.Write(new MemoryStream(), new WorkbookOptions { Capacity = 5 }, SalesCsv.Read(new StringReader(csv), options));
        act.Should().Throw<SalesDataException>().WithMessage(message);
    }

    [Fact]
    public void Header_without_a_required_column_is_refused_naming_it()
    {
        var act = () => SalesCsv.Read(new StringReader("PeriodStart;PeriodEnd;Equipo\n2025-01-01;2025-01-31;Field\n"), new CsvOptions { AllowMissingColumns = true }).ToList();
        act.Should().Throw<SalesDataException>().Which.Problems.Should().ContainSingle()
            .Which.Message.Should().StartWith("The file has no column RepId (or \"Rep ID\", \"ID comercial\")");
    }

    [Fact]
    public void Header_naming_a_column_twice_is_refused()
    {
        var act = () => SalesCsv.Read(new StringReader("RepId,PeriodStart,PeriodEnd,rep id\n"), new CsvOptions { AllowMissingColumns = true }).ToList();
        act.Should().Throw<SalesDataException>().WithMessage("line 1, column 4, RepId: value 'rep id'. The header names the column RepId twice (columns 1 and 4).");
    }

    [Fact]
    public void Culture_and_delimiter_can_be_given()
    {
        var csv = "RepId|PeriodStart|PeriodEnd|NewCustomerRevenue\nA|31.01.2025|31.01.2025|1.234,5\n";
        var record = SalesCsv.Read(new StringReader(csv), new CsvOptions { Delimiter = '|', Culture = CultureInfo.GetCultureInfo("de-DE"), AllowMissingColumns = true }).Single();
        record.NewCustomerRevenue.Should().Be(1234.5m);
        record.PeriodStart.Should().Be(new DateTime(2025, 1, 31));
    }
}
