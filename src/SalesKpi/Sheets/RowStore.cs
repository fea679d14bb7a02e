using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace SalesKpi.Sheets;

/// <summary>
/// What the per-row KPI sheet needs of each data row (keys, scope flag, KPI values), kept in a
/// temporary file while the data sheet streams, so rows are never all held in memory. Single use.
/// </summary>
internal sealed class RowStore : IDisposable
{
    private readonly FileStream _file;
    private readonly BinaryWriter _writer;
    private readonly int _kpis;

    public RowStore(int kpis)
    {
        _kpis = kpis;
        _file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 65536, FileOptions.DeleteOnClose);
        _writer = new BinaryWriter(_file, Encoding.UTF8, leaveOpen: true);
    }

    public int Count { get; private set; }

    public void Add(SalesRecord record, bool inScope, double?[] values)
    {
        _writer.Write(record.PeriodStart.ToOADate());
        _writer.Write(record.RepId);
        _writer.Write(record.RepName ?? "");
        _writer.Write(record.Team ?? "");
        _writer.Write(record.Location ?? "");
        _writer.Write(inScope);
        foreach (var value in values)
        {
            _writer.Write(value ?? double.NaN);
        }

        Count++;
    }

    /// <summary>The rows, in the order they were added. Call once, after the last <see cref="Add"/>.</summary>
    public IEnumerable<StoredRow> Read()
    {
        _writer.Flush();
        _file.Position = 0;
        using var reader = new BinaryReader(_file, Encoding.UTF8, leaveOpen: true);
        for (var i = 0; i < Count; i++)
        {
            var period = reader.ReadDouble();
            var keys = new[] { reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString() };
            var inScope = reader.ReadBoolean();
            var values = new double?[_kpis];
            for (var k = 0; k < _kpis; k++)
            {
                var value = reader.ReadDouble();
                values[k] = double.IsNaN(value) ? null : value;
            }

            yield return new StoredRow(period, keys, inScope, values);
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        _file.Dispose();
    }
}

/// <summary>One data row as the per-row KPI sheet shows it: period, rep id, name, team, location, scope flag, KPIs.</summary>
internal sealed record StoredRow(double Period, string[] Keys, bool InScope, double?[] Values);
