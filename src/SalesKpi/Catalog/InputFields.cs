using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesKpi.Catalog;

/// <summary>The input fields of the spec, each written once: the data table's columns follow this order.</summary>
internal static class InputFields
{
    // Each field knows its slot, so a row's numbers can be read once into an array.
    static InputFields()
    {
        for (var i = 0; i < All.Count; i++)
        {
            All[i].Ordinal = i;
        }
    }

    public static readonly IReadOnlyList<InputField> All = new[]
    {
        Date("PeriodStart", r => r.PeriodStart,
            "Period start", "Inicio del periodo",
            "First day of the period.", "Primer día del periodo."),
        Date("PeriodEnd", r => r.PeriodEnd,
            "Period end", "Fin del periodo",
            "Last day of the period.", "Último día del periodo."),
        Text("RepId", InputKind.Key, r => r.RepId,
            "Rep ID", "ID comercial",
            "The rep's stable identifier, as in your CRM.", "Identificador fijo del comercial, como en su CRM.",
            isRequired: true),
        Text("RepName", InputKind.Dimension, r => r.RepName,
            "Rep name", "Nombre comercial",
            "The rep's name as people read it.", "Nombre del comercial tal como se lee."),
        Text("Team", InputKind.Dimension, r => r.Team,
            "Team", "Equipo",
            "Team, for example Inbound, Outbound or Field.", "Equipo, por ejemplo Inbound, Outbound o Campo."),
        Text("Location", InputKind.Dimension, r => r.Location,
            "Location", "Zona",
            "Territory, region or branch.", "Territorio, región o sucursal."),

        Money("NewCustomerRevenue", r => r.NewCustomerRevenue,
            "New-customer revenue", "Ingresos clientes nuevos",
            "Revenue from customers won in the period.", "Ingresos de clientes captados en el periodo."),
        Money("ExistingCustomerRevenue", r => r.ExistingCustomerRevenue,
            "Existing-customer revenue", "Ingresos clientes existentes",
            "Revenue from customers you already had.", "Ingresos de clientes que ya tenía."),
        Money("ComparisonRevenue", r => r.ComparisonRevenue,
            "Comparison revenue", "Ingresos de comparación",
            "Revenue of the comparison period (a year earlier or the previous period). Optional.",
            "Ingresos del periodo de comparación (un año antes o el periodo anterior). Opcional.",
            isOptional: true),
        Money("GrossProfit", r => r.GrossProfit,
            "Gross profit", "Beneficio bruto",
            "Revenue minus the cost of what was sold; may be negative.",
            "Ingresos menos el coste de lo vendido; puede ser negativo.",
            allowsNegative: true),
        Money("SalesQuota", r => r.SalesQuota,
            "Sales quota", "Cuota de ventas",
            "Revenue the rep was asked to bring in this period.", "Ingresos que se esperaban del comercial en el periodo."),
        Money("NextPeriodQuota", r => r.NextPeriodQuota,
            "Next-period quota", "Cuota del periodo siguiente",
            "Quota of the period the open pipeline has to cover.", "Cuota del periodo que debe cubrir el pipeline abierto.",
            kind: InputKind.SnapshotAtEnd),
        Money("AcquisitionCost", r => r.AcquisitionCost,
            "Acquisition cost", "Coste de adquisición",
            "Sales and marketing spent on winning new customers.", "Gasto comercial y de marketing para captar clientes nuevos."),
        Count("DealsWon", InputKind.Flow, r => r.DealsWon,
            "Deals won", "Operaciones ganadas",
            "Deals closed as won in the period.", "Operaciones cerradas como ganadas en el periodo."),
        Count("DealsLost", InputKind.Flow, r => r.DealsLost,
            "Deals lost", "Operaciones perdidas",
            "Deals closed as lost in the period.", "Operaciones cerradas como perdidas en el periodo."),
        Amount("SalesCycleDaysTotal", Unit.Days, r => r.SalesCycleDaysTotal,
            "Sales-cycle days (total)", "Días de ciclo de venta (total)",
            "Days from opportunity to close, added up over the won deals.",
            "Días desde la oportunidad hasta el cierre, sumados sobre las operaciones ganadas."),
        Count("OpenOpportunities", InputKind.SnapshotAtEnd, r => r.OpenOpportunities,
            "Open opportunities", "Oportunidades abiertas",
            "Open opportunities at period end.", "Oportunidades abiertas al final del periodo."),
        Money("OpenPipelineValue", r => r.OpenPipelineValue,
            "Open pipeline value", "Valor del pipeline abierto",
            "Value of the open opportunities at period end.", "Valor de las oportunidades abiertas al final del periodo.",
            kind: InputKind.SnapshotAtEnd),
        Count("LeadsCreated", InputKind.Flow, r => r.LeadsCreated,
            "Leads created", "Leads creados",
            "New leads (unqualified contacts) in the period.", "Leads nuevos (contactos sin cualificar) en el periodo."),
        Count("LeadsConverted", InputKind.Flow, r => r.LeadsConverted,
            "Leads converted", "Leads convertidos",
            "Leads that became opportunities in the period.", "Leads que pasaron a oportunidad en el periodo."),
        Count("LeadsContacted", InputKind.Flow, r => r.LeadsContacted,
            "Leads contacted", "Leads contactados",
            "Leads that got a first contact in the period.", "Leads que recibieron un primer contacto en el periodo."),
        Amount("LeadResponseHoursTotal", Unit.Hours, r => r.LeadResponseHoursTotal,
            "Lead response hours (total)", "Horas de respuesta a leads (total)",
            "Hours from lead creation to first contact, added up over contacted leads.",
            "Horas desde la creación del lead hasta el primer contacto, sumadas sobre los leads contactados."),
        Count("CallsMade", InputKind.Flow, r => r.CallsMade,
            "Calls made", "Llamadas realizadas",
            "Sales calls made.", "Llamadas comerciales realizadas."),
        Count("MeetingsBooked", InputKind.Flow, r => r.MeetingsBooked,
            "Meetings booked", "Citas concertadas",
            "Meetings booked from calls.", "Citas concertadas a partir de llamadas."),
        Count("VisitsPlanned", InputKind.Flow, r => r.VisitsPlanned,
            "Visits planned", "Visitas planificadas",
            "Customer visits in the plan.", "Visitas a clientes previstas en el plan."),
        Count("VisitsCompleted", InputKind.Flow, r => r.VisitsCompleted,
            "Visits completed", "Visitas realizadas",
            "Customer visits made, planned or not.", "Visitas a clientes realizadas, planificadas o no."),
        Count("VisitsWithOrder", InputKind.Flow, r => r.VisitsWithOrder,
            "Visits with order", "Visitas con pedido",
            "Completed visits that ended with an order.", "Visitas realizadas que terminaron en pedido."),
        Amount("FieldDays", Unit.Days, r => r.FieldDays,
            "Field days", "Días de campo",
            "Days spent visiting customers; halves allowed.", "Días dedicados a visitar clientes; se admiten medios días."),
        Count("AccountsAssigned", InputKind.SnapshotAtStart, r => r.AccountsAssigned,
            "Accounts assigned", "Cuentas asignadas",
            "Accounts in the rep's territory at period start.", "Cuentas del territorio del comercial al inicio del periodo."),
        Count("AccountsVisited", InputKind.DistinctCount, r => r.AccountsVisited,
            "Accounts visited", "Cuentas visitadas",
            "Distinct assigned accounts visited in the period.", "Cuentas asignadas distintas visitadas en el periodo."),
        Count("CustomersAtStart", InputKind.SnapshotAtStart, r => r.CustomersAtStart,
            "Customers at start", "Clientes al inicio",
            "Active customers at period start.", "Clientes activos al inicio del periodo."),
        Count("NewCustomers", InputKind.Flow, r => r.NewCustomers,
            "New customers", "Clientes nuevos",
            "Customers won in the period.", "Clientes captados en el periodo."),
        Count("CustomersLost", InputKind.Flow, r => r.CustomersLost,
            "Customers lost", "Clientes perdidos",
            "Customers lost in the period, out of those active at its start.",
            "Clientes perdidos en el periodo, de entre los activos al inicio."),
    };

