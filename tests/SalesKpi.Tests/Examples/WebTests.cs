using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using SalesKpi.Web;

namespace SalesKpi.Tests.Examples;

/// <summary>
/// The web example, started on a loopback port and asked over real HTTP. Its upload limit is set low
/// (64 KB) so the size cases need no large bodies.
/// </summary>
public sealed class WebTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = KpiApi.Create(["--urls", "http://127.0.0.1:0", "--" + Uploads.MaxBytesKey + "=65536"]);
        await _app.StartAsync();
        _client = new HttpClient { BaseAddress = new Uri(_app.Urls.First()), Timeout = TimeSpan.FromMinutes(2) };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Get_streams_the_sample_workbook_with_its_type_and_file_name()
    {
        using var response = await _client.GetAsync("/kpis.xlsx?lang=es&template=field-sales");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.Content.Headers.ContentDisposition!.FileName.Should().Contain("kpis.xlsx");
        var data = KpiWorkbook.Read(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        data.IsClean.Should().BeTrue();
        data.Records.Should().Equal(SampleData.Create());
    }

    [Fact]
    public async Task Post_of_a_csv_upload_answers_with_the_filled_workbook()
    {
        // Every other column of the default catalog is there, blank: a missing one is refused.
        var others = InputField.All.Skip(6).Where(f => f.Name is not ("DealsWon" or "DealsLost")).Select(f => f.Name).ToList();
        var csv = $"RepId;PeriodStart;PeriodEnd;Equipo;Operaciones ganadas;Operaciones perdidas;{string.Join(";", others)}\n"
            + $"007;2025-01-01;2025-01-31;Field;3;9{new string(';', others.Count)}\n";
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "data", "crm.csv");

        using var response = await _client.PostAsync("/kpis.xlsx", form);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var data = KpiWorkbook.Read(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        data.Records.Should().ContainSingle().Which.Should().Match<SalesRecord>(r => r.RepId == "007" && r.DealsWon == 3 && r.DealsLost == 9);
    }

    [Fact]
    public async Task Bad_upload_gets_a_400_naming_row_column_and_value()
    {
        var header = string.Join(",", InputField.All.Select(f => f.Name));
        var row = string.Join(",", InputField.All.Select(f => f.Name switch
        {
            "PeriodStart" => "2025-01-01", "PeriodEnd" => "2025-01-31", "RepId" => "A", "DealsWon" => "lots", _ => "",
        }));
        using var content = new StringContent($"{header}\n{row}\n", Encoding.UTF8, "text/csv");

        using var response = await _client.PostAsync("/kpis.xlsx", content);

        var problem = await Problem(response, HttpStatusCode.BadRequest, "bad-value");
        problem.GetProperty("detail").GetString().Should().StartWith("line 2, column 14, DealsWon: value 'lots'.");
        var first = problem.GetProperty("problems")[0];
        (first.GetProperty("where").GetString(), first.GetProperty("column").GetString(), first.GetProperty("value").GetString()).Should().Be(("line 2, column 14", "DealsWon", "lots"));
        response.Content.Headers.ContentDisposition.Should().BeNull("no workbook is offered");
    }

    [Fact]
    public async Task A_huge_bad_value_comes_back_shortened()
    {
        var value = new string('9', 20_000);
        using var content = new StringContent($"RepId,PeriodStart,PeriodEnd,DealsWon\nA,2025-01-01,2025-01-31,{value}\n", Encoding.UTF8, "text/csv");

        using var response = await _client.PostAsync("/api/preview", content);

        var problem = await Problem(response, HttpStatusCode.BadRequest);
        problem.GetProperty("problems")[0].GetProperty("value").GetString().Should().EndWith("…").And.HaveLength(DataProblem.MaxValueLength);
        (await response.Content.ReadAsStringAsync()).Length.Should().BeLessThan(1_000);
    }

    [Fact]
    public async Task Windows_1252_text_is_read_right_and_missing_columns_are_named()
    {
        // What Excel's plain "CSV" gives on Windows in Spain: "Peña" in Windows-1252.
        var windows1252 = Encoding.ASCII.GetBytes("RepId,PeriodStart,PeriodEnd,Team,DealsWon,DealsLost\nA,2025-01-01,2025-01-31,Pe")
            .Concat(new byte[] { 0xF1 }).Concat(Encoding.ASCII.GetBytes("a,1,3\n")).ToArray();
        using var content = new ByteArrayContent(windows1252);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");

        using var response = await _client.PostAsync("/api/preview", content);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var preview = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        preview.RootElement.GetProperty("scopes")[0].GetProperty("team").GetString().Should().Be("Peña");
        preview.RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()).Should().Contain(w => w!.Contains("NewCustomerRevenue", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded", "RepId=A&PeriodStart=2025-01-01")]
    [InlineData("application/json", "{\"RepId\": \"A\"}")]
    [InlineData(null, "RepId,PeriodStart,PeriodEnd\n")]
    public async Task Other_content_types_get_a_415(string? type, string body)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (type is not null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue(type);
        }

        using var response = await _client.PostAsync("/kpis.xlsx", content);

        (await Problem(response, HttpStatusCode.UnsupportedMediaType, "content-type")).GetProperty("detail").GetString().Should().Contain("multipart/form-data").And.Contain("text/csv");
    }

    [Theory]
    [InlineData("multipart/form-data; boundary=xyz", "this is not a form", "The upload ended early, or its multipart form is not well formed.", "bad-form")]
    [InlineData("multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data; name=\"data\"; filename=\"a.csv\"\r\n\r\nRepId,PeriodStart,PeriodEnd\r\nA,2025-01-01,2025-01", "The upload ended early, or its multipart form is not well formed.", "bad-form")]
    [InlineData("multipart/form-data", "--xyz--\r\n", "The multipart form has no valid boundary.", "bad-form")]
    [InlineData("multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n--xyz--\r\n", "The form holds no file: attach the CSV export as a file field.", "no-file")]
    public async Task Malformed_forms_get_a_400(string type, string body, string detail, string code)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", type);

        using var response = await _client.PostAsync("/kpis.xlsx", content);

        (await Problem(response, HttpStatusCode.BadRequest, code)).GetProperty("detail").GetString().Should().Be(detail);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_upload_over_the_apps_limit_gets_its_413(bool chunked)
    {
        var csv = "RepId,PeriodStart,PeriodEnd,DealsWon\n" + string.Concat(Enumerable.Range(1, 4_000).Select(i => FormattableString.Invariant($"R{i},2025-01-01,2025-01-31,3\n")));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/kpis.xlsx") { Content = new StringContent(csv, Encoding.UTF8, "text/csv") };
        request.Headers.TransferEncodingChunked = chunked;

        using var response = await _client.SendAsync(request);

        var problem = await Problem(response, HttpStatusCode.RequestEntityTooLarge, "too-large");
        problem.GetProperty("detail").GetString().Should().StartWith("The upload is larger than 64 KB, the most this app takes.");
        problem.GetProperty("maxBytes").GetInt64().Should().Be(65_536);
    }

    [Fact]
    public async Task A_form_over_the_servers_limit_gets_the_apps_413_too()
    {
        // A large field before the file: the server's own limit (a little above the app's) is met first.
        using var form = new MultipartFormDataContent { { new StringContent(new string('x', 200_000)), "note" }, { new StringContent("RepId,PeriodStart,PeriodEnd\n"), "data", "crm.csv" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/kpis.xlsx") { Content = form };
        request.Headers.TransferEncodingChunked = true;

        using var response = await _client.SendAsync(request);

        (await Problem(response, HttpStatusCode.RequestEntityTooLarge)).GetProperty("detail").GetString().Should().StartWith("The upload is larger than 64 KB");
    }

    [Fact]
    public async Task Unknown_template_or_language_is_a_400()
    {
        using var template = await _client.GetAsync("/kpis.xlsx?template=nope");
        (await Problem(template, HttpStatusCode.BadRequest)).GetProperty("detail").GetString().Should().Be("No template 'nope'. The templates are: executive, field-sales, inside-sales.");

        using var language = await _client.GetAsync("/api/preview?lang=fr");
        (await Problem(language, HttpStatusCode.BadRequest)).GetProperty("detail").GetString().Should().Be("The language 'fr' is not offered: use en or es.");
    }

    [Fact]
    public async Task Preview_gives_the_latest_period_per_team_and_for_everyone()
    {
        using var response = await _client.GetAsync("/api/preview?lang=es&template=field-sales");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var preview = json.RootElement;
        preview.GetProperty("period").GetString().Should().Be("2025-12-01");
        preview.GetProperty("scopes").EnumerateArray().Select(s => s.GetProperty("team").GetString()).Should().Equal("Field", "Inbound", "Outbound", null);
        preview.GetProperty("kpis").EnumerateArray().Select(k => k.GetProperty("name").GetString()).Should().Contain("Efectividad de visitas");
    }

    /// <summary>The answer is a short problem+json body with this status.</summary>
    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status, string? code = null)
    {
        response.StatusCode.Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var text = await response.Content.ReadAsStringAsync();
        text.Length.Should().BeLessThan(1_000);
        using var json = JsonDocument.Parse(text);
        json.RootElement.GetProperty("status").GetInt32().Should().Be((int)status);
        if (code is not null)
        {
            json.RootElement.GetProperty("code").GetString().Should().Be(code);
        }

        return json.RootElement.Clone();
    }
}
