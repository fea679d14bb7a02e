using System;
using System.Collections.Generic;
using System.Linq;
using SalesKpi.Formulas;

namespace SalesKpi.Catalog;

/// <summary>Derived helpers of the spec: named sub-formulas that KPI formulas use and the parser inlines.</summary>
internal static class Helpers
{
    // Order matters: a helper may use the ones above it.
    private static readonly (string Name, string Formula, LocalizedText Title)[] Definitions =
    {
        ("TotalRevenue", "NewCustomerRevenue + ExistingCustomerRevenue", new("Total revenue", "Ingresos totales")),
        ("ClosedDeals", "DealsWon + DealsLost", new("Deals decided", "Operaciones decididas")),
        ("CustomersAtEnd", "CustomersAtStart + NewCustomers - CustomersLost", new("Customers at end", "Clientes al final")),
        ("AvgActiveCustomers", "(CustomersAtStart + CustomersAtEnd) / 2", new("Average active customers", "Clientes activos medios")),
        ("ChurnRate", "CustomersLost / CustomersAtStart", new("Churn rate", "Tasa de abandono")),
    };

    private static readonly Dictionary<string, Expression> Parsed = new(StringComparer.Ordinal);

    // Filled in order, so that each helper's parse already finds the helpers above it.
    static Helpers()
    {
        foreach (var (name, formula, _) in Definitions)
        {
            Parsed[name] = new HelperExpr(name, FormulaParser.Parse(formula));
        }
    }

    public static LocalizedText Title(string name) => Definitions.First(d => d.Name == name).Title;

    public static Expression? Find(string name) => Parsed.TryGetValue(name, out var expression) ? expression : null;
}