    private static readonly Dictionary<string, InputField> ByName =
        All.ToDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>The numeric fields, in table order: the inputs formulas sum.</summary>
    public static readonly IReadOnlyList<InputField> Numeric = All.Where(f => f.IsNumeric).ToArray();

    /// <summary>A numeric field's position among <see cref="Numeric"/>.</summary>
    public static int NumericIndex(InputField field)
    {
        for (var i = 0; i < Numeric.Count; i++)
        {
            if (ReferenceEquals(Numeric[i], field))
            {
                return i;
            }
        }

        throw new ArgumentException($"{field} is not a numeric input.", nameof(field));
    }

    // Declared after ByName: static fields initialise in order.
    public static readonly InputField PeriodStart = Get("PeriodStart");
    public static readonly InputField PeriodEnd = Get("PeriodEnd");
    public static readonly InputField RepId = Get("RepId");
    public static readonly InputField RepName = Get("RepName");
    public static readonly InputField Team = Get("Team");
    public static readonly InputField Location = Get("Location");

    /// <summary>A row's numbers, read once: each numeric field's value (as a spreadsheet holds it) at its ordinal.</summary>
    public static double?[] Numbers(SalesRecord record)
    {
        var numbers = new double?[All.Count];
        for (var i = 0; i < numbers.Length; i++)
        {
            if (All[i].ReadNumber?.Invoke(record) is { } value)
            {
                numbers[i] = (double)value;
            }
        }

        return numbers;
    }

