using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using SalesKpi.Web;

namespace SalesKpi.Tests.Examples;

/// <summary>The web example, started on a loopback port and asked over real HTTP.</summary>
public sealed class WebTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = KpiApi.Create(["--urls", "http://127.0.0.1:0"]);
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
    public async Task Bad_upload_gets_a_400_listing_the_problem()
    {
        var header = string.Join(",", InputField.All.Select(f => f.Name));
        var row = string.Join(",", InputField.All.Select(f => f.Name switch
        {
            "PeriodStart" => "2025-01-01", "PeriodEnd" => "2025-01-31", "RepId" => "A", "DealsWon" => "lots", _ => "",
        }));
        using var content = new StringContent($"{header}\n{row}\n", Encoding.UTF8, "text/csv");

        using var response = await _client.PostAsync("/kpis.xlsx", content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("line 2, column 14, DealsWon: value 'lots'");
    }

    [Fact]
    public async Task Unknown_template_is_a_400()
    {
        using var response = await _client.GetAsync("/kpis.xlsx?template=nope");
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("No template 'nope'");
    }
}
