using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace SalesKpi.Sheets;

/// <summary>
/// The checked data rows with what their KPI columns show (scope flag, KPI values), kept in a
/// temporary file while the rows are counted and summed: the sheets that hold them are written once
/// the layout is known, and the rows are never all held in memory (only where each row starts and
/// its period, to put them in period order). Single use.
/// </summary>
internal sealed class RowStore : IDisposable
{
    private readonly FileStream _file;
    private readonly BinaryWriter _writer;
    private readonly int _kpis;
    private readonly List<long> _offsets = new();
    private readonly List<DateTime> _periods = new();

    public RowStore(int kpis)
    {
        _kpis = kpis;
        _file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 65536, FileOptions.DeleteOnClose);
        _writer = new BinaryWriter(_file, Encoding.UTF8, leaveOpen: true);
    }

    public int Count => _offsets.Count;

    /// <summary>Whether the rows came in period order (each period starting no earlier than the row before).</summary>
    public bool InPeriodOrder { get; private set; } = true;

    /// <summary>A checked row: its record's keys, its numbers as the sheet writes them, and what its KPI columns show.</summary>
    public void Add(SalesRecord record, double?[] numbers, bool inScope, double?[] values)
    {
        // The file stream counts what it still buffers, so no flush is needed to know where the row starts.
        _offsets.Add(_file.Position);
        if (_periods.Count > 0 && record.PeriodStart < _periods[_periods.Count - 1])
        {
            InPeriodOrder = false;
        }

        _periods.Add(record.PeriodStart);
        _writer.Write(record.PeriodStart.ToBinary());
        _writer.Write(record.PeriodEnd.ToBinary());
        _writer.Write(record.RepId);
        foreach (var text in new[] { record.RepName, record.Team, record.Location })
        {
            _writer.Write(text is not null);
            _writer.Write(text ?? "");
        }

        foreach (var number in numbers)
        {
            _writer.Write(number ?? double.NaN);
        }

        _writer.Write(inScope);
        foreach (var value in values)
        {
            _writer.Write(value ?? double.NaN);
        }
    }

    /// <summary>The rows, in the order they were added. May be called again, after the last <see cref="Add"/>.</summary>
    public IEnumerable<StoredRow> Read()
    {
        _writer.Flush();
        _file.Position = 0;
        using var reader = new BinaryReader(_file, Encoding.UTF8, leaveOpen: true);
        for (var i = 0; i < Count; i++)
        {
            yield return ReadRow(reader);
        }
    }

    /// <summary>The rows sorted by period, in the order they were added within a period.</summary>
    public IEnumerable<StoredRow> ReadByPeriod()
    {
        _writer.Flush();
        using var reader = new BinaryReader(_file, Encoding.UTF8, leaveOpen: true);
        foreach (var i in Enumerable.Range(0, Count).OrderBy(i => _periods[i]))
        {
            _file.Position = _offsets[i];
            yield return ReadRow(reader);
        }
    }

    private StoredRow ReadRow(BinaryReader reader)
    {
        string? Text()
        {
            var has = reader.ReadBoolean();
            var text = reader.ReadString();
            return has ? text : null;
        }

        var keys = new SalesRecord
        {
            PeriodStart = DateTime.FromBinary(reader.ReadInt64()),
            PeriodEnd = DateTime.FromBinary(reader.ReadInt64()),
            RepId = reader.ReadString(),
            RepName = Text(),
            Team = Text(),
            Location = Text(),
        };
        var numbers = Numbers(reader, InputField.All.Count);
        var inScope = reader.ReadBoolean();
        return new StoredRow(keys, numbers, inScope, Numbers(reader, _kpis));
    }

    private static double?[] Numbers(BinaryReader reader, int count)
    {
        var numbers = new double?[count];
        for (var i = 0; i < count; i++)
        {
            var value = reader.ReadDouble();
            numbers[i] = double.IsNaN(value) ? null : value;
        }

        return numbers;
    }

    public void Dispose()
    {
        _writer.Dispose();
        _file.Dispose();
    }
}

/// <summary>
/// One checked data row: its keys (period, rep, name, team, location; the record's numbers are left
/// out), its numbers by field as the sheet writes them, whether it is in the dashboard's scope, and
/// its KPIs (null where undefined).
/// </summary>
internal sealed record StoredRow(SalesRecord Record, double?[] Numbers, bool InScope, double?[] Values);
