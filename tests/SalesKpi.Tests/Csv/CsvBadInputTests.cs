using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace SalesKpi.Tests.Csv;

/// <summary>
/// The CSV classes of "bad input" from the issue: each file either reads right or is refused with a
/// message naming the line, the column and the value, and the option that settles it.
/// </summary>
public class CsvBadInputTests
{
    private static readonly CsvOptions Partial = new() { AllowMissingColumns = true };

    private static List<SalesRecord> Read(string csv, CsvOptions? options = null) =>
        SalesCsv.Read(new StringReader(csv), options ?? Partial).ToList();

    private static List<SalesRecord> ReadBytes(byte[] bytes, CsvOptions? options = null) =>
        SalesCsv.Read(new MemoryStream(bytes), options ?? Partial).ToList();

    private static DataProblem Refused(Func<object> read) =>
        read.Should().Throw<SalesDataException>().Which.Problems[0];

    /// <summary>A file with every column of the default catalog, blank except those given.</summary>
    private static string Complete(char delimiter, params Dictionary<string, string>[] rows)
    {
        var csv = new StringBuilder().AppendJoin(delimiter, InputField.All.Select(f => f.Name)).Append('\n');
        foreach (var row in rows)
        {
            csv.AppendJoin(delimiter, InputField.All.Select(f => row.TryGetValue(f.Name, out var value) ? value : "")).Append('\n');
        }

        return csv.ToString();
    }

    private static Dictionary<string, string> Row(string repId, params (string Field, string Value)[] values)
    {
        var row = new Dictionary<string, string> { ["PeriodStart"] = "2025-01-01", ["PeriodEnd"] = "2025-01-31", ["RepId"] = repId };
        foreach (var (field, value) in values)
        {
            row[field] = value;
        }

        return row;
    }

    // Decimal and thousands marks

    [Fact]
    public void Semicolon_file_with_point_decimals_reads_100_5_not_1005()
    {
        var records = Read("RepId;PeriodStart;PeriodEnd;NewCustomerRevenue\nA;2025-01-01;2025-01-31;100.5\nB;2025-01-01;2025-01-31;2000\n");
        records.Select(r => r.NewCustomerRevenue).Should().Equal(100.5m, 2000m);
    }

    [Fact]
    public void Quoted_1_comma_5_in_a_comma_file_reads_1_5_not_15()
    {
        var records = Read("RepId,PeriodStart,PeriodEnd,FieldDays\nA,2025-01-01,2025-01-31,\"1,5\"\n");
        records.Single().FieldDays.Should().Be(1.5m);
    }

    [Fact]
    public void A_number_that_reads_two_ways_with_nothing_to_decide_is_refused_naming_the_culture_option()
    {
        var problem = Refused(() => Read("RepId;PeriodStart;PeriodEnd;NewCustomerRevenue\nA;2025-01-01;2025-01-31;1.500\n"));
        problem.Where.Should().Be("line 2, column 4");
        problem.Field.Should().Be("NewCustomerRevenue");
        problem.Value.Should().Be("1.500");
        problem.Message.Should().Contain("1.5").And.Contain("1500").And.Contain("CsvOptions.Culture").And.Contain("--culture");
    }

    [Fact]
    public void The_culture_settles_a_number_that_reads_two_ways()
    {
        var csv = "RepId;PeriodStart;PeriodEnd;NewCustomerRevenue\nA;2025-01-01;2025-01-31;1.500\n";
        Read(csv, Partial with { Culture = CultureInfo.GetCultureInfo("es-ES") }).Single().NewCustomerRevenue.Should().Be(1500m);
        Read(csv, Partial with { Culture = CultureInfo.GetCultureInfo("en-US") }).Single().NewCustomerRevenue.Should().Be(1.5m);
    }

    [Fact]
    public void A_later_value_settles_earlier_ones_that_read_two_ways()
    {
        var records = Read("RepId;PeriodStart;PeriodEnd;NewCustomerRevenue\nA;2025-01-01;2025-01-31;1.500\nB;2025-01-01;2025-01-31;2.345,67\n");
        records.Select(r => r.NewCustomerRevenue).Should().Equal(1500m, 2345.67m);
    }

    [Fact]
    public void A_file_that_writes_numbers_both_ways_is_refused_naming_both_places()
    {
        var problem = Refused(() => Read("RepId,PeriodStart,PeriodEnd,FieldDays\nA,2025-01-01,2025-01-31,100.5\nB,2025-01-01,2025-01-31,\"1,5\"\n"));
        problem.Where.Should().Be("line 3, column 4");
        problem.Message.Should().Contain("line 2, column 4").And.Contain("CsvOptions.Culture");
    }