    /// <summary>The field a column header names: its field name, or its English or Spanish title, in any case.</summary>
    public static InputField? ByHeader(string? header)
    {
        var trimmed = header?.Trim();
        return All.FirstOrDefault(f =>
            string.Equals(f.Name, trimmed, StringComparison.OrdinalIgnoreCase)
            || string.Equals(f.Title.English, trimmed, StringComparison.OrdinalIgnoreCase)
            || string.Equals(f.Title.Spanish, trimmed, StringComparison.OrdinalIgnoreCase));
    }

    public static InputField? Find(string name) => ByName.TryGetValue(name, out var field) ? field : null;

    public static InputField Get(string name) =>
        Find(name) ?? throw new ArgumentException($"Unknown input field '{name}'.", nameof(name));

    private static InputField Date(string name, Func<SalesRecord, DateTime> read, string en, string es, string enInfo, string esInfo) =>
        new(name, FieldType.Date, InputKind.Key, Unit.None, new(en, es), new(enInfo, esInfo), isRequired: true, date: read);

    private static InputField Text(
        string name, InputKind kind, Func<SalesRecord, string?> read, string en, string es, string enInfo, string esInfo, bool isRequired = false) =>
        new(name, FieldType.Text, kind, Unit.None, new(en, es), new(enInfo, esInfo), isRequired: isRequired, text: read);

    private static InputField Money(
        string name, Func<SalesRecord, decimal?> read, string en, string es, string enInfo, string esInfo,
        InputKind kind = InputKind.Flow, bool allowsNegative = false, bool isOptional = false) =>
        new(name, FieldType.Decimal, kind, Unit.Currency, new(en, es), new(enInfo, esInfo), allowsNegative, isOptional, number: read);

    private static InputField Amount(string name, Unit unit, Func<SalesRecord, decimal?> read, string en, string es, string enInfo, string esInfo) =>
        new(name, FieldType.Decimal, InputKind.Flow, unit, new(en, es), new(enInfo, esInfo), number: read);

    private static InputField Count(string name, InputKind kind, Func<SalesRecord, int?> read, string en, string es, string enInfo, string esInfo) =>
        new(name, FieldType.Integer, kind, Unit.Count, new(en, es), new(enInfo, esInfo), number: r => read(r));
}
