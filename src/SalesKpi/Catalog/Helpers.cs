using System;
using System.Collections.Generic;
using System.Linq;
using SalesKpi.Formulas;

namespace SalesKpi.Catalog;

/// <summary>Derived helpers of the spec: named sub-formulas that KPI formulas use and the parser inlines.</summary>
internal static class Helpers
{
    // Order matters: a helper may use the ones above it.
    private static readonly (string Name, string Formula)[] Definitions =
    {
        ("TotalRevenue", "NewCustomerRevenue + ExistingCustomerRevenue"),
        ("ClosedDeals", "DealsWon + DealsLost"),
        ("CustomersAtEnd", "CustomersAtStart + NewCustomers - CustomersLost"),
        ("AvgActiveCustomers", "(CustomersAtStart + CustomersAtEnd) / 2"),
        ("ChurnRate", "CustomersLost / CustomersAtStart"),
    };

    private static readonly Dictionary<string, Expression> Parsed = new(StringComparer.Ordinal);

    // Filled in order, so that each helper's parse already finds the helpers above it.
    static Helpers()
    {
        foreach (var (name, formula) in Definitions)
        {
            Parsed[name] = FormulaParser.Parse(formula);
        }
    }

    public static IEnumerable<string> Names => Definitions.Select(d => d.Name);

    public static Expression? Find(string name) => Parsed.TryGetValue(name, out var expression) ? expression : null;
}
