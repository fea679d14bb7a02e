using SalesKpi.Formulas;
using SalesKpi.Localization;

namespace SalesKpi.Sheets;

/// <summary>The unit shown beside a KPI value: the currency from the settings, or a word, and a "/day" where it applies.</summary>
internal static class UnitLabel
{
    /// <summary>The label as text, with the currency the options give: the formula's value.</summary>
    public static string Text(Unit unit, BuildContext context) => Evaluator.Evaluate(Formula(unit, context), name => context.Cells.Settings[name]).Text;

    /// <summary>The label as a formula, so that it follows an edit of the currency in Settings.</summary>
    public static Expression Formula(Unit unit, BuildContext context)
    {
        var (currency, word, suffix) = Parts(unit);
        var head = currency ? Fx.Ref(Names.Currency) : Fx.Text(context.Text(word!));

        // &"" makes a lone currency cell text, even when someone types a number there.
        return suffix is not null ? head.Then(Fx.Text(context.Text(suffix)))
            : currency ? head.Then(Fx.Text("")) : head;
    }

    private static (bool Currency, LocalizedText? Word, LocalizedText? Suffix) Parts(Unit unit) => unit switch
    {
        Unit.Currency => (true, null, null),
        Unit.CurrencyPerDay => (true, null, Labels.PerDay),
        Unit.Percent => (false, Labels.PercentUnit, null),
        Unit.Ratio => (false, Labels.RatioUnit, null),
        Unit.Days => (false, Labels.DaysUnit, null),
        Unit.Hours => (false, Labels.HoursUnit, null),
        Unit.CountPerDay => (false, Labels.CountUnit, Labels.PerDay),
        _ => (false, Labels.CountUnit, null),
    };
}
