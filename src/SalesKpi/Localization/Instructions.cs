using System;

namespace SalesKpi.Localization;

/// <summary>The Instructions sheet's text, in both languages. Headings start sections; the rest are paragraphs.</summary>
internal static class Instructions
{
    public static readonly LocalizedText Title = new("How to use this workbook", "Cómo usar este libro");

    public static readonly (bool Heading, LocalizedText Text)[] Body =
    {
        (false, new(
            "This workbook computes sales KPIs from one row per rep and period. Every KPI is a live formula: change the data and the KPIs follow.",
            "Este libro calcula KPI de ventas a partir de una fila por comercial y periodo. Cada KPI es una fórmula viva: cambie los datos y los KPI cambian con ellos.")),
        (true, new("Entering data", "Introducir datos")),
        (false, new(
            "Enter one row per rep and period on the Data sheet, from row 2 down. The yellow cells are the only ones you can type in; each checks what you type and says why a value is refused.",
            "Introduzca una fila por comercial y periodo en la hoja Datos, desde la fila 2. Las celdas amarillas son las únicas editables; cada una comprueba lo que escribe y explica por qué rechaza un valor.")),
        (false, new(
            "Leave a figure blank when you have no data for it. A blank means \"no data\" and is left out of every total; a 0 means \"nothing happened\" and counts.",
            "Deje vacía una cifra cuando no tenga el dato. Vacío significa \"sin datos\" y no entra en ningún total; un 0 significa \"no ocurrió nada\" y sí cuenta.")),
        (false, new(
            "List your teams and locations at the bottom of the Settings sheet first; the Data sheet then offers them. Rep IDs are text: 00101 stays 00101.",
            "Primero enumere sus equipos y zonas al final de la hoja Ajustes; la hoja Datos los ofrecerá. Los ID de comercial son texto: 00101 sigue siendo 00101.")),
        (true, new("Reading the dashboard", "Leer el cuadro de mando")),
        (false, new(
            "Pick a period (blank shows the latest) and a scope: everyone, a team, a location or a rep. Each KPI of a scope is the ratio of the sums of its inputs over the matching rows, never an average of the rows' KPIs.",
            "Elija un periodo (vacío muestra el último) y un ámbito: todos, un equipo, una zona o un comercial. Cada KPI de un ámbito es el cociente de las sumas de sus datos en las filas que coinciden, nunca una media de los KPI de cada fila.")),
        (false, new(
            "Status: green is on target or better; amber is short of the target by no more than the \"Close\" band in Settings; red is further off. For cost, churn, cycle length and response time lower is better, and the status knows it.",
            "Estado: verde es en objetivo o mejor; ámbar es por debajo del objetivo sin pasar del margen \"Cerca\" de Ajustes; rojo es más lejos. En coste, abandono, ciclo y tiempo de respuesta, más bajo es mejor, y el estado lo tiene en cuenta.")),
        (false, new(
            "\"n/a\" means the KPI is undefined for the scope: its denominator is 0 or there is no data. It is never shown as 0. \"—\" means there is no target.",
            "\"n/d\" significa que el KPI no está definido para el ámbito: su denominador es 0 o no hay datos. Nunca se muestra como 0. \"—\" significa que no hay objetivo.")),
        (false, new(
            "The charts beside the table, the Trend sheet (every KPI, period by period) and the Leaderboard sheet (reps ranked by the KPI you pick) follow the same period and scope. A gap in a chart line is a period where the KPI is undefined.",
            "Los gráficos junto a la tabla, la hoja Tendencia (cada KPI, periodo a periodo) y la hoja Clasificación (los comerciales ordenados por el KPI que elija) siguen el mismo periodo y ámbito. Un hueco en una línea es un periodo en que el KPI no está definido.")),
        (false, new(
            "Early warnings: the Watch column marks ⚠ a KPI off target in this period and the one before (against this period's target), and ▼ one that got worse three periods in a row, by its direction. Select a mark to read what it means.",
            "Alertas tempranas: la columna Vigilar marca ⚠ un KPI fuera de objetivo en este periodo y en el anterior (frente al objetivo de este periodo), y ▼ uno que empeoró tres periodos seguidos, según su sentido. Seleccione una marca para leer qué significa.")),
        (false, new(
            "Reps to watch, beside the leaderboard: the reps of the period and scope who miss the most tracked KPIs, with how many and the one they miss furthest (as a share of its target). They are the account managers to talk to first.",
            "Comerciales a vigilar, junto a la clasificación: los comerciales del periodo y ámbito con más KPI seguidos fuera de objetivo, cuántos y el más alejado (como parte de su objetivo). Son los gestores con quienes hablar primero.")),
        (true, new("Targets", "Objetivos")),
        (false, new(
            "Edit the targets on the Settings sheet. A blank target uses the rule shown beside it, for example CLV at least 3 × CAC.",
            "Edite los objetivos en la hoja Ajustes. Un objetivo vacío usa la regla que figura a su lado, por ejemplo CLV de al menos 3 × CAC.")),
        (true, new("Choosing KPIs", "Elegir los KPI")),
        (false, new(
            "Track few KPIs, the ones with the most impact on your goal, and go through them with the team regularly. About eight is the most a team meeting can discuss; with more, none gets attention.",
            "Siga pocos KPI, los de más impacto en su objetivo, y revíselos con el equipo con regularidad. Unos ocho son los que una reunión de equipo puede tratar; con más, ninguno recibe atención.")),
        (false, new(
            FormattableString.Invariant($"Switch each KPI on or off in the Track column of the Settings sheet (yes or no). The dashboard lists the tracked ones, the leaderboard offers them and the reps to watch count them. The Settings sheet warns when more than {Sheets.Tracking.Recommended} are tracked."),
            FormattableString.Invariant($"Active o desactive cada KPI en la columna Seguir de la hoja Ajustes (sí o no). El cuadro de mando muestra los seguidos, la clasificación los ofrece y los comerciales a vigilar los cuentan. La hoja Ajustes avisa cuando se siguen más de {Sheets.Tracking.Recommended}."))),
        (false, new(
            "The 6 A rule (\"regla de las 6 A\"): before you track a KPI, ask whether it is",
            "La regla de las 6 A: antes de seguir un KPI, pregúntese si es")),
        (false, new(
            "• Aligned (Alineado): it measures progress towards the goal you set, not just activity.",
            "• Alineado: mide el avance hacia el objetivo fijado, no solo actividad.")),
        (false, new(
            "• Attainable (Alcanzable): the team can reach its target with the means it has.",
            "• Alcanzable: el equipo puede llegar a su objetivo con los medios que tiene.")),
        (false, new(
            "• Sharp (Agudo): it says something you did not know, and it moves when things change.",
            "• Agudo: dice algo que no sabía y cambia cuando las cosas cambian.")),
        (false, new(
            "• Precise (Preciso): one clear definition, computed from valid, complete data.",
            "• Preciso: una definición clara, calculada con datos válidos y completos.")),
        (false, new(
            "• Actionable (Accionable): someone can move it, and knows what to do when it is off target.",
            "• Accionable: alguien puede moverlo y sabe qué hacer cuando se desvía del objetivo.")),
        (false, new(
            "• Alive (Vivo): it is updated every period and discussed; a KPI nobody looks at should be dropped.",
            "• Vivo: se actualiza cada periodo y se comenta; un KPI que nadie mira debe dejarse.")),
        (false, new(
            "Write your answers beside each switch, in the 6 A check column of the Settings sheet: who can move the KPI, and whether its target is attainable.",
            "Escriba sus respuestas junto a cada interruptor, en la columna Control 6 A de la hoja Ajustes: quién puede mover el KPI y si su objetivo es alcanzable.")),
        (true, new("Glossary", "Glosario")),
        (false, new(
            "Lead: an unqualified contact, someone who may buy but has not been checked yet.",
            "Lead: un contacto sin cualificar, alguien que podría comprar pero aún no se ha evaluado.")),
        (false, new(
            "Prospect: a lead checked as a good fit (need, budget, authority).",
            "Prospecto (prospect): un lead evaluado que encaja (necesidad, presupuesto, capacidad de decisión).")),
        (false, new(
            "Opportunity: a prospect in an active buying process, with a value and an expected close date.",
            "Oportunidad: un prospecto en un proceso de compra activo, con un valor y una fecha de cierre prevista.")),
    };

    public static readonly LocalizedText Formula = new("Formula", "Fórmula");
    public static readonly LocalizedText BetterWhen = new("Better when", "Mejor cuando es");
    public static readonly LocalizedText Kpis = new("The KPIs", "Los KPI");
}