    [Fact]
    public void Thousands_marks_out_of_place_are_not_a_number()
    {
        var problem = Refused(() => Read("RepId,PeriodStart,PeriodEnd,CallsMade\nA,2025-01-01,2025-01-31,\"1,5,0\"\n", Partial with { Culture = CultureInfo.InvariantCulture }));
        problem.Where.Should().Be("line 2, column 4");
        problem.Message.Should().Contain("not a number");
    }

    [Fact]
    public void Day_and_month_order_is_decided_from_the_file_or_refused()
    {
        Read("RepId,PeriodStart,PeriodEnd\nA,01/02/2025,28/02/2025\n").Single().PeriodStart.Should().Be(new DateTime(2025, 2, 1));
        Read("RepId,PeriodStart,PeriodEnd\nA,02/01/2025,02/28/2025\n").Single().PeriodStart.Should().Be(new DateTime(2025, 2, 1));
        var problem = Refused(() => Read("RepId,PeriodStart,PeriodEnd\nA,01/02/2025,02/03/2025\n"));
        problem.Where.Should().Be("line 2, column 2");
        problem.Message.Should().Contain("2025-02-01").And.Contain("2025-01-02").And.Contain("CsvOptions.Culture");
    }

    // Encoding

    [Fact]
    public void Windows_1252_file_reads_Pena_right()
    {
        var text = "RepId;RepName;PeriodStart;PeriodEnd;Location\nA;Peña;2025-01-01;2025-01-31;Málaga €\n";
        var bytes = text.Select(c => c switch { 'ñ' => (byte)0xF1, 'á' => (byte)0xE1, '€' => (byte)0x80, _ => (byte)c }).ToArray();
        var record = ReadBytes(bytes).Single();
        record.RepName.Should().Be("Peña");
        record.Location.Should().Be("Málaga €");
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-8")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Unicode_files_read_right(string encoding)
    {
        var text = "RepId,RepName,PeriodStart,PeriodEnd\nA,Peña 東京 😀,2025-01-01,2025-01-31\n";
        var bytes = encoding switch
        {
            "utf-8-bom" => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(),
            "utf-8" => Encoding.UTF8.GetBytes(text),
            "utf-16le" => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(),
            _ => Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray(),
        };
        ReadBytes(bytes).Single().RepName.Should().Be("Peña 東京 😀");
    }

    [Fact]
    public void A_file_mixing_utf8_and_windows_1252_is_refused_naming_the_line()
    {
        var bytes = Encoding.UTF8.GetBytes("RepId,RepName,PeriodStart,PeriodEnd\nA,Peña,2025-01-01,2025-01-31\n")
            .Concat(Encoding.ASCII.GetBytes("B,Pe")).Append((byte)0xF1).Concat(Encoding.ASCII.GetBytes("a,2025-01-01,2025-01-31\n")).ToArray();
        var act = () => ReadBytes(bytes);
        var problem = Refused(act);
        problem.Where.Should().Be("line 3");
        problem.Message.Should().Contain("not valid UTF-8");
    }

    [Fact]
    public void Text_a_reader_could_not_decode_is_refused_naming_the_line()
    {
        var reader = new StreamReader(new MemoryStream(Encoding.Latin1.GetBytes("RepId,RepName,PeriodStart,PeriodEnd\nA,Peña,2025-01-01,2025-01-31\n")), new UTF8Encoding(false));
        var act = () => SalesCsv.Read(reader, Partial).ToList();
        act.Should().Throw<SalesDataException>().Which.Problems[0].Where.Should().Be("line 2");
    }

    // Columns

    [Fact]
    public void A_missing_column_is_refused_naming_it_and_the_kpis_it_feeds()
    {
        var csv = Complete(',', Row("A", ("DealsWon", "3"), ("DealsLost", "9")));
        var withoutLost = string.Join('\n', csv.Split('\n').Select(line => string.Join(',', line.Split(',').Where((_, i) => i != 14))));
        var problem = Refused(() => Read(withoutLost, new CsvOptions()));
        problem.Where.Should().Be("line 1");
        problem.Field.Should().Be("DealsLost");
        problem.Message.Should().Contain("win-rate").And.Contain("sales-velocity").And.Contain("AllowMissingColumns").And.Contain("--allow-missing-columns");
    }

    [Fact]
    public void Allowed_missing_columns_warn_which_kpis_will_be_n_a()
    {
        var warnings = new List<DataProblem>();
        var options = new CsvOptions { AllowMissingColumns = true, Warning = warnings.Add, Catalog = KpiCatalog.Default.Only("win-rate", "call-to-meeting-rate") };
        var record = Read("RepId,PeriodStart,PeriodEnd,DealsWon,CallsMade,MeetingsBooked\nA,2025-01-01,2025-01-31,3,10,2\n", options).Single();
        record.DealsWon.Should().Be(3);
        warnings.Should().ContainSingle().Which.Should().Match<DataProblem>(w => w.Field == "DealsLost" && w.Message.Contains("win-rate"));
        new KpiCalculator(options.Catalog).Compute(record)["win-rate"].Value.Should().BeNull();
    }

    [Fact]
    public void Only_the_inputs_of_the_catalogs_kpis_are_required()
    {
        var options = new CsvOptions { Catalog = KpiCatalog.Default.Only("call-to-meeting-rate") };
        Read("RepId,PeriodStart,PeriodEnd,CallsMade,MeetingsBooked\nA,2025-01-01,2025-01-31,10,2\n", options).Single().CallsMade.Should().Be(10);
    }

    [Theory]
    [InlineData("Deals_Lost")]
    [InlineData("DealLost")]
    [InlineData("Operaciones perdida")]
    public void A_misspelled_column_is_refused_with_did_you_mean(string header)
    {
        var problem = Refused(() => Read($"RepId,PeriodStart,PeriodEnd,DealsWon,{header}\nA,2025-01-01,2025-01-31,3,9\n"));
        problem.Where.Should().Be("line 1, column 5");
        problem.Value.Should().Be(header);
        problem.Message.Should().Contain("did you mean DealsLost?");
    }

    [Fact]
    public void Unknown_columns_are_listed_and_their_values_not_read()
    {
        var warnings = new List<DataProblem>();
        var record = Read("RepId,PeriodStart,PeriodEnd,Notes,CallsMade\nA,2025-01-01,2025-01-31,call back,4\n", Partial with { Warning = warnings.Add }).Single();
        record.CallsMade.Should().Be(4);
        warnings.Should().Contain(w => w.Where == "line 1, column 4" && w.Value == "Notes" && w.Message.StartsWith("Unknown column", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A,2025-01-01,2025-01-31\n", 3)]
    [InlineData("A,2025-01-01,2025-01-31,4,5\n", 5)]
    public void Rows_shorter_or_longer_than_the_header_are_refused(string row, int values)
    {
        var problem = Refused(() => Read("RepId,PeriodStart,PeriodEnd,CallsMade\nB,2025-01-01,2025-01-31,1\n" + row));
        problem.Where.Should().Be("line 3");
        problem.Message.Should().Contain($"{values} values").And.Contain("4 columns");
    }

    // Places, values

    [Fact]
    public void Errors_name_the_files_line_not_the_record_number()
    {
        // A blank line and a value spanning two lines come before the bad value, so record 2 sits on line 5.
        var csv = "RepId,RepName,PeriodStart,PeriodEnd,CallsMade\n\nA,\"two\nlines\",2025-01-01,2025-01-31,1\nB,Bo,2025-01-01,2025-01-31,many\n";
        var problem = Refused(() => Read(csv));
        problem.Where.Should().Be("line 5, column 5");
        problem.Field.Should().Be("CallsMade");
        problem.Value.Should().Be("many");
    }

    [Fact]
    public void A_huge_value_is_refused_and_shown_shortened()
    {
        var huge = new string('9', 100_000);
        var act = () => Read($"RepId,PeriodStart,PeriodEnd\n{huge},2025-01-01,2025-01-31\n");
        var error = act.Should().Throw<SalesDataException>().Which;
        error.Message.Length.Should().BeLessThan(400);
        error.Problems[0].Where.Should().Be("line 2");
    }

    [Fact]
    public void An_unclosed_quote_is_refused_naming_its_line()
    {
        var problem = Refused(() => Read("RepId,RepName,PeriodStart,PeriodEnd\nA,\"Ana,2025-01-01,2025-01-31\nB,Bo,2025-01-01,2025-01-31\n"));
        problem.Where.Should().Be("line 2");
        problem.Message.Should().Contain("never closed");
    }
}
