namespace SalesKpi.Catalog;

/// <summary>The 21 sales KPIs of the spec, each written once. Everything else is derived from this table.</summary>
internal static class DefaultCatalog
{
    public static readonly KpiDefinition[] Kpis =
    {
        new("new-revenue", "NewCustomerRevenue", Unit.Currency, Direction.HigherIsBetter,
            new("New revenue", "Ingresos de nuevos clientes"),
            new("Revenue from customers won in the period.", "Ingresos de los clientes captados en el periodo.")),
        new("existing-customer-revenue", "ExistingCustomerRevenue", Unit.Currency, Direction.HigherIsBetter,
            new("Existing-customer revenue", "Ingresos de clientes existentes"),
            new("Revenue from customers you already had.", "Ingresos de los clientes que ya tenía.")),
        new("revenue-growth", "(TotalRevenue - ComparisonRevenue) / ComparisonRevenue", Unit.Percent, Direction.HigherIsBetter,
            new("Revenue growth", "Crecimiento de ventas"),
            new("Change in total revenue against the comparison period; the plan should ask for more than 0 %.",
                "Variación de los ingresos totales frente al periodo de comparación; el plan debería pedir más del 0 %.")),
        new("customer-lifetime-value",
            "GrossProfit / AvgActiveCustomers * IF(CustomersLost = 0, MaxLifetimePeriods, MIN(1 / ChurnRate, MaxLifetimePeriods))",
            Unit.Currency, Direction.HigherIsBetter,
            new("Customer lifetime value (CLV)", "Valor de vida del cliente (CLV)"),
            new("Gross profit per active customer and period, times the periods a customer stays (capped).",
                "Beneficio bruto por cliente activo y periodo, por los periodos que permanece un cliente (con tope)."))
        { DefaultTarget = "3 * [customer-acquisition-cost]" },
        new("customer-acquisition-cost", "AcquisitionCost / NewCustomers", Unit.Currency, Direction.LowerIsBetter,
            new("Customer acquisition cost (CAC)", "Coste de adquisición de clientes (CAC)"),
            new("What winning one new customer cost.", "Lo que costó captar cada cliente nuevo."))
        { DefaultTarget = "[customer-lifetime-value] / 3" },
        new("average-profit-margin", "GrossProfit / TotalRevenue", Unit.Percent, Direction.HigherIsBetter,
            new("Average profit margin", "Margen bruto medio"),
            new("Gross profit as a share of total revenue.", "Beneficio bruto sobre los ingresos totales.")),
        new("quota-attainment", "TotalRevenue / SalesQuota", Unit.Percent, Direction.HigherIsBetter,
            new("Quota attainment", "Cumplimiento de cuota"),
            new("Total revenue against the sales quota.", "Ingresos totales frente a la cuota de ventas."))
        { DefaultTarget = "1" },
        new("average-deal-size", "TotalRevenue / DealsWon", Unit.Currency, Direction.HigherIsBetter,
            new("Average deal size", "Ticket medio"),
            new("Total revenue per deal won.", "Ingresos totales por operación ganada.")),
        new("customer-churn-rate", "CustomersLost / CustomersAtStart", Unit.Percent, Direction.LowerIsBetter,
            new("Customer churn rate", "Tasa de abandono de clientes"),
            new("Share of the customers at period start lost during the period.",
                "Parte de los clientes del inicio del periodo que se perdieron durante el mismo."))
        { DefaultTarget = "1 - (1 - 0.02) ^ PeriodMonths" },
        new("win-rate", "DealsWon / ClosedDeals", Unit.Percent, Direction.HigherIsBetter,
            new("Win rate", "Tasa de cierre"),
            new("Deals won out of the deals decided (won or lost) in the period.",
                "Operaciones ganadas sobre las decididas (ganadas o perdidas) en el periodo."))
        { DefaultTarget = "0.25" },
        new("sales-cycle-length", "SalesCycleDaysTotal / DealsWon", Unit.Days, Direction.LowerIsBetter,
            new("Sales cycle length", "Duración del ciclo de venta"),
            new("Average calendar days from opportunity to close, on won deals.",
                "Días naturales medios desde la oportunidad hasta el cierre, en operaciones ganadas.")),
        new("sales-velocity",
            "OpenOpportunities * (TotalRevenue / DealsWon) * (DealsWon / ClosedDeals) / (SalesCycleDaysTotal / DealsWon)",
            Unit.CurrencyPerDay, Direction.HigherIsBetter,
            new("Sales velocity", "Velocidad de ventas"),
            new("Revenue the pipeline brings in per day: opportunities x deal size x win rate / cycle length.",
                "Ingresos que aporta el pipeline por día: oportunidades x ticket x tasa de cierre / ciclo.")),
        new("pipeline-coverage", "OpenPipelineValue / NextPeriodQuota", Unit.Ratio, Direction.HigherIsBetter,
            new("Pipeline coverage", "Cobertura del pipeline"),
            new("Open pipeline value against the next period's quota.",
                "Valor del pipeline abierto frente a la cuota del periodo siguiente."))
        { DefaultTarget = "IFERROR(1 / [win-rate], 3)" },
        new("leads-generated", "LeadsCreated", Unit.Count, Direction.HigherIsBetter,
            new("Leads generated", "Leads generados"),
            new("New leads in the period.", "Leads nuevos en el periodo.")),
        new("lead-response-time", "LeadResponseHoursTotal / LeadsContacted", Unit.Hours, Direction.LowerIsBetter,
            new("Lead response time", "Tiempo de respuesta a leads"),
            new("Average hours from a lead's arrival to the first contact.",
                "Horas medias desde la llegada de un lead hasta el primer contacto."))
        { DefaultTarget = "1" },
        new("lead-to-opportunity-rate", "LeadsConverted / LeadsCreated", Unit.Percent, Direction.HigherIsBetter,
            new("Lead-to-opportunity rate", "Tasa de conversión de leads a oportunidades"),
            new("Leads converted in the period over leads created in it; can exceed 100 %.",
                "Leads convertidos en el periodo sobre los creados en él; puede superar el 100 %.")),
        new("call-to-meeting-rate", "MeetingsBooked / CallsMade", Unit.Percent, Direction.HigherIsBetter,
            new("Call-to-meeting rate", "Tasa de llamadas convertidas en citas"),
            new("Meetings booked per call made.", "Citas concertadas por llamada realizada."))
        { DefaultTarget = "0.03" },
        new("visits-per-field-day", "VisitsCompleted / FieldDays", Unit.CountPerDay, Direction.HigherIsBetter,
            new("Visits per field day", "Visitas por día de campo"),
            new("Visits completed per day in the field.", "Visitas realizadas por día de campo."))
        { DefaultTarget = "5" },
        new("visit-completion-rate", "VisitsCompleted / VisitsPlanned", Unit.Percent, Direction.HigherIsBetter,
            new("Visit-plan completion", "Cumplimiento del plan de visitas"),
            new("Visits completed against visits planned; can exceed 100 %.",
                "Visitas realizadas frente a las planificadas; puede superar el 100 %."))
        { DefaultTarget = "0.9" },
        new("visit-strike-rate", "VisitsWithOrder / VisitsCompleted", Unit.Percent, Direction.HigherIsBetter,
            new("Visit strike rate", "Efectividad de visitas"),
            new("Share of completed visits that ended with an order.", "Parte de las visitas realizadas que terminaron en pedido."))
        { DefaultTarget = "0.6" },
        new("territory-coverage", "AccountsVisited / AccountsAssigned", Unit.Percent, Direction.HigherIsBetter,
            new("Territory coverage", "Cobertura del territorio"),
            new("Distinct accounts visited out of those assigned; per single period only.",
                "Cuentas distintas visitadas sobre las asignadas; solo por periodo."))
        { DefaultTarget = "0.85" },
    };
}
