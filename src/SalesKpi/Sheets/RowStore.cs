using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SalesKpi.Catalog;
using SalesKpi.Layout;

namespace SalesKpi.Sheets;

/// <summary>
/// Rows kept in a temporary file, so that they are never all held in memory: the rows of an
/// asynchronous source as they arrive (<see cref="TakeAsync"/>), so that the writer (synchronous
/// CPU work over local temporary files) can take them afterwards and no thread waits on the source;
/// and the checked data rows with what their KPI columns show (<see cref="Add"/>), while the rows are
/// counted and summed, for the sheets written once the layout is known. Only where each checked row
/// starts and its period stay in memory, to put them in period order. Single use.
/// </summary>
internal sealed class RowStore : IDisposable
{
    private const int ChunkSize = 1 << 16;
    private readonly FileStream _file = new(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, ChunkSize, FileOptions.DeleteOnClose | FileOptions.Asynchronous);

    // Rows go to the file a chunk at a time, so that an asynchronous source's rows are written asynchronously.
    private readonly MemoryStream _chunk = new();
    private readonly BinaryWriter _writer;
    private readonly int _kpis;
    private readonly List<long> _offsets = new();
    private readonly List<DateTime> _periods = new();

    /// <param name="kpis">How many KPI values each checked row carries.</param>
    public RowStore(int kpis)
    {
        _kpis = kpis;
        _writer = new BinaryWriter(_chunk, Encoding.UTF8);
    }

    public int Count { get; private set; }

    /// <summary>Whether the checked rows came in period order (each period starting no earlier than the row before).</summary>
    public bool InPeriodOrder { get; private set; } = true;

    /// <summary>Takes every row of <paramref name="source"/> as it is, checking the token before each.</summary>
    public static async Task<RowStore> TakeAsync(IAsyncEnumerable<SalesRecord> source, CancellationToken cancellationToken)
    {
        var store = new RowStore(0);
        try
        {
            await foreach (var record in source.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                store.Write(record, false, Array.Empty<double?>());
                if (store._chunk.Length >= ChunkSize)
                {
                    await store.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            await store.FlushAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>A checked row, with whether it is in the dashboard's scope and its KPIs (null where undefined).</summary>
    public void Add(SalesRecord record, bool inScope, double?[] values)
    {
        if (_periods.Count > 0 && record.PeriodStart < _periods[_periods.Count - 1])
        {
            InPeriodOrder = false;
        }

        _periods.Add(record.PeriodStart);
        _offsets.Add(_file.Position + _chunk.Length);
        Write(record, inScope, values);
        if (_chunk.Length >= ChunkSize)
        {
            Flush();
        }
    }

    /// <summary>The rows <see cref="TakeAsync"/> took, in the order they came.</summary>
    public IEnumerable<SalesRecord> Records() => Read(null).Select(row => row.Record);

    /// <summary>The checked rows, in the order they were added. May be called again, after the last <see cref="Add"/>.</summary>
    public IEnumerable<StoredRow> Read() => Read(null);

    /// <summary>The checked rows sorted by period, in the order they were added within a period.</summary>
    public IEnumerable<StoredRow> ReadByPeriod() => Read(Enumerable.Range(0, Count).OrderBy(i => _periods[i]));

    /// <summary>Each row of a data table, from the first to <paramref name="lastRow"/>: the checked rows, then none in the empty rows kept for rows to come.</summary>
    public IEnumerable<(int Row, StoredRow? Stored)> Table(int lastRow)
    {
        var row = WorkbookLayout.FirstDataRow;
        foreach (var stored in Read())
        {
            yield return (row++, stored);
        }

        for (; row <= lastRow; row++)
        {
            yield return (row, null);
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        _file.Dispose();
    }

    /// <summary>The rows in the order they came, or in <paramref name="order"/> (by where each checked row starts).</summary>
    private IEnumerable<StoredRow> Read(IEnumerable<int>? order)
    {
        Flush();
        _file.Position = 0;
        using var reader = new BinaryReader(_file, Encoding.UTF8, leaveOpen: true);
        foreach (var i in order ?? Enumerable.Range(0, Count))
        {
            if (order is not null)
            {
                _file.Position = _offsets[i];
            }

            // A row taken from a source is null where the source gave null: the writer reports it.
            var record = ReadRecord(reader)!;
            var inScope = reader.ReadBoolean();
            var values = new double?[_kpis];
            for (var k = 0; k < values.Length; k++)
            {
                var value = reader.ReadDouble();
                values[k] = double.IsNaN(value) ? null : value;
            }

            yield return new StoredRow(record, inScope, values);
        }
    }

    private void Flush()
    {
        _writer.Flush();
        _file.Write(_chunk.GetBuffer(), 0, (int)_chunk.Length);
        _chunk.SetLength(0);
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        _writer.Flush();
        await _file.WriteAsync(_chunk.GetBuffer(), 0, (int)_chunk.Length, cancellationToken).ConfigureAwait(false);
        _chunk.SetLength(0);
    }

    /// <summary>
    /// Every field as the record holds it (so that a row taken from a source is checked and reported
    /// as if it came straight from there), then what the row's KPI columns show.
    /// </summary>
    private void Write(SalesRecord? record, bool inScope, double?[] values)
    {
        Count++;
        _writer.Write(record is not null);
        foreach (var field in record is null ? Array.Empty<InputField>() : InputField.All)
        {
            if (field.ReadDate is { } date)
            {
                _writer.Write(date(record!).ToBinary());
            }
            else if (field.ReadText is { } text)
            {
                var value = text(record!);
                _writer.Write(value is not null);
                _writer.Write(value ?? "");
            }
            else if (field.ReadNumber is { } number)
            {
                var value = number(record!);
                _writer.Write(value.HasValue);
                _writer.Write(value ?? 0m);
            }
        }

        _writer.Write(inScope);
        foreach (var value in values)
        {
            _writer.Write(value ?? double.NaN);
        }
    }

    private static SalesRecord? ReadRecord(BinaryReader reader)
    {
        if (!reader.ReadBoolean())
        {
            return null;
        }

        var dates = new DateTime[InputField.All.Count];
        var texts = new string?[InputField.All.Count];
        var numbers = new decimal?[InputField.All.Count];
        foreach (var field in InputField.All)
        {
            if (field.ReadDate is not null)
            {
                dates[field.Ordinal] = DateTime.FromBinary(reader.ReadInt64());
            }
            else if (field.ReadText is not null)
            {
                var has = reader.ReadBoolean();
                var value = reader.ReadString();
                texts[field.Ordinal] = has ? value : null;
            }
            else if (field.ReadNumber is not null)
            {
                var has = reader.ReadBoolean();
                var value = reader.ReadDecimal();
                numbers[field.Ordinal] = has ? value : null;
            }
        }

        return RecordBuilder.Build(f => dates[f.Ordinal], f => texts[f.Ordinal], f => numbers[f.Ordinal]);
    }
}

/// <summary>One checked data row: its record, whether it is in the dashboard's scope, and its KPIs (null where undefined).</summary>
internal sealed record StoredRow(SalesRecord Record, bool InScope, double?[] Values);
