using SalesKpi.Web;

var app = KpiApi.Create(args);
app.Run();
