using System;

namespace SalesKpi.Catalog;

/// <summary>
/// Builds a record from a value per field: the one place, besides the field table's readers, that
/// maps fields to <see cref="SalesRecord"/> properties (a test checks that every field is mapped).
/// </summary>
internal static class RecordBuilder
{
    /// <param name="date">The value of a date field.</param>
    /// <param name="text">The value of a text field, or null.</param>
    /// <param name="number">The value of a numeric field, or null for blank.</param>
    public static SalesRecord Build(Func<InputField, DateTime> date, Func<InputField, string?> text, Func<InputField, decimal?> number)
    {
        decimal? Money(string name) => number(InputFields.Get(name));
        int? Count(string name) => number(InputFields.Get(name)) is { } value ? (int)value : null;
        return new SalesRecord
        {
            PeriodStart = date(InputFields.PeriodStart),
            PeriodEnd = date(InputFields.PeriodEnd),
            RepId = text(InputFields.RepId) ?? "",
            RepName = text(InputFields.RepName),
            Team = text(InputFields.Team),
            Location = text(InputFields.Location),
            NewCustomerRevenue = Money("NewCustomerRevenue"),
            ExistingCustomerRevenue = Money("ExistingCustomerRevenue"),
            ComparisonRevenue = Money("ComparisonRevenue"),
            GrossProfit = Money("GrossProfit"),
            SalesQuota = Money("SalesQuota"),
            NextPeriodQuota = Money("NextPeriodQuota"),
            AcquisitionCost = Money("AcquisitionCost"),
            DealsWon = Count("DealsWon"),
            DealsLost = Count("DealsLost"),
            SalesCycleDaysTotal = Money("SalesCycleDaysTotal"),
            OpenOpportunities = Count("OpenOpportunities"),
            OpenPipelineValue = Money("OpenPipelineValue"),
            LeadsCreated = Count("LeadsCreated"),
            LeadsConverted = Count("LeadsConverted"),
            LeadsContacted = Count("LeadsContacted"),
            LeadResponseHoursTotal = Money("LeadResponseHoursTotal"),
            CallsMade = Count("CallsMade"),
            MeetingsBooked = Count("MeetingsBooked"),
            VisitsPlanned = Count("VisitsPlanned"),
            VisitsCompleted = Count("VisitsCompleted"),
            VisitsWithOrder = Count("VisitsWithOrder"),
            FieldDays = Money("FieldDays"),
            AccountsAssigned = Count("AccountsAssigned"),
            AccountsVisited = Count("AccountsVisited"),
            CustomersAtStart = Count("CustomersAtStart"),
            NewCustomers = Count("NewCustomers"),
            CustomersLost = Count("CustomersLost"),
        };
    }
}
